// Runs test/support/py-ast-dump.py: CPython's ast.dump (or its SyntaxError) for a batch of
// sources, through one python3 process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./py-ast-dump.py', import.meta.url));

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';
export interface PyError {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}
export type PyDumpResult = { plain: string; attrs: string } | { error: PyError };

export function pyAstDumpBatch(cases: { source: string; mode?: ParseMode }[]): PyDumpResult[] {
  const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(cases), maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`py-ast-dump.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PyDumpResult[];
}
