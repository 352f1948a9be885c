// Hand-written JavaScript version of ../shared/perf/bm_fannkuch.py (same algorithm, same
// result): the V8 ceiling for this program. Protocol: see bench/harness/js-runner.ts.

function fannkuch(n) {
  const count = Array.from({ length: n }, (_, i) => i + 1);
  let maxFlips = 0;
  const m = n - 1;
  let r = n;
  let perm1 = Array.from({ length: n }, (_, i) => i);
  for (;;) {
    while (r !== 1) {
      count[r - 1] = r;
      r -= 1;
    }
    if (perm1[0] !== 0 && perm1[m] !== m) {
      const perm = perm1.slice();
      let flips = 0;
      let k = perm[0];
      while (k) {
        // perm[:k+1] = perm[k::-1]
        for (let i = 0, j = k; i < j; i++, j--) {
          const t = perm[i];
          perm[i] = perm[j];
          perm[j] = t;
        }
        flips += 1;
        k = perm[0];
      }
      if (flips > maxFlips) maxFlips = flips;
    }
    for (;;) {
      if (r === n) return maxFlips;
      // perm1.insert(r, perm1.pop(0))
      const first = perm1.shift();
      perm1.splice(r, 0, first);
      count[r] -= 1;
      if (count[r] > 0) break;
      r += 1;
    }
  }
}

export const bm_params = [
  [[32, 10], [3]],
  [[50, 10], [5]],
  [[100, 10], [6]],
  [[500, 10], [7]],
  [[1000, 10], [8]],
  [[5000, 10], [9]],
];

export function bm_setup(params) {
  let state = null;
  return [() => (state = fannkuch(params[0])), () => [params[0], String(state)]];
}
