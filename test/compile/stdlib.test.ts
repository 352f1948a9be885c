// Every stdlib file that pytier parses also compiles, verifies, and round-trips through
// the wire format byte for byte. A compile-time SyntaxError counts only if python3's
// compile() raises the same message for the file. CI takes every third file;
// STDLIB_FULL=1 (`npm run test:compile-stdlib`) takes all of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTree, deserialize, serialize, verifyProgram } from '../../src/compile/index.js';
import { parse, PySyntaxError, type Module } from '../../src/parse/index.js';
import { decodeSource } from '../../src/parse/source-decode.js';
import { pyOracle } from './py-oracle.js';
import { sampleFiles, stdlibDir, stdlibFiles } from '../support/stdlib-files.js';

const STDLIB = stdlibDir();

describe('stdlib: compile, verify, round-trip', () => {
  const files = process.env.STDLIB_FULL ? stdlibFiles() : sampleFiles(stdlibFiles(), 3);
  const compileErrors: { path: string; msg: string }[] = [];
  let parsed = 0;
  let roundTripped = 0;

  it(`compiles every parsable file (${files.length} files)`, () => {
    const failures: string[] = [];
    for (const path of files) {
      let source: string;
      let tree: Module;
      try {
        source = decodeSource(readFileSync(path), path);
        tree = parse(source, path);
      } catch {
        continue;
      }
      parsed++;
      try {
        const program = compileTree(tree, path, 'exec', source);
        verifyProgram(program);
        const bytes = serialize(program);
        const again = serialize(deserialize(bytes));
        if (Buffer.compare(Buffer.from(bytes), Buffer.from(again)) !== 0) failures.push(`${path}: round trip differs`);
        else roundTripped++;
      } catch (e) {
        if (e instanceof PySyntaxError) compileErrors.push({ path, msg: e.msg });
        else failures.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    console.log(`stdlib: ${files.length} files, ${parsed} parsed, ${roundTripped} compiled+verified+round-tripped, ${compileErrors.length} compile-time SyntaxErrors`);
    expect(failures).toEqual([]);
    expect(parsed).toBeGreaterThan(files.length * 0.9);
    expect(roundTripped + compileErrors.length).toBe(parsed);
  });

  it('raises a compile-time SyntaxError only where python3 does', () => {
    const expected = pyOracle(compileErrors.map(({ path }) => ({ kind: 'compile', path })));
    const got = compileErrors.map(({ path, msg }) => ({ path: path.slice(STDLIB.length + 1), msg }));
    const want = compileErrors.map(({ path }, i) => {
      const r = expected[i];
      return { path: path.slice(STDLIB.length + 1), msg: 'error' in r ? r.error.msg : 'python3 compiles it' };
    });
    expect(got).toEqual(want);
  });
});
