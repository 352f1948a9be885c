#!/usr/bin/env node
// Interpreter vs CPython on ../shared/perf: runs each program (benchrun.py's in-process
// timer, `bm_run(N, M)`) under python3 and under pytier (best of R runs each), checks that
// NORM/RESULT match, prints each ratio and the geometric mean. With --feedback it also runs
// pytier with PYTIER_FEEDBACK=0 and reports the cost of the profiling bookkeeping.
// usage: node scripts/perf-ratio.mjs [--n 1000] [--runs 3] [--feedback] [--cli dist/src/cli.js] [names...]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const N = Number(opt('--n', '1000'));
const RUNS = Number(opt('--runs', '3'));
const feedback = args.includes('--feedback');
const cli = path.resolve(opt('--cli', path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist/src/cli.js')));

const names = args.filter((a) => !a.startsWith('--'));
const perfDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../shared/perf');
const programs = (names.length ? names : fs.readdirSync(perfDir).filter((f) => /^(bm|misc|core)_.*\.py$/.test(f)).map((f) => f.slice(0, -3)));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pytier-perf-'));

function run(cmd, argv, env) {
  try {
    const out = execFileSync(cmd, argv, { env: { ...process.env, ...env }, timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim().split('\n').pop();
    const [us, norm, result] = out.split(' ');
    return { us: Number(us), check: `${norm} ${result}` };
  } catch (e) {
    return { us: NaN, check: `error: ${String(e.stderr ?? e.message).trim().split('\n').pop()}` };
  }
}
function best(cmd, argv, env) {
  let b = null;
  for (let i = 0; i < RUNS; i++) {
    const r = run(cmd, argv, env);
    if (b === null || !(r.us >= b.us)) b = r;
  }
  return b;
}

const ratios = [];
const costs = [];
console.log(`program            cpython_us   pytier_us   ratio${feedback ? '   no-feedback_us  feedback cost' : ''}`);
for (const name of programs) {
  const file = path.join(tmp, `${name}.py`);
  fs.writeFileSync(file, fs.readFileSync(path.join(perfDir, `${name}.py`), 'utf8') + fs.readFileSync(path.join(perfDir, 'benchrun.py'), 'utf8') + `\nbm_run(${N}, 1000)\n`);
  const py = best('python3', [file], {});
  const pt = best('node', [cli, file], {});
  let line = `${name.padEnd(18)} ${String(py.us).padStart(10)} ${String(pt.us).padStart(11)}`;
  if (py.check !== pt.check || !(pt.us > 0)) {
    console.log(`${line}   (skipped: pytier ${pt.check} vs cpython ${py.check})`);
    continue;
  }
  const ratio = pt.us / py.us;
  ratios.push(ratio);
  line += `   ${ratio.toFixed(2).padStart(5)}`;
  if (feedback) {
    const nf = best('node', [cli, file], { PYTIER_FEEDBACK: '0' });
    const cost = pt.us / nf.us - 1;
    costs.push(pt.us / nf.us);
    line += `   ${String(nf.us).padStart(14)}  ${(cost * 100).toFixed(1).padStart(6)}%`;
  }
  console.log(line);
}
const geo = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
console.log(`geomean ratio (pytier / cpython) over ${ratios.length} programs: ${geo(ratios).toFixed(2)}`);
if (feedback && costs.length) console.log(`geomean feedback cost: ${((geo(costs) - 1) * 100).toFixed(1)}%`);
