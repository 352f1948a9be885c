// Hand-written JavaScript version of bench/programs/calls_fib.py (same computation, same result).

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}

function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}

function scaled(x, factor = 3, offset = 0) {
  return x * factor + offset;
}

function callMix(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += scaled(i) + scaled(i, 2) + scaled(i, 3, 1) + scaled(i, 5, -1);
  }
  return total;
}

export const bm_params = [
  [[32, 10], [12, 50, 500]],
  [[100, 10], [16, 100, 2000]],
  [[1000, 10], [25, 300, 40000]],
  [[5000, 10], [28, 400, 200000]],
];

export function bm_setup([depth, parityN, mixN]) {
  let state = null;
  const run = () => {
    let evens = 0;
    for (let k = 0; k < parityN; k++) if (isEven(k)) evens++;
    state = [fib(depth), evens, callMix(mixN)];
  };
  return [run, () => [depth, `(${state.join(', ')})`]];
}
