// Targeted programs (test/interp/programs/*.py): stdout, stderr (tracebacks) and the exit
// status must be python3's. All python3 runs go through one process; files `X.stdin` feed
// standard input.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runManyInPython } from '../support/py-run-many.js';
import { runHere } from './run-here.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const stdinOf = (f: string) => {
  const p = path.join(DIR, f.replace(/\.py$/, '.stdin'));
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
};

describe('programs vs python3 (stdout, stderr, exit status)', () => {
  // Relative paths as python3 would show them for `python3 test/interp/programs/x.py`.
  const rel = files.map((f) => path.relative(process.cwd(), path.join(DIR, f)));
  const expected = runManyInPython(rel.map((p, i) => ({ path: p, stdin: stdinOf(files[i]) })));
  files.forEach((file, i) => {
    it(file, async () => {
      const got = await runHere(fs.readFileSync(rel[i], 'utf8'), rel[i], stdinOf(file));
      const want = expected[i];
      expect(got.out).toBe(want.out);
      expect(got.err).toBe(want.err);
      expect(got.exitCode).toBe(want.code);
    });
  });
});
