// list.sort / sorted() vs CPython 3.11, comparison by comparison. Sorting is observable beyond
// its result: a key class whose __lt__ logs shows every comparison timsort makes, and one whose
// k-th comparison raises shows the partial permutation the list is left in. Each generated
// program sorts one list (lengths 0..3000: duplicates, ascending and descending runs, random)
// through such a class, by itself or as the key of other values, and prints the number of
// comparisons, a hash of all of them, the first 200, and the final order; python3 runs every
// program in one process. PYTIER_LISTSORT_SEED and PYTIER_LISTSORT_COUNT fuzz further.
import { describe, it, expect } from 'vitest';
import { runManyInPython } from '../support/py-run-many.js';
import { runHere } from '../interp/run-here.js';
import { rng, Draw } from '../support/rng.js';

// K(v, i) compares by v; i names the item. `limit` is the comparison that raises (0: none);
// with `chaos`, __lt__ answers inconsistently (but deterministically), which takes merges
// down paths a consistent order never reaches.
const PRELUDE = `count = 0
digest = 0
log = []
limit = LIMIT
chaos = CHAOS
class K:
    __slots__ = ('v', 'i')
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        global count, digest
        count += 1
        if count == limit:
            raise ValueError('comparison %d' % count)
        digest = (digest * 1000003 + self.i * 4099 + other.i) % 2147483647
        if len(log) < 200:
            log.append((self.i, other.i))
        if chaos:
            return (self.i * 7919 + other.i * 104729 + count * 31) % 5 < 2
        return self.v < other.v
`;

class Gen extends Draw {
  /** Values with the shapes timsort treats differently. */
  values(n: number): number[] {
    const range = this.pick([2, 5, 20, 1000, 1_000_000]);
    const rand = () => this.int(range);
    switch (this.int(6)) {
      case 0:
        return Array.from({ length: n }, rand);
      case 1: {
        // Runs of random lengths, ascending or descending (non-strictly when range is small,
        // so a "descending" run can stop at an equal pair).
        const out: number[] = [];
        while (out.length < n) {
          const run = Array.from({ length: Math.min(n - out.length, 1 + this.int(this.pick([8, 40, 300]))) }, rand).sort((a, b) => a - b);
          out.push(...(this.chance(0.5) ? run.reverse() : run));
        }
        return out;
      }
      case 2: {
        // Nearly sorted: a sorted list with a few swaps or a shuffled tail.
        const out = Array.from({ length: n }, rand).sort((a, b) => a - b);
        if (this.chance(0.5)) out.reverse();
        for (let s = this.int(4); s > 0 && n > 1; s--) {
          const i = this.int(n);
          const j = this.int(n);
          [out[i], out[j]] = [out[j], out[i]];
        }
        if (this.chance(0.3)) for (let i = n - this.int(n / 4 + 1); i < n; i++) out[i] = rand();
        return out;
      }
      case 3:
        // Sawtooth and organ pipe.
        return Array.from({ length: n }, (_, i) => (this.chance(0.5) ? i % (1 + this.int(200)) : Math.min(i, n - i)));
      case 4:
        // Two long sorted halves whose merge gallops.
        return Array.from({ length: n }, (_, i) => (i < n / 2 ? i * 2 : (i - n / 2) * 2 + this.int(3)));
      default:
        return Array.from({ length: n }, (_, i) => (this.chance(0.9) ? i : rand()));
    }
  }

  length(): number {
    return this.pick([() => this.int(20), () => this.int(70), () => 64 + this.int(600), () => this.int(3001)])();
  }

  program(): string {
    const vs = this.values(this.length());
    const n = vs.length;
    if (this.chance(0.1)) return this.mixed(vs);
    // Past the last comparison sometimes (then nothing raises).
    const limit = this.chance(0.3) ? 1 + this.int(Math.ceil(n * Math.log2(n + 2))) : 0;
    const reverse = this.chance(0.3) ? ', reverse=True' : '';
    const byKey = this.chance(0.4);
    const how = this.chance(0.2) ? 'sorted' : 'sort';
    const prelude = PRELUDE.replace('LIMIT', String(limit)).replace('CHAOS', this.chance(0.1) ? 'True' : 'False');
    const lines = [prelude, `V = [${vs.join(', ')}]`];
    if (byKey) {
      // Keys apart from the values: they are computed once each, in order, and move with them.
      lines.push('a = list(range(len(V)))', 'calls = []', 'def key(i):\n    calls.append(i)\n    return K(V[i], i)');
      lines.push(how === 'sort' ? `try:\n    a.sort(key=key${reverse})` : `try:\n    a = sorted(a, key=key${reverse})`);
      lines.push('except ValueError as e:\n    print(e)', 'print(count, digest, calls == list(range(len(V))))', 'print(log)', 'print(a)');
    } else {
      lines.push('a = [K(v, i) for i, v in enumerate(V)]');
      lines.push(how === 'sort' ? `try:\n    a.sort(${reverse.slice(2)})` : `try:\n    a = sorted(a${reverse})`);
      lines.push('except ValueError as e:\n    print(e)', 'print(count, digest)', 'print(log)', 'print([x.i for x in a])');
    }
    return lines.join('\n') + '\n';
  }

  /** Plain ints (the fast path) with a str somewhere: the TypeError names the first pair
   * compared, and the list keeps the order reached. */
  mixed(vs: number[]): string {
    const items: string[] = vs.map(String);
    items.splice(this.int(items.length + 1), 0, "'x'");
    return `a = [${items.join(', ')}]\ntry:\n    a.sort(${this.chance(0.3) ? 'reverse=True' : ''})\nexcept TypeError as e:\n    print(e)\nprint(a)\n`;
  }
}

// What happens around the comparisons: key errors, and the list being changed meanwhile.
const FIXED = [
  `a = [3, 1, 2]
def key(x):
    print('key', x, len(a), a)
    if x == 2:
        raise KeyError(x)
    return x
try:
    a.sort(key=key, reverse=True)
except KeyError as e:
    print('KeyError', e)
print(a)
`,
  `class M:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v, len(b), b)
        if len(b) == 0: b.append(s.v)
        return s.v < o.v
b = [M(x) for x in [5, 3, 9, 1]]
try:
    b.sort()
except ValueError as e:
    print(e)
print([x if isinstance(x, int) else x.v for x in b])
`,
  `class M:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 1: raise IndexError('one')
        b.append(0)
        return s.v < o.v
b = [M(x) for x in [5, 3, 9, 1, 4]]
try:
    b.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
print([x if isinstance(x, int) else x.v for x in b])
`,
  `print(sorted([3, 'a', 1]))
`,
];

describe('list.sort makes CPython 3.11\'s comparisons', () => {
  const g = new Gen(rng(Number(process.env.PYTIER_LISTSORT_SEED ?? 311)));
  const programs = [...FIXED, ...Array.from({ length: Number(process.env.PYTIER_LISTSORT_COUNT ?? 120) }, () => g.program())];
  const expected = runManyInPython(programs);

  it(`in ${programs.length} programs, with python3's output`, async () => {
    const mismatches: string[] = [];
    for (let i = 0; i < programs.length; i++) {
      const got = await runHere(programs[i]);
      const want = expected[i];
      if (got.out !== want.out || got.exc !== want.exc) {
        const cut = (s: string) => (s.length > 1000 ? s.slice(0, 1000) + '...' : s);
        mismatches.push(`#${i}\n${cut(programs[i])}\n--- python3:\n${cut(want.out)}${want.exc ?? ''}\n--- pytier:\n${cut(got.out)}${got.exc ?? ''}`);
      }
    }
    expect(mismatches.slice(0, 2).join('\n\n'), `${mismatches.length} of ${programs.length} differ`).toBe('');
  }, 120_000);
});
