// libm functions whose last bit must match glibc's (CPython calls glibc, whose pow, exp, log,
// sin, cos are correctly rounded in practice): V8's Math.pow/exp/log/sin/cos/hypot differ
// from glibc by an ulp in 2-10% of arguments, which shows in printed results. These are
// computed in double-double arithmetic (~2^-100 relative error) and rounded once.
// test/runtime/float-libm.test.ts measures the agreement with python3.

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

/** exp(x), correctly rounded in practice: equal to glibc's in 99.9% of cases, where V8's
 * Math.exp differs in ~10% (measured on 20 000 random arguments). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  return expDD([x, 0]);
}

/** log(x) for x > 0 finite (the caller handles domain errors, 0, inf and nan): equal to
 * glibc's in 99.99% of cases, V8's Math.log in ~98%. */
export function log(x: number): number {
  const r = logDD(x);
  return r[0] + r[1];
}

// π/2 as a sum of three doubles (~160 bits): argument reduction stays exact enough for
// |x| < 2^40 (the closest a double comes to a multiple of π/2 is ~2^-61 relative).
const PIO2: readonly number[] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];
const TRIG_TERMS = 28;
/** (-1)^k / k! for k = 0..TRIG_TERMS, as double-doubles. */
const TAYLOR: DD[] = [];
{
  let f: DD = [1, 0];
  TAYLOR.push(f);
  for (let k = 1; k <= TRIG_TERMS; k++) {
    f = div(f, [k, 0]);
    TAYLOR.push(k % 4 >= 2 ? [-f[0], -f[1]] : f);
  }
}

/** sin(r) (odd = true) or cos(r) for |r| <= π/4, r a double-double: Taylor series in r². */
function sinCosReduced(r: DD, odd: boolean): DD {
  const r2 = mul(r, r);
  // sin: Σ (-1)^j r^(2j+1)/(2j+1)!, cos: Σ (-1)^j r^(2j)/(2j)!; the signs are folded into TAYLOR.
  const first = odd ? 1 : 0;
  let acc: DD = [0, 0];
  for (let k = TRIG_TERMS - ((TRIG_TERMS - first) % 2); k >= first; k -= 2) {
    const c = TAYLOR[k]!;
    const term: DD = (k >> 1) % 2 === 0 ? [Math.abs(c[0]), c[0] < 0 ? -c[1] : c[1]] : [-Math.abs(c[0]), c[0] < 0 ? c[1] : -c[1]];
    acc = add(mul(acc, r2), term);
  }
  return odd ? mul(acc, r) : acc;
}

/** [sin(x), cos(x)] as double-doubles for 2^-27 <= |x| < 2^40 (reduction by k·π/2). */
function sinCosDD(x: number): [DD, DD] {
  const k = Math.round(x * 0.6366197723675814);
  let r: DD = [x, 0];
  for (const p of PIO2) r = add(r, mul([-k, 0], [p, 0]));
  const s = sinCosReduced(r, true);
  const c = sinCosReduced(r, false);
  const neg = (v: DD): DD => [-v[0], -v[1]];
  switch (((k % 4) + 4) % 4) {
    case 0:
      return [s, c];
    case 1:
      return [c, neg(s)];
    case 2:
      return [neg(s), neg(c)];
    default:
      return [neg(c), s];
  }
}

const inTrigRange = (x: number): boolean => Math.abs(x) >= 2 ** -27 && Math.abs(x) < 2 ** 40;

/** sin(x): equal to glibc's (correctly rounded) where V8's Math.sin differs in ~3%. */
export function sin(x: number): number {
  if (!inTrigRange(x)) return Math.sin(x);
  const v = sinCosDD(x)[0];
  return v[0] + v[1] || 0 * x;
}

export function cos(x: number): number {
  if (!inTrigRange(x)) return Math.cos(x);
  const v = sinCosDD(x)[1];
  return v[0] + v[1];
}

/** [sin(x), cos(x)] from one argument reduction: half the work of sin(x) and cos(x). */
export function sinCos(x: number): [number, number] {
  if (!inTrigRange(x)) return [Math.sin(x), Math.cos(x)];
  const [s, c] = sinCosDD(x);
  return [s[0] + s[1] || 0 * x, c[0] + c[1]];
}

export function tan(x: number): number {
  if (!inTrigRange(x)) return Math.tan(x);
  const [s, c] = sinCosDD(x);
  const v = div(s, c);
  return v[0] + v[1] || 0 * x;
}

/** atan2(y, x): V8's estimate refined by one Newton step on y·cos θ − x·sin θ = 0 in
 * double-double (doubling its ~53 correct bits). */
export function atan2(y: number, x: number): number {
  const t = Math.atan2(y, x);
  if (!Number.isFinite(y) || !Number.isFinite(x) || y === 0 || x === 0 || !inTrigRange(t)) return t;
  // atan2 ignores a common positive scale: bring the operands near 1 so products cannot overflow.
  const e = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
  const scale = 2 ** -Math.max(-1000, Math.min(1000, e));
  y *= scale;
  x *= scale;
  const [s, c] = sinCosDD(t);
  const f = add(mul([y, 0], c), mul([-x, 0], s));
  const df = add(mul([x, 0], c), mul([y, 0], s));
  const v = add([t, 0], div(f, df));
  return v[0] + v[1];
}

export function atan(x: number): number {
  return atan2(x, 1);
}
