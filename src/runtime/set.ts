// set and frozenset: CPython 3.11's hash table (Objects/setobject.c) reproduced exactly --
// open addressing over a power-of-two table (initial size 8), LINEAR_PROBES = 9 neighbours
// before perturbed probing (PERTURB_SHIFT = 5), dummies for deleted entries (reused by later
// insertions on the same probe path), the fill/resize policy and the bulk-merge fast paths -- so that iterating (and printing) a set gives
// CPython's order whenever the element hashes are CPython's (str hashes with
// PYTHONHASHSEED=0, see hash.ts). The set algebra (union, intersection, ...) follows
// CPython's algorithms too, since they decide the order of the result.
import { PyObject } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';
import { hashParts } from './ops-hash.js';
import { FrozensetHasher } from './hash.js';
import { getIter, iterNext } from './ops-protocols.js';
import { PyDict, dictType, keysEqual } from './dict.js';
import { PyList, listType } from './list.js';
import { PyTuple, tupleType } from './tuple.js';
import { excMatches } from './errors.js';

type Hash = number | bigint;

const LINEAR_PROBES = 9;
const MINSIZE = 8;
/** The hash halves of a deleted slot (CPython's `dummy` entry has hash -1). */
const ALL_ONES = 0xffffffff;

/** Tables up to this many slots keep their columns in plain JS arrays, larger ones in typed
 * arrays. Most sets are small and short-lived: a typed array over 64 bytes gets an off-heap
 * buffer whose allocation (on every resize) and collection cost far more than a
 * young-generation JS array; a large table is the other way round (filling and scanning
 * a big JS array dominates). */
const SMALL_TABLE = 1024;

type Column = number[] | Int32Array | Uint32Array;

/** Zeros to copy small columns from: slice() of a packed array is a copy of its elements,
 * where `new Array(n).fill(0)` fills a holey array through a runtime call (1.5-1.7x slower
 * for 8-256 slots). The hash template holds doubles, the kind a column of uint32 hash
 * halves takes anyway; the slot template holds small ints. */
const SLOT_ZEROS: number[] = packedZeros(0);
const HASH_ZEROS: number[] = packedZeros(0.5);

/** SMALL_TABLE zeros in a packed array of the elements kind `seed` gives it (pushed, not
 * `new Array(n)`, which is holey). */
function packedZeros(seed: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < SMALL_TABLE; i++) a.push(seed);
  return a.fill(0);
}

/** A slot-number column of `n` zeros (Int32Array when large). */
function slotColumn(n: number): Column {
  return n <= SMALL_TABLE ? SLOT_ZEROS.slice(0, n) : new Int32Array(n);
}

/** A hash-half column of `n` zeros (uint32 values: Uint32Array when large). */
function hashColumn(n: number): Column {
  return n <= SMALL_TABLE ? HASH_ZEROS.slice(0, n) : new Uint32Array(n);
}

// The slot table holds entry numbers, not keys: slots[j] is 0 for a never-used slot, e + 1
// when slot j holds entries[e], and -(e + 1) for a deleted slot (CPython's dummy) whose
// entry e is dead and is reused when an insertion reuses the slot. Number columns are
// cheap to allocate and clear on resize, where a large JS array of keys is not.
export class PySet extends PyObject {
  slots = slotColumn(MINSIZE);
  /** High and low 32 bits (uint32) of each slot's hash (0 for unused slots, all ones for dummies). */
  hashHi = hashColumn(MINSIZE);
  hashLo = hashColumn(MINSIZE);
  /** The keys, by entry number (undefined for the dead entry of a dummy slot). */
  entries: (PyValue | undefined)[] = [];
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

  /** The key in active slot `j`. */
  keyAt(j: number): PyValue {
    return this.entries[this.slots[j]! - 1]!;
  }

  // ---------- lookup and insertion ----------

  /** Index of the slot holding a key equal to `key` (hash hi:lo), or -1. */
  lookup(key: PyValue, hi: number, lo: number): number {
    restart: for (;;) {
      const slots = this.slots;
      const hashLo = this.hashLo;
      const mask = this.mask;
      let phi = hi;
      let plo = lo;
      let i = lo & mask;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const e = slots[j]!;
          if (e === 0) return -1;
          if (hashLo[j] === lo && this.hashHi[j] === hi && e > 0) {
            const k = this.entries[e - 1]!;
            if (k === key) return j;
            const same = keysEqual(k, key);
            if (this.slots !== slots || slots[j] !== e || this.entries[e - 1] !== k) continue restart;
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
    const h = hashParts(key);
    return this.lookup(key, h[0]!, h[1]!) >= 0;
  }

  /** set_add_entry: insert unless an equal key is present; a dummy met on the probe path
   * is reused (then `fill` does not grow and no resize is considered). */
  addEntry(key: PyValue, hi: number, lo: number): void {
    restart: for (;;) {
      const slots = this.slots;
      const hashLo = this.hashLo;
      const mask = this.mask;
      let phi = hi;
      let plo = lo;
      let i = lo & mask;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const e = slots[j]!;
          if (e === 0) {
            this.cachedHash = undefined;
            this.used++;
            if (freeslot >= 0) {
              const dead = -this.slots[freeslot]! - 1;
              this.entries[dead] = key;
              this.place(freeslot, dead, hi, lo);
              return;
            }
            this.place(j, this.entries.push(key) - 1, hi, lo);
            this.fill++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (e < 0) {
            // CPython 3.11 keeps the LAST dummy seen on the probe path (verified against
            // python3 on random insert/remove sequences).
            freeslot = j;
          } else if (hashLo[j] === lo && this.hashHi[j] === hi) {
            const k = this.entries[e - 1]!;
            if (k === key) return;
            if (keysEqual(k, key)) return;
            // __eq__ may have changed the set: start again if this slot did change.
            if (this.slots !== slots || slots[j] !== e || this.entries[e - 1] !== k) continue restart;
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
    const h = hashParts(key);
    this.addEntry(key, h[0]!, h[1]!);
  }

  /** Remove `key` if present; true when it was found. */
  discardEntry(key: PyValue, hi: number, lo: number): boolean {
    const j = this.lookup(key, hi, lo);
    if (j < 0) return false;
    this.kill(j);
    return true;
  }

  discard(key: PyValue): boolean {
    const h = hashParts(key);
    return this.discardEntry(key, h[0]!, h[1]!);
  }

  /** Turn active slot `j` into a dummy. */
  private kill(j: number): void {
    const e = this.slots[j]!;
    this.entries[e - 1] = undefined;
    this.slots[j] = -e;
    this.hashHi[j] = ALL_ONES;
    this.hashLo[j] = ALL_ONES;
    this.used--;
    this.cachedHash = undefined;
  }

  clear(): void {
    this.slots = slotColumn(MINSIZE);
    this.hashHi = hashColumn(MINSIZE);
    this.hashLo = hashColumn(MINSIZE);
    this.entries = [];
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.cachedHash = undefined;
  }

  /** set_table_resize: a table of the smallest power of two > minused, dummies dropped
   * (their dead entries too: then the live entries are renumbered in slot order). */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const oldSlots = this.slots;
    const oldHi = this.hashHi;
    const oldLo = this.hashLo;
    const oldEntries = this.entries;
    const renumber = this.fill !== this.used;
    this.slots = slotColumn(newsize);
    this.hashHi = hashColumn(newsize);
    this.hashLo = hashColumn(newsize);
    this.mask = newsize - 1;
    this.fill = this.used;
    if (renumber) this.entries = [];
    for (let j = 0; j < oldSlots.length; j++) {
      const e = oldSlots[j]!;
      if (e <= 0) continue;
      this.insertClean(renumber ? this.entries.push(oldEntries[e - 1]) - 1 : e - 1, oldHi[j]!, oldLo[j]!);
    }
  }

  /** set_insert_clean: place entry `e`, known to be absent, into a table without dummies. */
  private insertClean(e: number, hi: number, lo: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let phi = hi;
    let plo = lo;
    let i = lo & mask;
    for (;;) {
      if (slots[i] === 0) return this.place(i, e, hi, lo);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (slots[i + j] === 0) return this.place(i + j, e, hi, lo);
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  private place(j: number, e: number, hi: number, lo: number): void {
    this.slots[j] = e + 1;
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
      // A copy: `other` has no dummies, hence no dead entries.
      this.slots = other.slots.slice();
      this.hashHi = other.hashHi.slice();
      this.hashLo = other.hashLo.slice();
      this.entries = other.entries.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    const slots = other.slots;
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      this.entries = [];
      for (let j = 0; j < slots.length; j++) {
        const e = slots[j]!;
        if (e > 0) this.insertClean(this.entries.push(other.entries[e - 1]) - 1, other.hashHi[j]!, other.hashLo[j]!);
      }
      return;
    }
    for (let j = 0; j < slots.length; j++) {
      const e = slots[j]!;
      if (e > 0) this.addEntry(other.entries[e - 1]!, other.hashHi[j]!, other.hashLo[j]!);
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
        const h = other.hashPartsAt(i);
        this.addEntry(k, h[0]!, h[1]!);
      }
      return;
    }
    if ((other instanceof PyList && other.cls === listType) || (other instanceof PyTuple && other.cls === tupleType)) {
      // What list/tuple iteration does, without the iterator: `items` and its length are
      // re-read every step, since a key's __hash__/__eq__ may mutate the list. (No
      // presizing: CPython grows the table step by step, and the growth decides the order.)
      for (let i = 0; i < other.items.length; i++) this.add(other.items[i]);
      return;
    }
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) this.add(x);
  }

  /** The active entries in table order (iteration order), with their hash halves. */
  forEachEntry(fn: (key: PyValue, hi: number, lo: number) => void): void {
    const slots = this.slots;
    for (let j = 0; j < slots.length; j++) {
      const e = slots[j]!;
      if (e > 0) fn(this.entries[e - 1]!, this.hashHi[j]!, this.hashLo[j]!);
    }
  }

  keys(): PyValue[] {
    const out: PyValue[] = [];
    const slots = this.slots;
    for (let j = 0; j < slots.length; j++) {
      const e = slots[j]!;
      if (e > 0) out.push(this.entries[e - 1]!);
    }
    return out;
  }

  /** Slot index of the next active entry at or after `j`, or -1. */
  nextActive(j: number): number {
    const slots = this.slots;
    for (; j < slots.length; j++) if (slots[j]! > 0) return j;
    return -1;
  }

  /** set.pop(): the first active entry from the finger on (undefined when empty). */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    while (this.slots[j]! <= 0) {
      j++;
      if (j > this.mask) j = 0;
    }
    const key = this.keyAt(j);
    this.kill(j);
    this.finger = j + 1;
    return key;
  }

  /** Exchange contents with `other` (CPython's set_swap_bodies, used by *_update). */
  swapBodies(other: PySet): void {
    [this.slots, other.slots] = [other.slots, this.slots];
    [this.hashHi, other.hashHi] = [other.hashHi, this.hashHi];
    [this.hashLo, other.hashLo] = [other.hashLo, this.hashLo];
    [this.entries, other.entries] = [other.entries, this.entries];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
    this.cachedHash = undefined;
    other.cachedHash = undefined;
  }
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

/** hash(frozenset): CPython's frozenset_hash (order-independent, exact), cached. */
export function frozensetHash(s: PySet): Hash {
  if (s.cachedHash !== undefined) return s.cachedHash;
  const hasher = new FrozensetHasher();
  s.forEachEntry((_k, hi, lo) => hasher.add(hi, lo));
  s.cachedHash = hasher.finish(s.used);
  return s.cachedHash;
}
