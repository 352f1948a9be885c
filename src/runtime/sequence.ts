// Operations shared by the array-backed sequences (list, tuple, and the views over them):
// lexicographic rich comparison, repetition with CPython's size limits, index()/count()
// bounds, and the repr of a bracketed item list.
import { type PyValue } from './object.js';
import { eq, richCompare } from './ops-compare.js';
import { hasIndex, toIndex, fitsSsize } from './ops-number.js';
import { reprOf } from './ops-repr.js';
import { typeError, overflowError, newException, EXC } from './errors.js';
import { MAX_LIST_LENGTH } from './limits.js';

/** `a <op> b` for two sequences (CPython's list_richcompare / tuplerichcompare). */
export function seqRichCompare(a: readonly PyValue[], b: readonly PyValue[], op: number): PyValue {
  if ((op === 2 || op === 3) && a.length !== b.length) return op === 3;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && eq(a[i], b[i])) i++;
  if (i >= a.length || i >= b.length) {
    const x = a.length;
    const y = b.length;
    switch (op) {
      case 0: return x < y;
      case 1: return x <= y;
      case 2: return x === y;
      case 3: return x !== y;
      case 4: return x > y;
      default: return x >= y;
    }
  }
  if (op === 2) return false;
  if (op === 3) return true;
  return richCompare(a[i], b[i], op);
}

/** The element count of `items * n`, or a Python error when it cannot exist: the count must
 * fit Py_ssize_t (OverflowError, even for an empty sequence), the result memory (MemoryError). */
export function repeatLength(itemCount: number, n: number | bigint): number {
  if (typeof n === 'bigint') {
    if (!fitsSsize(n)) throw overflowError("cannot fit 'int' into an index-sized integer");
    if (n < 0n || itemCount === 0) return 0;
    throw newException(EXC['MemoryError']);
  }
  if (n <= 0 || itemCount === 0) return 0;
  const total = itemCount * n;
  if (total > MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
  return total;
}

export function repeatItems<T>(items: readonly T[], n: number | bigint): T[] {
  const total = repeatLength(items.length, n);
  const out: T[] = new Array(total);
  for (let i = 0; i < total; i++) out[i] = items[i % items.length];
  return out;
}

/** `a + b` of two item arrays, or MemoryError past pytier's list size limit (V8 itself
 * fails with an internal RangeError past ~134M elements). */
export function concatItems<T>(a: readonly T[], b: readonly T[]): T[] {
  if (a.length + b.length > MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
  return a.concat(b);
}

/** A start/stop argument of index(): int-like, clamped, negative from the end. */
export function boundArg(v: PyValue | undefined, len: number, dflt: number): number {
  if (v === undefined) return dflt;
  if (!hasIndex(v)) throw typeError('slice indices must be integers or have an __index__ method');
  const big = toIndex(v);
  let n = typeof big === 'bigint' ? (big < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : big;
  if (n < 0) {
    n += len;
    if (n < 0) n = 0;
  }
  return n;
}

/** Position of `x` in items[start:stop] by ==, or -1. */
export function seqIndexOf(items: readonly PyValue[], x: PyValue, start: number, stop: number): number {
  for (let i = start; i < stop && i < items.length; i++) if (eq(items[i], x)) return i;
  return -1;
}

/** `x in items` for a list or tuple: identity or ==, item by item (PySequence_Contains). */
export function seqContains(items: readonly PyValue[], x: PyValue): boolean {
  for (let i = 0; i < items.length; i++) if (eq(items[i], x)) return true;
  return false;
}

export function seqCount(items: readonly PyValue[], x: PyValue): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (eq(items[i], x)) n++;
  return n;
}

/** "1, 'a', [2]" */
export function reprItems(items: readonly PyValue[]): string {
  let s = '';
  for (let i = 0; i < items.length; i++) s += (i === 0 ? '' : ', ') + reprOf(items[i]);
  return s;
}
