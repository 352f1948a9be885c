// `pytier [--tier=interp|jit|auto] FILE.py [args…]` and `pytier -c CODE [args…]`: run a
// program like `python3` does — same stdout, the same traceback on stderr, CPython's exit
// statuses (0, 1 for an uncaught exception, SystemExit's code, 2 for usage errors).
//
// The program runs in a worker thread with a large stack: the interpreter runs a Python
// call as nested JS calls, and Node's main-thread stack (~1 MB) holds only ~550 Python
// frames, short of CPython's default recursion limit of 1000.
import * as fs from 'node:fs';
import { Worker, isMainThread } from 'node:worker_threads';
import { READ_REQUEST, newStdinBuffers, stdinServer } from './stdin-channel.js';
import { type Outcome, type WorkerData, runInThisThread } from './run-here.js';

/** Stack of the worker that runs the program (MB): room for sys.setrecursionlimit(10**4). */
const STACK_MB = 64;

/** The worker's entry. In the bundle (dist/bundle/chunks/…), the loader of the CommonJS build
 * beside it, which compiles with V8's code cache (worker-loader.ts); from tsc's per-module
 * output, where no such build sits beside, the ES module. */
function workerEntry(): URL {
  const loader = new URL('../worker/loader.cjs', import.meta.url);
  return fs.existsSync(loader) ? loader : new URL('./worker-start.js', import.meta.url);
}

export async function main(args: string[]): Promise<number> {
  if (!isMainThread) return (await runInThisThread(args, null, null)).code;
  // Ctrl-C reaches this thread; the interpreter in the worker polls the shared flag
  // (src/runtime/interrupt.ts) and raises KeyboardInterrupt, as CPython's signal handler
  // does; a worker waiting for stdin is woken.
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const stdinBuffers = newStdinBuffers();
  const stdin = stdinServer(stdinBuffers);
  const onSigint = () => {
    Atomics.store(flag, 0, 1);
    stdin.interrupt();
  };
  process.on('SIGINT', onSigint);
  const data: WorkerData = { args, interruptFlag: flag, stdinBuffers };
  const worker = new Worker(workerEntry(), {
    argv: [],
    workerData: data,
    resourceLimits: { stackSizeMb: STACK_MB },
    stdout: false,
    stderr: false,
  });
  const outcome = await new Promise<Outcome>((resolve, reject) => {
    let reported: Outcome | undefined;
    worker.on('message', (m: Outcome | typeof READ_REQUEST) => {
      if (m === READ_REQUEST) stdin.serve();
      else reported = m;
    });
    worker.on('error', reject);
    worker.on('exit', (exitCode) => resolve(reported ?? { code: exitCode === 0 ? 0 : 70 }));
  }).finally(() => {
    process.off('SIGINT', onSigint);
    stdin.close();
  });
  if (outcome.signal === 'SIGINT' && process.platform !== 'win32') process.kill(process.pid, 'SIGINT');
  return outcome.code;
}

