// The bundle's worker is compiled with V8's code cache that the build writes
// (src/cli/worker-loader.ts): the cache must be accepted under the worker's flags, or every
// start-up silently compiles the worker's code again. Checked in a fresh node process, as
// the flags are process-wide.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('../../dist/bundle/worker/run-here.cjs', import.meta.url));
const CACHE = fileURLToPath(new URL('../../dist/src/cli/code-cache.js', import.meta.url));
const FLAGS = fileURLToPath(new URL('../../dist/src/cli/worker-flags.js', import.meta.url));

function rejected(setFlags: boolean): unknown {
  const code = `
    const v8 = await import('node:v8');
    const { WORKER_V8_FLAGS } = await import(${JSON.stringify(FLAGS)});
    if (${setFlags}) v8.setFlagsFromString(WORKER_V8_FLAGS);
    const { compileWithCache } = await import(${JSON.stringify(CACHE)});
    console.log(JSON.stringify(compileWithCache(${JSON.stringify(WORKER)}).rejected));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe("the worker's code cache", () => {
  it('is written by the build and accepted under the worker flags', () => {
    expect(fs.statSync(`${WORKER}.cache`).size).toBeGreaterThan(100_000);
    expect(rejected(true)).toBe(false);
  });
  it('is refused under other flags (so the check above can fail)', () => {
    expect(rejected(false)).toBe(true);
  });
});
