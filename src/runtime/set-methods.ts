// The Python-level behaviour of set and frozenset: construction, every method and operator
// (following CPython's algorithms, which decide the order of the results), comparisons,
// repr, frozenset's hash, and the set_iterator type. The table itself is set.ts.
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { NotImplemented } from './builtin-types.js';
import { typeError, keyError, runtimeError } from './errors.js';
import { defMethod, defNew, defClassMethod } from './builtin-function.js';
import { PySet, setType, frozensetType, isFrozen, makeSet, withSetKey, frozensetHash } from './set.js';
import { PyDict, dictType } from './dict.js';
import { getIter, iterNext, PyIterator } from './ops-protocols.js';
import { hashParts } from './ops-hash.js';
import { withReprGuard } from './ops-repr.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { reprItems } from './sequence.js';
import { newIteratorType } from './iterator-type.js';
import { genericAlias } from './generic-alias.js';
import { instanceDictOf } from './attr.js';
import { hasAttrs } from './object.js';

/** set for set subclasses, frozenset for frozenset ones (make_new_set_basetype). */
const baseTypeOf = (s: PySet): PyType => (isFrozen(s) ? frozensetType : setType);

function copyOf(s: PySet): PySet {
  return makeSet(baseTypeOf(s), s);
}

// ---------- the algebra (CPython's algorithms) ----------

export function setUnion(s: PySet, others: readonly PyValue[]): PySet {
  const result = copyOf(s);
  for (const o of others) if (o !== s) result.update(o);
  return result;
}

export function setIntersection(s: PySet, other: PyValue): PySet {
  if (other === s) return copyOf(s);
  const result = makeSet(baseTypeOf(s));
  if (other instanceof PySet) {
    let big = s;
    let small = other;
    if (small.used > big.used) [big, small] = [small, big];
    small.forEachEntry((k, hi, lo) => {
      if (big.lookup(k, hi, lo) >= 0) result.addEntry(k, hi, lo);
    });
    return result;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    const h = hashParts(k);
    const hi = h[0]!;
    const lo = h[1]!;
    if (s.lookup(k, hi, lo) >= 0) result.addEntry(k, hi, lo);
  }
  return result;
}

function intersectionMulti(s: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return copyOf(s);
  let result = s;
  for (const o of others) result = setIntersection(result, o);
  return result;
}

export function setDifferenceUpdate(s: PySet, other: PyValue): void {
  if (other === s) {
    s.clear();
    return;
  }
  if (other instanceof PySet) {
    other.forEachEntry((k, hi, lo) => {
      s.discardEntry(k, hi, lo);
    });
  } else {
    const it = getIter(other);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) s.discard(k);
  }
  // As CPython's set_difference_update_internal: dummies over a quarter of the table are
  // resized away, which re-inserts the rest (and so decides their order).
  if (s.fill - s.used > s.mask >>> 2) s.resize(s.used > 50000 ? s.used * 2 : s.used * 4);
}

export function setDifference(s: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else otherSize = -1;
  if (otherSize < 0 || s.used >> 2 > otherSize) {
    const result = copyOf(s);
    setDifferenceUpdate(result, other);
    return result;
  }
  const result = makeSet(baseTypeOf(s));
  s.forEachEntry((k, hi, lo) => {
    const present = other instanceof PySet ? other.lookup(k, hi, lo) >= 0 : (other as PyDict).has(k);
    if (!present) result.addEntry(k, hi, lo);
  });
  return result;
}

function differenceMulti(s: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return copyOf(s);
  const result = setDifference(s, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdate(result, others[i]);
  return result;
}

export function setSymmetricDifferenceUpdate(s: PySet, other: PyValue): void {
  if (other === s) {
    s.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k === undefined) continue;
      const h = other.hashPartsAt(i);
      const hi = h[0]!;
      const lo = h[1]!;
      if (!s.discardEntry(k, hi, lo)) s.addEntry(k, hi, lo);
    }
    return;
  }
  const o = other instanceof PySet ? other : makeSet(baseTypeOf(s), other);
  o.forEachEntry((k, hi, lo) => {
    if (!s.discardEntry(k, hi, lo)) s.addEntry(k, hi, lo);
  });
}

export function setSymmetricDifference(s: PySet, other: PyValue): PySet {
  const result = makeSet(baseTypeOf(s), other);
  setSymmetricDifferenceUpdate(result, s);
  return result;
}

export function setIsSubset(s: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) return setIsSubset(s, makeSet(setType, other));
  if (s.used > other.used) return false;
  let ok = true;
  s.forEachEntry((k, hi, lo) => {
    if (ok && other.lookup(k, hi, lo) < 0) ok = false;
  });
  return ok;
}

export function setIsSuperset(s: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return setIsSubset(other, s);
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (!s.has(k)) return false;
  return true;
}

function setIsDisjoint(s: PySet, other: PyValue): boolean {
  if (other === s) return s.used === 0;
  if (other instanceof PySet) {
    let big = s;
    let small = other;
    if (small.used > big.used) [big, small] = [small, big];
    let disjoint = true;
    small.forEachEntry((k, hi, lo) => {
      if (disjoint && big.lookup(k, hi, lo) >= 0) disjoint = false;
    });
    return disjoint;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (s.has(k)) return false;
  return true;
}

// ---------- construction ----------

defNew(setType, '(*args, **kwargs)', (cls: PyType, _args: PyValue[], kw: PyDict) => {
  if (cls === setType && kw.size > 0) throw typeError('set() takes no keyword arguments');
  return makeSet(cls);
});
defMethod(setType, '__init__', '(*args, **kwargs)', (self: PySet, args: PyValue[], kw: PyDict) => {
  if (kw.size > 0 && self.cls === setType) throw typeError('set() takes no keyword arguments');
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  if (self.fill > 0) self.clear();
  if (args.length === 1) self.update(args[0]);
  return null;
});
defNew(frozensetType, '(*args, **kwargs)', (cls: PyType, args: PyValue[], kw: PyDict) => {
  if (cls === frozensetType && kw.size > 0) throw typeError('frozenset() takes no keyword arguments');
  if (args.length > 1) throw typeError(`frozenset expected at most 1 argument, got ${args.length}`);
  const it = args[0];
  if (cls === frozensetType && it instanceof PySet && it.cls === frozensetType) return it;
  return makeSet(cls, it);
});

// ---------- shared methods ----------

for (const t of [setType, frozensetType]) {
  defMethod(t, '__len__', 0, (self: PySet) => self.used);
  defMethod(t, '__contains__', 1, (self: PySet, k: PyValue) => withSetKey(k, (key) => self.has(key)));
  defMethod(t, '__iter__', 0, (self: PySet) => new PySetIterator(self));
  defMethod(t, 'copy', 0, (self: PySet) => (self.cls === frozensetType ? self : copyOf(self)));
  defMethod(t, 'union', '(*others)', (self: PySet, others: PyValue[]) => setUnion(self, others));
  defMethod(t, 'intersection', '(*others)', (self: PySet, others: PyValue[]) => intersectionMulti(self, others));
  defMethod(t, 'difference', '(*others)', (self: PySet, others: PyValue[]) => differenceMulti(self, others));
  defMethod(t, 'symmetric_difference', 1, (self: PySet, other: PyValue) => setSymmetricDifference(self, other));
  defMethod(t, 'issubset', 1, (self: PySet, other: PyValue) => setIsSubset(self, other));
  defMethod(t, 'issuperset', 1, (self: PySet, other: PyValue) => setIsSuperset(self, other));
  defMethod(t, 'isdisjoint', 1, (self: PySet, other: PyValue) => setIsDisjoint(self, other));

  const binary = (fn: (a: PySet, b: PySet) => PyValue) => (self: PySet, other: PyValue) =>
    other instanceof PySet ? fn(self, other) : NotImplemented;
  defMethod(t, '__or__', 1, binary((a, b) => setUnion(a, [b])));
  defMethod(t, '__ror__', 1, binary((a, b) => setUnion(b, [a])));
  defMethod(t, '__and__', 1, binary((a, b) => setIntersection(a, b)));
  defMethod(t, '__rand__', 1, binary((a, b) => setIntersection(b, a)));
  defMethod(t, '__sub__', 1, binary((a, b) => setDifference(a, b)));
  defMethod(t, '__rsub__', 1, binary((a, b) => setDifference(b, a)));
  defMethod(t, '__xor__', 1, binary((a, b) => setSymmetricDifference(a, b)));
  defMethod(t, '__rxor__', 1, binary((a, b) => setSymmetricDifference(b, a)));

  const cmp = (fn: (a: PySet, b: PySet) => boolean) => binary((a, b) => fn(a, b));
  const setEq = (a: PySet, b: PySet) => {
    if (a.used !== b.used) return false;
    if (a.cachedHash !== undefined && b.cachedHash !== undefined && a.cachedHash !== b.cachedHash) return false;
    return setIsSubset(a, b);
  };
  defMethod(t, '__eq__', 1, cmp(setEq));
  defMethod(t, '__ne__', 1, cmp((a, b) => !setEq(a, b)));
  defMethod(t, '__le__', 1, cmp((a, b) => setIsSubset(a, b)));
  defMethod(t, '__ge__', 1, cmp((a, b) => setIsSuperset(a, b)));
  defMethod(t, '__lt__', 1, cmp((a, b) => a.used < b.used && setIsSubset(a, b)));
  defMethod(t, '__gt__', 1, cmp((a, b) => a.used > b.used && setIsSuperset(a, b)));

  defMethod(t, '__repr__', 0, (self: PySet) => {
    const name = self.cls.name;
    if (self.used === 0) return `${name}()`;
    return withReprGuard(self, `${name}(...)`, () => {
      const body = `{${reprItems(self.keys())}}`;
      return self.cls === setType ? body : `${name}(${body})`;
    });
  });
  defMethod(t, '__reduce__', 0, (self: PySet) => {
    const state = hasAttrs(self) && (self.attrs !== null || self.dict !== null) ? instanceDictOf(self) : null;
    return newTuple([self.cls, newTuple([newList(self.keys())]), state]);
  });
  defMethod(t, '__sizeof__', 0, (self: PySet) => (self.mask === 7 ? 200 : 200 + 16 * (self.mask + 1)));
  defClassMethod(t, '__class_getitem__', 1, (cls: PyType, arg: PyValue) => genericAlias(cls, arg));
}

defMethod(frozensetType, '__hash__', 0, (self: PySet) => frozensetHash(self));
setType.setMember('__hash__', null);

// ---------- set-only (mutating) methods ----------

defMethod(setType, 'add', 1, (self: PySet, k: PyValue) => {
  self.add(k);
  return null;
});
defMethod(setType, 'discard', 1, (self: PySet, k: PyValue) => {
  withSetKey(k, (key) => self.discard(key));
  return null;
});
defMethod(setType, 'remove', 1, (self: PySet, k: PyValue) => {
  if (!withSetKey(k, (key) => self.discard(key))) throw keyError(k);
  return null;
});
defMethod(setType, 'pop', 0, (self: PySet) => {
  const k = self.pop();
  if (k === undefined) throw keyError('pop from an empty set');
  return k;
});
defMethod(setType, 'clear', 0, (self: PySet) => {
  self.clear();
  return null;
});
defMethod(setType, 'update', '(*others)', (self: PySet, others: PyValue[]) => {
  for (const o of others) self.update(o);
  return null;
});
defMethod(setType, 'intersection_update', '(*others)', (self: PySet, others: PyValue[]) => {
  self.swapBodies(intersectionMulti(self, others));
  return null;
});
defMethod(setType, 'difference_update', '(*others)', (self: PySet, others: PyValue[]) => {
  for (const o of others) setDifferenceUpdate(self, o);
  return null;
});
defMethod(setType, 'symmetric_difference_update', 1, (self: PySet, other: PyValue) => {
  setSymmetricDifferenceUpdate(self, other);
  return null;
});

const inplace = (fn: (a: PySet, b: PySet) => void) => (self: PySet, other: PyValue) => {
  if (!(other instanceof PySet)) return NotImplemented;
  fn(self, other);
  return self;
};
defMethod(setType, '__ior__', 1, inplace((a, b) => a.update(b)));
defMethod(setType, '__iand__', 1, inplace((a, b) => a.swapBodies(setIntersection(a, b))));
defMethod(setType, '__isub__', 1, inplace((a, b) => setDifferenceUpdate(a, b)));
defMethod(setType, '__ixor__', 1, inplace((a, b) => setSymmetricDifferenceUpdate(a, b)));

// ---------- iterator ----------

export const setIteratorType = newIteratorType('set_iterator');

export class PySetIterator extends PyIterator {
  override cls: PyType = setIteratorType;
  private pos = 0;
  private expectedUsed: number;
  private remaining: number;
  constructor(private set: PySet | null) {
    super();
    this.expectedUsed = set!.used;
    this.remaining = set!.used;
  }
  override next(): PyValue | undefined {
    const s = this.set;
    if (s === null) return undefined;
    if (s.used !== this.expectedUsed) {
      this.expectedUsed = -1;
      throw runtimeError('Set changed size during iteration');
    }
    const j = s.nextActive(this.pos);
    if (j < 0) {
      this.set = null;
      return undefined;
    }
    this.pos = j + 1;
    this.remaining--;
    return s.keyAt(j);
  }
  lengthHint(): number {
    return this.set === null || this.set.used !== this.expectedUsed ? 0 : this.remaining;
  }
}
defMethod(setIteratorType, '__length_hint__', 0, (self: PySetIterator) => self.lengthHint());
