import { describe, expect, it } from 'vitest';
import { geomean, median, summarize } from '../../../bench/harness/stats.js';

describe('benchmark statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('summarizes with the median absolute deviation, which an outlier barely moves', () => {
    expect(summarize([10, 11, 9, 10, 100])).toEqual({ median: 10, mad: 1, min: 9, max: 100, n: 5 });
    expect(summarize([])).toBeNull();
  });

  it('averages ratios geometrically', () => {
    expect(geomean([2, 0.5])).toBeCloseTo(1);
    expect(geomean([4, 16])).toBeCloseTo(8);
    expect(geomean([])).toBeNull();
  });
});
