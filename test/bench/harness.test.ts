// The harness end to end, in --quick mode, on two tiny programs (test/bench/programs): the JSON
// must hold every requested system, each with a status and a validity flag for each program.
// Figures are not asserted: this tests the harness, not the speed. tiny_text.mjs is a
// deliberately wrong JS version, so the invalid path is exercised too.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/harness/results.js';

const repo = resolve(import.meta.dirname, '../..');
const entry = join(repo, 'dist/bench/main.js');
const requested = ['cpython', 'interp', 'auto', 'jit', 'js'];

function runHarness(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [entry, ...args], { maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('benchmark harness (--quick, two tiny programs)', () => {
  it.runIf(existsSync(join(repo, '../shared/perf/benchrun.py')))('reports every requested system with a status and validity flag', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pytier-bench-test-'));
    const { code, stdout, stderr } = await runHarness([
      '--quick',
      '--suite', join(repo, 'test/bench/programs'),
      '--tiers', requested.join(','),
      '--startup-samples', '1',
      '--out', out,
    ]);
    expect(code, stderr.slice(-3000)).toBe(0);
    expect(stdout).toContain('geometric mean vs CPython');
    const results = JSON.parse(readFileSync(join(out, 'quick.json'), 'utf8')) as BenchResults;
    expect(readFileSync(join(out, 'quick.svg'), 'utf8')).toMatch(/^<svg [^]*<\/svg>\n$/);
    expect(readFileSync(join(out, 'quick.md'), 'utf8')).toContain('| program |');

    expect(results.systems.map((s) => s.id).sort()).toEqual([...requested].sort());
    expect(results.programs.map((p) => p.name)).toEqual(['tiny_loop', 'tiny_text']);
    for (const program of results.programs) {
      expect(Object.keys(program.runs).sort()).toEqual([...requested].sort());
      for (const [system, run] of Object.entries(program.runs)) {
        expect(typeof run.valid, `${program.name} × ${system}`).toBe('boolean');
        expect(run.status, `${program.name} × ${system}`).toMatch(/^(ok|invalid|error|timeout|unavailable|not-applicable|no-reference)$/);
        // Valid exactly when ok, and only a valid run carries a time.
        expect(run.valid).toBe(run.status === 'ok');
        expect(run.time !== null).toBe(run.valid);
        if (!run.valid) expect(run.error, `${program.name} × ${system} says why`).toBeTruthy();
      }
      expect(program.runs.cpython.valid, 'CPython is the reference').toBe(true);
      expect(program.reference).toBe(program.runs.cpython.output);
    }
    const [loop, text] = results.programs;
    expect(loop.runs.js.status).toBe('ok');
    expect(loop.runs.js.output).toBe(loop.reference);
    expect(text.runs.js.status).toBe('invalid');
    expect(text.runs.js.ratioToCPython).toBeNull();
    const cpython = results.systems.find((s) => s.id === 'cpython')!;
    expect(cpython.startupMs?.n).toBe(1);
  });

  it('rejects unknown options with usage and exit status 2', async () => {
    const { code, stderr } = await runHarness(['--tiers', 'cpython,nonsense']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown system 'nonsense'");
  });
});
