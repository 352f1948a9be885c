// Correctly rounded decimal digits of a double at a given precision, as CPython's
// _Py_dg_dtoa modes 2/3 produce them: the EXACT binary value rounded half-to-even. JS's
// toFixed/toExponential round exact ties away from zero, so they are used only where a tie
// is impossible; everything else goes through exact bigint arithmetic. (The shortest
// round-trip digits, for repr, are A1's floatRepr in float-format.ts.)

import { strRepeat } from './str.js';

const view = new DataView(new ArrayBuffer(8));

/** x = m * 2^e with m an odd bigint (x finite, nonzero; sign ignored). */
export function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  if (m === 0n) return [0n, 0];
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e += 1;
  }
  return [m, e];
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n && POW10.length < 400) POW10.push(POW10[POW10.length - 1]! * 10n);
  return n < POW10.length ? POW10[n]! : 10n ** BigInt(n);
}

/** |x| * 10^p as floor q plus the remainder's comparison with one half (-1, 0, 1); x finite. */
function scaled(x: number, p: number): { q: bigint; half: number } {
  if (x === 0) return { q: 0n, half: -1 };
  const [m, e] = decompose(x);
  let num = m;
  let den = 1n;
  if (p >= 0) num *= pow10(p);
  else den *= pow10(-p);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  return { q, half: r2 > den ? 1 : r2 === den ? 0 : -1 };
}

/** round_half_even(|x| * 10^p) for finite x; p may be negative. */
export function scaledRound(x: number, p: number): bigint {
  const { q, half } = scaled(x, p);
  return half > 0 || (half === 0 && (q & 1n) === 1n) ? q + 1n : q;
}

/** Past this many places a double's decimal expansion is exact (2^-1074 has 1074 decimal
 * places), so more places only append zeros. */
const EXACT_PLACES = 1074;

/** Digits of |x| rounded to `prec` places after the point: "123.4500" (prec 4). */
export function fixedDigits(x: number, prec: number): string {
  if (prec > EXACT_PLACES) return fixedDigits(x, EXACT_PLACES) + strRepeat('0', prec - EXACT_PLACES);
  const a = Math.abs(x);
  if (prec <= 100 && a < 1e21) {
    // toFixed is exact except that it breaks ties away from zero; a tie needs x*10^prec to
    // be an odd multiple of 1/2, i.e. x = m*2^e (m odd) with e == -prec-1: exactly when
    // x*2^(prec+1) (exact: a power-of-two scale of a double below 2^1024) is an odd integer.
    const scaled = a * 2 ** (prec + 1);
    if (!(Number.isInteger(scaled) && scaled % 2 === 1)) return a.toFixed(prec);
  }
  const digits = scaledRound(a, prec).toString();
  if (prec === 0) return digits;
  const padded = digits.padStart(prec + 1, '0');
  return padded.slice(0, padded.length - prec) + '.' + padded.slice(padded.length - prec);
}

/** |x| rounded to prec+1 significant digits: the digit string (length prec+1) and the decimal
 * exponent of its first digit. x must be finite; 0 gives zeros and exponent 0. */
export function expDigits(x: number, prec: number): { digits: string; exp: number } {
  // No double has more than 767 significant decimal digits: past EXACT_PLACES nothing
  // rounds, only zeros follow.
  if (prec > EXACT_PLACES) {
    const exact = expDigits(x, EXACT_PLACES);
    return { digits: exact.digits + strRepeat('0', prec - EXACT_PLACES), exp: exact.exp };
  }
  const a = Math.abs(x);
  if (a === 0) return { digits: '0'.repeat(prec + 1), exp: 0 };
  // The exponent comes from the exact value (10^exp <= |x| < 10^(exp+1)), not from the
  // rounded digits: 1e23 is 9.99...e22, and rounding at exponent 23 would also give 16
  // digits ('1000000000000000') where 17 significant digits round to 9999999999999999e7.
  let exp = Math.floor(Math.log10(a));
  for (;;) {
    const q = scaled(a, prec - exp).q;
    if (q >= pow10(prec + 1)) exp += 1;
    else if (q < pow10(prec)) exp -= 1;
    else break;
  }
  const q = scaledRound(a, prec - exp);
  // Rounding up to 10^(prec+1) ('9.99' -> '10.0') moves the point one place.
  return q === pow10(prec + 1) ? { digits: pow10(prec).toString(), exp: exp + 1 } : { digits: q.toString(), exp };
}
