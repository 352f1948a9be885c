// Hand-written JavaScript version of ../shared/perf/bm_nqueens.py: brute-force N-Queens over
// a generator of permutations (same algorithm, same result).

function* permutations(pool) {
  const n = pool.length;
  const r = n;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield indices.slice(0, r).map((i) => pool[i]);
  while (n) {
    let done = true;
    for (let i = r - 1; i >= 0; i--) {
      cycles[i] -= 1;
      if (cycles[i] === 0) {
        const moved = indices[i];
        indices.splice(i, 1);
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        yield indices.slice(0, r).map((k) => pool[k]);
        done = false;
        break;
      }
    }
    if (done) return;
  }
}

function* nQueens(count) {
  const cols = Array.from({ length: count }, (_, i) => i);
  for (const vec of permutations(cols)) {
    const sums = new Set(cols.map((i) => vec[i] + i));
    const diffs = new Set(cols.map((i) => vec[i] - i));
    if (sums.size === count && diffs.size === count) yield vec;
  }
}

export const bm_params = [
  [[32, 10], [1, 5]],
  [[100, 25], [1, 6]],
  [[1000, 100], [1, 7]],
  [[5000, 100], [1, 8]],
];

export function bm_setup(params) {
  let res = null;
  const run = () => {
    for (let k = 0; k < params[0]; k++) res = [...nQueens(params[1])].length;
  };
  return [run, () => [params[0] * 10 ** (params[1] - 3), String(res)]];
}
