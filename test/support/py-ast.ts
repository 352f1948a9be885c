// Loads CPython's AST (via test/support/py-ast-json.py, one python3 process per batch)
// and rebuilds pytier's node shape with value.ts constants: a parser stand-in and a
// differential oracle for the compiler.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { mod } from '../../src/parse/ast.js';
import { ELLIPSIS, PyBytes, PyComplex, PyFloat, normalizeInt } from '../../src/runtime/value.js';

const SCRIPT = fileURLToPath(new URL('./py-ast-json.py', import.meta.url));

export type PyAstCase = { source: string; mode?: 'exec' | 'eval' | 'single'; filename?: string } | { path: string };
export type PyAstResult = { ast: mod } | { error: { type: string; msg: string; lineno: number | null; offset: number | null } };

function floatOf(x: number | string): number {
  if (typeof x === 'number') return x;
  return x === 'nan' ? NaN : x === 'inf' ? Infinity : -Infinity;
}

function revive(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if ('$bigint' in o) return normalizeInt(BigInt(o.$bigint as string));
  if ('$float' in o) return new PyFloat(floatOf(o.$float as number | string));
  if ('$complex' in o) {
    const [re, im] = o.$complex as (number | string)[];
    return new PyComplex(floatOf(re), floatOf(im));
  }
  if ('$bytes' in o) return new PyBytes(Uint8Array.from(o.$bytes as number[]));
  if ('$ellipsis' in o) return ELLIPSIS;
  return v;
}

export function pyAstBatch(cases: PyAstCase[]): PyAstResult[] {
  const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(cases), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`py-ast-json.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout, revive) as PyAstResult[];
}

export function pyAst(source: string, mode: 'exec' | 'eval' | 'single' = 'exec'): mod {
  const [res] = pyAstBatch([{ source, mode }]);
  if ('error' in res) throw new Error(`python3 could not parse: ${res.error.msg}`);
  return res.ast;
}
