// Test fixture: the correct JavaScript version of tiny_loop.py.
export const bm_params = [
  [[10, 10], [200]],
  [[100, 100], [2000]],
];

export function bm_setup([n]) {
  let state = 0;
  const run = () => {
    state = 0;
    for (let i = 0; i < n; i++) state += i * i;
  };
  return [run, () => [n, String(state)]];
}
