// Whole programs exercising int/float/complex/bool/str through the interpreter (operators,
// formatting, methods, errors, tracebacks), compared byte for byte with python3's output.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { execute } from '../../src/api.js';

const DIR = path.join(import.meta.dirname, 'programs');

function python(file: string): { stdout: string; stderr: string } {
  try {
    return { stdout: execFileSync('python3', [file], { env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['ignore', 'pipe', 'pipe'] }).toString(), stderr: '' };
  } catch (e) {
    const err = e as { stdout: Buffer; stderr: Buffer };
    return { stdout: err.stdout.toString(), stderr: err.stderr.toString() };
  }
}

describe('number and text programs vs CPython', () => {
  for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.py'))) {
    it(name, async () => {
      const file = path.join(DIR, name);
      let stdout = '';
      let stderr = '';
      await execute(fs.readFileSync(file, 'utf8'), {
        filename: file,
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
      });
      const want = python(file);
      expect(stdout).toBe(want.stdout);
      expect(stderr).toBe(want.stderr);
    });
  }
  it.todo('set displays of constants iterate like CPython (built from a compile-time frozenset; D3)');
});
