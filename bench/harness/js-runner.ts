// Runs a hand-written JavaScript version of a benchmark with benchrun.py's protocol:
//   node js-runner.js MODULE.mjs N M ITERATIONS
// MODULE exports bm_params (an array of [[N, M], params]) and bm_setup(params) returning
// [run, result], where result() returns [norm, text] and text is what Python's print would
// show for the program's result. Each iteration picks the size class as benchrun.py does,
// calls bm_setup afresh, times run() alone and prints "MICROSECONDS NORM RESULT".
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

type Setup = (params: unknown) => [() => void, () => [unknown, string]];

interface JsBenchmark {
  readonly bm_params: [[number, number], unknown][];
  readonly bm_setup: Setup;
}

/** benchrun.py's choice: the largest size class with 10*N' <= 12*N and M' <= M. */
function pickParams(classes: JsBenchmark['bm_params'], n: number, m: number): unknown {
  let best: [number, number] = [0, 0];
  let param: unknown;
  let found = false;
  for (const [nm, p] of classes) {
    const larger = nm[0] > best[0] || (nm[0] === best[0] && nm[1] > best[1]);
    if (10 * nm[0] <= 12 * n && nm[1] <= m && larger) {
      best = nm;
      param = p;
      found = true;
    }
  }
  if (!found) throw new Error(`no size class for N=${n} M=${m}`);
  return param;
}

async function main(argv: string[]): Promise<void> {
  const [modulePath, nText, mText, iterationsText] = argv;
  const benchmark = (await import(pathToFileURL(modulePath).href)) as JsBenchmark;
  const param = pickParams(benchmark.bm_params, Number(nText), Number(mText));
  const lines: string[] = [];
  for (let i = 0; i < Number(iterationsText); i++) {
    const [run, result] = benchmark.bm_setup(param);
    const t0 = performance.now();
    run();
    const t1 = performance.now();
    const [norm, text] = result();
    lines.push(`${Math.round((t1 - t0) * 1000)} ${String(norm)} ${text}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`js-runner: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
