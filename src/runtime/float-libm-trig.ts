// Fast path of float-libm's sin, cos, tan, atan2 (Ziv's strategy, as in CRlibm): a
// double-double approximation with a rigorous error bound, rounded only when the bound proves
// the rounding; otherwise NaN and the caller takes float-libm-dd.ts's accurate path.
//
// x = k·π/128 + r with |r| <= π/256; k = 64q + j gives the quadrant q and a table entry
// sin(jπ/128), cos(jπ/128) (double-doubles); sin/cos(jπ/128 + r) by the addition theorem,
// with short Taylor polynomials in r whose leading terms are kept exact.
import { PIO2, sinCosReduced, add, mul, type DD } from './float-libm-dd.js';
import { low, twoProd, twoSum, fastTwoSum, roundedOrNaN } from './float-libm-eft.js';

/** π/128 as three doubles, and 128/π. */
const Q0 = PIO2[0] / 64;
const Q1 = PIO2[1] / 64;
const Q2 = PIO2[2] / 64;
const INV_Q = 64 / PIO2[0];

// Taylor coefficients: sin r = r + r³(S3 + r²(S5 + r²(S7 + r²·S9))), cos r = 1 − r²/2 + r⁴(C4 + …).
const S3 = -1 / 6;
const S5 = 1 / 120;
const S7 = -1 / 5040;
const S9 = 1 / 362880;
const C4 = 1 / 24;
const C6 = -1 / 720;
const C8 = 1 / 40320;

/** sin(jπ/128) for j = 0..64 as [hi, lo] pairs (cos(jπ/128) is entry 64 − j); built on first use. */
let sinTable: Float64Array | undefined;

function buildSinTable(): Float64Array {
  const table = new Float64Array(130);
  for (let j = 0; j <= 32; j++) {
    const angle: DD = add(mul([j, 0], [Q0, Q1]), [j * Q2, 0]);
    const s = sinCosReduced(angle, true);
    const c = sinCosReduced(angle, false);
    table.set(s, 2 * j);
    table.set(c, 2 * (64 - j));
  }
  return table;
}

/** sin(x + quarterTurns·π/2) as a double-double for 2^-27 <= |x| < 2^40: returns hi, leaves
 * lo in low[0] and a bound on |hi + lo − true value| in low[1]. */
export function trigDD(x: number, quarterTurns: number): number {
  const table = (sinTable ??= buildSinTable());
  const k = Math.round(x * INV_Q);
  // r = x − k·π/128 as rh + rl: k·Q0 and k·Q1 exactly (twoProd), x − k·Q0 exact (Sterbenz).
  const p0 = twoProd(k, Q0);
  const e0 = low[0]!;
  const p1 = twoProd(k, Q1);
  const e1 = low[0]!;
  let rh = twoSum(x - p0, -e0);
  let rl = low[0]!;
  rh = twoSum(rh, -p1);
  rl += low[0]!;
  rh = twoSum(rh, rl - e1 - k * Q2);
  rl = low[0]!;

  // sin(x) = A·cos r + B·sin r with (A, B) = ±(sin a, cos a) or ±(cos a, −sin a), a = jπ/128.
  const j = k & 63;
  const quadrant = ((k >> 6) + quarterTurns) & 3;
  const sign = quadrant & 2 ? -1 : 1;
  let ah: number, al: number, bh: number, bl: number;
  if (quadrant & 1) {
    ah = sign * table[2 * (64 - j)]!;
    al = sign * table[2 * (64 - j) + 1]!;
    bh = -sign * table[2 * j]!;
    bl = -sign * table[2 * j + 1]!;
  } else {
    ah = sign * table[2 * j]!;
    al = sign * table[2 * j + 1]!;
    bh = sign * table[2 * (64 - j)]!;
    bl = sign * table[2 * (64 - j) + 1]!;
  }

  const r2 = rh * rh;
  const r3 = r2 * rh;
  // sin r = rh + sinLow; cos r − 1 = −q/2 + cosLow with q + qe = rh² exactly.
  const sinLow = rl + r3 * (S3 + r2 * (S5 + r2 * (S7 + r2 * S9)));
  const q = twoProd(rh, rh);
  const qe = low[0]!;
  const cosM1 = -0.5 * q;
  const cosLow = -0.5 * qe - rh * rl + q * q * (C4 + q * (C6 + q * C8));

  // A + A·(cos r − 1) + B·sin r: the three leading products exact, the rest in plain doubles.
  const m1 = twoProd(bh, rh);
  const m1e = low[0]!;
  const m2 = twoProd(ah, cosM1);
  const m2e = low[0]!;
  let hi = twoSum(ah, m1);
  let lo = low[0]!;
  hi = twoSum(hi, m2);
  lo += low[0]!;
  lo += al + m1e + m2e + bl * rh + al * cosM1 + ah * cosLow + bh * sinLow;
  hi = fastTwoSum(hi, lo);
  lo = low[0]!;
  low[0] = lo;
  // Rounding in the r³ terms (≤ 2^-52 |r³|, which also covers the truncated Taylor terms), the
  // table (~2^-100), the reduction (≤ 2^-105 |r| + 2^-150 |x|).
  low[1] = Math.abs(r3) * 2 ** -51 + Math.abs(hi) * 2 ** -90 + Math.abs(x) * 2 ** -120;
  return hi;
}

/** sin(x + quarterTurns·π/2) correctly rounded, or NaN when the fast path cannot decide. */
export function sinFast(x: number, quarterTurns: number): number {
  const hi = trigDD(x, quarterTurns);
  return roundedOrNaN(hi, low[0]!, low[1]!);
}

/** tan(x) = sin(x) / cos(x) in double-double, or NaN when the rounding is undecided. */
export function tanFast(x: number): number {
  const sh = trigDD(x, 0);
  const sl = low[0]!;
  const sinErr = low[1]! / Math.abs(sh);
  const ch = trigDD(x, 1);
  const cl = low[0]!;
  const cosErr = low[1]! / Math.abs(ch);
  const q = sh / ch;
  const p = twoProd(q, ch);
  const ql = (sh - p - low[0]! + sl - q * cl) / ch;
  const hi = fastTwoSum(q, ql);
  return roundedOrNaN(hi, low[0]!, Math.abs(hi) * ((sinErr + cosErr) * 1.125 + 2 ** -95));
}

/** atan2(y, x) from V8's estimate t (within an ulp or two, in [2^-27, π]) by one Newton step
 * on f(θ) = y·cos θ − x·sin θ, in double-double; NaN when the rounding is undecided or the
 * operands are so large or small that the products could overflow or underflow. */
export function atan2Fast(y: number, x: number, t: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (Math.max(ax, ay) > 2 ** 500 || Math.min(ax, ay) < 2 ** -500) return NaN;
  const sh = trigDD(t, 0);
  const sl = low[0]!;
  const sinErr = low[1]!;
  const ch = trigDD(t, 1);
  const cl = low[0]!;
  const cosErr = low[1]!;
  const yc = twoProd(y, ch);
  const yce = low[0]!;
  const xs = twoProd(x, sh);
  const f = yc - xs + (yce - low[0]! + y * cl - x * sl);
  const df = x * ch + y * sh;
  const step = f / df;
  if (!(Math.abs(step) < Math.abs(t) * 2 ** -40)) return NaN;
  const hi = fastTwoSum(t, step);
  // f inherits |y|·cosErr + |x|·sinErr and ~2^-100 (|x|+|y|) from the products; the Newton
  // step's own error (cubic in the step) and the division's are below 2^-45 |step|.
  const err = ((ay * cosErr + ax * sinErr) * 1.125 + (ax + ay) * 2 ** -100) / Math.abs(df) + Math.abs(step) * 2 ** -45 + Math.abs(hi) * 2 ** -95;
  return roundedOrNaN(hi, low[0]!, err);
}
