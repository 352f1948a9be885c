// int's Python-level behaviour: __new__ (int(x), int(s, base)), the operator dunders over
// int.ts, conversions, hashing, formatting and the named methods. bool inherits all of it
// (bool-methods.ts overrides what differs).

import { PyFloat, PyBytes } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { intType, typeOf, argTypeName, NotImplemented } from './builtin-types.js';
import { defMethod, defNew, defClassMethod, defGetSet, defRichCompare, compareSign } from './builtin-function.js';
import { typeError, EXC } from './errors.js';
import { call, callMethod, callSpecial } from './call.js';
import { hasIndex, toIndex, toSsizeArg } from './ops-number.js';
import { warn, warnStrictSubclass } from './warnings.js';
import { isTrue } from './ops-protocols.js';
import { strOf } from './ops-repr.js';
import { newTuple } from './tuple.js';
import { bufferOf, latin1, objectBytes, PyByteArray } from './bytes.js';
import * as I from './int.js';
import { type PyInt } from './int.js';
import { intToStr, parseIntStr } from './int-text.js';
import { floatPow, floatToInt } from './float.js';
import { intHash } from './hash.js';
import { formatInt } from './format-spec.js';
import { boxInt, intValue, strValue } from './number-box.js';
import { normalizeInt } from './value.js';

intType.alloc = (cls) => boxInt(cls, 0);

const self_ = (v: PyValue): PyInt => intValue(v)!;

/** Register `name`/`rname` for an int x int operation; other operand types get NotImplemented. */
function binary(name: string, f: (a: PyInt, b: PyInt) => PyValue): void {
  defMethod(intType, `__${name}__`, 1, (self: PyValue, other: PyValue) => {
    const b = intValue(other);
    return b === undefined ? NotImplemented : f(self_(self), b);
  });
  defMethod(intType, `__r${name}__`, 1, (self: PyValue, other: PyValue) => {
    const a = intValue(other);
    return a === undefined ? NotImplemented : f(a, self_(self));
  });
}

binary('add', I.intAdd);
binary('sub', I.intSub);
binary('mul', I.intMul);
binary('floordiv', I.intFloorDiv);
binary('mod', I.intMod);
binary('divmod', (a, b) => newTuple(I.intDivmod(a, b)));
binary('truediv', (a, b) => new PyFloat(I.intTrueDiv(a, b)));
binary('lshift', I.intLshift);
binary('rshift', I.intRshift);
binary('and', I.intAnd);
binary('or', I.intOr);
binary('xor', I.intXor);

/** a ** b (mod m): negative exponents without a modulus give a float. */
export function intPow(a: PyInt, b: PyInt, m: PyValue | undefined): PyValue {
  if (m !== undefined && m !== null) {
    const mod = intValue(m);
    if (mod === undefined) return NotImplemented;
    return I.intPowMod(a, b, mod);
  }
  if (b < 0) return new PyFloat(floatPow(I.intToFloat(a), I.intToFloat(b)) as number);
  return I.intPowNonNegative(a, b);
}

defMethod(intType, '__pow__', '(value, mod=None, /)', (self: PyValue, other: PyValue, m?: PyValue) => {
  const b = intValue(other);
  return b === undefined ? NotImplemented : intPow(self_(self), b, m);
});
defMethod(intType, '__rpow__', '(value, mod=None, /)', (self: PyValue, other: PyValue, m?: PyValue) => {
  const a = intValue(other);
  return a === undefined ? NotImplemented : intPow(a, self_(self), m);
});

defRichCompare(intType, (self: PyValue, other: PyValue, op: number) => {
  const b = intValue(other);
  return b === undefined ? NotImplemented : compareSign(I.intCompare(self_(self), b), op);
});

defMethod(intType, '__neg__', 0, (self: PyValue) => I.intNeg(self_(self)));
defMethod(intType, '__pos__', 0, (self: PyValue) => self_(self));
defMethod(intType, '__abs__', 0, (self: PyValue) => I.intAbs(self_(self)));
defMethod(intType, '__invert__', 0, (self: PyValue) => I.intInvert(self_(self)));
defMethod(intType, '__bool__', 0, (self: PyValue) => self_(self) != 0); // eslint-disable-line eqeqeq
for (const name of ['__int__', '__index__', '__trunc__', '__floor__', '__ceil__', 'conjugate']) {
  defMethod(intType, name, 0, (self: PyValue) => self_(self));
}
defMethod(intType, '__float__', 0, (self: PyValue) => new PyFloat(I.intToFloat(self_(self))));
defMethod(intType, '__hash__', 0, (self: PyValue) => intHash(self_(self)));
defMethod(intType, '__repr__', 0, (self: PyValue) => intToStr(self_(self)));
defMethod(intType, '__format__', '(format_spec, /)', (self: PyValue, spec: PyValue) => {
  const s = strValue(spec);
  if (s === undefined) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  return s === '' ? strOf(self) : formatInt(self_(self), s, typeOf(self).name);
});
defMethod(intType, '__round__', '(ndigits=None, /)', (self: PyValue, ndigits?: PyValue) => {
  const a = self_(self);
  // Only an omitted ndigits means 'no rounding': int.__round__(None) is a TypeError in
  // CPython (round(x, None) omits it; float.__round__ does accept None).
  if (ndigits === undefined) return a;
  const nd = toIndex(ndigits);
  if (nd >= 0) return a;
  // Round half to even at 10^-nd (0 once 10^-nd exceeds 2|a|: no huge powers needed).
  if (BigInt(-nd) > BigInt(intToStr(I.intAbs(a)).length + 1)) return 0;
  const p = 10n ** BigInt(-nd);
  let [q, r] = I.intDivmod(I.toBig(a), p) as [bigint | number, bigint | number];
  const q2 = BigInt(q);
  const r2 = BigInt(r) * 2n;
  q = r2 > p || (r2 === p && (q2 & 1n) === 1n) ? q2 + 1n : q2;
  return normalizeInt(q * p);
});
defMethod(intType, '__getnewargs__', 0, (self: PyValue) => newTuple([self_(self)]));
defMethod(intType, 'bit_length', 0, (self: PyValue) => I.intBitLength(self_(self)));
defMethod(intType, 'bit_count', 0, (self: PyValue) => I.intBitCount(self_(self)));
defMethod(intType, 'as_integer_ratio', 0, (self: PyValue) => newTuple([self_(self), 1]));
defGetSet(intType, 'real', (self) => self_(self));
defGetSet(intType, 'imag', () => 0);
defGetSet(intType, 'numerator', (self) => self_(self));
defGetSet(intType, 'denominator', () => 1);

function byteorderArg(v: PyValue | undefined, method: string): string {
  if (v === undefined) return 'big';
  const s = strValue(v);
  if (s === undefined) throw typeError(`${method}() argument 'byteorder' must be str, not ${argTypeName(v)}`);
  return s;
}

defMethod(intType, 'to_bytes', '(length=1, byteorder=\'big\', *, signed=False)', (self: PyValue, length?: PyValue, byteorder?: PyValue, signed?: PyValue) => {
  const n = length === undefined ? 1 : toSsizeArg(length);
  return new PyBytes(I.intToBytes(self_(self), n, byteorderArg(byteorder, 'to_bytes'), signed !== undefined && isTrue(signed)));
});

/** The bytes of a bytes-like object or an iterable of ints (what bytes(x) accepts). */
defClassMethod(intType, 'from_bytes', '(bytes, byteorder=\'big\', *, signed=False)', (cls: PyValue, bytes: PyValue, byteorder?: PyValue, signed?: PyValue) => {
  const v = I.intFromBytes(objectBytes(bytes), byteorderArg(byteorder, 'from_bytes'), signed !== undefined && isTrue(signed));
  return cls === intType ? v : call(cls, [v]);
});

/** int(x) for one argument (no base): CPython's PyNumber_Long. */
export function intFromObject(x: PyValue): PyInt {
  const direct = intValue(x);
  if (direct !== undefined) return direct;
  const s = strValue(x);
  if (s !== undefined) return parseIntStr(s, 10);
  if (x instanceof PyFloat) return floatToInt(x.value);
  const buffer = bufferOf(x);
  if (buffer !== undefined) return parseIntStr(latin1(buffer), 10, buffer);
  const r = callSpecial(x, '__int__', []);
  if (r !== undefined) {
    const v = intValue(r);
    if (v === undefined) throw typeError(`__int__ returned non-int (type ${typeOf(r).name})`);
    if (typeof r !== 'number' && typeof r !== 'bigint') warnStrictSubclass('__int__', 'int', r);
    return v;
  }
  if (hasIndex(x)) return toIndex(x);
  const trunc = typeOf(x).lookup('__trunc__');
  if (trunc !== undefined) {
    warn(EXC['DeprecationWarning'], 'The delegation of int() to __trunc__ is deprecated.');
    const t = callMethod(trunc, x, []);
    const v = intValue(t);
    if (v !== undefined) return v;
    if (!hasIndex(t)) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(t).name})`);
    return toIndex(t);
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

defNew(intType, '(x=0, /, base=10)', (cls: PyType, x?: PyValue, base?: PyValue) => {
  let value: PyInt;
  if (base === undefined) value = x === undefined ? 0 : intFromObject(x);
  else {
    if (x === undefined) throw typeError("int() missing string argument");
    const b = Number(toIndex(base));
    // With a base CPython takes only str, bytes and bytearray (not other buffers).
    const buffer = x instanceof PyBytes || x instanceof PyByteArray ? x.bytes : undefined;
    const s = strValue(x) ?? (buffer !== undefined ? latin1(buffer) : undefined);
    if (s === undefined) throw typeError("int() can't convert non-string with explicit base");
    value = parseIntStr(s, b, buffer);
  }
  return cls === intType ? value : boxInt(cls, value);
});
