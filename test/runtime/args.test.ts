// Argument binding of Python functions (all parameter kinds, defaults, kw-only defaults) and
// CPython's exact TypeError messages, compared with python3 live.
import { describe, it, expect } from 'vitest';
import { call, setAttr, PyTuple, PyDict, type PyValue } from '../../src/runtime/index.js';
import { pythonEval, capture, encInt, encSeq, encStr, mismatches, type Encoded } from './oracle.js';
import { pyfunc } from './pyfunc.js';

interface Sig {
  name: string;
  params: string; // Python parameter list
  defaults?: number[];
  kwdefaults?: Record<string, number>;
}

const SIGS: Sig[] = [
  { name: 'f', params: 'a, b' },
  { name: 'g', params: 'a, b=1, *, c, d=2', defaults: [1], kwdefaults: { d: 2 } },
  { name: 'h', params: 'a, /, b, *args, c, **kw' },
  { name: 'k', params: 'a, b, c, d' },
  { name: 'z', params: '' },
  { name: 'o', params: 'a=1', defaults: [1] },
  { name: 'kwo', params: '*, a' },
  { name: 'kwo2', params: '*, a, b' },
  { name: 'po', params: 'a, b, /' },
  { name: 'po2', params: 'a, /, **kw' },
  { name: 'va', params: '*args' },
  { name: 'mix', params: 'a, b=2, /, c=3, *args, d, e=5, **kw', defaults: [2, 3], kwdefaults: { e: 5 } },
  { name: 'A.m', params: 'self, x' },
];

// Calls: [function, positional args, keyword args]
const CALLS: [string, number[], [string, number][]][] = [
  ['f', [], []], ['f', [1], []], ['f', [1, 2], []], ['f', [1, 2, 3], []], ['f', [1], [['a', 2]]], ['f', [1, 2], [['c', 3]]],
  ['f', [], [['b', 1], ['a', 2]]],
  ['g', [1], []], ['g', [], []], ['g', [1, 2, 3], []], ['g', [1, 2, 3], [['c', 4]]], ['g', [1], [['c', 3]]],
  ['g', [1, 2, 3, 4], [['c', 1]]], ['g', [1, 2, 3, 4], [['c', 1], ['d', 2]]], ['g', [], [['c', 1], ['a', 0]]],
  ['h', [], [['a', 1], ['b', 2], ['c', 3]]], ['h', [1, 2], []], ['h', [1, 2, 3, 4], [['c', 5], ['x', 6], ['a', 7]]],
  ['h', [1], [['b', 2], ['c', 3]]],
  ['k', [], []], ['k', [1], []], ['k', [1, 2], []], ['k', [1, 2, 3], []], ['k', [1, 2, 3, 4, 5], []],
  ['z', [1], []], ['z', [1, 2], []], ['z', [], [['q', 1]]], ['z', [], []],
  ['o', [1, 2], []], ['o', [1, 2], [['a', 3]]], ['o', [], [['a', 3]]], ['o', [], []],
  ['kwo', [], []], ['kwo', [1], []], ['kwo', [1], [['a', 1]]], ['kwo2', [], []], ['kwo2', [1, 2], []],
  ['po', [1], [['b', 2]]], ['po', [], [['a', 1], ['b', 2]]], ['po', [1, 2], []], ['po', [1], []],
  ['po2', [1], [['a', 2]]], ['po2', [], [['a', 2]]],
  ['va', [], []], ['va', [1, 2, 3], []], ['va', [], [['x', 1]]],
  ['mix', [1], [['d', 4]]], ['mix', [1, 2, 3, 4, 5], [['d', 6], ['z', 7]]], ['mix', [1], []], ['mix', [], [['a', 1], ['d', 1]]],
  ['mix', [1], [['b', 9], ['d', 1]]], ['mix', [1], [['c', 9], ['d', 1], ['c', 8]].slice(0, 2) as [string, number][]],
  ['A.m', [0], []], ['A.m', [0, 1, 2], []], ['A.m', [], []],
];

/** Python source of the functions: each returns [param values..., list(*args), sorted(**kw items)]. */
function pySetup(): string {
  const lines = ['class A:', '    pass'];
  for (const s of SIGS) {
    // CPython's varnames order: positional, keyword-only, *args, **kw.
    const all = paramNames(s.params);
    const names = [...all.filter(([, k]) => k === 'plain'), ...all.filter(([, k]) => k === 'star'), ...all.filter(([, k]) => k === 'starstar')];
    const ret = names.map(([n, kind]) => (kind === 'star' ? `list(${n})` : kind === 'starstar' ? `sorted(${n}.items())` : n));
    const def = `def ${s.name.replace('A.', '')}(${s.params}): return [${ret.join(', ')}]`;
    if (s.name.startsWith('A.')) lines.push(`class A:`, `    ${def}`, `${s.name.replace('.', '_')} = A.m`);
    else lines.push(def);
  }
  return lines.join('\n');
}

function paramNames(params: string): [string, 'plain' | 'star' | 'starstar'][] {
  return params
    .split(',')
    .map((p) => p.trim().replace(/=.*$/, ''))
    .filter((p) => p !== '' && p !== '/' && p !== '*')
    .map((p) => (p.startsWith('**') ? [p.slice(2), 'starstar'] : p.startsWith('*') ? [p.slice(1), 'star'] : [p, 'plain']));
}

function encode(v: PyValue): Encoded {
  if (typeof v === 'number') return encInt(v);
  if (typeof v === 'string') return encStr(v);
  if (v instanceof PyTuple) return encSeq(v.items.map(encode));
  if (v instanceof PyDict) {
    const items = v.entries().sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    return encSeq(items.map(([k, x]) => encSeq([encode(k), encode(x)])));
  }
  throw new Error(`unexpected ${String(v)}`);
}

describe('argument binding vs CPython', () => {
  it("messages name the function's __qualname__ (which code may change), not the code's", () => {
    const want = pythonEval(['renamed()'], "def renamed(a): pass\nrenamed.__qualname__ = 'P.__new__'");
    const f = pyfunc('renamed', 'a', () => null);
    setAttr(f, '__qualname__', 'P.__new__');
    expect([capture(() => call(f, []) as unknown as Encoded)]).toEqual(want);
  });

  it('binds every parameter kind and raises CPython messages', () => {
    const exprs = CALLS.map(([f, pos, kw]) => {
      const fn = f === 'A.m' ? 'A_m' : f;
      return `${fn}(${[...pos.map(String), ...kw.map(([k, v]) => `${k}=${v}`)].join(', ')})`;
    });
    const want = pythonEval(exprs, pySetup());
    const funcs = new Map(
      SIGS.map((s) => [
        s.name,
        pyfunc(s.name, s.params, (locals) => encSeq(locals.map((v) => encode(v!))) as unknown as PyValue, {
          defaults: s.defaults,
          kwdefaults: s.kwdefaults,
        }),
      ]),
    );
    const got = CALLS.map(([f, pos, kw]) =>
      capture(() => call(funcs.get(f)!, [...pos, ...kw.map(([, v]) => v)], kw.length ? kw.map(([k]) => k) : null) as unknown as Encoded),
    );
    expect(mismatches(exprs, got, want)).toEqual([]);
  });
});
