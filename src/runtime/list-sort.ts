// list.sort / sorted(): a stable sort that only ever asks `<` (CPython's timsort contract),
// with CPython's run detection and binary insertion sort so that the comparisons made on
// small lists -- and hence the TypeError raised for mixed types, e.g. "'<' not supported
// between instances of 'str' and 'int'" -- are the ones CPython makes. Longer lists merge
// the runs pairwise (same result, stable; fewer galloping tricks than CPython).
import { type PyValue } from './object.js';
import { compareBool, CompareOp } from './ops-compare.js';
import { call } from './call.js';

type Less = (a: PyValue, b: PyValue) => boolean;

const lessThan: Less = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compareBool(a, b, CompareOp.LT);
};

/** Sort `values` in place (stable); `keys` (same length) are compared when given. */
export function sortValues(values: PyValue[], keys: PyValue[] | null): void {
  const n = values.length;
  if (n < 2) return;
  const k = keys ?? values;
  // Sort an index permutation so that keys and values move together.
  const perm = new Array<number>(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const lt = (i: number, j: number) => lessThan(k[i], k[j]);
  try {
    timsortIndices(perm, lt);
  } finally {
    // Applied also when a comparison raised: CPython sorts in place, so the list keeps the
    // order reached so far (perm stays a permutation at every step, see merge).
    const vs = values.slice();
    for (let i = 0; i < n; i++) values[i] = vs[perm[i]];
  }
}

function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function timsortIndices(a: number[], lt: (i: number, j: number) => boolean): void {
  const n = a.length;
  const min = minRun(n);
  const runs: [number, number][] = [];
  let lo = 0;
  while (lo < n) {
    let runEnd = countRun(a, lo, n, lt);
    if (runEnd - lo < min) {
      const force = Math.min(n, lo + min);
      binaryInsertionSort(a, lo, force, runEnd, lt);
      runEnd = force;
    }
    runs.push([lo, runEnd]);
    lo = runEnd;
  }
  while (runs.length > 1) {
    const merged: [number, number][] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) {
      merge(a, runs[i][0], runs[i][1], runs[i + 1][1], lt);
      merged.push([runs[i][0], runs[i + 1][1]]);
    }
    if (runs.length % 2 === 1) merged.push(runs[runs.length - 1]);
    runs.splice(0, runs.length, ...merged);
  }
}

/** Length of the run starting at lo (a strictly descending run is reversed in place). */
function countRun(a: number[], lo: number, hi: number, lt: (i: number, j: number) => boolean): number {
  if (lo + 1 >= hi) return hi;
  let i = lo + 2;
  if (lt(a[lo + 1], a[lo])) {
    while (i < hi && lt(a[i], a[i - 1])) i++;
    for (let l = lo, r = i - 1; l < r; l++, r--) {
      const t = a[l];
      a[l] = a[r];
      a[r] = t;
    }
  } else {
    while (i < hi && !lt(a[i], a[i - 1])) i++;
  }
  return i;
}

/** a[lo:start] is sorted; insert a[start:hi] one by one (binary search, stable). */
function binaryInsertionSort(a: number[], lo: number, hi: number, start: number, lt: (i: number, j: number) => boolean): void {
  for (let s = start; s < hi; s++) {
    const pivot = a[s];
    let l = lo;
    let r = s;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p;
      else l = p + 1;
    }
    for (let m = s; m > l; m--) a[m] = a[m - 1];
    a[l] = pivot;
  }
}

function merge(a: number[], lo: number, mid: number, hi: number, lt: (i: number, j: number) => boolean): void {
  const left = a.slice(lo, mid);
  let i = 0;
  let j = mid;
  let out = lo;
  try {
    while (i < left.length && j < hi) {
      if (lt(a[j], left[i])) a[out++] = a[j++];
      else a[out++] = left[i++];
    }
  } finally {
    // Also when a comparison raised: the rest of the left run fills the gap (CPython's merge_lo).
    while (i < left.length) a[out++] = left[i++];
  }
}

/** Compute sort keys (key=None means the values themselves). */
export function sortKeys(values: readonly PyValue[], key: PyValue | undefined): PyValue[] | null {
  if (key === undefined || key === null) return null;
  return values.map((v) => call(key, [v]));
}
