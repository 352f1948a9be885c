// The deterministic PRNG every generated-case test uses (mulberry32: tiny, fast, well
// spread), so a seed gives the same cases on every machine.
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random choices drawn from one generator: what the program generators build on. */
export class Draw {
  constructor(protected readonly r: () => number) {}

  /** An int in [0, n). */
  protected int(n: number): number {
    return Math.floor(this.r() * n);
  }
  protected pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  protected chance(p: number): boolean {
    return this.r() < p;
  }
}
