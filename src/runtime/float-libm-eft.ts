// Error-free transformations for float-libm's fast paths, allocation-free: each returns the
// rounded result and leaves the exact error in `low[0]` (a typed-array slot, because a
// module-level `let` holding a double boxes it on every write and costs 3x).

export const low = new Float64Array(2);

const SPLITTER = 134217729; // 2^27 + 1: Dekker's split into two 26-bit halves

/** a * b; the exact error in low[0] (|a*b| < 2^996). */
export function twoProd(a: number, b: number): number {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  low[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** a + b; the exact error in low[0]. */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  low[0] = a - (s - bb) + (b - bb);
  return s;
}

/** a + b for |a| >= |b| (or a = 0); the exact error in low[0]. */
export function fastTwoSum(a: number, b: number): number {
  const s = a + b;
  low[0] = b - (s - a);
  return s;
}

/** hi + lo rounded to a double if every real within err of hi + lo rounds to the same double
 * (so the true value does, whatever it is), else NaN: the caller then takes the accurate path.
 * err must also cover the rounding of lo ± err (2^-104 |hi| is plenty). */
export function roundedOrNaN(hi: number, lo: number, err: number): number {
  const up = hi + (lo + err);
  return up === hi + (lo - err) ? up : NaN;
}
