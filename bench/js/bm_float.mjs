// Hand-written JavaScript version of ../shared/perf/bm_float.py (same algorithm, same result).

class Point {
  constructor(i) {
    const x = Math.sin(i);
    this.x = x;
    this.y = Math.cos(i) * 3;
    this.z = (x * x) / 2;
  }

  normalize() {
    const { x, y, z } = this;
    const norm = Math.sqrt(x * x + y * y + z * z);
    this.x /= norm;
    this.y /= norm;
    this.z /= norm;
  }

  maximize(other) {
    this.x = this.x > other.x ? this.x : other.x;
    this.y = this.y > other.y ? this.y : other.y;
    this.z = this.z > other.z ? this.z : other.z;
    return this;
  }
}

function benchmark(n) {
  const points = new Array(n);
  for (let i = 0; i < n; i++) points[i] = new Point(i);
  for (const p of points) p.normalize();
  let next = points[0];
  for (let i = 1; i < n; i++) next = next.maximize(points[i]);
  return next;
}

export const bm_params = [
  [[50, 25], [1, 150]],
  [[100, 100], [1, 250]],
  [[1000, 1000], [10, 1500]],
  [[5000, 1000], [20, 3000]],
];

export function bm_setup(params) {
  let state = null;
  const run = () => {
    for (let k = 0; k < params[0]; k++) state = benchmark(params[1]);
  };
  const result = () => [params[0] * params[1], `Point(${state.x.toFixed(4)}, ${state.y.toFixed(4)}, ${state.z.toFixed(4)})`];
  return [run, result];
}
