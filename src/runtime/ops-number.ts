// Integer conversions every protocol needs: operator.index (`__index__`) and its
// index-sized variant (list indices, len(), repeat counts).
import { type PyValue } from './object.js';
import { typeOf, intType } from './builtin-types.js';
import { SLOT } from './type.js';
import { typeError, overflowError, newException, EXC } from './errors.js';
import { callSpecial, callMethod } from './call.js';
import { warnStrictSubclass } from './warnings.js';

/** Does `v` support `__index__` (is it an int, bool, or defines `__index__`)? */
export function hasIndex(v: PyValue): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean') return true;
  return typeOf(v).lookupSlot(SLOT.index) !== undefined;
}

/** operator.index(v): an exact int (number | bigint). */
export function toIndex(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const r = callSpecial(v, '__index__', []);
  if (r === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  // An int subclass instance (True too) is accepted with a DeprecationWarning: int.__index__
  // gives its value.
  if (typeof r !== 'boolean' && !typeOf(r).isSubtypeOf(intType)) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
  warnStrictSubclass('__index__', 'int', r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  return callMethod(intType.ns.get('__index__')!, r, []) as number | bigint;
}

/** CPython's Py_ssize_t range. pytier's ints beyond 2^53 are bigints, yet up to 2^63 they
 * still fit CPython's index-sized conversions: there they are only out of range. */
export const SSIZE_MIN = -(2n ** 63n);
export const SSIZE_MAX = 2n ** 63n - 1n;

export function fitsSsize(n: bigint): boolean {
  return n >= SSIZE_MIN && n <= SSIZE_MAX;
}

/** An index that must fit a machine size (CPython's PyNumber_AsSsize_t): a JS number. An int
 * that fits Py_ssize_t but not a safe JS integer becomes ±MAX_SAFE_INTEGER, beyond any real
 * length. `errorType` null = clamp instead of raising (what slicing does). */
export function toSize(v: PyValue, errorType: string | null = 'IndexError'): number {
  const i = toIndex(v);
  if (typeof i === 'number') return i;
  if (errorType === null || fitsSsize(i)) return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  // CPython's PyNumber_AsSsize_t names the original object's type, not int.
  const msg = `cannot fit '${typeOf(v).name}' into an index-sized integer`;
  throw errorType === 'OverflowError' ? overflowError(msg) : newException(EXC[errorType], msg);
}

/** A C int parameter of a builtin method (Argument Clinic's 'int' converter, as in
 * str.expandtabs(tabsize) or str.splitlines(keepends)): an index that fits 32 bits. */
export function toCIntArg(v: PyValue): number {
  const i = toIndex(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

/** A Py_ssize_t parameter of a builtin method (Argument Clinic's converter, as in
 * list.insert(i, x) or str.center(width)): clamped as toSize, and its own OverflowError. */
export function toSsizeArg(v: PyValue): number {
  const i = toIndex(v);
  if (typeof i === 'number') return i;
  if (!fitsSsize(i)) throw overflowError('Python int too large to convert to C ssize_t');
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}
