// Runs test/compile/py-oracle.py once for a whole batch of cases.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./py-oracle.py', import.meta.url));

export interface PyError {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
}
export type OracleCase = { kind: 'symtable' | 'compile' | 'strings'; source: string; mode?: string } | { kind: 'compile'; path: string };
export type OracleResult<T> = { ok: T } | { error: PyError };

export function pyOracle<T>(cases: OracleCase[]): OracleResult<T>[] {
  const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(cases), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`py-oracle.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as OracleResult<T>[];
}
