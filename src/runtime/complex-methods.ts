// complex's Python-level behaviour: complex(real, imag) / complex(str), the operator
// dunders over complex.ts with int and float operands, ==/!= (no ordering), hash, repr,
// format and the named members.

import { PyFloat, PyComplex } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { complexType, typeOf, argTypeName, NotImplemented } from './builtin-types.js';
import { defMethod, defNew, defGetSet } from './builtin-function.js';
import { typeError, valueError } from './errors.js';
import { callSpecial } from './call.js';
import { warnStrictSubclass } from './warnings.js';
import { strOf } from './ops-repr.js';
import { newTuple } from './tuple.js';
import { intCompareFloat, intToFloat } from './int.js';
import * as C from './complex.js';
import { type Complex } from './complex.js';
import { floatHash, complexHash, intHash } from './hash.js';
import { idOf } from './id.js';
import { formatComplex } from './format-spec.js';
import { floatFromObject } from './float-methods.js';
import { boxComplex, floatValue, intValue, strValue } from './number-box.js';

complexType.alloc = (cls) => boxComplex(cls, 0, 0);

const c_ = (v: PyValue): Complex => v as PyComplex;
const box = (c: Complex): PyComplex => new PyComplex(c.real, c.imag);

/** The other operand as a complex: complex, float or int (converted); else undefined. */
function operand(v: PyValue): Complex | undefined {
  if (v instanceof PyComplex) return v;
  const f = floatValue(v);
  if (f !== undefined) return { real: f, imag: 0 };
  const i = intValue(v);
  return i === undefined ? undefined : { real: intToFloat(i), imag: 0 };
}

function binary(name: string, f: (a: Complex, b: Complex) => Complex): void {
  defMethod(complexType, `__${name}__`, 1, (self: PyValue, other: PyValue) => {
    const b = operand(other);
    return b === undefined ? NotImplemented : box(f(c_(self), b));
  });
  defMethod(complexType, `__r${name}__`, 1, (self: PyValue, other: PyValue) => {
    const a = operand(other);
    return a === undefined ? NotImplemented : box(f(a, c_(self)));
  });
}

binary('add', C.complexAdd);
binary('sub', C.complexSub);
binary('mul', C.complexMul);
binary('truediv', C.complexDiv);

const pow = (a: Complex, b: Complex, m: PyValue | undefined): PyValue => {
  if (m !== undefined && m !== null) throw valueError('complex modulo');
  return box(C.complexPow(a.real, a.imag, b.real, b.imag));
};
defMethod(complexType, '__pow__', '(value, mod=None, /)', (self: PyValue, other: PyValue, m?: PyValue) => {
  const b = operand(other);
  return b === undefined ? NotImplemented : pow(c_(self), b, m);
});
defMethod(complexType, '__rpow__', '(value, mod=None, /)', (self: PyValue, other: PyValue, m?: PyValue) => {
  const a = operand(other);
  return a === undefined ? NotImplemented : pow(a, c_(self), m);
});

/** complex == other, exact for int operands (CPython compares the real part exactly). */
function equals(a: Complex, other: PyValue): boolean | undefined {
  if (other instanceof PyComplex) return a.real === other.real && a.imag === other.imag;
  const f = floatValue(other);
  if (f !== undefined) return a.imag === 0 && a.real === f;
  const i = intValue(other);
  if (i === undefined) return undefined;
  return a.imag === 0 && intCompareFloat(i, a.real) === 0;
}
defMethod(complexType, '__eq__', 1, (self: PyValue, other: PyValue) => equals(c_(self), other) ?? NotImplemented);
defMethod(complexType, '__ne__', 1, (self: PyValue, other: PyValue) => {
  const r = equals(c_(self), other);
  return r === undefined ? NotImplemented : !r;
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(complexType, name, 1, () => NotImplemented);

defMethod(complexType, '__neg__', 0, (self: PyValue) => box(C.complexNeg(c_(self))));
defMethod(complexType, '__pos__', 0, (self: PyValue) => box(c_(self)));
defMethod(complexType, '__abs__', 0, (self: PyValue) => new PyFloat(C.complexAbs(c_(self))));
defMethod(complexType, '__bool__', 0, (self: PyValue) => c_(self).real !== 0 || c_(self).imag !== 0);
defMethod(complexType, 'conjugate', 0, (self: PyValue) => box(C.complexConjugate(c_(self))));
defMethod(complexType, '__complex__', 0, (self: PyValue) => (typeOf(self) === complexType ? self : box(c_(self))));
defMethod(complexType, '__hash__', 0, (self: PyValue) => {
  const nan = () => intHash(idOf(self));
  return complexHash(floatHash(c_(self).real, nan), floatHash(c_(self).imag, nan));
});
defMethod(complexType, '__repr__', 0, (self: PyValue) => C.complexRepr(c_(self)));
defMethod(complexType, '__format__', '(format_spec, /)', (self: PyValue, spec: PyValue) => {
  const s = strValue(spec);
  if (s === undefined) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  return s === '' ? strOf(self) : formatComplex(c_(self), s);
});
defMethod(complexType, '__getnewargs__', 0, (self: PyValue) => newTuple([new PyFloat(c_(self).real), new PyFloat(c_(self).imag)]));
defGetSet(complexType, 'real', (self) => new PyFloat(c_(self).real));
defGetSet(complexType, 'imag', (self) => new PyFloat(c_(self).imag));

/** What type(v).__complex__ returns (CPython's try_complex_special_method; a complex
 * subclass instance with a DeprecationWarning), undefined when the type has none. */
export function complexViaDunder(v: PyValue): PyComplex | undefined {
  const r = callSpecial(v, '__complex__', []);
  if (r === undefined) return undefined;
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
  if (typeOf(r) !== complexType) warnStrictSubclass('__complex__', 'complex', r);
  return r;
}

/** A complex() argument: [value, isComplex] (complex or __complex__, else a real number). */
function complexArg(v: PyValue, which: 'first' | 'second'): [Complex, boolean] {
  if (v instanceof PyComplex) return [v, true];
  const r = complexViaDunder(v);
  if (r !== undefined) return [r, true];
  const real = floatValue(v) === undefined && intValue(v) === undefined && typeOf(v).lookup('__float__') === undefined && typeOf(v).lookup('__index__') === undefined;
  // The second argument can never be a string, so its message leaves strings out.
  const kinds = which === 'first' ? 'a string or a number' : 'a number';
  if (real) throw typeError(`complex() ${which} argument must be ${kinds}, not '${typeOf(v).name}'`);
  return [{ real: floatFromObject(v), imag: 0 }, false];
}

defNew(complexType, '(real=0, imag=0)', (cls: PyType, real?: PyValue, imag?: PyValue) => {
  let result: Complex;
  const text = real === undefined ? undefined : strValue(real);
  if (text !== undefined) {
    if (imag !== undefined) throw typeError("complex() can't take second arg if first is a string");
    result = C.parseComplexStr(text);
  } else {
    if (imag !== undefined && strValue(imag) !== undefined) throw typeError("complex() second arg can't be a string");
    // CPython's complex_new: real + imag*1j without a multiplication (keeps -0.0 parts).
    const [cr, crComplex] = real === undefined ? [{ real: 0, imag: 0 }, false] : complexArg(real, 'first');
    let re = cr.real;
    let im = cr.imag;
    if (imag !== undefined) {
      const [ci, ciComplex] = complexArg(imag, 'second');
      im = ci.real;
      if (ciComplex) re -= ci.imag;
      if (crComplex) im += cr.imag;
    }
    result = { real: re, imag: im };
  }
  return cls === complexType ? box(result) : boxComplex(cls, result.real, result.imag);
});
