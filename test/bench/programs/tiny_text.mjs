// Test fixture: a DELIBERATELY WRONG JavaScript version of tiny_text.py (it drops the last
// word), so the test sees the harness mark a system that prints a different result invalid.
export const bm_params = [
  [[10, 10], [50]],
  [[100, 100], [500]],
];

export function bm_setup([n]) {
  let state = [];
  const run = () => {
    state = Array.from({ length: n }, (_, i) => `w${i}`).slice(-3, -1);
  };
  return [run, () => [n, `[${state.map((w) => `'${w}'`).join(', ')}]`]];
}
