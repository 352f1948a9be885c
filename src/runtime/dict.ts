// The dict representation and its core operations (lookup, insert, delete, ordered
// iteration) with Python's key semantics: 1, 1.0 and True are one key; other objects are
// found through __hash__ and __eq__. The object model needs it for **kwargs, instance and
// module `__dict__`s and class namespaces; Python-level methods and views live in the
// containers helper's files.
//
// Layout: entries in insertion order in parallel arrays (a deleted entry leaves a hole,
// key === undefined, compacted when holes dominate). Keys whose equality is plain JS value
// equality (str, int, bool, None, exact float) are indexed by a JS Map on a normalised
// primitive; every other key by its Python hash. A primitive key and an object key can
// still be equal (1 and an int subclass instance, 1 and complex(1, 0)): lookups that miss
// in one index consult the other by hash.
import { PyObject, PyFloat } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, floatType } from './builtin-types.js';
import { hashOf } from './ops-hash.js';
import { eq } from './ops-compare.js';
import { runtimeError } from './errors.js';
import { tupleType } from './tuple.js';

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

export class PyDict extends PyObject {
  keys: (PyValue | undefined)[] = [];
  values: PyValue[] = [];
  /** Python hash of each non-primitive key (undefined for primitive keys and holes). */
  private hashes: (number | bigint | undefined)[] = [];
  size = 0;
  /** Bumped on every insertion of a new key or deletion: iteration checks it. */
  version = 0;
  private prim = new Map<unknown, number>();
  private hashed: Map<number | bigint, number[]> | null = null;
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
    const j = this.findHashed(key, hashOf(key));
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
        const j = this.findHashed(key, hashOf(key));
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      this.addPrimitive(pk, key, value);
      return;
    }
    const h = hashOf(key);
    const i = this.findObject(key, h);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    const slot = this.append(key, value, h);
    this.hashed ??= new Map();
    const bucket = this.hashed.get(h);
    if (bucket === undefined) this.hashed.set(h, [slot]);
    else bucket.push(slot);
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
    const h = this.hashes[i];
    if (h === undefined) {
      this.prim.delete(primitiveKey(key));
      if (this.primByHash !== null) removeFromBucket(this.primByHash, hashOf(key), i);
    } else {
      removeFromBucket(this.hashed!, h, i);
    }
    const value = this.values[i];
    this.keys[i] = undefined;
    this.values[i] = null;
    this.hashes[i] = undefined;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return value;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.size = 0;
    this.version++;
    this.prim.clear();
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

  /** The stored hash of entry `i` (computing it for primitive keys). */
  hashAt(i: number): number | bigint {
    return this.hashes[i] ?? hashOf(this.keys[i]!);
  }

  private find(key: PyValue, pk: unknown): number {
    if (pk !== undefined) {
      const i = this.prim.get(pk);
      if (i !== undefined) return i;
      return this.hashed === null ? -1 : this.findHashed(key, hashOf(key));
    }
    return this.findObject(key, hashOf(key));
  }

  /** Lookup of a key that is not a primitive: among object keys, then among primitive
   * keys with the same hash (e.g. an int subclass instance equal to an int key). */
  private findObject(key: PyValue, h: number | bigint): number {
    const i = this.findHashed(key, h);
    if (i >= 0 || this.prim.size === 0 || (key instanceof PyObject && key.cls === tupleType)) return i;
    if (this.primByHash === null) {
      this.primByHash = new Map();
      for (const j of this.prim.values()) addToBucket(this.primByHash, hashOf(this.keys[j]!), j);
    }
    const bucket = this.primByHash.get(h);
    if (bucket === undefined) return -1;
    for (const j of bucket) if (eq(this.keys[j]!, key)) return j;
    return -1;
  }

  private findHashed(key: PyValue, h: number | bigint): number {
    const bucket = this.hashed?.get(h);
    if (bucket === undefined) return -1;
    for (const i of bucket) {
      const k = this.keys[i]!;
      if (k === key || eq(k, key)) return i;
    }
    return -1;
  }

  private addPrimitive(pk: unknown, key: PyValue, value: PyValue): void {
    const slot = this.append(key, value, undefined);
    this.prim.set(pk, slot);
    if (this.primByHash !== null) addToBucket(this.primByHash, hashOf(key), slot);
  }

  private append(key: PyValue, value: PyValue, h: number | bigint | undefined): number {
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(h);
    this.size++;
    this.version++;
    return this.keys.length - 1;
  }

  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    const version = this.version;
    this.clear();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) this.set(k, values[i]);
    }
    this.version = version;
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

export const dictType = newBuiltinType('dict', {
  alloc: (cls) => withInstanceAttrs(new PyDict(cls), cls),
});

export function newDict(entries: Iterable<[PyValue, PyValue]> = []): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
