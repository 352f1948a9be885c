// The range type: an immutable arithmetic sequence with exact bounds (ints of any size),
// O(1) len/index/contains, slicing into another range, equality and hash by the sequence
// it describes, and range_iterator (longrange_iterator beyond 64-bit bounds).
import { PyObject, normalizeInt } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, NotImplemented, intType, boolType, typeOf } from './builtin-types.js';
import { typeError, valueError, indexError, overflowError } from './errors.js';
import { defMethod, defNew, defGetSet } from './builtin-function.js';
import { toIndex, hasIndex } from './ops-number.js';
import { PySlice, sliceIndicesExact } from './slice.js';
import { PyIterator } from './ops-protocols.js';
import { eq } from './ops-compare.js';
import { reprOf } from './ops-repr.js';
import { newTuple } from './tuple.js';
import { tupleHash } from './ops-hash.js';
import { newIteratorType } from './iterator-type.js';
import { PyDict } from './dict.js';

type Int = number | bigint;
const big = (v: Int) => BigInt(v);

export class PyRange extends PyObject {
  override cls: PyType = rangeType;
  /** Exact length (bigint-free when small). */
  readonly length: Int;
  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
  ) {
    super();
    this.length = rangeLength(start, stop, step);
  }
}

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const [a, b, s] = [big(start), big(stop), big(step)];
  if (s > 0n) return a < b ? normalizeInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normalizeInt((a - b - 1n) / -s + 1n) : 0;
}

export const rangeType = newBuiltinType('range', { final: true, alloc: noBlankInstances });

export function newRange(start: Int, stop: Int, step: Int = 1): PyRange {
  return new PyRange(start, stop, step);
}

/** start + i * step, exactly. */
function itemAt(r: PyRange, i: Int): Int {
  if (typeof i === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return normalizeInt(big(r.start) + big(i) * big(r.step));
}

defNew(rangeType, '(*args, **kwargs)', (_cls: PyType, args: PyValue[], kw: PyDict) => {
  if (kw.size > 0) throw typeError('range() takes no keyword arguments');
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  // Read one by one, not mapped into a new array: an array of ints has its own V8 map,
  // which made the later reads polymorphic.
  const first = toIndex(args[0]);
  if (args.length === 1) return newRange(0, first, 1);
  const stop = toIndex(args[1]);
  const step = args.length === 3 ? toIndex(args[2]) : 1;
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return newRange(first, stop, step);
});

const R = (v: PyValue) => v as PyRange;
defGetSet(rangeType, 'start', (r) => R(r).start);
defGetSet(rangeType, 'stop', (r) => R(r).stop);
defGetSet(rangeType, 'step', (r) => R(r).step);

defMethod(rangeType, '__repr__', 0, (r: PyRange) =>
  r.step === 1 ? `range(${reprOf(r.start)}, ${reprOf(r.stop)})` : `range(${reprOf(r.start)}, ${reprOf(r.stop)}, ${reprOf(r.step)})`,
);
defMethod(rangeType, '__len__', 0, (r: PyRange) => {
  if (typeof r.length === 'bigint' && r.length > 9223372036854775807n) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  return r.length;
});
defMethod(rangeType, '__bool__', 0, (r: PyRange) => r.length !== 0);

/** Is `v` (an exact int or bool) one of the range's values? */
function containsInt(r: PyRange, v: Int): boolean {
  const [a, b, s, x] = [big(r.start), big(r.stop), big(r.step), big(v)];
  if (s > 0n ? x < a || x >= b : x > a || x <= b) return false;
  return (x - a) % s === 0n;
}

const isExactInt = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v) === intType || typeOf(v) === boolType;

defMethod(rangeType, '__contains__', 1, (r: PyRange, v: PyValue) => {
  if (isExactInt(v)) return containsInt(r, toIndex(v));
  const it = new PyRangeIterator(r);
  for (let x = it.next(); x !== undefined; x = it.next()) if (eq(x, v)) return true;
  return false;
});
defMethod(rangeType, 'index', 1, (r: PyRange, v: PyValue) => {
  if (isExactInt(v)) {
    const x = toIndex(v);
    if (containsInt(r, x)) return normalizeInt((big(x) - big(r.start)) / big(r.step));
  } else {
    const it = new PyRangeIterator(r);
    let i = 0;
    for (let x = it.next(); x !== undefined; x = it.next(), i++) if (eq(x, v)) return i;
    // Not an exact int: CPython searched by iteration (_PySequence_IterSearch) and says so.
    throw valueError('sequence.index(x): x not in sequence');
  }
  throw valueError(`${reprOf(v)} is not in range`);
});
defMethod(rangeType, 'count', 1, (r: PyRange, v: PyValue) => {
  if (isExactInt(v)) return containsInt(r, toIndex(v)) ? 1 : 0;
  let n = 0;
  const it = new PyRangeIterator(r);
  for (let x = it.next(); x !== undefined; x = it.next()) if (eq(x, v)) n++;
  return n;
});

defMethod(rangeType, '__getitem__', 1, (r: PyRange, key: PyValue) => {
  if (key instanceof PySlice) {
    const [s0, s1, s2] = sliceIndicesExact(key, big(r.length)).map(normalizeInt);
    return newRange(itemAt(r, s0), itemAt(r, s1), normalizeInt(big(r.step) * big(s2)));
  }
  if (!hasIndex(key)) throw typeError(`range indices must be integers or slices, not ${typeOf(key).name}`);
  let i = toIndex(key);
  if (i < 0) i = typeof i === 'number' && typeof r.length === 'number' ? i + r.length : normalizeInt(big(i) + big(r.length));
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return itemAt(r, i);
});

/** The (len, start, step) triple that decides range equality and hash. */
function identityOf(r: PyRange): PyValue[] {
  if (r.length === 0) return [0, null, null];
  if (r.length === 1) return [1, r.start, null];
  return [r.length, r.start, r.step];
}

defMethod(rangeType, '__eq__', 1, (r: PyRange, o: PyValue) => {
  if (!(o instanceof PyRange)) return NotImplemented;
  const [a, b] = [identityOf(r), identityOf(o)];
  return a.every((x, i) => eq(x, b[i]));
});
defMethod(rangeType, '__ne__', 1, (r: PyRange, o: PyValue) => {
  if (!(o instanceof PyRange)) return NotImplemented;
  const [a, b] = [identityOf(r), identityOf(o)];
  return !a.every((x, i) => eq(x, b[i]));
});
defMethod(rangeType, '__hash__', 0, (r: PyRange) => tupleHash(identityOf(r)));
defMethod(rangeType, '__reduce__', 0, (r: PyRange) => newTuple([rangeType, newTuple([r.start, r.stop, r.step])]));

// ---------- iterators ----------

export const rangeIteratorType = newIteratorType('range_iterator');
export const longRangeIteratorType = newIteratorType('longrange_iterator');

const fitsLong = (v: Int) => typeof v === 'number' || (v >= -(2n ** 63n) && v < 2n ** 63n);

export class PyRangeIterator extends PyIterator {
  override cls: PyType;
  /** When every value of the range is a safe int: the next value, the step, and how many
   * values are left; plain number arithmetic per item. -1 = the general path below. */
  private cur = 0;
  private delta = 0;
  private left = -1;
  /** The general path (bounds beyond 2**53): the position, in exact ints. */
  private index: Int = 0;
  constructor(
    private readonly range: PyRange,
    private readonly reversed = false,
  ) {
    super();
    const r = range;
    this.cls = fitsLong(r.start) && fitsLong(r.stop) && fitsLong(r.step) && fitsLong(r.length) ? rangeIteratorType : longRangeIteratorType;
    const n = r.length;
    if (typeof n === 'number' && typeof r.step === 'number' && Number.isSafeInteger(r.start) && (n === 0 || Number.isSafeInteger(itemAt(r, n - 1)))) {
      this.cur = reversed && n > 0 ? (itemAt(r, n - 1) as number) : (r.start as number);
      this.delta = reversed ? -r.step : r.step;
      this.left = n;
    }
  }
  override next(): PyValue | undefined {
    const left = this.left;
    if (left > 0) {
      this.left = left - 1;
      const v = this.cur;
      // Past the last value this may leave the safe range; it is never returned then.
      this.cur = v + this.delta;
      return v;
    }
    if (left === 0) return undefined;
    const r = this.range;
    const i = this.index;
    if (big(i) >= big(r.length)) return undefined;
    this.index = normalizeInt(big(i) + 1n);
    return itemAt(r, this.reversed ? normalizeInt(big(r.length) - 1n - big(i)) : i);
  }
  lengthHint(): Int {
    if (this.left >= 0) return this.left;
    return normalizeInt(big(this.range.length) - big(this.index));
  }
}

defMethod(rangeType, '__iter__', 0, (r: PyRange) => new PyRangeIterator(r));
defMethod(rangeType, '__reversed__', 0, (r: PyRange) => new PyRangeIterator(r, true));
for (const t of [rangeIteratorType, longRangeIteratorType]) {
  defMethod(t, '__length_hint__', 0, (self: PyRangeIterator) => self.lengthHint());
}
