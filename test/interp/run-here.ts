// Run Python source in this process through the library API, capturing its output.
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
