// The `cmath` module of CPython 3.11 (Modules/cmathmodule.c): the same formulas, the same
// C99 Annex G special-value tables for infinities, NaNs and signed zeros, and the same
// errors ("math domain error" ValueError, "math range error" OverflowError). The real libm
// functions come from float-libm.ts (exp, log, sin, cos, tan, atan2, hypot); cosh, sinh, tanh
// and asinh follow glibc's (fdlibm's) algorithms on top of them. Results equal python3's
// except where glibc's libm itself is not correctly rounded: ~0.2% of results differ by 1-2
// ulps (test/runtime/module-cmath.test.ts measures it).
import { PyComplex, PyFloat } from './value.js';
import type { PyValue } from './object.js';
import { overflowError, valueError } from './errors.js';
import { defFunction, type PyBuiltinFunction } from './builtin-function.js';
import { newModule, registerModule } from './modules.js';
import { complexViaDunder } from './complex-methods.js';
import { realAsDouble } from './float-methods.js';
import { newTuple } from './tuple.js';
import { complexDiv } from './complex.js';
import { atan2, cos, exp, hypot, log, sin, sinCos, tan } from './float-libm.js';

interface C {
  re: number;
  im: number;
}

const EDOM = 1;
const ERANGE = 2;
/** The C code's errno: each c-function sets it, the Python wrapper turns it into an error. */
let errno = 0;

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const M_LN2 = 0.6931471805599453;
const M_LN10 = 2.302585092994046;
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
/** log(CM_LARGE_DOUBLE), written out: computing it at load built the log tables (4 ms of
 * every start-up, cmath imported or not). */
const CM_LOG_LARGE_DOUBLE = 708.3964185322641;
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const CM_SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.floor((CM_SCALE_UP + 1) / 2);

// ---------- real helpers (glibc's algorithms) ----------

const words = new DataView(new ArrayBuffer(8));
function highWord(x: number): number {
  words.setFloat64(0, x);
  return words.getUint32(0);
}
function lowWord(x: number): number {
  words.setFloat64(0, x);
  return words.getUint32(4);
}

const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0) || (Number.isNaN(x) && (highWord(x) & 0x80000000) !== 0);
const copysign = (x: number, y: number): number => (isNegative(y) ? -Math.abs(x) : Math.abs(x));
const isinf = (x: number): boolean => x === Infinity || x === -Infinity;
/** ldexp for the power-of-two scalings used here (|e| < 1000 keeps 2**e exact). */
const ldexp = (x: number, e: number): number => x * 2 ** e;
/** CPython's m_log1p: log1p keeping the sign of a zero argument. */
const log1p = (x: number): number => (x === 0 ? x : Math.log1p(x));

/** |x| is beyond the last double whose sinh/cosh is finite (glibc's overflow threshold). */
function belowOverflowThreshold(ix: number, x: number): boolean {
  return ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d);
}

function sinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

function tanh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x > 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0 || ix < 0x3c800000) return x;
    if (ix >= 0x3ff00000) {
      const t = Math.expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}

function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + M_LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return copysign(w, x);
}

/** C's log() including its edge values (the callers only pass numbers >= 0 or nan). */
function clog(x: number): number {
  if (x === 0) return -Infinity;
  if (x === Infinity || Number.isNaN(x)) return x;
  return log(x);
}

// ---------- special values ----------

const enum ST {
  NINF,
  NEG,
  NZERO,
  PZERO,
  POS,
  PINF,
  NAN,
}

function specialType(d: number): ST {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? ST.POS : ST.NEG;
    return Object.is(d, -0) ? ST.NZERO : ST.PZERO;
  }
  if (Number.isNaN(d)) return ST.NAN;
  return d > 0 ? ST.PINF : ST.NINF;
}

const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const INF = Infinity;
const N = NaN;
/** Placeholder of CPython's tables for finite entries, never returned. */
const U = -9.5426319407711027e33;

/** A 7×7 table from 49 (real, imag) pairs, rows by the real part's special type. */
function table(...v: number[]): C[][] {
  const rows: C[][] = [];
  for (let r = 0; r < 7; r++) {
    const row: C[] = [];
    for (let i = 0; i < 7; i++) row.push({ re: v[(r * 7 + i) * 2], im: v[(r * 7 + i) * 2 + 1] });
    rows.push(row);
  }
  return rows;
}

// prettier-ignore
const ACOS = table(
  P34,INF, P,INF,  P,INF,  P,-INF,  P,-INF,  P34,-INF, N,INF,
  P12,INF, U,U,    U,U,    U,U,     U,U,     P12,-INF, N,N,
  P12,INF, U,U,    P12,0,  P12,-0,  U,U,     P12,-INF, P12,N,
  P12,INF, U,U,    P12,0,  P12,-0,  U,U,     P12,-INF, P12,N,
  P12,INF, U,U,    U,U,    U,U,     U,U,     P12,-INF, N,N,
  P14,INF, 0,INF,  0,INF,  0,-INF,  0,-INF,  P14,-INF, N,INF,
  N,INF,   N,N,    N,N,    N,N,     N,N,     N,-INF,   N,N);
// prettier-ignore
const ACOSH = table(
  INF,-P34, INF,-P,  INF,-P,  INF,P,  INF,P,  INF,P34, INF,N,
  INF,-P12, U,U,     U,U,     U,U,    U,U,    INF,P12, N,N,
  INF,-P12, U,U,     0,-P12,  0,P12,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     0,-P12,  0,P12,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     U,U,     U,U,    U,U,    INF,P12, N,N,
  INF,-P14, INF,-0,  INF,-0,  INF,0,  INF,0,  INF,P14, INF,N,
  INF,N,    N,N,     N,N,     N,N,    N,N,    INF,N,   N,N);
// prettier-ignore
const ASINH = table(
  -INF,-P14, -INF,-0, -INF,-0, -INF,0, -INF,0, -INF,P14, -INF,N,
  -INF,-P12, U,U,     U,U,     U,U,    U,U,    -INF,P12, N,N,
  -INF,-P12, U,U,     -0,-0,   -0,0,   U,U,    -INF,P12, N,N,
  INF,-P12,  U,U,     0,-0,    0,0,    U,U,    INF,P12,  N,N,
  INF,-P12,  U,U,     U,U,     U,U,    U,U,    INF,P12,  N,N,
  INF,-P14,  INF,-0,  INF,-0,  INF,0,  INF,0,  INF,P14,  INF,N,
  INF,N,     N,N,     N,-0,    N,0,    N,N,    INF,N,    N,N);
// prettier-ignore
const ATANH = table(
  -0,-P12, -0,-P12, -0,-P12, -0,P12, -0,P12, -0,P12, -0,N,
  -0,-P12, U,U,     U,U,     U,U,    U,U,    -0,P12, N,N,
  -0,-P12, U,U,     -0,-0,   -0,0,   U,U,    -0,P12, -0,N,
  0,-P12,  U,U,     0,-0,    0,0,    U,U,    0,P12,  0,N,
  0,-P12,  U,U,     U,U,     U,U,    U,U,    0,P12,  N,N,
  0,-P12,  0,-P12,  0,-P12,  0,P12,  0,P12,  0,P12,  0,N,
  0,-P12,  N,N,     N,N,     N,N,    N,N,    0,P12,  N,N);
// prettier-ignore
const COSH = table(
  INF,N, U,U, INF,0,  INF,-0, U,U, INF,N, INF,N,
  N,N,   U,U, U,U,    U,U,    U,U, N,N,   N,N,
  N,0,   U,U, 1,0,    1,-0,   U,U, N,0,   N,0,
  N,0,   U,U, 1,-0,   1,0,    U,U, N,0,   N,0,
  N,N,   U,U, U,U,    U,U,    U,U, N,N,   N,N,
  INF,N, U,U, INF,-0, INF,0,  U,U, INF,N, INF,N,
  N,N,   N,N, N,0,    N,0,    N,N, N,N,   N,N);
// prettier-ignore
const EXP = table(
  0,0,   U,U, 0,-0,   0,0,   U,U, 0,0,   0,0,
  N,N,   U,U, U,U,    U,U,   U,U, N,N,   N,N,
  N,N,   U,U, 1,-0,   1,0,   U,U, N,N,   N,N,
  N,N,   U,U, 1,-0,   1,0,   U,U, N,N,   N,N,
  N,N,   U,U, U,U,    U,U,   U,U, N,N,   N,N,
  INF,N, U,U, INF,-0, INF,0, U,U, INF,N, INF,N,
  N,N,   N,N, N,-0,   N,0,   N,N, N,N,   N,N);
// prettier-ignore
const LOG = table(
  INF,-P34, INF,-P,  INF,-P,   INF,P,   INF,P,  INF,P34, INF,N,
  INF,-P12, U,U,     U,U,      U,U,     U,U,    INF,P12, N,N,
  INF,-P12, U,U,     -INF,-P,  -INF,P,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     -INF,-0,  -INF,0,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     U,U,      U,U,     U,U,    INF,P12, N,N,
  INF,-P14, INF,-0,  INF,-0,   INF,0,   INF,0,  INF,P14, INF,N,
  INF,N,    N,N,     N,N,      N,N,     N,N,    INF,N,   N,N);
// prettier-ignore
const SINH = table(
  INF,N, U,U, -INF,-0, -INF,0, U,U, INF,N, INF,N,
  N,N,   U,U, U,U,     U,U,    U,U, N,N,   N,N,
  0,N,   U,U, -0,-0,   -0,0,   U,U, 0,N,   0,N,
  0,N,   U,U, 0,-0,    0,0,    U,U, 0,N,   0,N,
  N,N,   U,U, U,U,     U,U,    U,U, N,N,   N,N,
  INF,N, U,U, INF,-0,  INF,0,  U,U, INF,N, INF,N,
  N,N,   N,N, N,-0,    N,0,    N,N, N,N,   N,N);
// prettier-ignore
const SQRT = table(
  INF,-INF, 0,-INF, 0,-INF, 0,INF, 0,INF, INF,INF, N,INF,
  INF,-INF, U,U,    U,U,    U,U,   U,U,   INF,INF, N,N,
  INF,-INF, U,U,    0,-0,   0,0,   U,U,   INF,INF, N,N,
  INF,-INF, U,U,    0,-0,   0,0,   U,U,   INF,INF, N,N,
  INF,-INF, U,U,    U,U,    U,U,   U,U,   INF,INF, N,N,
  INF,-INF, INF,-0, INF,-0, INF,0, INF,0, INF,INF, INF,N,
  INF,-INF, N,N,    N,N,    N,N,   N,N,   INF,INF, N,N);
// prettier-ignore
const TANH = table(
  -1,0, U,U, -1,-0, -1,0, U,U, -1,0, -1,0,
  N,N,  U,U, U,U,   U,U,  U,U, N,N,  N,N,
  N,N,  U,U, -0,-0, -0,0, U,U, N,N,  N,N,
  N,N,  U,U, 0,-0,  0,0,  U,U, N,N,  N,N,
  N,N,  U,U, U,U,   U,U,  U,U, N,N,  N,N,
  1,0,  U,U, 1,-0,  1,0,  U,U, 1,0,  1,0,
  N,N,  N,N, N,-0,  N,0,  N,N, N,N,  N,N);
// prettier-ignore
const RECT = table(
  INF,N, U,U, -INF,0, -INF,-0, U,U, INF,N, INF,N,
  N,N,   U,U, U,U,    U,U,     U,U, N,N,   N,N,
  0,0,   U,U, -0,0,   -0,-0,   U,U, 0,0,   0,0,
  0,0,   U,U, 0,-0,   0,0,     U,U, 0,0,   0,0,
  N,N,   U,U, U,U,    U,U,     U,U, N,N,   N,N,
  INF,N, U,U, INF,-0, INF,0,   U,U, INF,N, INF,N,
  N,N,   N,N, N,0,    N,0,     N,N, N,N,   N,N);

const lookup = (t: C[][], z: C): C => t[specialType(z.re)][specialType(z.im)];
const finite = (z: C): boolean => Number.isFinite(z.re) && Number.isFinite(z.im);
const neg = (z: C): C => ({ re: -z.re, im: -z.im });

// ---------- the complex functions (each sets errno) ----------

function cSqrt(z: C): C {
  if (!finite(z)) {
    errno = 0;
    return lookup(SQRT, z);
  }
  if (z.re === 0 && z.im === 0) return { re: 0, im: z.im };
  let ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) may be subnormal: scale both up to keep its precision.
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  return z.re >= 0 ? { re: s, im: copysign(d, z.im) } : { re: d, im: copysign(s, z.im) };
}

function cAcos(z: C): C {
  if (!finite(z)) {
    errno = 0;
    return lookup(ACOS, z);
  }
  let r: C;
  if (Math.abs(z.re) > CM_LARGE_DOUBLE || Math.abs(z.im) > CM_LARGE_DOUBLE) {
    r = { re: atan2(Math.abs(z.im), z.re), im: -copysign(clog(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, z.im) };
  } else {
    const s1 = cSqrt({ re: 1 - z.re, im: -z.im });
    const s2 = cSqrt({ re: 1 + z.re, im: z.im });
    r = { re: 2 * atan2(s1.re, s2.re), im: asinh(s2.re * s1.im - s2.im * s1.re) };
  }
  errno = 0;
  return r;
}

function cAcosh(z: C): C {
  if (!finite(z)) {
    errno = 0;
    return lookup(ACOSH, z);
  }
  let r: C;
  if (Math.abs(z.re) > CM_LARGE_DOUBLE || Math.abs(z.im) > CM_LARGE_DOUBLE) {
    r = { re: clog(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, im: atan2(z.im, z.re) };
  } else {
    const s1 = cSqrt({ re: z.re - 1, im: z.im });
    const s2 = cSqrt({ re: z.re + 1, im: z.im });
    r = { re: asinh(s1.re * s2.re + s1.im * s2.im), im: 2 * atan2(s1.im, s2.re) };
  }
  errno = 0;
  return r;
}

function cAsinh(z: C): C {
  if (!finite(z)) {
    errno = 0;
    return lookup(ASINH, z);
  }
  let r: C;
  if (Math.abs(z.re) > CM_LARGE_DOUBLE || Math.abs(z.im) > CM_LARGE_DOUBLE) {
    const m = clog(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2;
    r = { re: z.im >= 0 ? copysign(m, z.re) : -copysign(m, -z.re), im: atan2(z.im, Math.abs(z.re)) };
  } else {
    const s1 = cSqrt({ re: 1 + z.im, im: -z.re });
    const s2 = cSqrt({ re: 1 - z.im, im: z.re });
    r = { re: asinh(s1.re * s2.im - s2.re * s1.im), im: atan2(z.im, s1.re * s2.re - s1.im * s2.im) };
  }
  errno = 0;
  return r;
}

/** f(z) = -i g(iz) (asin from asinh, atan from atanh, sin from sinh, tan from tanh). */
function viaI(g: (z: C) => C): (z: C) => C {
  return (z) => {
    const s = g({ re: -z.im, im: z.re });
    return { re: s.im, im: -s.re };
  };
}

function cAtanh(z: C): C {
  if (!finite(z)) {
    errno = 0;
    return lookup(ATANH, z);
  }
  if (z.re < 0) return neg(cAtanh(neg(z)));
  const ay = Math.abs(z.im);
  if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    // Large |z|: atanh(z) ~ 1/z ± iπ/2.
    const h = hypot(z.re / 2, z.im / 2);
    errno = 0;
    return { re: z.re / 4 / h / h, im: copysign(Math.PI / 2, z.im) };
  }
  if (z.re === 1 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = EDOM;
      return { re: INF, im: z.im };
    }
    errno = 0;
    return { re: -clog(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), im: copysign(atan2(2, -ay) / 2, z.im) };
  }
  errno = 0;
  return {
    re: log1p((4 * z.re) / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4,
    im: -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2,
  };
}

/** The non-finite cases shared by cosh, sinh and exp: ±inf + iy for finite nonzero y. */
function infiniteReal(z: C): boolean {
  return isinf(z.re) && Number.isFinite(z.im) && z.im !== 0;
}

function cCosh(z: C): C {
  if (!finite(z)) {
    let r: C;
    if (infiniteReal(z)) {
      const re = copysign(INF, cos(z.im));
      r = z.re > 0 ? { re, im: copysign(INF, sin(z.im)) } : { re, im: -copysign(INF, sin(z.im)) };
    } else r = lookup(COSH, z);
    errno = isinf(z.im) && !Number.isNaN(z.re) ? EDOM : 0;
    return r;
  }
  let r: C;
  const [sinY, cosY] = sinCos(z.im);
  if (Math.abs(z.re) > CM_LOG_LARGE_DOUBLE) {
    // cosh(z.real) overflows before cosh(z) does: compute with x-1 and multiply by e.
    const xm1 = z.re - copysign(1, z.re);
    r = { re: cosY * cosh(xm1) * Math.E, im: sinY * sinh(xm1) * Math.E };
  } else {
    r = { re: cosY * cosh(z.re), im: sinY * sinh(z.re) };
  }
  errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
  return r;
}

function cSinh(z: C): C {
  if (!finite(z)) {
    let r: C;
    if (infiniteReal(z)) {
      const im = copysign(INF, sin(z.im));
      r = z.re > 0 ? { re: copysign(INF, cos(z.im)), im } : { re: -copysign(INF, cos(z.im)), im };
    } else r = lookup(SINH, z);
    errno = isinf(z.im) && !Number.isNaN(z.re) ? EDOM : 0;
    return r;
  }
  let r: C;
  const [sinY, cosY] = sinCos(z.im);
  if (Math.abs(z.re) > CM_LOG_LARGE_DOUBLE) {
    const xm1 = z.re - copysign(1, z.re);
    r = { re: cosY * sinh(xm1) * Math.E, im: sinY * cosh(xm1) * Math.E };
  } else {
    r = { re: cosY * sinh(z.re), im: sinY * cosh(z.re) };
  }
  errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
  return r;
}

function cTanh(z: C): C {
  if (!finite(z)) {
    let r: C;
    if (infiniteReal(z)) {
      r = { re: z.re > 0 ? 1 : -1, im: copysign(0, 2 * sin(z.im) * cos(z.im)) };
    } else r = lookup(TANH, z);
    errno = isinf(z.im) && Number.isFinite(z.re) ? EDOM : 0;
    return r;
  }
  errno = 0;
  if (Math.abs(z.re) > CM_LOG_LARGE_DOUBLE) {
    return { re: copysign(1, z.re), im: 4 * sin(z.im) * cos(z.im) * exp(-2 * Math.abs(z.re)) };
  }
  // tanh(x+iy) = (tanh(x)(1+tan(y)²) + i tan(y)/cosh(x)²) / (1 + tan(y)² tanh(x)²).
  const tx = tanh(z.re);
  const ty = tan(z.im);
  const cx = 1 / cosh(z.re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return { re: (tx * (1 + ty * ty)) / denom, im: ((ty / denom) * cx) * cx };
}

function cExp(z: C): C {
  if (!finite(z)) {
    let r: C;
    if (infiniteReal(z)) {
      r = z.re > 0
        ? { re: copysign(INF, cos(z.im)), im: copysign(INF, sin(z.im)) }
        : { re: copysign(0, cos(z.im)), im: copysign(0, sin(z.im)) };
    } else r = lookup(EXP, z);
    errno = isinf(z.im) && (Number.isFinite(z.re) || z.re === INF) ? EDOM : 0;
    return r;
  }
  let r: C;
  const [sinY, cosY] = sinCos(z.im);
  if (z.re > CM_LOG_LARGE_DOUBLE) {
    const l = exp(z.re - 1);
    r = { re: l * cosY * Math.E, im: l * sinY * Math.E };
  } else {
    const l = exp(z.re);
    r = { re: l * cosY, im: l * sinY };
  }
  errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
  return r;
}

function cLog(z: C): C {
  if (!finite(z)) {
    errno = 0;
    return lookup(LOG, z);
  }
  const ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = clog(hypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      // hypot would be subnormal: scale up so it keeps its precision.
      re = clog(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      errno = EDOM;
      return { re: -INF, im: atan2(z.im, z.re) };
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      // Near |z| = 1, log1p of (max²-1)+min² keeps the digits log(h) would lose.
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = clog(h);
    }
  }
  errno = 0;
  return { re, im: atan2(z.im, z.re) };
}

function cLog10(z: C): C {
  const r = cLog(z);
  return { re: r.re / M_LN10, im: r.im / M_LN10 };
}

/** _Py_c_quot with its errno: a zero divisor is a domain error. */
function quot(a: C, b: C): C {
  if (b.re === 0 && b.im === 0) {
    errno = EDOM;
    return { re: 0, im: 0 };
  }
  const q = complexDiv({ real: a.re, imag: a.im }, { real: b.re, imag: b.im });
  return { re: q.real, im: q.imag };
}

/** _Py_c_abs with its errno (overflow of a finite argument's modulus is ERANGE). */
function cAbs(z: C): number {
  if (!finite(z)) {
    if (isinf(z.re) || isinf(z.im)) {
      errno = 0;
      return INF;
    }
    return NaN;
  }
  const r = hypot(z.re, z.im);
  errno = Number.isFinite(r) ? 0 : ERANGE;
  return r;
}

function rect(r: number, phi: number): C {
  errno = 0;
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let z: C;
    if (isinf(r) && Number.isFinite(phi) && phi !== 0) {
      const re = copysign(INF, cos(phi));
      const im = copysign(INF, sin(phi));
      z = r > 0 ? { re, im } : { re: -re, im: -im };
    } else z = RECT[specialType(r)][specialType(phi)];
    if (r !== 0 && !Number.isNaN(r) && isinf(phi)) errno = EDOM;
    return z;
  }
  if (phi === 0) return { re: r, im: r * phi };
  const [sinPhi, cosPhi] = sinCos(phi);
  return { re: r * cosPhi, im: r * sinPhi };
}

// ---------- the Python glue ----------

/** PyComplex_AsCComplex: complex (subclasses too), __complex__, else a real number. */
function toComplex(v: PyValue): C {
  if (v instanceof PyComplex) return { re: v.real, im: v.imag };
  const r = complexViaDunder(v);
  return r !== undefined ? { re: r.real, im: r.imag } : { re: realAsDouble(v), im: 0 };
}

function mathError(): never {
  if (errno === EDOM) throw valueError('math domain error');
  throw overflowError('math range error');
}

function result(z: C): PyComplex {
  if (errno !== 0) mathError();
  return new PyComplex(z.re, z.im);
}

const fns: PyBuiltinFunction[] = [];
function def(name: string, sig: string | number, fn: (...args: any[]) => PyValue): void {
  fns.push(defFunction(name, sig, fn, 'cmath'));
}

const COMPLEX_FUNCTIONS: Record<string, (z: C) => C> = {
  acos: cAcos,
  acosh: cAcosh,
  asin: viaI(cAsinh),
  asinh: cAsinh,
  atan: viaI(cAtanh),
  atanh: cAtanh,
  cos: (z) => cCosh({ re: -z.im, im: z.re }),
  cosh: cCosh,
  exp: cExp,
  log10: cLog10,
  sin: viaI(cSinh),
  sinh: cSinh,
  sqrt: cSqrt,
  tan: viaI(cTanh),
  tanh: cTanh,
};
for (const [name, f] of Object.entries(COMPLEX_FUNCTIONS)) {
  def(name, 1, (v: PyValue) => {
    const z = toComplex(v);
    errno = 0;
    return result(f(z));
  });
}

def('log', '(z, base=<unrepresentable>, /)', (zv: PyValue, base?: PyValue) => {
  const z = toComplex(zv);
  errno = 0;
  let r = cLog(z);
  if (base !== undefined) {
    const b = toComplex(base);
    r = quot(r, cLog(b));
  }
  return result(r);
});

def('phase', 1, (v: PyValue) => {
  const z = toComplex(v);
  const phi = atan2(z.im, z.re);
  // glibc's atan2 sets errno = ERANGE when a nonzero y/x underflows to 0, and phase checks it.
  if (phi === 0 && z.im !== 0 && Number.isFinite(z.re)) throw overflowError('math range error');
  return new PyFloat(phi);
});

def('polar', 1, (v: PyValue) => {
  const z = toComplex(v);
  errno = 0;
  const phi = atan2(z.im, z.re);
  const r = cAbs(z);
  if (errno !== 0) mathError();
  return newTuple([new PyFloat(r), new PyFloat(phi)]);
});

def('rect', 2, (r: PyValue, phi: PyValue) => {
  const rd = realAsDouble(r);
  return result(rect(rd, realAsDouble(phi)));
});

def('isfinite', 1, (v: PyValue) => finite(toComplex(v)));
def('isnan', 1, (v: PyValue) => {
  const z = toComplex(v);
  return Number.isNaN(z.re) || Number.isNaN(z.im);
});
def('isinf', 1, (v: PyValue) => {
  const z = toComplex(v);
  return isinf(z.re) || isinf(z.im);
});

def('isclose', '(a, b, *, rel_tol=1e-09, abs_tol=0.0)', (av: PyValue, bv: PyValue, relv?: PyValue, absv?: PyValue) => {
  const a = toComplex(av);
  const b = toComplex(bv);
  const rel = relv === undefined ? 1e-9 : realAsDouble(relv);
  const abs = absv === undefined ? 0 : realAsDouble(absv);
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (a.re === b.re && a.im === b.im) return true;
  if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) return false;
  const diff = hypot(a.re - b.re, a.im - b.im);
  return diff <= rel * hypot(b.re, b.im) || diff <= rel * hypot(a.re, a.im) || diff <= abs;
});

registerModule('cmath', () => {
  const m = newModule('cmath', 'This module provides access to mathematical functions for complex\nnumbers.');
  for (const f of fns) m.set(f.name, f);
  m.set('pi', new PyFloat(Math.PI));
  m.set('e', new PyFloat(Math.E));
  m.set('tau', new PyFloat(2 * Math.PI));
  m.set('inf', new PyFloat(Infinity));
  m.set('infj', new PyComplex(0, Infinity));
  m.set('nan', new PyFloat(NaN));
  m.set('nanj', new PyComplex(0, NaN));
  return m;
});
