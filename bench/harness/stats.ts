// Robust summaries: the median and the median absolute deviation, because a shared 2-core
// machine produces occasional far outliers (another process wakes up) that would drag a mean
// and a standard deviation but barely move these.
import type { Summary } from './results.js';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const m = median(values);
  return {
    median: m,
    mad: median(values.map((v) => Math.abs(v - m))),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

/** Geometric mean: the right average for ratios (a 2x win and a 2x loss cancel out). */
export function geomean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}
