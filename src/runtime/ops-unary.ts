// Unary operators: -x, +x, ~x, abs(x), not x. Fast paths for exact ints and floats; the rest
// dispatches on type(x)'s dunder with CPython's "bad operand type" message.
import { PyFloat, PyComplex } from './value.js';
import { complexAbs } from './complex.js';
import { type PyValue } from './object.js';
import { typeOf, floatType, complexType } from './builtin-types.js';
import { typeError } from './errors.js';
import { callMethod0 } from './call.js';
import { isTrue } from './ops-protocols.js';

function unary(v: PyValue, dunder: string, symbol: string): PyValue {
  const f = typeOf(v).lookup(dunder);
  if (f === undefined) throw typeError(`bad operand type for ${symbol}: '${typeOf(v).name}'`);
  return callMethod0(f, v);
}

const isExactFloat = (v: PyValue): v is PyFloat => typeof v === 'object' && v !== null && v.cls === floatType;

export function neg(v: PyValue): PyValue {
  if (typeof v === 'number') return v === 0 ? 0 : -v; // -(safe int) is safe
  if (isExactFloat(v)) return new PyFloat(-v.value);
  return unary(v, '__neg__', 'unary -');
}

export function pos(v: PyValue): PyValue {
  if (typeof v === 'number') return v;
  return unary(v, '__pos__', 'unary +');
}

export function invert(v: PyValue): PyValue {
  if (typeof v === 'number' && (v | 0) === v) return ~v;
  return unary(v, '__invert__', 'unary ~');
}

export function abs(v: PyValue): PyValue {
  if (typeof v === 'number') return Math.abs(v);
  if (isExactFloat(v)) return new PyFloat(Math.abs(v.value));
  if (v instanceof PyComplex && v.cls === complexType) return new PyFloat(complexAbs(v));
  return unary(v, '__abs__', 'abs()');
}

export function not(v: PyValue): boolean {
  return !isTrue(v);
}
