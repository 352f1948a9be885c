// The value of a NUMBER token (CPython's parsenumber): ints of any size, floats rounded as
// strtod rounds (JS Number() is correctly rounded too), imaginary literals as complex.

import { normalizeInt, PyComplex, PyFloat, type ConstantValue } from '../runtime/value.js';

/** CPython 3.11 refuses to convert decimal integer literals longer than this (the default
 * sys.get_int_max_str_digits()). */
export const INT_MAX_STR_DIGITS = 4300;

/** Thrown for a decimal literal past the digit limit; the parser turns it into CPython's
 * SyntaxError (located at the token's line with offset 0). */
export class IntegerDigitLimitError extends Error {}

export function parseNumber(text: string): ConstantValue {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return new PyComplex(0, Number(s.slice(0, -1)));
  const second = s.length > 1 ? s.charCodeAt(1) | 32 : 0;
  if (s.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) {
    return normalizeInt(BigInt(s));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return new PyFloat(Number(s));
  }
  if (s.length < 16) return Number(s);
  if (s.length > INT_MAX_STR_DIGITS) {
    throw new IntegerDigitLimitError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
        'to avoid decimal conversion limits.',
    );
  }
  return normalizeInt(BigInt(s));
}
