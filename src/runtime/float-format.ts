// repr() of a float as CPython prints it: the shortest digits that round-trip (JS finds the
// same digits as CPython's dtoa), laid out by CPython's rule for format code 'r': scientific
// notation when the decimal exponent is < -4 or >= 16, else positional with at least one
// digit after the point.

/** CPython's repr(float). */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const e = Math.abs(exp);
    return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
  }
  const point = exp + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** repr() digits without the ".0" CPython's 'r' format adds to integral values (format
 * code 'r' without Py_DTSF_ADD_DOT_0, as complex repr uses it). */
function floatReprNoDot(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** CPython's repr(complex): '1j', '(1+2j)', '(-0-1j)', '(nan+infj)'. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return floatReprNoDot(imag) + 'j';
  const im = floatReprNoDot(imag);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${floatReprNoDot(real)}${sign}${im}j)`;
}
