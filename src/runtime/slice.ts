// The slice type and the index arithmetic every sequence shares: normalising an index
// (negative from the end, IndexError with the type's wording), unpacking a slice into
// (start, stop, step) clamped to a length (CPython's PySlice_Unpack + AdjustIndices), and
// slice.indices() with exact (bigint) bounds.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, typeOf, NotImplemented } from './builtin-types.js';
import { typeError, valueError, indexError, newException, EXC } from './errors.js';
import { defMethod, defNew, defGetSet, defRichCompare } from './builtin-function.js';
import { hasIndex, toIndex, fitsSsize } from './ops-number.js';
import { reprOf } from './ops-repr.js';
import { richCompare } from './ops-compare.js';
import { newTuple } from './tuple.js';
import { normalizeInt } from './value.js';

export class PySlice extends PyObject {
  override cls: PyType = sliceType;
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

export const sliceType = newBuiltinType('slice', { final: true, alloc: noBlankInstances });

/** BUILD_SLICE and slice(): absent parts are None. */
export function newSlice(start: PyValue, stop: PyValue, step: PyValue = null): PySlice {
  return new PySlice(start, stop, step);
}

const MAX = Number.MAX_SAFE_INTEGER;

/** A slice bound as CPython's _PyEval_SliceIndex: None -> undefined, ints clamped. */
function sliceBound(v: PyValue): number | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return v;
  if (!hasIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
  const n = toIndex(v);
  if (typeof n === 'number') return n;
  return n < 0n ? -MAX : MAX;
}

/** (start, stop, step, length) of `slice` applied to a sequence of `len` items. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== null) {
    step = sliceBound(s.step)!;
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  let start = sliceBound(s.start);
  let stop = sliceBound(s.stop);
  if (start === undefined) start = step < 0 ? len - 1 : 0;
  else if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop === undefined) stop = step < 0 ? -1 : len;
  else if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** A sequence index (`seq[i]`): negative counts from the end; `what` names the type in
 * the IndexError ("list index out of range"). */
export function seqIndex(key: PyValue, len: number, what: string): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else {
    const n = toIndex(key);
    if (typeof n === 'bigint') {
      // Within Py_ssize_t a huge index is simply out of range; beyond it CPython can't even
      // convert it.
      if (fitsSsize(n)) throw indexError(`${what} out of range`);
      throw newException(EXC['IndexError'], `cannot fit '${typeOf(key).name}' into an index-sized integer`);
    }
    i = n;
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError(`${what} out of range`);
  return i;
}

/** The TypeError for a bad subscript: "list indices must be integers or slices, not str". */
export function badIndexType(typeName: string, key: PyValue): PyObject {
  return typeError(`${typeName} indices must be integers or slices, not ${typeOf(key).name}`);
}

/** Elements of `items` selected by a slice. */
export function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop < start ? start : stop);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

// ---------- Python-level slice ----------

defNew(sliceType, '(*args)', (_cls: PyType, args: PyValue[]) => {
  if (args.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(null, args[0], null);
  return newSlice(args[0], args[1], args.length === 3 ? args[2] : null);
});

const asSlice = (v: PyValue) => v as PySlice;
defGetSet(sliceType, 'start', (s) => asSlice(s).start);
defGetSet(sliceType, 'stop', (s) => asSlice(s).stop);
defGetSet(sliceType, 'step', (s) => asSlice(s).step);

defMethod(sliceType, '__repr__', 0, (s: PySlice) => `slice(${reprOf(s.start)}, ${reprOf(s.stop)}, ${reprOf(s.step)})`);
sliceType.setMember('__hash__', null);

const asTuple = (s: PySlice) => newTuple([s.start, s.stop, s.step]);
defRichCompare(sliceType, (s: PyValue, other: PyValue, op: number) =>
  other instanceof PySlice ? richCompare(asTuple(s as PySlice), asTuple(other), op) : NotImplemented,
);

function exactBound(v: PyValue): bigint | undefined {
  if (v === null) return undefined;
  if (!hasIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return BigInt(toIndex(v));
}

/** slice.indices(len) with exact arithmetic (CPython's _PySlice_GetLongIndices). */
export function sliceIndicesExact(s: PySlice, len: bigint): [bigint, bigint, bigint] {
  if (len < 0n) throw valueError('length should not be negative');
  const step = s.step === null ? 1n : exactBound(s.step)!;
  if (step === 0n) throw valueError('slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? len - 1n : len;
  const clamp = (v: bigint | undefined, dflt: bigint): bigint => {
    if (v === undefined) return dflt;
    if (v < 0n) {
      v += len;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(exactBound(s.start), step < 0n ? upper : lower);
  const stop = clamp(exactBound(s.stop), step < 0n ? lower : upper);
  return [start, stop, step];
}

defMethod(sliceType, 'indices', 1, (s: PySlice, lenArg: PyValue) =>
  newTuple(sliceIndicesExact(s, BigInt(toIndex(lenArg))).map(normalizeInt)),
);

defMethod(sliceType, '__reduce__', 0, (s: PySlice) => newTuple([sliceType, asTuple(s)]));
