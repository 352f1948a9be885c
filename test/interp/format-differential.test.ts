// Format differential test: generated programs about number and text formatting
// (test/interp/format-generator.ts, fixed seed) must print exactly what python3 prints.
// All python3 runs happen in one process (test/support/py-run-many.py).
import { describe, it, expect } from 'vitest';
import { generateFormatPrograms } from './format-generator.js';
import { runManyInPython } from '../support/py-run-many.js';
import { runHere } from './run-here.js';

const COUNT = Number(process.env.PYTIER_FORMAT_DIFF_COUNT ?? 2000);
const SEED = Number(process.env.PYTIER_FORMAT_DIFF_SEED ?? 1125);

describe('format differential: generated programs vs python3', () => {
  const programs = generateFormatPrograms(SEED, COUNT);
  const expected = runManyInPython(programs);

  it(`runs ${COUNT} programs with python3's output`, async () => {
    const mismatches: string[] = [];
    for (let i = 0; i < programs.length; i++) {
      const got = await runHere(programs[i]);
      const want = expected[i];
      if (got.out !== want.out || got.exc !== want.exc) {
        mismatches.push(`#${i}\n${programs[i]}\n--- python3:\n${want.out}${want.exc ?? ''}\n--- pytier:\n${got.out}${got.exc ?? ''}`);
      }
    }
    expect(mismatches.slice(0, 3).join('\n\n'), `${mismatches.length} of ${COUNT} differ`).toBe('');
  });
});
