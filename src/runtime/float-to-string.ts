// CPython's PyOS_double_to_string: a double as text for the presentation types e, E, f, F,
// g, G and r, with its flags (alternate form, add ".0"). Shared by format(), %-formatting
// and str.format. Digits are correctly rounded half-even (float-digits.ts); 'r' is the
// shortest repr (A1's floatRepr).

import { expDigits, fixedDigits } from './float-digits.js';
import { floatRepr } from './float-format.js';

export interface DoubleFormatFlags {
  /** '#': keep trailing zeros for g/G and always show the decimal point. */
  alt?: boolean;
  /** Add ".0" to an integral result without exponent (repr, format with no type). */
  addDot0?: boolean;
}

function exponentText(exp: number): string {
  const abs = Math.abs(exp);
  return (exp < 0 ? '-' : '+') + (abs < 10 ? '0' : '') + abs;
}

/** Text of |x| (finite) for one presentation type; the caller adds the sign. */
function finiteText(a: number, type: string, precision: number, flags: DoubleFormatFlags): string {
  const upper = type === 'E' || type === 'G';
  switch (type) {
    case 'f':
    case 'F': {
      const s = fixedDigits(a, precision);
      return flags.alt && precision === 0 ? s + '.' : s;
    }
    case 'e':
    case 'E': {
      const { digits, exp } = expDigits(a, precision);
      const point = precision > 0 || flags.alt ? '.' : '';
      return digits[0] + point + digits.slice(1) + (upper ? 'E' : 'e') + exponentText(exp);
    }
    case 'g':
    case 'G': {
      const p = precision === 0 ? 1 : precision;
      const { digits, exp } = expDigits(a, p - 1);
      let mantissa: string;
      let suffix = '';
      // With addDot0 (format() with a precision but no type) CPython switches to exponent
      // notation one digit earlier: '%.4' of 7495.0 is '7.495e+03'.
      if (exp >= -4 && exp < (flags.addDot0 ? p - 1 : p)) {
        // Fixed notation with p significant digits.
        if (exp >= 0) mantissa = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
        else mantissa = '0.' + '0'.repeat(-exp - 1) + digits;
      } else {
        mantissa = digits[0] + '.' + digits.slice(1);
        suffix = (upper ? 'E' : 'e') + exponentText(exp);
      }
      if (!flags.alt) mantissa = mantissa.replace(/\.?0*$/, '');
      if (flags.addDot0 && !suffix && !mantissa.includes('.')) mantissa += '.0';
      return mantissa + suffix;
    }
    default: {
      // 'r': the shortest repr; floatRepr adds ".0" itself. '#' forces a decimal point.
      const s = flags.addDot0 ? floatRepr(a) : floatRepr(a).replace(/\.0$/, '');
      if (!flags.alt || s.includes('.')) return s;
      const e = s.indexOf('e');
      return e < 0 ? s + '.' : s.slice(0, e) + '.' + s.slice(e);
    }
  }
}

/** PyOS_double_to_string(x, type, precision, flags): the sign is '-' or nothing. */
export function doubleToString(x: number, type: string, precision: number, flags: DoubleFormatFlags = {}): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  const negative = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (a === Infinity) return (negative ? '-' : '') + (upper ? 'INF' : 'inf');
  return (negative ? '-' : '') + finiteText(a, type, precision, flags);
}
