// Per-call time of each float-libm function: `node scripts/bench-libm.mjs [module.js] [calls]` (default: dist/src/runtime/float-libm.js after tsc, 200 000 calls, best of 5 rounds).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const modulePath = resolve(process.argv[2] ?? 'dist/src/runtime/float-libm.js');
const calls = Number(process.argv[3] ?? 200_000);
const libm = await import(pathToFileURL(modulePath).href);

// Arguments like the programs' (bm_float calls sin(i), cos(i) for i < 15 000; ** on ordinary floats).
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const xs = Float64Array.from({ length: 4096 }, () => rand() * 20000 - 10000);
const ps = Float64Array.from({ length: 4096 }, () => rand() * 100 + 1e-3);
const qs = Float64Array.from({ length: 4096 }, () => rand() * 8 - 4);
const es = Float64Array.from({ length: 4096 }, () => rand() * 100 - 50);

const cases = {
  sin: (i) => libm.sin(xs[i]),
  cos: (i) => libm.cos(xs[i]),
  sinCos: (i) => libm.sinCos(xs[i])[0],
  tan: (i) => libm.tan(xs[i]),
  atan2: (i) => libm.atan2(qs[i], es[i]),
  exp: (i) => libm.exp(es[i]),
  log: (i) => libm.log(ps[i]),
  pow: (i) => libm.powPositive(ps[i], qs[i]),
  hypot: (i) => libm.hypot(es[i], qs[i]),
};

for (const [name, f] of Object.entries(cases)) {
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    for (let n = 0; n < calls; n++) sink += f(n & 4095);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / calls);
  }
  if (Number.isNaN(sink)) console.log('(nan sink)');
  console.log(`${name.padEnd(7)} ${best.toFixed(1).padStart(7)} ns/call`);
}
