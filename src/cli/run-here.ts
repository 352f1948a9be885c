// Running a program in the calling thread, as the CLI's worker does (and the CLI itself when
// it is already inside a worker): the argument parsing of `pytier [--tier=…] FILE | -c CODE`,
// the program's stdout/stderr on file descriptors 1 and 2, its exit status and signal.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Tier } from '../api.js';
import { type StdinBuffers, channelLineReader, fdLineReader } from './stdin-channel.js';
import { WORKER_V8_FLAGS } from './worker-flags.js';

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
export interface Outcome {
  code: number;
  signal?: 'SIGINT';
}

/** What the main thread hands its worker. */
export interface WorkerData {
  args: string[];
  interruptFlag: Int32Array;
  stdinBuffers: StdinBuffers;
}

/** The worker's side: run the program of `workerData` and report its outcome. */
export function serveWorker(): Promise<void> {
  const port = parentPort!;
  const data = workerData as WorkerData;
  const interrupted = () => Atomics.load(data.interruptFlag, 0) !== 0;
  return runInThisThread(data.args, data.interruptFlag, channelLineReader(data.stdinBuffers, port, interrupted)).then(
    (outcome) => port.postMessage(outcome),
    (err: unknown) => {
      process.stderr.write(`pytier: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      port.postMessage({ code: 70 });
    },
  );
}

export async function runInThisThread(args: string[], interruptFlag: Int32Array | null, readLine: (() => string) | null): Promise<Outcome> {
  v8.setFlagsFromString(WORKER_V8_FLAGS);
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
