// list.sort / sorted(): CPython 3.11's timsort (Objects/listobject.c, explained in
// Objects/listsort.txt), step for step. Only the result is specified by the language, but
// the comparisons are observable -- a key whose __lt__ prints or counts, the TypeError of
// mixed types ("'<' not supported between instances of 'str' and 'int'" names the pair that
// was compared first), and the permutation a list is left in when a comparison raises -- so
// this makes the same `<` calls in the same order and moves items the way CPython does:
//   - natural runs (non-descending, or strictly descending and then reversed), short ones
//     extended to minrun by binary insertion sort;
//   - a stack of pending runs merged in powersort's order (new in 3.11: earlier versions'
//     merge_collapse length invariants merge in another order);
//   - merges that first trim what is already in place by galloping, then merge from the low
//     end (merge_lo) or the high end (merge_hi) into a copy of the shorter run, switching
//     to galloping when one run keeps winning, with min_gallop adapting across merges.
// When a comparison raises, the merge in progress puts the rest of its copied run back in
// the gap left for it (as CPython's "Fail:" paths do), so the list is always a permutation.
import { type PyValue } from './object.js';
import { PyFloat } from './value.js';
import { floatType } from './builtin-types.js';
import { compareBool, CompareOp } from './ops-compare.js';
import { call } from './call.js';

/** CPython's MIN_GALLOP: wins in a row before a merge starts galloping (initial min_gallop). */
const MIN_GALLOP = 7;

/** Set while sorting keys that are all strs without surrogates: JS's `<` on them is then
 * Python's code-point order (UTF-16 order differs only where surrogates are involved). */
let plainStrings = false;

function isLess(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (plainStrings) return (a as string) < (b as string);
  return compareBool(a, b, CompareOp.LT);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The keys as JS numbers when each is an int that is a JS number or an exact float: JS's
 * `<` on them is Python's (exact between safe ints and doubles; false for NaN), and float
 * comparisons have no side effects, so comparing the numbers instead of the floats makes
 * the same choices (CPython likewise picks a float compare after a pre-scan). */
function numberKeys(keys: PyValue[]): PyValue[] | null {
  // A copy overwritten in place keeps the keys' V8 elements kind (a fresh array of numbers
  // would hold unboxed doubles, and the sort's array accesses would see two kinds).
  const out = keys.slice();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === 'number') out[i] = k;
    else if (k instanceof PyFloat && k.cls === floatType) out[i] = k.value;
    else return null;
  }
  return out;
}

function allPlainStrings(keys: readonly PyValue[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k !== 'string' || SURROGATE.test(k)) return false;
  }
  return true;
}

/** Sort `values` in place (stable); `keys` (same length) are compared when given. */
export function sortValues(values: PyValue[], keys: PyValue[] | null): void {
  if (values.length < 2) return;
  // As CPython: the keys are sorted and each value moves along with its key. There is one
  // comparison function and one element kind either way, which keeps the sort monomorphic.
  const k = keys ?? values;
  const nums = k.length > 0 && k[0] instanceof PyFloat ? numberKeys(k) : null;
  if (nums !== null) {
    new TimSort(nums, values).sort();
    return;
  }
  // Saved and restored: a key's __lt__ may itself sort.
  const outer = plainStrings;
  plainStrings = typeof k[0] === 'string' && allPlainStrings(k);
  try {
    if (keys === null) new TimSort(values, null).sort();
    else new TimSort(keys, values).sort();
  } finally {
    plainStrings = outer;
  }
}

/** Compute sort keys (key=None means the values themselves). */
export function sortKeys(values: readonly PyValue[], key: PyValue | undefined): PyValue[] | null {
  if (key === undefined || key === null) return null;
  return values.map((v) => call(key, [v]));
}

/** The run length below which runs are extended by insertion sort: n itself below 64, else
 * a number in [32, 64] such that n / minrun is a power of 2 or just below one (so the final
 * merges are balanced): the top 6 bits of n, plus 1 if any lower bit is set. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Powersort's "power" of the boundary between adjacent runs [s1, s1+n1) and [s1+n1,
 * s1+n1+n2) of a list of n items: the depth of the node joining them in the tree that cuts
 * [0, n) into halves, quarters, ...; that is, the first binary digit at which the runs'
 * midpoints, as fractions of n, differ. Runs are merged deepest first, which keeps merges
 * balanced. Worked out one digit at a time on doubled midpoints (integers), as CPython's
 * powerloop does. */
function nodePower(s1: number, n1: number, n2: number, n: number): number {
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  let power = 0;
  for (;;) {
    power++;
    if (a >= n) {
      // Both digits are 1.
      a -= n;
      b -= n;
    } else if (b >= n) {
      return power;
    }
    a *= 2;
    b *= 2;
  }
}

interface Run {
  base: number;
  len: number;
  /** The power of the boundary with the next run up (set when that run is found). */
  power: number;
}

/** Where key goes in the sorted arr[base:base+n] before its equals: the k with
 * arr[k-1] < key <= arr[k] (offsets from base). Starting at hint, it gallops (offsets
 * 1, 3, 7, 15, ...) towards the place, then binary-searches the last step. */
function gallopLeft(key: PyValue, arr: PyValue[], base: number, n: number, hint: number): number {
  let lastOfs = 0;
  let ofs = 1;
  if (isLess(arr[base + hint], key)) {
    // arr[hint] < key: gallop right until arr[hint+lastOfs] < key <= arr[hint+ofs].
    const maxOfs = n - hint;
    while (ofs < maxOfs && isLess(arr[base + hint + ofs], key)) {
      lastOfs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxOfs) ofs = maxOfs;
    lastOfs += hint;
    ofs += hint;
  } else {
    // key <= arr[hint]: gallop left until arr[hint-ofs] < key <= arr[hint-lastOfs].
    const maxOfs = hint + 1;
    while (ofs < maxOfs && !isLess(arr[base + hint - ofs], key)) {
      lastOfs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxOfs) ofs = maxOfs;
    const k = lastOfs;
    lastOfs = hint - ofs;
    ofs = hint - k;
  }
  // arr[lastOfs] < key <= arr[ofs]: the place is in lastOfs+1 .. ofs.
  lastOfs++;
  while (lastOfs < ofs) {
    const m = lastOfs + ((ofs - lastOfs) >> 1);
    if (isLess(arr[base + m], key)) lastOfs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** As gallopLeft, but after key's equals: the k with arr[k-1] <= key < arr[k]. */
function gallopRight(key: PyValue, arr: PyValue[], base: number, n: number, hint: number): number {
  let lastOfs = 0;
  let ofs = 1;
  if (isLess(key, arr[base + hint])) {
    // key < arr[hint]: gallop left until arr[hint-ofs] <= key < arr[hint-lastOfs].
    const maxOfs = hint + 1;
    while (ofs < maxOfs && isLess(key, arr[base + hint - ofs])) {
      lastOfs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxOfs) ofs = maxOfs;
    const k = lastOfs;
    lastOfs = hint - ofs;
    ofs = hint - k;
  } else {
    // arr[hint] <= key: gallop right until arr[hint+lastOfs] <= key < arr[hint+ofs].
    const maxOfs = n - hint;
    while (ofs < maxOfs && !isLess(key, arr[base + hint + ofs])) {
      lastOfs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxOfs) ofs = maxOfs;
    lastOfs += hint;
    ofs += hint;
  }
  // arr[lastOfs] <= key < arr[ofs]: the place is in lastOfs+1 .. ofs.
  lastOfs++;
  while (lastOfs < ofs) {
    const m = lastOfs + ((ofs - lastOfs) >> 1);
    if (isLess(key, arr[base + m])) ofs = m;
    else lastOfs = m + 1;
  }
  return ofs;
}

class TimSort {
  /** Where merge_lo / merge_hi keep a copy of the shorter run (keys, and values with them). */
  private readonly tmpKeys: PyValue[] = [];
  private readonly tmpValues: PyValue[] = [];
  /** Pending runs, bottom first. */
  private readonly runs: Run[] = [];
  /** Adapted by every merge and carried over to the next, as CPython's ms->min_gallop. */
  private minGallop = MIN_GALLOP;

  /** Sorts `keys`; `values`, when given, is permuted along (CPython's sortslice). */
  constructor(
    private readonly keys: PyValue[],
    private readonly values: PyValue[] | null,
  ) {}

  /** Item `from` (key and value) to slot `to`. */
  private move(to: number, from: number): void {
    this.keys[to] = this.keys[from];
    if (this.values !== null) this.values[to] = this.values[from];
  }

  /** Item `from` of the merge copy to slot `to`. */
  private fromTmp(to: number, from: number): void {
    this.keys[to] = this.tmpKeys[from];
    if (this.values !== null) this.values[to] = this.tmpValues[from];
  }

  /** Copy items [from, from+n) to the merge copy's [0, n). */
  private toTmp(from: number, n: number): void {
    for (let i = 0; i < n; i++) this.tmpKeys[i] = this.keys[from + i];
    if (this.values !== null) for (let i = 0; i < n; i++) this.tmpValues[i] = this.values[from + i];
  }

  sort(): void {
    const n = this.keys.length;
    const min = minRun(n);
    let lo = 0;
    while (lo < n) {
      let end = this.countRun(lo, n);
      if (end - lo < min) {
        const force = Math.min(n, lo + min);
        this.binarySort(lo, force, end);
        end = force;
      }
      this.foundNewRun(end - lo);
      this.runs.push({ base: lo, len: end - lo, power: 0 });
      lo = end;
    }
    this.mergeForceCollapse();
  }

  /** End of the run starting at lo: non-descending, or strictly descending (which keeps the
   * sort stable when it is reversed in place). A comparison that raises leaves it unreversed. */
  private countRun(lo: number, hi: number): number {
    const keys = this.keys;
    if (lo + 1 === hi) return hi;
    let i = lo + 2;
    if (isLess(keys[lo + 1], keys[lo])) {
      while (i < hi && isLess(keys[i], keys[i - 1])) i++;
      reverseRange(keys, lo, i);
      if (this.values !== null) reverseRange(this.values, lo, i);
    } else {
      while (i < hi && !isLess(keys[i], keys[i - 1])) i++;
    }
    return i;
  }

  /** [lo, start) is sorted; insert each of [start, hi) after its equals (binary search). The
   * pivot moves only once its place is known, so a raising comparison leaves it where it was. */
  private binarySort(lo: number, hi: number, start: number): void {
    const keys = this.keys;
    const values = this.values;
    for (let s = start; s < hi; s++) {
      const pivot = keys[s];
      let l = lo;
      let r = s;
      while (l < r) {
        const p = l + ((r - l) >> 1);
        if (isLess(pivot, keys[p])) r = p;
        else l = p + 1;
      }
      const pivotValue = values === null ? null : values[s];
      for (let m = s; m > l; m--) this.move(m, m - 1);
      keys[l] = pivot;
      if (values !== null) values[l] = pivotValue;
    }
  }

  /** A run of length n2 starts where the topmost pending run ends: merge the pending runs
   * that sit deeper in powersort's merge tree than the new boundary, which then becomes
   * the topmost run's power. */
  private foundNewRun(n2: number): void {
    const runs = this.runs;
    if (runs.length === 0) return;
    const top = runs[runs.length - 1];
    const power = nodePower(top.base, top.len, n2, this.keys.length);
    while (runs.length > 1 && runs[runs.length - 2].power > power) this.mergeAt(runs.length - 2);
    runs[runs.length - 1].power = power;
  }

  /** At the end, merge everything, the middle of the top three runs with the shorter of
   * its neighbours first. */
  private mergeForceCollapse(): void {
    const runs = this.runs;
    while (runs.length > 1) {
      let n = runs.length - 2;
      if (n > 0 && runs[n - 1].len < runs[n + 1].len) n--;
      this.mergeAt(n);
    }
  }

  /** Merge pending runs i and i+1 (the stack is updated first, as in CPython). */
  private mergeAt(i: number): void {
    const keys = this.keys;
    const runs = this.runs;
    let baseA = runs[i].base;
    let na = runs[i].len;
    const baseB = runs[i + 1].base;
    let nb = runs[i + 1].len;
    runs[i].len = na + nb;
    runs.splice(i + 1, 1);
    // Items of A up to b[0]'s place, and of B from a[-1]'s place, are already where they go.
    const k = gallopRight(keys[baseB], keys, baseA, na, 0);
    baseA += k;
    na -= k;
    if (na === 0) return;
    nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
    if (nb === 0) return;
    if (na <= nb) this.mergeLo(baseA, na, baseB, nb);
    else this.mergeHi(baseA, na, baseB, nb);
  }

  /** Merge the adjacent runs A = [baseA, baseA+na) and B = [baseB, baseB+nb) (na <= nb)
   * from the low end, A copied out. mergeAt established that b[0] goes first and a[-1]
   * last. Throughout, dest + na === pb: the gap is exactly the size of what is left of A. */
  private mergeLo(baseA: number, na: number, baseB: number, nb: number): void {
    const keys = this.keys;
    const tmp = this.tmpKeys;
    this.toTmp(baseA, na);
    let pa = 0;
    let pb = baseB;
    let dest = baseA;
    this.move(dest++, pb++);
    nb--;
    let minGallop = this.minGallop;
    try {
      copyB: {
        if (nb === 0) return;
        if (na === 1) break copyB;
        for (;;) {
          // One item at a time, counting how often in a row each run wins.
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (isLess(keys[pb], tmp[pa])) {
              this.move(dest++, pb++);
              bcount++;
              acount = 0;
              if (--nb === 0) return;
              if (bcount >= minGallop) break;
            } else {
              this.fromTmp(dest++, pa++);
              acount++;
              bcount = 0;
              if (--na === 1) break copyB;
              if (acount >= minGallop) break;
            }
          }
          // One run keeps winning: gallop, lowering min_gallop (to favour galloping) for as
          // long as it pays, i.e. a gallop moves at least MIN_GALLOP items.
          minGallop++;
          do {
            if (minGallop > 1) minGallop--;
            this.minGallop = minGallop;
            let k = gallopRight(keys[pb], tmp, pa, na, 0);
            acount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) this.fromTmp(dest++, pa++);
              na -= k;
              if (na === 1) break copyB;
              // Only reachable with an inconsistent __lt__; CPython handles it so, too.
              if (na === 0) return;
            }
            this.move(dest++, pb++);
            if (--nb === 0) return;
            k = gallopLeft(tmp[pa], keys, pb, nb, 0);
            bcount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) this.move(dest++, pb++);
              nb -= k;
              if (nb === 0) return;
            }
            this.fromTmp(dest++, pa++);
            if (--na === 1) break copyB;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          // Penalise leaving galloping mode.
          minGallop++;
          this.minGallop = minGallop;
        }
      }
      // A is down to its last item, which goes after the rest of B.
      for (let i = 0; i < nb; i++) this.move(dest++, pb++);
    } finally {
      // What is left of A fills the gap: at the end of the merge, or when a comparison raised.
      for (let i = 0; i < na; i++) this.fromTmp(dest++, pa++);
    }
  }

  /** Merge from the high end, B (the shorter, na > nb) copied out; the mirror image of
   * mergeLo. B is taken from its top, so what is left of it is tmp[0:nb], and the gap is
   * [dest-nb+1, dest+1). */
  private mergeHi(baseA: number, na: number, baseB: number, nb: number): void {
    const keys = this.keys;
    const tmp = this.tmpKeys;
    this.toTmp(baseB, nb);
    let pa = baseA + na - 1;
    let pb = nb - 1;
    let dest = baseB + nb - 1;
    this.move(dest--, pa--);
    na--;
    let minGallop = this.minGallop;
    try {
      copyA: {
        if (na === 0) return;
        if (nb === 1) break copyA;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (isLess(tmp[pb], keys[pa])) {
              this.move(dest--, pa--);
              acount++;
              bcount = 0;
              if (--na === 0) return;
              if (acount >= minGallop) break;
            } else {
              this.fromTmp(dest--, pb--);
              bcount++;
              acount = 0;
              if (--nb === 1) break copyA;
              if (bcount >= minGallop) break;
            }
          }
          minGallop++;
          do {
            if (minGallop > 1) minGallop--;
            this.minGallop = minGallop;
            let k = na - gallopRight(tmp[pb], keys, baseA, na, na - 1);
            acount = k;
            if (k > 0) {
              // The top k items of A move up (from the top down: the ranges may overlap).
              for (let i = 0; i < k; i++) this.move(dest--, pa--);
              na -= k;
              if (na === 0) return;
            }
            this.fromTmp(dest--, pb--);
            if (--nb === 1) break copyA;
            k = nb - gallopLeft(keys[pa], tmp, 0, nb, nb - 1);
            bcount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) this.fromTmp(dest--, pb--);
              nb -= k;
              if (nb === 1) break copyA;
              // Only reachable with an inconsistent __lt__; CPython handles it so, too.
              if (nb === 0) return;
            }
            this.move(dest--, pa--);
            if (--na === 0) return;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++;
          this.minGallop = minGallop;
        }
      }
      // B is down to its first item, which goes before the rest of A.
      for (let i = 0; i < na; i++) this.move(dest--, pa--);
    } finally {
      // What is left of B fills the gap: at the end of the merge, or when a comparison raised.
      for (let i = nb - 1; i >= 0; i--) this.fromTmp(dest--, i);
    }
  }
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (let l = lo, r = hi - 1; l < r; l++, r--) {
    const t = a[l];
    a[l] = a[r];
    a[r] = t;
  }
}
