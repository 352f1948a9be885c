// The conformance ratchet: every case in baseline.json passed once and must keep passing.
// The corpus lives in ../shared (read-only, never copied in); the runner compares our CLI's
// stdout byte for byte with what CPython 3.11 printed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const shared = resolve(repo, '../shared/conformance');
const cli = join(repo, 'dist/bundle/cli.js');

describe('conformance corpus (ratchet)', () => {
  it.runIf(existsSync(shared))('keeps every baseline case passing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pytier-conf-')), 'results.json');
    const args = [
      join(shared, 'run.mjs'),
      '--cmd', `node ${cli} --tier=interp`,
      '--dir', join(shared, 'public'),
      '--baseline', join(repo, 'test/conformance/baseline.json'),
      '--json', out,
      '--timeout', '20',
    ];
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(process.execPath, args, { maxBuffer: 64 << 20 }, (err, stdout) =>
        done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout }),
      );
    });
    const results = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    const summary = stdout.trim().split('\n').at(-1) ?? '';
    console.log(`conformance: ${summary.replace(/ failed$/, ' not passing')}`);
    expect(results, 'runner wrote results').toBeTruthy();
    expect(code, stdout.slice(-4000)).toBe(0);
  }, 900_000);
});
