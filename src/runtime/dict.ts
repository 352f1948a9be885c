// The dict representation and its core operations (lookup, insert, delete, ordered
// iteration) with Python's key semantics: 1, 1.0 and True are one key; other objects are
// found through __hash__ and __eq__. The object model needs it for **kwargs, instance and
// module `__dict__`s and class namespaces; Python-level methods and views live in the
// containers helper's files.
//
// Layout: entries in insertion order in parallel arrays (a deleted entry leaves a hole,
// key === undefined, compacted when holes dominate). Keys whose equality is plain JS value
// equality (str, int, bool, None, exact float) are indexed by a JS Map on a normalised
// primitive; every other key by its Python hash, kept as int32 halves (hash.ts: tuple and
// str hashes need no bigint) and indexed by the low half. A primitive key and an object key
// can still be equal (1 and an int subclass instance, 1 and complex(1, 0)): lookups that
// miss in one index consult the other by hash.
import { PyObject, PyFloat } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, floatType } from './builtin-types.js';
import { hashOf, hashParts, HASH } from './ops-hash.js';
import { hashFromParts } from './hash.js';
import { eq } from './ops-compare.js';
import { seqRichCompare } from './sequence.js';
import { runtimeError } from './errors.js';
import { PyTuple, tupleType } from './tuple.js';

/** Key equality for dict and set lookups (PyObject_RichCompareBool): what eq() decides,
 * with exact tuples compared item by item directly (tuple keys are common). */
export function keysEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    return seqRichCompare(a.items, b.items, 2) === true;
  }
  return eq(a, b);
}

/** The Map key of a key whose equality is JS equality, or undefined for "use __hash__". */
function primitiveKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    default:
      if (k === null) return null;
      if (k instanceof PyFloat && k.cls === floatType) {
        const f = k.value;
        if (Number.isNaN(f)) return undefined;
        if (Number.isInteger(f) && !Number.isSafeInteger(f)) return BigInt(f);
        return f === 0 ? 0 : f;
      }
      return undefined;
  }
}

/** The `prim` index of every dict without primitive keys; never written to. */
const NO_PRIMITIVE_KEYS = new Map<unknown, number>();

export class PyDict extends PyObject {
  keys: (PyValue | undefined)[] = [];
  values: PyValue[] = [];
  /** The hash halves (int32) of each non-primitive key; hashHi is undefined for primitive
   * keys and holes. */
  private hashHi: (number | undefined)[] = [];
  private hashLo: number[] = [];
  size = 0;
  /** Bumped on every insertion of a new key or deletion: iteration checks it. */
  version = 0;
  /** Entries of primitive keys by key; NO_PRIMITIVE_KEYS (shared, always empty) until the
   * first one is added, so an empty dict (a call's **kwargs) allocates no Map. */
  private prim: Map<unknown, number> = NO_PRIMITIVE_KEYS;
  /** Entries of non-primitive keys by the low half of their hash (an entry index, or
   * several in an array when low halves collide). */
  private hashed: Map<number, number | number[]> | null = null;
  /** Primitive keys by Python hash, built on demand: only needed when an object of a
   * user type (an int subclass, an IntEnum, a class with __eq__) is looked up and might
   * equal a primitive key. */
  private primByHash: Map<number | bigint, number[]> | null = null;

  constructor(public override cls: PyType = dictType) {
    super();
  }

  /** The value for `key`, or undefined when absent. */
  get(key: PyValue): PyValue | undefined {
    const i = this.find(key, primitiveKey(key));
    return i < 0 ? undefined : this.values[i];
  }

  /** Fast path for str keys (globals, attribute dicts, kwargs). */
  getStr(key: string): PyValue | undefined {
    const i = this.prim.get(key);
    if (i !== undefined) return this.values[i];
    if (this.hashed === null) return undefined;
    const j = this.findHashedKey(key);
    return j < 0 ? undefined : this.values[j];
  }

  has(key: PyValue): boolean {
    return this.find(key, primitiveKey(key)) >= 0;
  }

  /** Index of the entry whose key equals `key`, or -1. */
  indexOfKey(key: PyValue): number {
    return this.find(key, primitiveKey(key));
  }

  set(key: PyValue, value: PyValue): void {
    const pk = primitiveKey(key);
    if (pk !== undefined) {
      const i = this.prim.get(pk);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      if (this.hashed !== null) {
        const j = this.findHashedKey(key);
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      this.addPrimitive(pk, key, value);
      return;
    }
    hashParts(key);
    const hi = HASH[0]! | 0;
    const lo = HASH[1]! | 0;
    const i = this.findObject(key, hi, lo);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    this.addHashed(key, value, hi, lo);
  }

  setStr(key: string, value: PyValue): void {
    const i = this.prim.get(key);
    if (i !== undefined) this.values[i] = value;
    else if (this.hashed !== null) this.set(key, value);
    else this.addPrimitive(key, key, value);
  }

  /** Remove `key`; returns its value, or undefined when it was absent. */
  delete(key: PyValue): PyValue | undefined {
    const i = this.find(key, primitiveKey(key));
    if (i < 0) return undefined;
    return this.deleteAt(i);
  }

  /** Remove the entry at index `i` (a live entry) and return its value. */
  deleteAt(i: number): PyValue {
    const key = this.keys[i]!;
    if (this.hashHi[i] === undefined) {
      this.prim.delete(primitiveKey(key));
      if (this.primByHash !== null) removeFromBucket(this.primByHash, hashOf(key), i);
    } else {
      removeFromIndex(this.hashed!, this.hashLo[i]!, i);
    }
    const value = this.values[i];
    this.keys[i] = undefined;
    this.values[i] = null;
    this.hashHi[i] = undefined;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return value;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashHi = [];
    this.hashLo = [];
    this.size = 0;
    this.version++;
    this.prim = NO_PRIMITIVE_KEYS;
    this.hashed = null;
    this.primByHash = null;
  }

  /** Live entries in insertion order (a snapshot: safe to mutate the dict meanwhile). */
  entries(): [PyValue, PyValue][] {
    const out: [PyValue, PyValue][] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined) out.push([k, this.values[i]]);
    }
    return out;
  }

  /** Visit entries in order; throws RuntimeError if the callback changes the dict's size,
   * as CPython's dict iterators do. */
  forEach(fn: (key: PyValue, value: PyValue) => void): void {
    const version = this.version;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === undefined) continue;
      fn(k, this.values[i]);
      if (this.version !== version) throw runtimeError('dictionary changed size during iteration');
    }
  }

  /** The hash halves [hi, lo] of the key of live entry `i` in the shared HASH scratch
   * (stored for object keys, computed for primitive ones: read them at once). */
  hashPartsAt(i: number): Uint32Array {
    const hi = this.hashHi[i];
    if (hi === undefined) return hashParts(this.keys[i]!);
    HASH[0] = hi;
    HASH[1] = this.hashLo[i]!;
    return HASH;
  }

  private find(key: PyValue, pk: unknown): number {
    if (pk !== undefined) {
      const i = this.prim.get(pk);
      if (i !== undefined) return i;
      return this.hashed === null ? -1 : this.findHashedKey(key);
    }
    hashParts(key);
    return this.findObject(key, HASH[0]! | 0, HASH[1]! | 0);
  }

  /** Lookup of a key that is not a primitive: among object keys, then among primitive
   * keys with the same hash (e.g. an int subclass instance equal to an int key). */
  private findObject(key: PyValue, hi: number, lo: number): number {
    const i = this.findHashed(key, hi, lo);
    if (i >= 0 || this.prim.size === 0 || (key instanceof PyObject && key.cls === tupleType)) return i;
    if (this.primByHash === null) {
      this.primByHash = new Map();
      for (const j of this.prim.values()) addToBucket(this.primByHash, hashOf(this.keys[j]!), j);
    }
    const bucket = this.primByHash.get(hashFromParts(hi, lo));
    if (bucket === undefined) return -1;
    for (const j of bucket) if (eq(this.keys[j]!, key)) return j;
    return -1;
  }

  /** findHashed for a key whose hash is still to be computed. */
  private findHashedKey(key: PyValue): number {
    hashParts(key);
    return this.findHashed(key, HASH[0]! | 0, HASH[1]! | 0);
  }

  /** Among the object keys: the entry whose hash is hi:lo and whose key equals `key`. */
  private findHashed(key: PyValue, hi: number, lo: number): number {
    const bucket = this.hashed?.get(lo);
    if (bucket === undefined) return -1;
    if (typeof bucket === 'number') return this.hashHi[bucket] === hi && keysEqual(this.keys[bucket]!, key) ? bucket : -1;
    for (const i of bucket) {
      if (this.hashHi[i] !== hi) continue;
      if (keysEqual(this.keys[i]!, key)) return i;
    }
    return -1;
  }

  private addPrimitive(pk: unknown, key: PyValue, value: PyValue): void {
    const slot = this.append(key, value, undefined, 0);
    if (this.prim === NO_PRIMITIVE_KEYS) this.prim = new Map();
    this.prim.set(pk, slot);
    if (this.primByHash !== null) addToBucket(this.primByHash, hashOf(key), slot);
  }

  private addHashed(key: PyValue, value: PyValue, hi: number, lo: number): void {
    const slot = this.append(key, value, hi, lo);
    this.hashed ??= new Map();
    const bucket = this.hashed.get(lo);
    if (bucket === undefined) this.hashed.set(lo, slot);
    else if (typeof bucket === 'number') this.hashed.set(lo, [bucket, slot]);
    else bucket.push(slot);
  }

  private append(key: PyValue, value: PyValue, hi: number | undefined, lo: number): number {
    this.keys.push(key);
    this.values.push(value);
    this.hashHi.push(hi);
    this.hashLo.push(lo);
    this.size++;
    this.version++;
    return this.keys.length - 1;
  }

  /** A plain dict with the same entries in the same order, made without __hash__ or
   * __eq__ calls (CPython's dict.copy). */
  copy(): PyDict {
    const d = new PyDict();
    d.appendAll(this);
    return d;
  }

  /** Store entry `i` (live) of `other` here, reusing its stored hash as CPython's dict_merge
   * does (no __hash__ call). When the key is present already, its value is replaced unless
   * `keepExisting`; returns false in that case. */
  mergeEntry(other: PyDict, i: number, keepExisting: boolean): boolean {
    const key = other.keys[i]!;
    const value = other.values[i];
    const hi = other.hashHi[i];
    let j: number;
    if (hi === undefined) {
      const pk = primitiveKey(key);
      j = this.find(key, pk);
      if (j < 0) this.addPrimitive(pk, key, value);
    } else {
      const lo = other.hashLo[i]!;
      j = this.findObject(key, hi, lo);
      if (j < 0) this.addHashed(key, value, hi, lo);
    }
    if (j < 0) return true;
    if (keepExisting) return false;
    this.values[j] = value;
    return true;
  }

  /** Drop the holes, reindexing with the stored hashes (no __hash__ or __eq__ calls). */
  private compact(): void {
    const old = new PyDict();
    old.keys = this.keys;
    old.values = this.values;
    old.hashHi = this.hashHi;
    old.hashLo = this.hashLo;
    const version = this.version;
    this.clear();
    this.appendAll(old);
    this.version = version;
  }

  /** Append the live entries of `other`, whose keys are all absent here. */
  private appendAll(other: PyDict): void {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k === undefined) continue;
      const hi = other.hashHi[i];
      if (hi === undefined) this.addPrimitive(primitiveKey(k), k, other.values[i]);
      else this.addHashed(k, other.values[i], hi, other.hashLo[i]!);
    }
  }
}

function addToBucket(m: Map<number | bigint, number[]>, h: number | bigint, i: number): void {
  const bucket = m.get(h);
  if (bucket === undefined) m.set(h, [i]);
  else bucket.push(i);
}

function removeFromBucket(m: Map<number | bigint, number[]>, h: number | bigint, i: number): void {
  const bucket = m.get(h);
  if (bucket === undefined) return;
  const at = bucket.indexOf(i);
  if (at >= 0) bucket.splice(at, 1);
  if (bucket.length === 0) m.delete(h);
}

function removeFromIndex(m: Map<number, number | number[]>, lo: number, i: number): void {
  const bucket = m.get(lo);
  if (bucket === i) m.delete(lo);
  else if (typeof bucket === 'object') {
    const at = bucket.indexOf(i);
    if (at >= 0) bucket.splice(at, 1);
    if (bucket.length === 0) m.delete(lo);
  }
}

export const dictType = newBuiltinType('dict', {
  alloc: (cls) => withInstanceAttrs(new PyDict(cls), cls),
});

export function newDict(entries: Iterable<[PyValue, PyValue]> = []): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
