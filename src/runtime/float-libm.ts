// libm functions whose last bit must match glibc's (CPython calls glibc, whose pow, exp, log,
// sin, cos are correctly rounded in practice): V8's Math.pow/exp/log/sin/cos/hypot differ
// from glibc by an ulp in 2-10% of arguments, which shows in printed results.
// Each is correctly rounded (Ziv's strategy): a fast double-double evaluation with a proven
// error bound (float-libm-trig.ts, float-libm-explog.ts) decides the rounding in all but
// ~1/10000 of cases; those take the slow ~2^-100-accurate path (float-libm-dd.ts).
// test/runtime/float-libm.test.ts measures the agreement with python3 and with the slow path.
import { logDD, powDD, expAccurate, sinCosDD, tanDD, atan2DD } from './float-libm-dd.js';
import { expFast, logFast, powFast } from './float-libm-explog.js';
import { sinFast, tanFast, atan2Fast } from './float-libm-trig.js';
import { low, twoProd, twoSum, fastTwoSum } from './float-libm-eft.js';

/** How often the accurate path ran: the fast path could not decide the rounding, or the argument
 * was outside its domain (tests check that the accurate path is exercised). */
export const libmFallbacks = { count: 0 };

/** x ** y for finite x > 0 and finite y. */
export function powPositive(x: number, y: number): number {
  const v = powFast(x, y);
  if (v === v) return v;
  libmFallbacks.count++;
  return powDD(x, y);
}

/** hypot(x, y), correctly rounded (glibc >= 2.35 is): sqrt of the double-double a² + b², then
 * one Newton step r + (a² + b² − r²) / (2r) in double-double. */
export function hypot(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (a === Infinity || b === Infinity) return Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  // Scale by a power of two so the squares neither overflow nor lose bits to underflow.
  const scale = a >= 2 ** 501 ? 2 ** -600 : a < 2 ** -500 ? 2 ** 600 : 1;
  a *= scale;
  b *= scale;
  const aa = twoProd(a, a);
  const aae = low[0]!;
  const bb = twoProd(b, b);
  const bbe = low[0]!;
  const sumHi = twoSum(aa, bb);
  const sum = fastTwoSum(sumHi, low[0]! + aae + bbe);
  const sumLo = low[0]!;
  const r = Math.sqrt(sum);
  const rr = twoProd(-r, r);
  const rre = low[0]!;
  const resHi = twoSum(sum, rr);
  const residual = fastTwoSum(resHi, low[0]! + sumLo + rre);
  const root = fastTwoSum(r, residual / (2 * r));
  return (root + low[0]!) / scale;
}

/** exp(x): equal to glibc's in 99.9% of cases, where V8's Math.exp differs in ~10%. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  // Certain overflow and underflow, infinities included (as the accurate path decides them).
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const v = expFast(x);
  if (v === v) return v;
  libmFallbacks.count++;
  return expAccurate(x);
}

/** log(x) for x > 0 finite (the caller handles domain errors, 0, inf and nan): equal to
 * glibc's in 99.99% of cases, V8's Math.log in ~98%. */
export function log(x: number): number {
  const v = logFast(x);
  if (v === v) return v;
  libmFallbacks.count++;
  const r = logDD(x);
  return r[0] + r[1];
}

/** Outside [2^-27, 2^40) V8's sin/cos/tan agree with glibc (tiny arguments) or the
 * double-double reduction would not be exact enough (huge ones). */
const inTrigRange = (x: number): boolean => Math.abs(x) >= 2 ** -27 && Math.abs(x) < 2 ** 40;

/** sin(x): equal to glibc's (correctly rounded) where V8's Math.sin differs in ~3%. */
export function sin(x: number): number {
  if (!inTrigRange(x)) return Math.sin(x);
  const v = sinFast(x, 0);
  if (v === v) return v;
  libmFallbacks.count++;
  const s = sinCosDD(x)[0];
  return s[0] + s[1];
}

export function cos(x: number): number {
  if (!inTrigRange(x)) return Math.cos(x);
  const v = sinFast(x, 1);
  if (v === v) return v;
  libmFallbacks.count++;
  const c = sinCosDD(x)[1];
  return c[0] + c[1];
}

export function sinCos(x: number): [number, number] {
  return [sin(x), cos(x)];
}

export function tan(x: number): number {
  if (!inTrigRange(x)) return Math.tan(x);
  const v = tanFast(x);
  if (v === v) return v;
  libmFallbacks.count++;
  return tanDD(x);
}

/** atan2(y, x): V8's estimate refined by one Newton step (doubling its ~53 correct bits). */
export function atan2(y: number, x: number): number {
  const t = Math.atan2(y, x);
  if (!Number.isFinite(y) || !Number.isFinite(x) || y === 0 || x === 0 || !inTrigRange(t)) return t;
  const v = atan2Fast(y, x, t);
  if (v === v) return v;
  libmFallbacks.count++;
  return atan2DD(y, x, t);
}

export function atan(x: number): number {
  return atan2(x, 1);
}
