// float's Python-level behaviour: float(x), the operator dunders over float.ts (int operands
// are converted exactly, comparisons with ints are exact), hashing, repr/format, round and
// the named methods.

import { PyFloat, PyComplex } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { floatType, typeOf, argTypeName, NotImplemented } from './builtin-types.js';
import { defMethod, defNew, defClassMethod, defGetSet, defRichCompare, compareSign } from './builtin-function.js';
import { typeError, valueError } from './errors.js';
import { call, callSpecial } from './call.js';
import { hasIndex, toIndex } from './ops-number.js';
import { warnStrictSubclass } from './warnings.js';
import { reprOf, strOf } from './ops-repr.js';
import { floatBoolSlot } from './ops-protocols.js';
import { idOf } from './id.js';
import { newTuple } from './tuple.js';
import { bufferOf, latin1 } from './bytes.js';
import { intCompareFloat, intToFloat } from './int.js';
import * as F from './float.js';
import { floatRepr } from './float-format.js';
import { floatHash, intHash } from './hash.js';
import { formatFloat } from './format-spec.js';
import { boxFloat, floatValue, intValue, strValue } from './number-box.js';

floatType.alloc = (cls) => boxFloat(cls, 0);

const x_ = (v: PyValue): number => (v as PyFloat).value;

/** The other operand as a double: floats as they are, ints converted (OverflowError). */
function operand(v: PyValue): number | undefined {
  const f = floatValue(v);
  if (f !== undefined) return f;
  const i = intValue(v);
  return i === undefined ? undefined : intToFloat(i);
}

const box = (r: number | { real: number; imag: number }): PyValue =>
  typeof r === 'number' ? new PyFloat(r) : new PyComplex(r.real, r.imag);

function binary(name: string, f: (a: number, b: number) => PyValue): void {
  defMethod(floatType, `__${name}__`, 1, (self: PyValue, other: PyValue) => {
    const b = operand(other);
    return b === undefined ? NotImplemented : f(x_(self), b);
  });
  defMethod(floatType, `__r${name}__`, 1, (self: PyValue, other: PyValue) => {
    const a = operand(other);
    return a === undefined ? NotImplemented : f(a, x_(self));
  });
}

binary('add', (a, b) => new PyFloat(a + b));
binary('sub', (a, b) => new PyFloat(a - b));
binary('mul', (a, b) => new PyFloat(a * b));
binary('truediv', (a, b) => new PyFloat(F.floatTrueDiv(a, b)));
binary('floordiv', (a, b) => new PyFloat(F.floatFloorDiv(a, b)));
binary('mod', (a, b) => new PyFloat(F.floatMod(a, b)));
binary('divmod', (a, b) => newTuple(F.floatDivmod(a, b).map((x) => new PyFloat(x))));

function noModulus(m: PyValue | undefined): void {
  if (m !== undefined && m !== null) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
}
// CPython's float_pow rejects a modulus before it even looks at the other operand.
defMethod(floatType, '__pow__', '(value, mod=None, /)', (self: PyValue, other: PyValue, m?: PyValue) => {
  noModulus(m);
  const b = operand(other);
  if (b === undefined) return NotImplemented;
  return box(F.floatPow(x_(self), b));
});
defMethod(floatType, '__rpow__', '(value, mod=None, /)', (self: PyValue, other: PyValue, m?: PyValue) => {
  noModulus(m);
  const a = operand(other);
  if (a === undefined) return NotImplemented;
  return box(F.floatPow(a, x_(self)));
});

/** Three-way comparison of a float with a float or an int (exact); NaN when unordered. */
function compareWith(x: number, other: PyValue): number | undefined {
  const f = floatValue(other);
  if (f !== undefined) return x < f ? -1 : x > f ? 1 : x === f ? 0 : NaN;
  const i = intValue(other);
  if (i === undefined) return undefined;
  return -intCompareFloat(i, x);
}

defRichCompare(floatType, (self: PyValue, other: PyValue, op: number) => {
  const c = compareWith(x_(self), other);
  return c === undefined ? NotImplemented : compareSign(c, op);
});

defMethod(floatType, '__neg__', 0, (self: PyValue) => new PyFloat(-x_(self)));
defMethod(floatType, '__pos__', 0, (self: PyValue) => new PyFloat(x_(self)));
defMethod(floatType, '__abs__', 0, (self: PyValue) => new PyFloat(Math.abs(x_(self))));
floatBoolSlot.value = defMethod(floatType, '__bool__', 0, (self: PyValue) => x_(self) !== 0);
defMethod(floatType, '__int__', 0, (self: PyValue) => F.floatToInt(x_(self)));
defMethod(floatType, '__trunc__', 0, (self: PyValue) => F.floatToInt(x_(self)));
defMethod(floatType, '__floor__', 0, (self: PyValue) => F.floatFloor(x_(self)));
defMethod(floatType, '__ceil__', 0, (self: PyValue) => F.floatCeil(x_(self)));
defMethod(floatType, '__float__', 0, (self: PyValue) => (typeOf(self) === floatType ? self : new PyFloat(x_(self))));
defMethod(floatType, '__round__', '(ndigits=None, /)', (self: PyValue, ndigits?: PyValue) => {
  if (ndigits === undefined || ndigits === null) return F.floatRoundToInt(x_(self));
  const nd = toIndex(ndigits);
  // Beyond any double's digits: the limits apply (a bigint ndigits is far beyond them).
  const n = typeof nd === 'bigint' ? (nd > 0n ? 10000 : -10000) : nd;
  return new PyFloat(F.floatRound(x_(self), n));
});
defMethod(floatType, '__hash__', 0, (self: PyValue) => floatHash(x_(self), () => intHash(idOf(self))));
defMethod(floatType, '__repr__', 0, (self: PyValue) => floatRepr(x_(self)));
defMethod(floatType, '__format__', '(format_spec, /)', (self: PyValue, spec: PyValue) => {
  const s = strValue(spec);
  if (s === undefined) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  return s === '' ? strOf(self) : formatFloat(x_(self), s, typeOf(self).name);
});
defMethod(floatType, '__getnewargs__', 0, (self: PyValue) => newTuple([new PyFloat(x_(self))]));
defMethod(floatType, 'is_integer', 0, (self: PyValue) => F.floatIsInteger(x_(self)));
defMethod(floatType, 'as_integer_ratio', 0, (self: PyValue) => newTuple(F.floatAsIntegerRatio(x_(self))));
defMethod(floatType, 'hex', 0, (self: PyValue) => F.floatHex(x_(self)));
defMethod(floatType, 'conjugate', 0, (self: PyValue) => new PyFloat(x_(self)));
defGetSet(floatType, 'real', (self) => new PyFloat(x_(self)));
defGetSet(floatType, 'imag', () => new PyFloat(0));
// The layout of C doubles as CPython reports it on every platform pytier runs on (x86-64 and
// arm64 Node): IEEE 754, little-endian.
defClassMethod(floatType, '__getformat__', '(typestr, /)', (_cls: PyValue, t: PyValue) => {
  const s = strValue(t);
  if (s === undefined) throw typeError(`__getformat__() argument must be str, not ${argTypeName(t)}`);
  if (s !== 'double' && s !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
});
defClassMethod(floatType, 'fromhex', '(string, /)', (cls: PyValue, s: PyValue) => {
  const text = strValue(s);
  // CPython's float_fromhex reads the argument with PyUnicode_AsUTF8AndSize.
  if (text === undefined) throw typeError('bad argument type for built-in operation');
  const v = new PyFloat(F.floatFromHex(text));
  return cls === floatType ? v : call(cls, [v]);
});

/** The part of float conversion that runs Python code: `__float__` (which must return a
 * float), then `__index__`; undefined when x has neither. */
function floatViaDunders(x: PyValue): number | undefined {
  const r = callSpecial(x, '__float__', []);
  if (r !== undefined) {
    const v = floatValue(r);
    if (v === undefined) throw typeError(`${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    if (typeOf(r) !== floatType) warnStrictSubclass(`${typeOf(x).name}.__float__`, 'float', r);
    return v;
  }
  return hasIndex(x) ? intToFloat(toIndex(x)) : undefined;
}

/** float(x) for one argument: CPython's PyNumber_Float. */
export function floatFromObject(x: PyValue): number {
  const f = floatValue(x);
  if (f !== undefined && typeOf(x) === floatType) return f;
  const s = strValue(x);
  if (s !== undefined) return F.parseFloatStr(s);
  const buffer = bufferOf(x);
  if (buffer !== undefined) return F.parseFloatStr(latin1(buffer), () => reprOf(x));
  const i = intValue(x);
  if (i !== undefined && typeof x !== 'object') return intToFloat(i);
  const d = floatViaDunders(x);
  if (d !== undefined) return d;
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

defNew(floatType, '(x=0.0, /)', (cls: PyType, x?: PyValue) => {
  const v = x === undefined ? 0 : floatFromObject(x);
  return cls === floatType ? new PyFloat(v) : boxFloat(cls, v);
});

/** CPython's PyFloat_AsDouble: a float's value; ints converted exactly (OverflowError
 * "int too large to convert to float"); else `__float__` (must return a float), then
 * `__index__`; otherwise TypeError "must be real number, not str". */
export function realAsDouble(x: PyValue): number {
  const f = floatValue(x);
  if (f !== undefined) return f;
  const i = intValue(x);
  if (i !== undefined) return intToFloat(i);
  const d = floatViaDunders(x);
  if (d !== undefined) return d;
  throw typeError(`must be real number, not ${typeOf(x).name}`);
}
