// Targeted programs (test/interp/programs/*.py): stdout, stderr (tracebacks) and the exit
// status must be python3's. All python3 runs go through one process; files `X.stdin` feed
// standard input. Programs whose first line is `# run: cli` depend on the exact recursion
// depth: they run as real scripts on both sides (`python3 FILE` and the built CLI, whose
// worker has the stack for CPython's default limit) instead of in-process.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runManyInPython, runPythonScript } from '../support/py-run-many.js';
import { runHere, runCli } from './run-here.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const stdinOf = (f: string) => {
  const p = path.join(DIR, f.replace(/\.py$/, '.stdin'));
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
};

describe('programs vs python3 (stdout, stderr, exit status)', () => {
  // Absolute paths, as python3 shows the main script in tracebacks.
  const rel = files.map((f) => path.join(DIR, f));
  const asScript = rel.map((p) => fs.readFileSync(p, 'utf8').startsWith('# run: cli\n'));
  const batch = runManyInPython(rel.filter((_, i) => !asScript[i]).map((p) => ({ path: p, stdin: stdinOf(path.basename(p)) })));
  const expected = rel.map((p, i) => (asScript[i] ? runPythonScript(p, stdinOf(files[i])) : batch.shift()!));
  files.forEach((file, i) => {
    it(file, async () => {
      const source = fs.readFileSync(rel[i], 'utf8');
      const got = asScript[i] ? runCli(rel[i], stdinOf(file)) : await runHere(source, rel[i], stdinOf(file));
      const want = expected[i];
      expect(got.out).toBe(want.out);
      expect(got.err).toBe(want.err);
      expect(got.exitCode).toBe(want.code);
    });
  });
});
