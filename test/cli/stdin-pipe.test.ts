// Standard input handed from the CLI's main thread to its worker in chunks
// (src/cli/stdin-channel.ts): a program reading ~300 KB through a pipe sees the lines python3
// sees; the line reader itself, fed chunks that cut characters and lines apart at every
// place, gives the lines of the whole text.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineReader } from '../../src/cli/stdin-channel.js';
import { rng } from '../support/rng.js';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

const PROGRAM = [
  'import sys',
  'n = total = 0',
  'first = sys.stdin.readline()',
  'for line in sys.stdin:',
  '    n += 1',
  '    total += len(line) + sum(map(ord, line)) % 7',
  'print(repr(first), n, total, repr(line))',
  '',
].join('\n');

/** ~300 KB of lines mixing 1- to 4-byte characters; the last line has no newline. */
function input(): Buffer {
  const words = ['ascii', 'é', '☃', '𝄞', 'ü-ñ', '', '\t'];
  let s = '';
  for (let i = 0; i < 12000; i++) s += `${i} ${words[i % 7]}${words[(i * 3) % 7]} ${'x'.repeat(i % 13)}\n`;
  return Buffer.from(`${s}end 𝄞`, 'utf8');
}

function run(command: string, args: string[], data: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolve(out));
    // Pieces of 4093 bytes (an odd size) cut lines and multi-byte characters apart.
    for (let i = 0; i < data.length; i += 4093) child.stdin.write(data.subarray(i, i + 4093));
    child.stdin.end();
  });
}

describe('standard input through a pipe vs python3', () => {
  it('reads every line, split characters included', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pytier-stdin-')), 'read.py');
    fs.writeFileSync(file, PROGRAM);
    const data = input();
    const [want, got] = await Promise.all([run('python3', [file], data), run(process.execPath, [CLI, file], data)]);
    expect(want).toMatch(/ 12000 /);
    expect(got).toBe(want);
  }, 20_000);
});

describe('the line reader', () => {
  it('gives the same lines however the bytes are cut', () => {
    const bytes = Buffer.from('a é☃𝄞\n\nü\r\nlast 𝄞', 'utf8');
    const want = ['a é☃𝄞\n', '\n', 'ü\r\n', 'last 𝄞', ''];
    const r = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      let at = 0;
      const next = lineReader(() => {
        const n = Math.min(bytes.length - at, 1 + Math.floor(r() * 4));
        at += n;
        return bytes.subarray(at - n, at);
      });
      expect(want.map(() => next())).toEqual(want);
    }
  });
});
