// Hand-written JavaScript version of bench/programs/float_nbody.py (same computation, same
// result).

const PI = 3.14159265358979323;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

const BODIES = [
  [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
  [4.8414314424647209, -1.16032004402742839, -1.03622044471123109e-1, 1.66007664274403694e-3 * DAYS_PER_YEAR,
    7.69901118419740425e-3 * DAYS_PER_YEAR, -6.90460016972063023e-5 * DAYS_PER_YEAR, 9.54791938424326609e-4 * SOLAR_MASS],
  [8.34336671824457987, 4.12479856412430479, -4.03523417114321381e-1, -2.76742510726862411e-3 * DAYS_PER_YEAR,
    4.99852801234917238e-3 * DAYS_PER_YEAR, 2.30417297573763929e-5 * DAYS_PER_YEAR, 2.85885980666130812e-4 * SOLAR_MASS],
  [1.2894369562139131e1, -1.51111514016986312e1, -2.23307578892655734e-1, 2.96460137564761618e-3 * DAYS_PER_YEAR,
    2.3784717395948095e-3 * DAYS_PER_YEAR, -2.96589568540237556e-5 * DAYS_PER_YEAR, 4.36624404335156298e-5 * SOLAR_MASS],
  [1.53796971148509165e1, -2.59193146099879641e1, 1.79258772950371181e-1, 2.68067772490389322e-3 * DAYS_PER_YEAR,
    1.62824170038242295e-3 * DAYS_PER_YEAR, -9.5159225451971587e-5 * DAYS_PER_YEAR, 5.15138902046611451e-5 * SOLAR_MASS],
];

function makeSystem() {
  const pos = BODIES.map((b) => [b[0], b[1], b[2]]);
  const vel = BODIES.map((b) => [b[3], b[4], b[5]]);
  const mass = BODIES.map((b) => b[6]);
  let px = 0;
  let py = 0;
  let pz = 0;
  for (let i = 0; i < mass.length; i++) {
    px += vel[i][0] * mass[i];
    py += vel[i][1] * mass[i];
    pz += vel[i][2] * mass[i];
  }
  vel[0][0] = -px / SOLAR_MASS;
  vel[0][1] = -py / SOLAR_MASS;
  vel[0][2] = -pz / SOLAR_MASS;
  return [pos, vel, mass];
}

function advance(pos, vel, mass, dt, steps) {
  const n = mass.length;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const pi = pos[i];
      const vi = vel[i];
      const mi = mass[i];
      for (let j = i + 1; j < n; j++) {
        const pj = pos[j];
        const vj = vel[j];
        const dx = pi[0] - pj[0];
        const dy = pi[1] - pj[1];
        const dz = pi[2] - pj[2];
        const d2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (d2 * d2 ** 0.5);
        const mj = mass[j] * mag;
        vi[0] -= dx * mj;
        vi[1] -= dy * mj;
        vi[2] -= dz * mj;
        const miMag = mi * mag;
        vj[0] += dx * miMag;
        vj[1] += dy * miMag;
        vj[2] += dz * miMag;
      }
    }
    for (let i = 0; i < n; i++) {
      const p = pos[i];
      const v = vel[i];
      p[0] += dt * v[0];
      p[1] += dt * v[1];
      p[2] += dt * v[2];
    }
  }
}

function energy(pos, vel, mass) {
  let e = 0;
  const n = mass.length;
  for (let i = 0; i < n; i++) {
    const v = vel[i];
    e += 0.5 * mass[i] * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    for (let j = i + 1; j < n; j++) {
      const dx = pos[i][0] - pos[j][0];
      const dy = pos[i][1] - pos[j][1];
      const dz = pos[i][2] - pos[j][2];
      e -= (mass[i] * mass[j]) / (dx * dx + dy * dy + dz * dz) ** 0.5;
    }
  }
  return e;
}

export const bm_params = [
  [[32, 10], [500]],
  [[100, 10], [2000]],
  [[1000, 10], [10000]],
  [[5000, 10], [100000]],
];

export function bm_setup([steps]) {
  let state = null;
  const run = () => {
    const [pos, vel, mass] = makeSystem();
    const before = energy(pos, vel, mass);
    advance(pos, vel, mass, 0.01, steps);
    state = `${before.toFixed(9)} ${energy(pos, vel, mass).toFixed(9)}`;
  };
  return [run, () => [steps, state]];
}
