// The systems the suite runs under, and how each one is started. Every system runs the same
// generated script (program + benchrun.py + iteration loop) except the hand-written
// JavaScript versions, which run under js-runner with the same protocol.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemId } from './options.js';
import { failureSummary, runProcess } from './spawn.js';
import type { Program } from './suite.js';

export interface Invocation {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export interface BenchJob {
  readonly program: Program;
  readonly scriptPath: string;
  readonly n: number;
  readonly m: number;
  readonly iterations: number;
  /** Where a pytier tier may write its own counters as JSON (see bench/README.md). */
  readonly statsPath: string;
}

export interface Availability {
  readonly available: boolean;
  readonly reason: string | null;
  readonly version: string | null;
}

export interface BenchSystem {
  readonly id: SystemId;
  readonly label: string;
  /** null: this system has no version of the program. */
  invocation(job: BenchJob): Invocation | null;
  /** Prints "hi": the start-up measurement. */
  hello(files: { readonly py: string; readonly mjs: string }): Invocation;
  probe(files: { readonly py: string; readonly mjs: string }): Promise<Availability>;
}

const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
const JS_RUNNER = join(HARNESS_DIR, 'js-runner.js');
const PEER_RUNNER = join(HARNESS_DIR, '..', 'peers', 'peer-runner.js');
const PROBE_TIMEOUT_MS = 60_000;

/** Runs `print('hi')` and checks the system printed exactly "hi". */
async function probeHello(invocation: Invocation, version: string | null): Promise<Availability> {
  const outcome = await runProcess({ ...invocation, timeoutMs: PROBE_TIMEOUT_MS });
  if (outcome.exitCode === 0 && outcome.stdout === 'hi\n') return { available: true, reason: null, version };
  const printed = outcome.exitCode === 0 ? `printed ${JSON.stringify(outcome.stdout.slice(0, 100))} for print('hi')` : failureSummary(outcome);
  return { available: false, reason: printed, version };
}

function cpython(): BenchSystem {
  return {
    id: 'cpython',
    label: 'CPython',
    invocation: (job) => ({ command: 'python3', args: [job.scriptPath], env: { PYTHONHASHSEED: '0' } }),
    hello: (files) => ({ command: 'python3', args: [files.py] }),
    async probe(files) {
      const v = await runProcess({ command: 'python3', args: ['-c', 'import sys; print(sys.version.split()[0])'], timeoutMs: PROBE_TIMEOUT_MS });
      return probeHello(this.hello(files), v.exitCode === 0 ? `CPython ${v.stdout.trim()}` : null);
    },
  };
}

/** A pytier tier; `interp-nofb` is the interpreter with its profiling feedback switched off
 * (PYTIER_FEEDBACK=0), so one run shows what the bookkeeping costs. */
function pytier(repoRoot: string, id: 'interp' | 'interp-nofb' | 'auto' | 'jit'): BenchSystem {
  // The bundle: what the `pytier` command (package.json "bin") runs.
  const cli = join(repoRoot, 'dist', 'bundle', 'cli.js');
  const tier = id === 'interp-nofb' ? 'interp' : id;
  const feedback: Record<string, string> = id === 'interp-nofb' ? { PYTIER_FEEDBACK: '0' } : {};
  return {
    id,
    label: id === 'interp-nofb' ? 'pytier interp, no feedback' : `pytier ${tier}`,
    invocation: (job) => ({
      command: process.execPath,
      args: [cli, `--tier=${tier}`, job.scriptPath],
      env: { PYTIER_STATS_FILE: job.statsPath, ...feedback },
    }),
    hello: (files) => ({ command: process.execPath, args: [cli, `--tier=${tier}`, files.py] }),
    async probe(files) {
      if (!existsSync(cli)) return { available: false, reason: `${cli} not found (run npm run build)`, version: null };
      return probeHello(this.hello(files), `pytier ${readPackageVersion(join(repoRoot, 'package.json'))}`);
    },
  };
}

function handWrittenJs(): BenchSystem {
  return {
    id: 'js',
    label: 'hand-written JS',
    invocation: (job) =>
      job.program.jsVersion === null
        ? null
        : { command: process.execPath, args: [JS_RUNNER, job.program.jsVersion, String(job.n), String(job.m), String(job.iterations)] },
    hello: (files) => ({ command: process.execPath, args: [files.mjs] }),
    probe: (files) => probeHello({ command: process.execPath, args: [files.mjs] }, `Node.js ${process.version}`),
  };
}

/** Pyodide and MicroPython's WASM port, present only after `npm run bench:peers`. */
function peer(repoRoot: string, id: 'pyodide' | 'micropython'): BenchSystem {
  const pkg = id === 'pyodide' ? 'pyodide' : '@micropython/micropython-webassembly-pyscript';
  const packageDir = join(repoRoot, '.peers', 'node_modules', pkg);
  const run = (script: string): Invocation => ({ command: process.execPath, args: [PEER_RUNNER, id, packageDir, script] });
  return {
    id,
    label: id === 'pyodide' ? 'Pyodide' : 'MicroPython (wasm)',
    invocation: (job) => run(job.scriptPath),
    hello: (files) => run(files.py),
    async probe(files) {
      if (!existsSync(packageDir)) return { available: false, reason: `not installed (npm run bench:peers)`, version: null };
      return probeHello(run(files.py), `${pkg.split('/').at(-1) ?? pkg} ${readPackageVersion(join(packageDir, 'package.json'))}`);
    },
  };
}

function readPackageVersion(packageJson: string): string {
  try {
    const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '?';
  } catch {
    return '?';
  }
}

export function createSystem(id: SystemId, repoRoot: string): BenchSystem {
  switch (id) {
    case 'cpython':
      return cpython();
    case 'interp':
    case 'interp-nofb':
    case 'auto':
    case 'jit':
      return pytier(repoRoot, id);
    case 'js':
      return handWrittenJs();
    case 'pyodide':
    case 'micropython':
      return peer(repoRoot, id);
  }
}
