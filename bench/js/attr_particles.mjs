// Hand-written JavaScript version of bench/programs/attr_particles.py (same computation, same
// result).

class Particle {
  constructor(x, y, vx, vy) {
    this.x = x;
    this.y = y;
    this.vx = vx;
    this.vy = vy;
    this.bounces = 0;
  }

  step(width, height) {
    this.x += this.vx;
    this.y += this.vy;
    if (this.x < 0 || this.x >= width) {
      this.vx = -this.vx;
      this.x += 2 * this.vx;
      this.bounces += 1;
    }
    if (this.y < 0 || this.y >= height) {
      this.vy = -this.vy;
      this.y += 2 * this.vy;
      this.bounces += 1;
    }
  }
}

class HeavyParticle extends Particle {
  constructor(x, y, vx, vy, mass) {
    super(x, y, vx, vy);
    this.mass = mass;
  }

  step(width, height) {
    super.step(width, height);
    this.vy += this.mass;
  }

  get momentum() {
    return this.mass * (Math.abs(this.vx) + Math.abs(this.vy));
  }
}

function simulate(count, steps) {
  const width = 1000;
  const height = 700;
  const particles = [];
  for (let i = 0; i < count; i++) {
    const vx = i % 7 - 3 || 1;
    const vy = i % 5 - 2 || 1;
    if (i % 3 === 0) particles.push(new HeavyParticle((i * 37) % width, (i * 91) % height, vx, vy, i % 2));
    else particles.push(new Particle((i * 37) % width, (i * 91) % height, vx, vy));
  }
  for (let s = 0; s < steps; s++) for (const p of particles) p.step(width, height);
  let bounces = 0;
  let checksum = 0;
  let momentum = 0;
  for (const p of particles) {
    bounces += p.bounces;
    checksum += p.x * 3 + p.y;
    if (p instanceof HeavyParticle) momentum += p.momentum;
  }
  return [bounces, checksum, momentum];
}

export const bm_params = [
  [[32, 10], [20, 50]],
  [[100, 10], [50, 100]],
  [[1000, 10], [300, 600]],
  [[5000, 10], [600, 1500]],
];

export function bm_setup([count, steps]) {
  let state = null;
  const run = () => {
    state = simulate(count, steps);
  };
  return [run, () => [count * steps, `(${state.join(', ')})`]];
}
