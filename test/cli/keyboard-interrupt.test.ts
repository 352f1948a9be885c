// Ctrl-C (SIGINT) while a program runs gives what CPython gives: KeyboardInterrupt raised in
// the running code, which the program can catch; uncaught, its traceback on stderr and the
// process ending by SIGINT. Compared live with python3: each side gets SIGINT when it has
// printed "ready" (and again at "again").
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

interface Ended {
  out: string;
  err: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Standard input stays an open pipe that never gets a line: input() waits until Ctrl-C. */
function runInterrupted(command: string, args: string[]): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    // Each mark, once seen, gets one SIGINT (a mark may arrive together with a prompt).
    const marks = ['ready\n', 'again\n'];
    let seen = 0;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      for (; seen < marks.length && out.includes(marks[seen]); seen++) setTimeout(() => child.kill('SIGINT'), 200);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code, signal) => {
      child.stdin.destroy();
      resolve({ out, err, code, signal });
    });
  });
}

const PROGRAMS: Record<string, string> = {
  'caught, then uncaught in a loop': [
    'print("ready", flush=True)',
    'try:',
    '    i = 0',
    '    while True:',
    '        i += 1',
    'except KeyboardInterrupt:',
    '    print("caught", flush=True)',
    'print("again", flush=True)',
    'while True:',
    '    pass',
    '',
  ].join('\n'),
  'finally blocks run on the way out of a call': [
    'def spin():',
    '    n = 0',
    '    while True:',
    '        n += 1',
    'print("ready", flush=True)',
    'try:',
    '    spin()',
    'finally:',
    '    print("finally", flush=True)',
    '',
  ].join('\n'),
  'input() waiting for a line, then sys.stdin.readline()': [
    'import sys',
    'print("ready", flush=True)',
    'try:',
    '    input("name? ")',
    'except KeyboardInterrupt:',
    '    print("caught", flush=True)',
    'print("again", flush=True)',
    'sys.stdin.readline()',
    '',
  ].join('\n'),
};

describe('Ctrl-C in the CLI vs python3', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pytier-sigint-'));
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(name, async () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '_')}.py`);
      fs.writeFileSync(file, source);
      const [want, got] = await Promise.all([runInterrupted('python3', [file]), runInterrupted(process.execPath, [CLI, file])]);
      expect(want.signal).toBe('SIGINT');
      expect(got).toEqual(want);
    }, 20_000);
  }
});
