// Hand-written JavaScript version of bench/programs/int_loop.py (same computation, same result).

function sieve(limit) {
  const flags = new Uint8Array(limit + 1).fill(1);
  flags[0] = flags[1] = 0;
  for (let i = 2; i * i <= limit; i++) {
    if (flags[i]) for (let j = i * i; j <= limit; j += i) flags[j] = 0;
  }
  let count = 0;
  for (let i = 0; i <= limit; i++) count += flags[i];
  return count;
}

function longestCollatz(limit) {
  let best = 0;
  let bestStart = 1;
  for (let start = 1; start < limit; start++) {
    // Plain arithmetic, not bit operators: chain values pass 2**31.
    let n = start;
    let steps = 0;
    while (n !== 1) {
      n = n % 2 === 1 ? 3 * n + 1 : n / 2;
      steps++;
    }
    if (steps > best) {
      best = steps;
      bestStart = start;
    }
  }
  return [bestStart, best];
}

export const bm_params = [
  [[32, 10], [2000, 500]],
  [[100, 10], [20000, 2000]],
  [[1000, 10], [200000, 10000]],
  [[5000, 10], [1000000, 50000]],
];

export function bm_setup([sieveLimit, collatzLimit]) {
  let state = null;
  const run = () => {
    state = [sieve(sieveLimit), longestCollatz(collatzLimit)];
  };
  return [run, () => [sieveLimit, `(${state[0]}, (${state[1].join(', ')}))`]];
}
