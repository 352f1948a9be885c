// `pytier [--tier=interp|jit|auto] FILE.py [args…]` and `pytier -c CODE [args…]`: run a
// program like `python3` does — same stdout, the same traceback on stderr, CPython's exit
// statuses (0, 1 for an uncaught exception, SystemExit's code, 2 for usage errors).
//
// The program runs in a worker thread with a large stack: the interpreter runs a Python
// call as nested JS calls, and Node's main-thread stack (~1 MB) holds only ~550 Python
// frames, short of CPython's default recursion limit of 1000.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Tier } from '../api.js';
import { type StdinBuffers, READ_REQUEST, newStdinBuffers, stdinServer, channelLineReader, fdLineReader } from './stdin-channel.js';

/** Stack of the worker that runs the program (MB): room for sys.setrecursionlimit(10**4). */
const STACK_MB = 64;

const USAGE = 'usage: pytier [--tier=interp|jit|auto] FILE.py [args…] | -c CODE [args…]\n';

/** Write all of `text` to a file descriptor synchronously (pipes may be non-blocking). */
function writeFd(fd: number, text: string): void {
  let buf = Buffer.from(text, 'utf8');
  while (buf.length > 0) {
    try {
      const n = fs.writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/** What the worker reports: the exit status, and the signal to end with (as CPython ends
 * itself with SIGINT after an uncaught KeyboardInterrupt). */
interface Outcome {
  code: number;
  signal?: 'SIGINT';
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
  const worker = new Worker(new URL(import.meta.url), {
    argv: [],
    workerData: { args, interruptFlag: flag, stdinBuffers },
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

if (!isMainThread && parentPort !== null && (workerData as { args?: string[] } | null)?.args !== undefined) {
  const port = parentPort;
  const data = workerData as { args: string[]; interruptFlag: Int32Array; stdinBuffers: StdinBuffers };
  const interrupted = () => Atomics.load(data.interruptFlag, 0) !== 0;
  runInThisThread(data.args, data.interruptFlag, channelLineReader(data.stdinBuffers, port, interrupted)).then(
    (outcome) => port.postMessage(outcome),
    (err: unknown) => {
      process.stderr.write(`pytier: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      port.postMessage({ code: 70 });
    },
  );
}

async function runInThisThread(args: string[], interruptFlag: Int32Array | null, readLine: (() => string) | null): Promise<Outcome> {
  // The interpreter pauses long-running frames itself (interp/eval.ts SLICE_BACKEDGES), which
  // does what V8's on-stack replacement would, without its failure mode for an interpreter
  // loop. Set here, in the thread that runs Python, after Node's own start-up.
  v8.setFlagsFromString('--no-use-osr');
  let tier: Tier = 'auto';
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--tier=')) {
      const t = a.slice('--tier='.length);
      if (t !== 'interp' && t !== 'jit' && t !== 'auto') {
        process.stderr.write(`pytier: unknown tier '${t}' (expected interp, jit or auto)\n${USAGE}`);
        return { code: 2 };
      }
      tier = t;
    } else break;
  }
  if (tier === 'jit') {
    process.stderr.write('pytier: the JIT tier is not available yet; use --tier=interp or --tier=auto\n');
    return { code: 2 };
  }
  if (i >= args.length) {
    process.stderr.write(USAGE);
    return { code: 2 };
  }
  let source: string;
  let filename: string;
  let argv: string[];
  if (args[i] === '-c') {
    if (i + 1 >= args.length) {
      process.stderr.write(`Argument expected for the -c option\n${USAGE}`);
      return { code: 2 };
    }
    source = args[i + 1];
    filename = '<string>';
    argv = ['-c', ...args.slice(i + 2)];
  } else {
    filename = args[i];
    argv = args.slice(i);
    try {
      source = fs.readFileSync(filename, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : String(err.message);
      process.stderr.write(`pytier: can't open file ${JSON.stringify(path.resolve(filename))}: ${why}\n`);
      return { code: 2 };
    }
  }
  const { runProgram } = await import('../api.js');
  if (interruptFlag !== null) (await import('../../interp/index.js')).interrupt.flag = interruptFlag;
  // CPython names the main script by its path joined to the working directory (not
  // normalised) in tracebacks and __file__; sys.argv[0] stays as given.
  if (filename !== '<string>' && !path.isAbsolute(filename)) filename = `${process.cwd()}/${filename}`;
  const result = await runProgram(source, {
    filename,
    argv,
    tier,
    stdout: (s) => writeFd(1, s),
    stderr: (s) => writeFd(2, s),
    readLine: readLine ?? fdLineReader(),
    registerSource: filename !== '<string>',
  });
  return { code: result.exitCode, signal: result.signal };
}
