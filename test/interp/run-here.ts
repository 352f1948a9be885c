// Run Python source in this process through the library API, capturing its output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { execute } from '../../src/api.js';

export interface RunOutput {
  out: string;
  err: string;
  exitCode: number;
  /** "Type: message" (the last traceback line) when the program failed, else null. */
  exc: string | null;
}

export async function runHere(source: string, filename = '<prog>', stdin = ''): Promise<RunOutput> {
  let out = '';
  let err = '';
  const r = await execute(source, { filename, stdout: (s) => (out += s), stderr: (s) => (err += s), stdin });
  const lines = err.trimEnd().split('\n');
  return { out, err, exitCode: r.exitCode, exc: r.exitCode === 0 ? null : lines[lines.length - 1] };
}

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

/** Run a file through the built CLI (`npm run build` first). */
export function runCli(file: string, stdin = ''): RunOutput {
  const r = spawnSync(process.execPath, [CLI, '--tier=interp', file], { input: stdin, encoding: 'utf8' });
  const lines = r.stderr.trimEnd().split('\n');
  return { out: r.stdout, err: r.stderr, exitCode: r.status ?? -1, exc: r.status === 0 ? null : lines[lines.length - 1] };
}
