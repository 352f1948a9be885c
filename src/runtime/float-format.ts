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
  const a = x < 0 ? -x : x;
  // The shortest digits have a decimal exponent in [-4, 16) exactly when the double is in
  // [1e-4, 1e16) (rounding to nearest is monotonic); JS's String() is positional there too.
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  // Scientific: JS gives "1.5e-7" / "1e+21"; CPython writes at least two exponent digits.
  const t = x.toExponential();
  const e = t.indexOf('e');
  const expDigits = t.length - e - 2;
  return expDigits >= 2 ? t : t.slice(0, e + 2) + '0' + t.slice(e + 2);
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
