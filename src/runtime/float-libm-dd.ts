// The accurate path of float-libm: everything in double-double arithmetic (~2^-100 relative
// error), rounded once. It is slow (small arrays at every step, 24-28 term series), so
// float-libm.ts only comes here when its fast path cannot decide the rounding, and at start-up
// to build the fast path's tables.

export type DD = [number, number];

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

export function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return quickTwoSum(s, e + x[1] + y[1]);
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

export function mul(x: DD, y: DD): DD {
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

export const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const SERIES_TERMS = 24;
/** 1/(2n+1) as double-doubles, for the atanh series. */
const ODD_RECIPROCALS: DD[] = Array.from({ length: SERIES_TERMS }, (_, n) => div([1, 0], [2 * n + 1, 0]));

/** log(x) for finite x > 0, as a double-double. */
export function logDD(x: number): DD {
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

/** exp(r) for |r| <= ln2/2, as a double-double. */
export function expSmallDD(r: DD): DD {
  const rs: DD = [r[0] / 2 ** EXP_SCALE, r[1] / 2 ** EXP_SCALE];
  // exp(rs) - 1 by Taylor (Horner), then squared back: (1+e)^2 - 1 = 2e + e^2.
  let acc = FACTORIAL_RECIPROCALS[EXP_TERMS]!;
  for (let k = EXP_TERMS - 1; k >= 0; k--) acc = add(mul(acc, rs), FACTORIAL_RECIPROCALS[k]!);
  let em1 = mul(acc, rs);
  for (let i = 0; i < EXP_SCALE; i++) em1 = add(mul(em1, [2, 0]), mul(em1, em1));
  return add([1, 0], em1);
}

/** exp(t) rounded to a double (t a double-double). */
function expDD(t: DD): number {
  if (t[0] > 710) return Infinity;
  if (t[0] < -746) return 0;
  const n = Math.round(t[0] / LN2[0]);
  const value = expSmallDD(add(t, mul(LN2, [-n, 0])));
  // A subnormal result has fewer bits: round the double-double once, onto its grid.
  const v = n <= -1022 ? roundToGrid(value[0], value[1], 2 ** (-1074 - n)) : value[0] + value[1];
  // Scale by 2^n in two exact steps (2^n alone may not be representable).
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** (n + 100) * 2 ** -100;
  return v * 2 ** n;
}

/** hi + lo (0 < hi < 2, |lo| <= ulp(hi)) rounded to a multiple of grid, a power of two
 * >= 2^-52, ties to even. */
function roundToGrid(hi: number, lo: number, grid: number): number {
  // hi + c has ulp = grid, so s = RN(hi + c) is hi rounded to the grid; t = hi + c − s exactly.
  const c = grid * 2 ** 52;
  const [s, t] = twoSum(hi, c);
  const rest = t + lo;
  const half = grid / 2;
  let v = s - c;
  if (rest > half || (rest === half && (v / grid) % 2 === 1)) v += grid;
  else if (rest < -half || (rest === -half && (v / grid) % 2 === 1)) v -= grid;
  return v;
}

/** x ** y for finite x > 0 and finite y. */
export function powDD(x: number, y: number): number {
  const log = logDD(x);
  // Far outside the range the double-double products would overflow: decide directly.
  const rough = log[0] * y;
  if (rough > 800) return Infinity;
  if (rough < -800) return 0;
  return expDD(mul(log, [y, 0]));
}

/** exp(x) for finite x. */
export function expAccurate(x: number): number {
  return expDD([x, 0]);
}

// π/2 as a sum of three doubles (~160 bits): argument reduction stays exact enough for
// |x| < 2^40 (the closest a double comes to a multiple of π/2 is ~2^-61 relative).
export const PIO2: readonly [number, number, number] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];
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
export function sinCosReduced(r: DD, odd: boolean): DD {
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
export function sinCosDD(x: number): [DD, DD] {
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

/** tan(x) for 2^-27 <= |x| < 2^40. */
export function tanDD(x: number): number {
  const [s, c] = sinCosDD(x);
  const v = div(s, c);
  return v[0] + v[1] || 0 * x;
}

/** atan2(y, x) for finite nonzero x, y whose V8 estimate t is in [2^-27, 2^40): one Newton
 * step on y·cos θ − x·sin θ = 0 in double-double (doubling t's ~53 correct bits). */
export function atan2DD(y: number, x: number, t: number): number {
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
