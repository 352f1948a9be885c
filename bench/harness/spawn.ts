// Runs one child process: output, exit status, a hard time limit, the time to its first byte
// of output and, optionally, its peak resident set size.
//
// Peak RSS comes from the kernel's own accounting of the finished child (getrusage via
// wait4), read by a few lines of python3 that fork and exec the real command. Polling
// /proc/<pid>/status misses whatever happens after the last poll, and /usr/bin/time is not
// on every machine; python3 is (it is the oracle). The wrapper's own start-up happens before
// the child starts, so it never enters a timing: programs time themselves, and start-up is
// measured without the wrapper.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const PEAK_RSS_WRAPPER = `
import os, sys
pid = os.fork()
if pid == 0:
    os.close(3)
    try:
        os.execvp(sys.argv[1], sys.argv[1:])
    except OSError as e:
        os.write(2, ("cannot start %s: %s\\n" % (sys.argv[1], e)).encode())
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
os.write(3, str(usage.ru_maxrss).encode())
code = os.waitstatus_to_exitcode(status)
os._exit(code if code >= 0 else 128 - code)
`;

const MAX_CAPTURE = 16 << 20;

/**
 * Children run in their own process groups (so a timeout can kill a wrapper and its program
 * together), which also shields them from the terminal's Ctrl-C: the harness forwards it.
 */
const liveGroups = new Set<number>();
let signalsForwarded = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

function forwardSignalsOnce(): void {
  if (signalsForwarded) return;
  signalsForwarded = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const pid of liveGroups) killGroup(pid);
      process.exit(code);
    });
  }
}

export interface SpawnRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
  readonly measurePeakRss?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

export interface SpawnOutcome {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** Spawn → first byte on stdout; null if it printed nothing. */
  readonly firstOutputMs: number | null;
  readonly peakRssMiB: number | null;
  /** Set when the process could not be started at all. */
  readonly spawnError: string | null;
}

export function runProcess(request: SpawnRequest): Promise<SpawnOutcome> {
  const wrapped = request.measurePeakRss === true;
  const command = wrapped ? 'python3' : request.command;
  const args = wrapped ? ['-I', '-S', '-c', PEAK_RSS_WRAPPER, request.command, ...request.args] : [...request.args];
  return new Promise((resolveOutcome) => {
    const started = performance.now();
    let firstOutputMs: number | null = null;
    let stdout = '';
    let stderr = '';
    let rssText = '';
    let timedOut = false;
    let spawnError: string | null = null;
    const child = spawn(command, args, {
      cwd: request.cwd,
      env: { ...process.env, ...request.env },
      stdio: wrapped ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
      // Own process group, so a timeout kills the wrapper and the program it started.
      detached: true,
    });
    forwardSignalsOnce();
    if (child.pid !== undefined) liveGroups.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, request.timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      firstOutputMs ??= performance.now() - started;
      if (stdout.length < MAX_CAPTURE) stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += chunk;
    });
    const rssPipe = child.stdio[3];
    if (rssPipe && 'setEncoding' in rssPipe) {
      (rssPipe as NodeJS.ReadableStream).setEncoding('utf8');
      (rssPipe as NodeJS.ReadableStream).on('data', (chunk: string) => (rssText += chunk));
    }
    child.on('error', (err) => {
      spawnError = err.message;
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      const wallMs = performance.now() - started;
      const rssKiB = Number.parseInt(rssText, 10);
      resolveOutcome({
        exitCode,
        signal,
        timedOut,
        stdout,
        stderr,
        wallMs,
        firstOutputMs,
        peakRssMiB: Number.isFinite(rssKiB) ? rssKiB / 1024 : null,
        spawnError,
      });
    });
  });
}

/**
 * The last lines of stderr (or stdout) that say why: a Python traceback ends with the source
 * line and the exception; a JS stack trace starts with the error, followed by frames.
 */
export function failureSummary(outcome: SpawnOutcome): string {
  if (outcome.spawnError !== null) return `could not start: ${outcome.spawnError}`;
  if (outcome.timedOut) return 'timed out';
  const text = outcome.stderr.trim() || outcome.stdout.trim();
  // Drop JS stack frames and Python's ^^^ caret lines: neither says what went wrong.
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^\s*[\^~]+\s*$/.test(l));
  const tail = lines.slice(-2).map((l) => l.trim()).join(' | ');
  const status = outcome.signal !== null ? `signal ${outcome.signal}` : `exit ${String(outcome.exitCode)}`;
  return tail === '' ? status : `${status}: ${tail.slice(0, 400)}`;
}
