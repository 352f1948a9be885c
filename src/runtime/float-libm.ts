// libm functions whose last bit must match glibc's (CPython calls glibc): V8's Math.pow is off
// by an ulp in ~10% of fractional-exponent cases and Math.hypot is not correctly rounded,
// which shows in printed results. Both are computed here in double-double arithmetic
// (~2^-100 relative error) and rounded once, i.e. correctly rounded in practice, as glibc is.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function split(a: number): DD {
  const c = 134217729 * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return quickTwoSum(s, e + x[1] + y[1]);
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function mul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return quickTwoSum(p, e + x[0] * y[1] + x[1] * y[0]);
}

function div(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = add(x, mul(y, [-q1, 0]));
  const q2 = r[0] / y[0];
  const r2 = add(r, mul(y, [-q2, 0]));
  const q3 = r2[0] / y[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const SERIES_TERMS = 24;
/** 1/(2n+1) as double-doubles, for the atanh series. */
const ODD_RECIPROCALS: DD[] = Array.from({ length: SERIES_TERMS }, (_, n) => div([1, 0], [2 * n + 1, 0]));

/** log(x) for finite x > 0, as a double-double. */
function logDD(x: number): DD {
  // x = m * 2^k with m in [sqrt(1/2), sqrt(2)); subnormals are scaled up first.
  let k = 0;
  if (x < 2 ** -1000) {
    x *= 2 ** 100;
    k = -100;
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  k += ((view.getUint16(0) >>> 4) & 0x7ff) - 1023;
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1023 << 4));
  let m = view.getFloat64(0);
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1); m-1 is exact here.
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let acc = ODD_RECIPROCALS[SERIES_TERMS - 1]!;
  for (let n = SERIES_TERMS - 2; n >= 0; n--) acc = add(mul(acc, s2), ODD_RECIPROCALS[n]!);
  const logM = mul(mul(s, acc), [2, 0]);
  return add(mul(LN2, [k, 0]), logM);
}

const EXP_SCALE = 10;
const EXP_TERMS = 10;
const FACTORIAL_RECIPROCALS: DD[] = [];
{
  let f: DD = [1, 0];
  for (let n = 1; n <= EXP_TERMS + 1; n++) {
    f = div(f, [n, 0]);
    FACTORIAL_RECIPROCALS.push(f);
  }
}

/** exp(t) rounded to a double (t a double-double). */
function expDD(t: DD): number {
  if (t[0] > 710) return Infinity;
  if (t[0] < -746) return 0;
  const n = Math.round(t[0] / LN2[0]);
  const r = add(t, mul(LN2, [-n, 0]));
  const rs: DD = [r[0] / 2 ** EXP_SCALE, r[1] / 2 ** EXP_SCALE];
  // exp(rs) - 1 by Taylor (Horner), then squared back: (1+e)^2 - 1 = 2e + e^2.
  let acc = FACTORIAL_RECIPROCALS[EXP_TERMS]!;
  for (let k = EXP_TERMS - 1; k >= 0; k--) acc = add(mul(acc, rs), FACTORIAL_RECIPROCALS[k]!);
  let em1 = mul(acc, rs);
  for (let i = 0; i < EXP_SCALE; i++) em1 = add(mul(em1, [2, 0]), mul(em1, em1));
  const value = add([1, 0], em1);
  // Scale by 2^n in two exact-or-once-rounded steps (2^n alone may not be representable).
  const v = value[0] + value[1];
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** (n + 100) * 2 ** -100;
  return v * 2 ** n;
}

/** x ** y for finite x > 0 and finite y. */
export function powPositive(x: number, y: number): number {
  const log = logDD(x);
  // Far outside the range the double-double products would overflow: decide directly.
  const rough = log[0] * y;
  if (rough > 800) return Infinity;
  if (rough < -800) return 0;
  return expDD(mul(log, [y, 0]));
}

/** hypot(x, y), correctly rounded (glibc >= 2.35 is). */
export function hypot(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (a === Infinity || b === Infinity) return Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a < b) [a, b] = [b, a];
  if (b === 0) return a;
  // Scale by a power of two so the squares neither overflow nor lose bits to underflow.
  const e = Math.floor(Math.log2(a));
  const scale = e > 500 ? 2 ** -600 : e < -500 ? 2 ** 600 : 1;
  a *= scale;
  b *= scale;
  const sum = add(twoProd(a, a), twoProd(b, b));
  const r = Math.sqrt(sum[0]);
  // One Newton step on the double-double square: r + (sum - r^2) / (2r).
  const residual = add(sum, mul([-r, 0], [r, 0]));
  const root = quickTwoSum(r, residual[0] / (2 * r));
  return (root[0] + root[1]) / scale;
}
