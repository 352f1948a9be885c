// Differential check of the front end feeding the compiler: the program compiled from
// CPython's own AST (test/support/py-ast-json.py) and the one compiled from pytier's
// parser serialize to the same bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, compileTree, serialize } from '../../src/compile/index.js';
import { decodeSource } from '../../src/parse/source-decode.js';
import { pyAstBatch } from '../support/py-ast.js';
import { MORE_SNIPPETS, SNIPPETS } from './snippets.js';
import { sampleFiles, stdlibDir, stdlibFiles } from '../support/stdlib-files.js';

const STDLIB = stdlibDir();

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe('compiling CPython’s AST and pytier’s AST gives the same bytecode', () => {
  it('for the snippets', () => {
    const sources = [...SNIPPETS, ...MORE_SNIPPETS];
    const trees = pyAstBatch(sources.map((source) => ({ source })));
    const differ: string[] = [];
    sources.forEach((source, i) => {
      const t = trees[i];
      if ('error' in t) return;
      let ours: Uint8Array;
      try {
        ours = serialize(compile(source, '<string>'));
      } catch {
        return; // a compile-time error: covered by errors.test.ts
      }
      if (!same(ours, serialize(compileTree(t.ast, '<string>', 'exec', source)))) differ.push(source);
    });
    expect(differ).toEqual([]);
  });

  it('for a stdlib sample', { timeout: 1_800_000 }, () => {
    const files = process.env.STDLIB_FULL ? stdlibFiles() : sampleFiles(stdlibFiles(), 80);
    const differ: string[] = [];
    // Batches keep python3's JSON of the trees small.
    let trees: ReturnType<typeof pyAstBatch> = [];
    files.forEach((path, i) => {
      if (i % 25 === 0) trees = pyAstBatch(files.slice(i, i + 25).map((p) => ({ path: p })));
      const t = trees[i % 25];
      if ('error' in t) return;
      let ours: Uint8Array;
      try {
        ours = serialize(compile(decodeSource(readFileSync(path), path), path));
      } catch {
        return;
      }
      if (!same(ours, serialize(compileTree(t.ast, path, 'exec')))) differ.push(path.slice(STDLIB.length + 1));
    });
    expect(differ).toEqual([]);
  });
});
