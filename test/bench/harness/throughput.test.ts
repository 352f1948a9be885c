import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../bench/harness/throughput.js';

describe('throughput figures', () => {
  it('collects every "<label> N MB/s" figure a script prints', () => {
    const output = 'files: 1790, 31.2 MB\npytier parse: 14.2 MB/s\nCPython ast.parse = 6.3 MB/s (ratio 2.25)\n';
    expect(extractFigures(output)).toEqual([
      { label: 'pytier parse', mbPerSecond: 14.2 },
      { label: 'CPython ast.parse', mbPerSecond: 6.3 },
    ]);
  });
});
