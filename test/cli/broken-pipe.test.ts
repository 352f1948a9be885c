// Writing to a pipe whose reader has gone (`pytier prog.py | head -1`) gives what CPython
// gives with its default buffered stdout: BrokenPipeError where a write fails, and when the
// buffered rest cannot be written at exit, "Exception ignored in: ..." and exit status 120.
// Compared live with python3 (PYTHONUNBUFFERED removed, so its stdout is buffered).
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

/** Run with stdout a pipe that is closed at once; the program sleeps before writing. */
function runWithClosedStdout(command: string, args: string[]): Promise<{ err: string; code: number | null }> {
  const env = { ...process.env };
  delete env.PYTHONUNBUFFERED;
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ err, code }));
  });
}

const PROGRAMS: Record<string, string> = {
  'exit flush fails': 'import time\ntime.sleep(0.3)\nprint("x")\ny = 1\n',
  'uncaught error after buffered output': 'import time\ntime.sleep(0.3)\nprint("x")\nraise ValueError("boom")\n',
  'SystemExit after buffered output': 'import sys, time\ntime.sleep(0.3)\nprint("x")\nsys.exit(3)\n',
  'write fails in the loop': 'import time\ntime.sleep(0.3)\nfor i in range(100000):\n    print(i)\n',
  'caught by the program': [
    'import sys, time',
    'time.sleep(0.3)',
    'try:',
    '    for i in range(100000):',
    '        print(i)',
    'except BrokenPipeError as e:',
    '    print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError), file=sys.stderr)',
    '',
  ].join('\n'),
};

describe('stdout to a closed pipe, as python3', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(name, async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pytier-pipe-')), 'prog.py');
      fs.writeFileSync(file, source);
      const [want, got] = await Promise.all([runWithClosedStdout('python3', [file]), runWithClosedStdout(process.execPath, [CLI, file])]);
      expect(got.err).toBe(want.err);
      expect(got.code).toBe(want.code);
    });
  }
});
