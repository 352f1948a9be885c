// set and frozenset: CPython 3.11's hash table (Objects/setobject.c) reproduced exactly --
// open addressing over a power-of-two table (initial size 8), LINEAR_PROBES = 9 neighbours
// before perturbed probing (PERTURB_SHIFT = 5), dummies for deleted entries (reused by later
// insertions on the same probe path), the fill/resize
// policy and the bulk-merge fast paths -- so that iterating (and printing) a set gives
// CPython's order whenever the element hashes are CPython's (str hashes with
// PYTHONHASHSEED=0, see hash.ts). The set algebra (union, intersection, ...) follows
// CPython's algorithms too, since they decide the order of the result.
import { PyObject } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';
import { eq } from './ops-compare.js';
import { hashOf } from './ops-hash.js';
import { getIter, iterNext } from './ops-protocols.js';
import { PyDict, dictType } from './dict.js';
import { excMatches } from './errors.js';
import { strHashParts } from './hash.js';

type Hash = number | bigint;

const LINEAR_PROBES = 9;
const MINSIZE = 8;
/** Marks a deleted entry (CPython's `dummy`; its hash halves hold -1). */
const DUMMY = Object.freeze({ dummy: true }) as unknown as PyValue;
const ALL_ONES = 0xffffffff;

/** The 64-bit hash of a key as two uint32 halves in HASH (str keys without a bigint). */
const HASH = new Uint32Array(2);
function hashParts(v: PyValue): void {
  if (typeof v === 'string') strHashParts(v, HASH);
  else splitHash(hashOf(v));
}
function splitHash(h: Hash): void {
  if (typeof h === 'number') {
    HASH[0] = Math.floor(h / 4294967296) >>> 0;
    HASH[1] = h >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    HASH[0] = Number(u >> 32n);
    HASH[1] = Number(u & 0xffffffffn);
  }
}

export class PySet extends PyObject {
  /** Slots: undefined = never used, DUMMY = deleted, else the key. */
  table: (PyValue | undefined)[] = new Array(MINSIZE);
  /** High and low 32 bits of each slot's hash (0 for unused slots, all ones for dummies). */
  hashHi = new Uint32Array(MINSIZE);
  hashLo = new Uint32Array(MINSIZE);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots (len()). */
  used = 0;
  /** Where pop() starts looking. */
  finger = 0;
  /** Cached frozenset hash. */
  cachedHash: Hash | undefined = undefined;

  constructor(public override cls: PyType) {
    super();
  }

  get size(): number {
    return this.used;
  }

  // ---------- lookup and insertion ----------

  /** Index of the slot holding a key equal to `key` (hash hi:lo), or -1. */
  lookup(key: PyValue, hi: number, lo: number): number {
    restart: for (;;) {
      const table = this.table;
      const mask = this.mask;
      let phi = hi;
      let plo = lo;
      let i = lo & mask;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = table[j];
          if (k === undefined) return -1;
          if (this.hashLo[j] === lo && this.hashHi[j] === hi) {
            if (k === key) return j;
            const same = eq(k, key);
            if (this.table !== table || table[j] !== k) continue restart;
            if (same) return j;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  has(key: PyValue): boolean {
    hashParts(key);
    return this.lookup(key, HASH[0], HASH[1]) >= 0;
  }

  /** set_add_entry: insert unless an equal key is present; a dummy met on the probe path
   * is reused (then `fill` does not grow and no resize is considered). */
  addEntry(key: PyValue, hi: number, lo: number): void {
    restart: for (;;) {
      let mask = this.mask;
      let phi = hi;
      let plo = lo;
      let i = lo & mask;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = this.table[j];
          if (k === undefined) {
            this.cachedHash = undefined;
            this.used++;
            if (freeslot >= 0) {
              this.place(freeslot, key, hi, lo);
              return;
            }
            this.place(j, key, hi, lo);
            this.fill++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (this.hashLo[j] === lo && this.hashHi[j] === hi) {
            if (k === key) return;
            const table = this.table;
            const same = eq(k, key);
            if (same) return;
            if (this.table !== table || table[j] !== k) continue restart;
            mask = this.mask;
          } else if (k === DUMMY) {
            // CPython 3.11 keeps the LAST dummy seen on the probe path (verified against
            // python3 on random insert/remove sequences).
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  add(key: PyValue): void {
    hashParts(key);
    this.addEntry(key, HASH[0], HASH[1]);
  }

  /** Remove `key` if present; true when it was found. */
  discardEntry(key: PyValue, hi: number, lo: number): boolean {
    const j = this.lookup(key, hi, lo);
    if (j < 0) return false;
    this.table[j] = DUMMY;
    this.hashHi[j] = ALL_ONES;
    this.hashLo[j] = ALL_ONES;
    this.used--;
    this.cachedHash = undefined;
    return true;
  }

  discard(key: PyValue): boolean {
    hashParts(key);
    return this.discardEntry(key, HASH[0], HASH[1]);
  }

  clear(): void {
    this.table = new Array(MINSIZE);
    this.hashHi = new Uint32Array(MINSIZE);
    this.hashLo = new Uint32Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.cachedHash = undefined;
  }

  /** set_table_resize: a table of the smallest power of two > minused, dummies dropped. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const oldTable = this.table;
    const oldHi = this.hashHi;
    const oldLo = this.hashLo;
    this.table = new Array(newsize);
    this.hashHi = new Uint32Array(newsize);
    this.hashLo = new Uint32Array(newsize);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let j = 0; j < oldTable.length; j++) {
      const k = oldTable[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHi[j], oldLo[j]);
    }
  }

  /** set_insert_clean: place a key known to be absent into a table without dummies. */
  private insertClean(key: PyValue, hi: number, lo: number): void {
    const mask = this.mask;
    const table = this.table;
    let phi = hi;
    let plo = lo;
    let i = lo & mask;
    for (;;) {
      if (table[i] === undefined) return this.place(i, key, hi, lo);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (table[i + j] === undefined) return this.place(i + j, key, hi, lo);
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  private place(j: number, key: PyValue, hi: number, lo: number): void {
    this.table[j] = key;
    this.hashHi[j] = hi;
    this.hashLo[j] = lo;
  }

  // ---------- bulk operations ----------

  /** set_merge: add every element of another set. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    this.cachedHash = undefined;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let j = 0; j <= other.mask; j++) {
        const k = other.table[j];
        if (k !== undefined) this.place(j, k, other.hashHi[j], other.hashLo[j]);
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let j = 0; j <= other.mask; j++) {
        const k = other.table[j];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hashHi[j], other.hashLo[j]);
      }
      return;
    }
    for (let j = 0; j <= other.mask; j++) {
      const k = other.table[j];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, other.hashHi[j], other.hashLo[j]);
    }
  }

  /** set_update_internal: sets merge, exact dicts add their keys, others are iterated. */
  update(other: PyValue): void {
    if (other instanceof PySet) return this.merge(other);
    if (other instanceof PyDict && other.cls === dictType) {
      const n = other.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (let i = 0; i < other.keys.length; i++) {
        const k = other.keys[i];
        if (k === undefined) continue;
        const [hi, lo] = dictKeyHash(other, i);
        this.addEntry(k, hi, lo);
      }
      return;
    }
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) this.add(x);
  }

  /** The active entries in table order (iteration order), with their hash halves. */
  forEachEntry(fn: (key: PyValue, hi: number, lo: number) => void): void {
    const table = this.table;
    for (let j = 0; j < table.length; j++) {
      const k = table[j];
      if (k !== undefined && k !== DUMMY) fn(k, this.hashHi[j], this.hashLo[j]);
    }
  }

  keys(): PyValue[] {
    const out: PyValue[] = [];
    this.forEachEntry((k) => out.push(k));
    return out;
  }

  /** Slot index of the next active entry at or after `j`, or -1. */
  nextActive(j: number): number {
    const table = this.table;
    for (; j < table.length; j++) {
      const k = table[j];
      if (k !== undefined && k !== DUMMY) return j;
    }
    return -1;
  }

  /** set.pop(): the first active entry from the finger on (undefined when empty). */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    while (this.table[j] === undefined || this.table[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    const key = this.table[j]!;
    this.table[j] = DUMMY;
    this.hashHi[j] = ALL_ONES;
    this.hashLo[j] = ALL_ONES;
    this.used--;
    this.cachedHash = undefined;
    this.finger = j + 1;
    return key;
  }

  /** Exchange contents with `other` (CPython's set_swap_bodies, used by *_update). */
  swapBodies(other: PySet): void {
    [this.table, other.table] = [other.table, this.table];
    [this.hashHi, other.hashHi] = [other.hashHi, this.hashHi];
    [this.hashLo, other.hashLo] = [other.hashLo, this.hashLo];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
    this.cachedHash = undefined;
    other.cachedHash = undefined;
  }
}

/** The hash halves [hi, lo] of the key of entry `i` of a dict (read them at once: shared). */
export function dictKeyHash(d: PyDict, i: number): Uint32Array {
  const k = d.keys[i]!;
  if (typeof k === 'string') strHashParts(k, HASH);
  else splitHash(d.hashAt(i));
  return HASH;
}

/** The hash halves [hi, lo] of `v` (the shared HASH array: read them at once). */
export function keyHashParts(v: PyValue): Uint32Array {
  hashParts(v);
  return HASH;
}

export const setType = newBuiltinType('set', { alloc: (cls) => withInstanceAttrs(new PySet(cls), cls) });
export const frozensetType = newBuiltinType('frozenset', { alloc: (cls) => withInstanceAttrs(new PySet(cls), cls) });

export function isFrozen(s: PySet): boolean {
  return s.cls === frozensetType || (s.cls !== setType && s.cls.isSubtypeOf(frozensetType));
}

/** A new set (BUILD_SET) holding `items`. */
export function newSet(items: readonly PyValue[] = []): PySet {
  const s = new PySet(setType);
  for (const x of items) s.add(x);
  return s;
}

export function newFrozenSet(items: readonly PyValue[] = []): PySet {
  const s = new PySet(frozensetType);
  for (const x of items) s.add(x);
  return s;
}

/** A new set of type `cls` (set, frozenset or a subclass) filled from an iterable. */
export function makeSet(cls: PyType, iterable?: PyValue): PySet {
  const s = cls === setType || cls === frozensetType ? new PySet(cls) : (cls.alloc(cls) as PySet);
  if (iterable !== undefined) s.update(iterable);
  return s;
}

/** SET_ADD / SET_UPDATE for the interpreter. */
export function setAdd(s: PySet, v: PyValue): void {
  s.add(v);
}
export function setUpdate(s: PySet, iterable: PyValue): void {
  s.update(iterable);
}

/** Run a membership-style operation; an unhashable *set* key is retried as a frozenset
 * (`{1} in s_of_frozensets`), as CPython does. */
export function withSetKey<T>(key: PyValue, op: (k: PyValue) => T): T {
  try {
    return op(key);
  } catch (e) {
    if (!(key instanceof PySet) || isFrozen(key) || !excMatches(e, 'TypeError')) throw e;
    return op(makeSet(frozensetType, key));
  }
}

// ---------- frozenset hash ----------

const M64 = (1n << 64n) - 1n;
const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;

/** hash(frozenset): CPython's frozenset_hash (order-independent, exact). */
export function frozensetHash(s: PySet): Hash {
  if (s.cachedHash !== undefined) return s.cachedHash;
  let hash = 0n;
  s.forEachEntry((_k, hi, lo) => {
    hash ^= shuffle((BigInt(hi) << 32n) | BigInt(lo));
  });
  hash ^= ((BigInt(s.used) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  let signed = BigInt.asIntN(64, hash);
  if (signed === -1n) signed = 590923713n;
  const result = signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
  s.cachedHash = result;
  return result;
}
