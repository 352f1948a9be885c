// Entry point of `npm run bench`; `pytier bench` reaches the same harness through src/cli.
import { runBench } from './harness/run-bench.js';

const args = process.argv.slice(2);
const invokedAs = process.env.npm_lifecycle_event === 'bench' ? `npm run bench${args.length > 0 ? ' --' : ''}` : 'node dist/bench/main.js';

runBench(args, invokedAs).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
