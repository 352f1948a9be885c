// Rich comparison (CPython's do_richcompare): if type(b) is a proper subclass of type(a),
// b's reflected method goes first; then a.__op__(b); then b's reflected method (also for
// equal types). If everything returns NotImplemented, == and != fall back to identity and
// the orderings raise "'<' not supported between instances of 'int' and 'str'".
import { type PyValue } from './object.js';
import { typeOf, floatType, NotImplemented } from './builtin-types.js';
import { PyFloat } from './value.js';
import { slotId } from './type.js';
import { typeError } from './errors.js';
import { callMethod1 } from './call.js';
import { isTrue } from './ops-protocols.js';
import { strCompare } from './str.js';

/** CPython's Py_LT .. Py_GE numbering (the COMPARE_OP oparg). */
export const CompareOp = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;

const DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].map(slotId);
const SWAPPED = [4, 5, 2, 3, 0, 1];
const SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** int, bool and exact float as a JS number or bigint (undefined for anything else). */
function numericValue(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    default:
      return v instanceof PyFloat && v.cls === floatType ? v.value : undefined;
  }
}

function compareFast(a: PyValue, b: PyValue, op: number): boolean | undefined {
  const ta = typeof a;
  const tb = typeof b;
  const x = numericValue(a) as number;
  const y = numericValue(b) as number;
  if (x !== undefined && y !== undefined) {
    // JS compares number/bigint mixtures exactly (a safe int or a bigint against a double
    // too), and NaN compares unequal and unordered, as in Python.
    switch (op) {
      case 0: return x < y;
      case 1: return x <= y;
      case 2: return x == y; // eslint-disable-line eqeqeq -- exact across number/bigint
      case 3: return x != y; // eslint-disable-line eqeqeq
      case 4: return x > y;
      default: return x >= y;
    }
  }
  if (ta === 'string' && tb === 'string') {
    if (op === 2) return a === b;
    if (op === 3) return a !== b;
    const c = strCompare(a as string, b as string);
    switch (op) {
      case 0: return c < 0;
      case 1: return c <= 0;
      case 4: return c > 0;
      default: return c >= 0;
    }
  }
  return undefined;
}

/** object's __lt__ .. __ge__ descriptors by CompareOp (set by object-methods.ts): their
 * results are known without a call. __ne__ is not listed: it calls __eq__. */
export const defaultCompare: (PyValue | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];

/** `a <op> b` returning whatever the dunder returned (any object). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const fast = compareFast(a, b, op);
  if (fast !== undefined) return fast;
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const f = tb.lookupSlot(DUNDER[SWAPPED[op]]);
    if (f !== undefined && f !== null) {
      checkedReverse = true;
      const r = callMethod1(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookupSlot(DUNDER[op]);
  if (f !== undefined && f !== null) {
    // object's own comparisons are known: == is identity, the rest decline.
    const r = f === defaultCompare[op] ? (op === 2 && a === b) || NotImplemented : callMethod1(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookupSlot(DUNDER[SWAPPED[op]]);
    if (g !== undefined && g !== null && g !== defaultCompare[SWAPPED[op]]) {
      const r = callMethod1(g, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw typeError(`'${SYMBOL[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** Comparison as a JS boolean (e.g. for sorting, `if a < b`). */
export function compareBool(a: PyValue, b: PyValue, op: number): boolean {
  const fast = compareFast(a, b, op);
  if (fast !== undefined) return fast;
  const r = richCompare(a, b, op);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** Equality as containers use it (PyObject_RichCompareBool): identity implies equal. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  return compareBool(a, b, 2);
}
