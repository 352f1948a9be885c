// The math functions JavaScript lacks, computed as CPython 3.11 computes them: gamma and
// lgamma (CPython's own Lanczos code, Modules/mathmodule.c), erf/erfc (fdlibm's algorithm,
// which glibc's libm shares), fsum (Shewchuk's exact partials, msum) and the vector norm
// behind hypot/dist. Errors are reported as CPython's errno convention: the caller maps
// 'domain' / 'range' to ValueError / OverflowError.

import { exp, log, sin, cos, powPositive } from './float-libm.js';

export type MathError = 'domain' | 'range' | null;

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  GAMMA_INTEGRAL.push(f);
  f *= i + 1;
}
const LOG_PI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), exact at the integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = sin(Math.PI * y); break;
    case 1: r = cos(Math.PI * (y - 0.5)); break;
    case 2: r = sin(Math.PI * (1.0 - y)); break;
    case 3: r = -cos(Math.PI * (y - 1.5)); break;
    default: r = sin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

export function gamma(x: number): [number, MathError] {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? [x, null] : [NaN, 'domain'];
  if (x === 0) return [Object.is(x, -0) ? -Infinity : Infinity, 'domain'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'domain'];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? null : 'range'];
  }
  if (absx > 200.0) return x < 0 ? [0.0 / sinpi(x), null] : [Infinity, 'range'];
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (-Math.PI / sinpi(absx) / absx) * exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= powPositive(y, absx - 0.5);
    else {
      const sqrtpow = powPositive(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= powPositive(y, absx - 0.5);
    else {
      const sqrtpow = powPositive(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? null : 'range'];
}

export function lgamma(x: number): [number, MathError] {
  if (!Number.isFinite(x)) return [Number.isNaN(x) ? x : Infinity, null];
  if (x === Math.floor(x) && x <= 2.0) return x <= 0 ? [Infinity, 'domain'] : [0.0, null];
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-log(absx), null];
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  return [r, Number.isFinite(r) ? null : 'range'];
}

// ---------- erf / erfc (fdlibm s_erf.c) ----------

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const EFX8 = 1.02703333676410069053e00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e01, -6.23753324503260060396e01, -1.62396669462573470355e02, -1.84605092906711035994e02, -8.12874355063065934246e01, -9.81432934416914548592e00];
const SA = [1.96512716674392571292e01, 1.37657754143519042600e02, 4.34565877475229228821e02, 6.45387271733267880336e02, 4.29008140027567833386e02, 1.08635005541779435134e02, 6.57024977031928170135e00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e01, -1.60636384855821916062e02, -6.37566443368389627722e02, -1.02509513161107724954e03, -4.83519191608651397019e02];
const SB = [3.03380607434824582924e01, 3.25792512996573918826e02, 1.53672958608443695994e03, 3.19985821950859553908e03, 2.55305040643316442583e03, 4.74528541206955367215e02, -2.24409524465858183362e01];

// The polynomials are evaluated in glibc's order (second-order Horner/Estrin split), which
// decides the last bit of the result.

/** x with the low 32 bits of its representation cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function truncLow(x: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  b.setUint32(4, 0);
  return b.getFloat64(0);
}

/** r/s of the |x| < 0.84375 branch (shared by erf and erfc). */
function smallRatio(z: number): number {
  const r1 = PP[0] + z * PP[1];
  const z2 = z * z;
  const r2 = PP[2] + z * PP[3];
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ[0];
  const s2 = QQ[1] + z * QQ[2];
  const s3 = QQ[3] + z * QQ[4];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q of the 0.84375 <= |x| < 1.25 branch, s = |x| - 1. */
function midRatio(s: number): number {
  const p1 = PA[0] + s * PA[1];
  const s2 = s * s;
  const q1 = 1 + s * QA[0];
  const s4 = s2 * s2;
  const p2 = PA[2] + s * PA[3];
  const s6 = s4 * s2;
  const q2 = QA[1] + s * QA[2];
  const p3 = PA[4] + s * PA[5];
  const q3 = QA[3] + s * QA[4];
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA[5];
  return p / q;
}

/** erfc(|x|) * |x| ... the tail for |x| >= 1.25: exp(-x^2 - 0.5625 + R/S) / |x|. */
function erfcTail(ax: number): number {
  const s = 1 / (ax * ax);
  let R: number;
  let S: number;
  if (ax < 1 / 0.35) {
    const r1 = RA[0] + s * RA[1];
    const s2 = s * s;
    const t1 = 1 + s * SA[0];
    const s4 = s2 * s2;
    const r2 = RA[2] + s * RA[3];
    const s6 = s4 * s2;
    const t2 = SA[1] + s * SA[2];
    const s8 = s4 * s4;
    const r3 = RA[4] + s * RA[5];
    const t3 = SA[3] + s * SA[4];
    const r4 = RA[6] + s * RA[7];
    const t4 = SA[5] + s * SA[6];
    R = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    S = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[7];
  } else {
    const r1 = RB[0] + s * RB[1];
    const s2 = s * s;
    const t1 = 1 + s * SB[0];
    const s4 = s2 * s2;
    const r2 = RB[2] + s * RB[3];
    const s6 = s4 * s2;
    const t2 = SB[1] + s * SB[2];
    const r3 = RB[4] + s * RB[5];
    const t3 = SB[3] + s * SB[4];
    const t4 = SB[5] + s * SB[6];
    R = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
    S = t1 + s2 * t2 + s4 * t3 + s6 * t4;
  }
  const z = truncLow(ax);
  return (exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + R / S)) / ax;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -28) return ax < 2 ** -1021 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x;
    return x + x * smallRatio(x * x);
  }
  if (ax < 1.25) {
    const q = midRatio(ax - 1);
    return x >= 0 ? ERX + q : -ERX - q;
  }
  if (ax >= 6) return x >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = erfcTail(ax);
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x;
    const y = smallRatio(x * x);
    if (x < 0.25) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ax < 1.25) {
    const q = midRatio(ax - 1);
    return x >= 0 ? 1 - ERX - q : 1 + (ERX + q);
  }
  if (ax < 28) {
    if (x < -6) return 2 - 1e-300;
    const r = erfcTail(ax);
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2 - 1e-300;
}

// ---------- fsum ----------

/** math.fsum over doubles: exact partials, correctly rounded result. Errors as strings. */
export function fsum(values: Iterable<number>): number | { error: 'overflow' | 'inf-inf' } {
  const p: number[] = [];
  let special = 0;
  let infSum = 0;
  for (const v of values) {
    let x = v;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) return { error: 'overflow' };
        if (!Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) return Number.isNaN(infSum) ? { error: 'inf-inf' } : special;
  let n = p.length;
  let hi = 0;
  let lo = 0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** a*a as an unevaluated sum hi + lo (Dekker/Veltkamp: exact). */
function square(a: number): [number, number] {
  const hi = a * a;
  const c = 134217729 * a;
  const ah = c - (c - a);
  const al = a - ah;
  return [hi, ah * ah - hi + 2 * ah * al + al * al];
}

/** sqrt(sum of squares) without overflow, for hypot(*coords) and dist(): the squares of
 * the scaled coordinates summed in double-double, then one correction step of the root. */
export function vectorNorm(v: number[]): number {
  let max = 0;
  let nan = false;
  for (const x of v) {
    const a = Math.abs(x);
    if (Number.isNaN(a)) nan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (nan) return NaN;
  if (max === 0 || v.length <= 1) return max;
  const scale = 2 ** -Math.floor(Math.log2(max));
  let hi = 0;
  let lo = 0;
  for (const x of v) {
    const [sq, sqLo] = square(Math.abs(x) * scale);
    const t = hi + sq;
    lo += (Math.abs(hi) >= Math.abs(sq) ? hi - t + sq : sq - t + hi) + sqLo;
    hi = t;
  }
  const total = hi + lo;
  const totalLo = lo - (total - hi);
  const h = Math.sqrt(total);
  const [hh, hl] = square(h);
  const residual = total - hh - hl + totalLo;
  return (h + residual / (2 * h)) / scale;
}
