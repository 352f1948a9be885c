// Fast path of float-libm's exp, log and pow (Ziv's strategy, as in CRlibm): a double-double
// approximation with a rigorous error bound, rounded only when the bound proves the rounding;
// otherwise NaN and the caller takes float-libm-dd.ts's accurate path.
//
// exp: t = (128e + j)·ln2/128 + r, |r| <= ln2/256: exp(t) = 2^e · 2^(j/128) · exp(r).
// log: x = 2^k·m, m in [√½, √2]; c ≈ 1/m from a table (c = 1 near m = 1):
//      log x = k·ln2 − log c + log1p(m·c − 1), |m·c − 1| <= 2^-8.5.
import { LN2, logDD, expSmallDD, mul, type DD } from './float-libm-dd.js';
import { low, twoProd, twoSum, fastTwoSum, roundedOrNaN } from './float-libm-eft.js';

/** v rounded to its leading `bits` significant bits (the rest, v − result, is exact). */
function leadingBits(v: number, bits: number): number {
  const c = (2 ** (53 - bits) + 1) * v;
  return c - (c - v);
}

// ln2/128 = L0 + L1 + L2 with k·L0 and k·L1 exact for |k| < 2^18 (35 and 18 significant bits).
const L0 = leadingBits(LN2[0] / 128, 35);
const L1 = LN2[0] / 128 - L0;
const L2 = LN2[1] / 128;
const INV_L = 128 / LN2[0];
/** The fast exp's domain: exp(t) is a normal double (no overflow, no subnormal rounding). */
const EXP_MIN = -708;
const EXP_MAX = 709.7;

/** expScaledDD's 2^e. */
const scale = new Float64Array(1);
/** 2^(j/128) for j = 0..127 as [hi, lo] pairs, and 2^e for e = -1022..1023; built on first use. */
let expTable: Float64Array | undefined;
let powersOfTwo: Float64Array | undefined;

function buildExpTable(): Float64Array {
  const table = new Float64Array(256);
  for (let j = 0; j < 128; j++) {
    // 2^(j/128) = exp(j/128·ln2), or 2·exp((j/128 − 1)·ln2) to keep the argument within ln2/2.
    const v = j < 64 ? expSmallDD(mul(LN2, [j / 128, 0])) : mul([2, 0], expSmallDD(mul(LN2, [j / 128 - 1, 0])));
    table.set(v, 2 * j);
  }
  return table;
}

function buildPowersOfTwo(): Float64Array {
  const table = new Float64Array(2046);
  table[1022] = 1;
  for (let e = 1; e <= 1023; e++) table[1022 + e] = table[1021 + e]! * 2;
  for (let e = 1; e <= 1022; e++) table[1022 - e] = table[1023 - e]! / 2;
  return table;
}

/** exp(th + tl) / 2^e as a double-double for EXP_MIN <= th <= EXP_MAX, |tl| <= 2 ulp(th): returns
 * hi (in [0.99, 2.01]), leaves lo in low[0], a bound on the relative error in low[1], and 2^e
 * in scale[0]. */
function expScaledDD(th: number, tl: number): number {
  const table = (expTable ??= buildExpTable());
  const k = Math.round(th * INV_L);
  // r = t − k·ln2/128 as rh + rl; th − k·L0 is exact (Sterbenz), k·L1 exact.
  let rh = twoSum(th - k * L0, -k * L1);
  rh = twoSum(rh, low[0]! + tl - k * L2);
  const rl = low[0]!;
  const j = k & 127;
  scale[0] = (powersOfTwo ??= buildPowersOfTwo())[1022 + (k >> 7)]!;
  // exp(r) − 1 = rh + pl: the r²/2 term and beyond in plain doubles (they are < 2^-17).
  const r2 = rh * rh;
  const pl = rl + rh * rl + r2 * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh / 5040)))));
  const th2 = table[2 * j]!;
  const tl2 = table[2 * j + 1]!;
  const m = twoProd(th2, rh);
  const me = low[0]!;
  let hi = fastTwoSum(th2, m);
  let lo = low[0]!;
  lo += tl2 + me + tl2 * (rh + pl);
  lo += th2 * pl;
  hi = fastTwoSum(hi, lo);
  // Rounding errors of the r² terms (< 2^-50 r²), the table's (~2^-96), the truncated series (2^-80).
  low[1] = r2 * 2 ** -48 + 2 ** -90;
  return hi;
}

/** exp(x) correctly rounded, or NaN when undecided or x is outside [EXP_MIN, EXP_MAX]. */
export function expFast(x: number): number {
  if (!(x >= EXP_MIN && x <= EXP_MAX)) return NaN;
  const hi = expScaledDD(x, 0);
  return roundedOrNaN(hi, low[0]!, hi * low[1]!) * scale[0]!;
}

// ln2 = LN2_0 + LN2_1 with k·LN2_0 exact for |k| < 2^11 (42 significant bits).
const LN2_0 = leadingBits(LN2[0], 42);
const LN2_1 = LN2[0] - LN2_0 + LN2[1];
const SQRT2 = Math.SQRT2;
const LOG_TABLE_FIRST = 181; // round(256·√½)

/** For j = round(256 m), m in [√½, √2]: c_j ≈ 256/j, and −log(c_j) as [hi, lo]; built on first use. */
let logTable: Float64Array | undefined;

function buildLogTable(): Float64Array {
  const table = new Float64Array(3 * (363 - LOG_TABLE_FIRST));
  for (let j = LOG_TABLE_FIRST; j <= 362; j++) {
    const c = 256 / j;
    const v: DD = logDD(c);
    table.set([c, -v[0], -v[1]], 3 * (j - LOG_TABLE_FIRST));
  }
  return table;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH_WORD = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;

/** log(x) as a double-double for finite x > 0: returns hi, leaves lo in low[0] and a bound
 * on |hi + lo − log x| in low[1]. */
function logDDFast(x: number): number {
  const table = (logTable ??= buildLogTable());
  // Subnormals are scaled into the normal range first.
  const subnormal = x < 2 ** -1022;
  bits[0] = subnormal ? x * 2 ** 54 : x;
  const high = words[HIGH_WORD]!;
  let k = (high >>> 20) - (subnormal ? 1077 : 1023);
  words[HIGH_WORD] = (high & 0xfffff) | 0x3ff00000;
  let m = bits[0]!;
  if (m > SQRT2) {
    m *= 0.5;
    k += 1;
  }
  const i = 3 * (Math.round(m * 256) - LOG_TABLE_FIRST);
  // z = m·c − 1 exactly as zh + zl (m·c within 2^-8 of 1, so p − 1 is exact).
  const p = twoProd(m, table[i]!);
  const zh = twoSum(p - 1, low[0]!);
  const zl = low[0]!;
  // log1p(z) = z − z²/2 + z³(1/3 − z/4 + …): z − q/2 exact as h1 + t1, q + qe = zh² exactly.
  const q = twoProd(zh, zh);
  const qe = low[0]!;
  const z3 = q * zh;
  const h1 = fastTwoSum(zh, -0.5 * q);
  const t1 = low[0]!;
  const lp = z3 * (1 / 3 + zh * (-1 / 4 + zh * (1 / 5 + zh * (-1 / 6 + zh * (1 / 7 + zh * (-1 / 8 + zh / 9))))));
  let hi = twoSum(k * LN2_0, table[i + 1]!);
  let lo = low[0]!;
  hi = twoSum(hi, h1);
  lo += low[0]!;
  lo += t1 + zl - 0.5 * qe - zh * zl + table[i + 2]! + k * LN2_1;
  lo += lp;
  hi = fastTwoSum(hi, lo);
  // Rounding errors of the z³ terms (< 2^-51 |z³|, also covering the truncated series), of
  // k·ln2 (2^-95.8 |k|), of the table and the sums (2^-100 |hi|).
  low[1] = Math.abs(z3) * 2 ** -49 + Math.abs(k) * 2 ** -94 + Math.abs(hi) * 2 ** -90;
  return hi;
}

/** log(x) correctly rounded for finite x > 0, or NaN when undecided. */
export function logFast(x: number): number {
  const hi = logDDFast(x);
  return roundedOrNaN(hi, low[0]!, low[1]!);
}

/** x ** y correctly rounded for finite x > 0, finite y, or NaN when undecided or out of the
 * fast domain (results that overflow or are not normal). */
export function powFast(x: number, y: number): number {
  const lh = logDDFast(x);
  const ll = low[0]!;
  const logErr = low[1]!;
  const th = y * lh;
  if (!(th >= EXP_MIN && th <= EXP_MAX)) return NaN;
  twoProd(y, lh);
  const tl = low[0]! + y * ll;
  // An error δ in t is a relative error δ(1 + δ) in exp(t).
  const tErr = Math.abs(y) * logErr + Math.abs(th) * 2 ** -100;
  const hi = expScaledDD(th, tl);
  return roundedOrNaN(hi, low[0]!, hi * (low[1]! + tErr * 1.125)) * scale[0]!;
}
