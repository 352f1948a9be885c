// Run many Python programs through one python3 process (test/support/py-run-many.py).
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface PyRunResult {
  out: string;
  /** "Type: message" of an uncaught exception, else null. */
  exc: string | null;
  /** The traceback python3 prints on stderr. */
  err: string;
  /** python3's exit status. */
  code: number;
}

/** A program: its source, or a file (traceback source lines need a real file). */
export type PyProgram = string | { path: string; stdin?: string };

const SCRIPT = fileURLToPath(new URL('./py-run-many.py', import.meta.url));

export function runManyInPython(programs: PyProgram[]): PyRunResult[] {
  const out = execFileSync('python3', [SCRIPT], {
    input: JSON.stringify(programs),
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out.toString('utf8')) as PyRunResult[];
}

/** One program as a real `python3 FILE` run (for what depends on the exact stack depth). */
export function runPythonScript(file: string, stdin = ''): PyRunResult {
  const r = spawnSync('python3', [file], { input: stdin, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
  const lines = r.stderr.trimEnd().split('\n');
  return { out: r.stdout, err: r.stderr, code: r.status ?? -1, exc: r.status === 0 ? null : lines[lines.length - 1] };
}
