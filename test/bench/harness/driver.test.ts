import { describe, expect, it } from 'vitest';
import { benchScript, parseBenchOutput } from '../../../bench/harness/driver.js';

describe('benchmark driver', () => {
  it('appends benchrun and one bm_run call per iteration', () => {
    const script = benchScript('PROGRAM', 'BENCHRUN', 1000, 500, 3);
    expect(script.indexOf('PROGRAM')).toBeLessThan(script.indexOf('BENCHRUN'));
    expect(script).toContain('for _bench_iteration in range(3):\n    bm_run(1000, 500)\n');
  });

  it('parses "MICROSECONDS NORM RESULT" lines, keeping the result text verbatim', () => {
    expect(parseBenchOutput("12 5 (1, 'a b')\n7 5 (1, 'a b')\n", 2)).toEqual({
      kind: 'iterations',
      lines: [
        { microseconds: 12, output: "5 (1, 'a b')" },
        { microseconds: 7, output: "5 (1, 'a b')" },
      ],
    });
  });

  it('reports SKIP lines, negative times and missing iterations as unexpected output', () => {
    expect(parseBenchOutput('SKIP\n', 1)).toEqual({ kind: 'unexpected', text: 'SKIP' });
    expect(parseBenchOutput('-1 -1 SKIP: no matching params\n', 1).kind).toBe('unexpected');
    expect(parseBenchOutput('5 1 2\n', 2)).toEqual({ kind: 'unexpected', text: 'printed 1 result lines, expected 2' });
  });
});
