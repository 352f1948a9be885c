// The body of every differential test: programs from a fixed-seed generator must print exactly
// what python3 prints (stdout, and the last line of an uncaught exception). All python3 runs
// happen in one process (test/support/py-run-many.py). Seed and count can be changed with
// PYTIER_<NAME>_SEED and PYTIER_<NAME>_COUNT to fuzz further.
import { describe, it, expect } from 'vitest';
import { runManyInPython } from '../support/py-run-many.js';
import { runHere } from './run-here.js';

export function differentialSuite(name: string, title: string, generate: (seed: number, count: number) => string[], count: number, seed = 2026): void {
  const n = Number(process.env[`PYTIER_${name}_COUNT`] ?? count);
  const s = Number(process.env[`PYTIER_${name}_SEED`] ?? seed);
  describe(title, () => {
    const programs = generate(s, n);
    const expected = runManyInPython(programs);
    it(`runs ${n} programs (seed ${s}) with python3's output`, async () => {
      const mismatches: string[] = [];
      for (let i = 0; i < programs.length; i++) {
        const got = await runHere(programs[i]);
        const want = expected[i];
        if (got.out !== want.out || got.exc !== want.exc) {
          mismatches.push(`#${i}\n${programs[i]}\n--- python3:\n${want.out}${want.exc ?? ''}\n--- pytier:\n${got.out}${got.exc ?? ''}`);
        }
      }
      expect(mismatches.slice(0, 3).join('\n\n'), `${mismatches.length} of ${n} differ`).toBe('');
    }, 120_000);
  });
}
