// Parity with CPython on the standard library: for each file (its bytes, as ast.parse gets
// them), pytier's dumpAst must equal ast.dump computed live by one python3 process (compared by sha1), without attributes for
// every file CPython parses and with attributes for >= 99%; files CPython rejects must be
// rejected with the same error class. CI runs a fixed sample (every 4th file);
// PYTIER_FULL=1 (npm run test:stdlib) runs every file.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpAst } from '../../src/parse/dump.js';
import { parseFile } from '../../src/parse/index.js';
import { PySyntaxError } from '../../src/parse/syntax-error.js';
import type { Module } from '../../src/parse/ast.js';
import { sampleFiles, stdlibFiles } from '../support/stdlib-files.js';

interface OracleResult {
  ok: boolean;
  dump?: string;
  attrs?: string;
  error?: string;
  msg?: string;
}

const full = process.env.PYTIER_FULL === '1';
const files = full ? stdlibFiles() : sampleFiles(stdlibFiles(), 4, 1);
const ORACLE = new URL('../support/py-stdlib-dump.py', import.meta.url).pathname;

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

function oracle(paths: string[]): OracleResult[] {
  const out = execFileSync('python3', [ORACLE], {
    input: JSON.stringify(paths),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(out) as OracleResult[];
}

describe(`stdlib parity (${full ? 'all' : 'sample of'} ${files.length} files)`, () => {
  it('matches ast.dump, with and without attributes', () => {
    const expected = oracle(files);
    const plainMismatch: string[] = [];
    const attrMismatch: string[] = [];
    const errorMismatch: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const want = expected[i];
      let tree: Module | null = null;
      let error: unknown = null;
      try {
        tree = parseFile(readFileSync(files[i]), files[i]) as Module;
      } catch (e) {
        error = e;
      }
      if (!want.ok) {
        const got = error instanceof PySyntaxError ? error.type : error ? String(error) : 'a tree';
        if (got !== want.error) errorMismatch.push(`${files[i]}: CPython ${want.error}, pytier ${got}`);
        continue;
      }
      if (!tree) {
        const why = error instanceof PySyntaxError ? `${error.type}: ${error.msg} (line ${error.lineno})` : String(error);
        plainMismatch.push(`${files[i]}: ${why}`);
        attrMismatch.push(files[i]);
        continue;
      }
      if (sha1(dumpAst(tree)) !== want.dump) plainMismatch.push(files[i]);
      if (sha1(dumpAst(tree, { includeAttributes: true })) !== want.attrs) attrMismatch.push(files[i]);
    }

    const okCount = expected.filter((r) => r.ok).length;
    const attrRate = (okCount - attrMismatch.length) / okCount;
    console.log(
      `stdlib parity: ${files.length} files, ${okCount} parsed by CPython; ` +
        `without attributes ${okCount - plainMismatch.length}/${okCount} equal; ` +
        `with attributes ${okCount - attrMismatch.length}/${okCount} (${(attrRate * 100).toFixed(2)}%)`,
    );
    expect(errorMismatch).toEqual([]);
    expect(plainMismatch.slice(0, 20)).toEqual([]);
    expect(attrRate).toBeGreaterThanOrEqual(0.99);
  });
});
