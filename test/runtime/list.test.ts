// list and tuple vs CPython 3.11 (live): every method, sort (stable, key, reverse, mixed-type
// errors), subscription with ints and every slice form incl. extended-slice assignment and
// deletion, operators and comparisons, tuple hashes.
import { describe, it, expect } from 'vitest';
import { mismatches, pick, type Case, type Spec } from './container-oracle.js';
import { rng } from '../support/rng.js';

const r = rng(7);
const small = (): number => Math.floor(r() * 21) - 10;
const list = (n = Math.floor(r() * 12)): Spec[] => Array.from({ length: n }, () => Math.floor(r() * 8));
const bound = (): Spec => pick(r, [null, small(), small(), { t: 'int', v: '99999999999999999999' }, { t: 'int', v: '-99999999999999999999' }]);
const slice = (): Spec => ({ t: 'slice', v: [bound(), bound(), pick(r, [null, 1, 2, -1, -2, 3, 0])] });
const tuple = (v: Spec[]): Spec => ({ t: 'tuple', v });

describe('list matches CPython', () => {
  it('methods', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 400; i++) {
      const a = list();
      cases.push(pick(r, [
        { recv: a, method: 'append', args: [small()] },
        { recv: a, method: 'extend', args: [pick(r, [list(), tuple(list()), 'abc', { t: 'set', v: list() }])] },
        { recv: a, method: 'insert', args: [small(), 99] },
        { recv: a, method: 'pop', args: r() < 0.3 ? [] : [small()] },
        { recv: a, method: 'remove', args: [Math.floor(r() * 8)] },
        { recv: a, method: 'index', args: [Math.floor(r() * 8), ...(r() < 0.5 ? [small()] : []), ...(r() < 0.3 ? [small()] : [])] },
        { recv: a, method: 'count', args: [Math.floor(r() * 8)] },
        { recv: a, method: 'reverse' },
        { recv: a, method: 'clear' },
        { recv: a, method: 'copy' },
        { recv: a, method: 'sort', kwargs: r() < 0.5 ? { reverse: true } : {} },
      ] as Case[]));
      cases.push({ op: '[]', args: [a, pick(r, [small(), slice(), slice()])] });
      cases.push({ op: '[]=', args: [a, slice(), pick(r, [list(), list(3), 'xy', 5, tuple(list(2))])] });
      cases.push({ op: '[]=', args: [a, small(), 'v'] });
      cases.push({ op: 'del[]', args: [a, pick(r, [small(), slice(), slice()])] });
      cases.push({ op: pick(r, ['+', '*', '==', '!=', '<', '<=', '>', '>=', '+=', '*=']), args: [a, pick(r, [list(), small(), tuple(list()), 'x'])] });
      cases.push({ op: 'in', args: [small(), a] });
    }
    expect(mismatches(cases)).toEqual([]);
  });

  it('sort: stable, key, reverse, errors', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 150; i++) {
      const pairs = Array.from({ length: Math.floor(r() * 30) }, () => tuple([Math.floor(r() * 5), Math.floor(r() * 100)]));
      cases.push({ fn: 'sorted', args: [pairs], kwargs: { key: { t: 'builtin', v: 'len' } } });
      cases.push({ fn: 'sorted', args: [list(Math.floor(r() * 40)).map((x) => (x as number) - 4)], kwargs: { key: { t: 'builtin', v: 'abs' }, reverse: r() < 0.5 } });
      cases.push({ fn: 'sorted', args: [list(Math.floor(r() * 40))], kwargs: { key: { t: 'builtin', v: 'str' } } });
      cases.push({ fn: 'sorted', args: [list(Math.floor(r() * 80))], kwargs: { reverse: r() < 0.5 } });
      cases.push({ recv: pairs, method: 'sort', kwargs: { reverse: true } });
      const words = Array.from({ length: Math.floor(r() * 20) }, () => pick(r, ['b', 'a', 'B', 'ab', 'Ab', '', 'é', 'z']));
      cases.push({ fn: 'sorted', args: [words] });
    }
    cases.push({ fn: 'sorted', args: [[1, 'a']] });
    cases.push({ fn: 'sorted', args: [['a', 1, 2]] });
    cases.push({ fn: 'sorted', args: [[3, 1, 'a', 2]] });
    cases.push({ fn: 'sorted', args: [[{ t: 'float', v: 1.5 }, 1, true, { t: 'int', v: '100000000000000000000' }]] });
    cases.push({ fn: 'sorted', args: [[tuple([1, 'a']), tuple([1, 2])]] });
    cases.push({ fn: 'sorted', args: [[[1], [0, 5], []]] });
    cases.push({ fn: 'sorted', args: [[1, 2]], kwargs: { key: 5 } });
    cases.push({ fn: 'sorted', args: [[1, 2]], kwargs: { reverse: 'yes' } });
    cases.push({ fn: 'sorted', args: [5] });
    cases.push({ fn: 'sorted', args: [[1, 'a']], kwargs: { key: { t: 'builtin', v: 'str' } } });
    cases.push({ fn: 'sorted', args: [[1, -1]], kwargs: { key: { t: 'builtin', v: 'len' } } });
    expect(mismatches(cases)).toEqual([]);
  });

  it('errors and reprs', () => {
    const cases: Case[] = [
      { recv: [], method: 'pop' },
      { recv: [1], method: 'pop', args: [5] },
      { recv: [1], method: 'remove', args: [5] },
      { recv: [1], method: 'index', args: [5] },
      { recv: [1], method: 'index', args: ['x'] },
      { recv: [1, 2], method: 'index', args: [2, 'a'] },
      { op: '[]', args: [[1], 'a'] },
      { op: '[]', args: [[1], 5] },
      { op: '[]', args: [[1], { t: 'int', v: '100000000000000000000' }] },
      { op: '[]', args: [[1], { t: 'int', v: '1000000000000000000' }] },
      { op: '[]=', args: [[1], 5, 0] },
      { op: '[]=', args: [[1, 2, 3], { t: 'slice', v: [null, null, 2] }, [1, 2, 3]] },
      { op: '[]=', args: [[1, 2, 3], { t: 'slice', v: [null, null, 2] }, 5] },
      { op: '[]=', args: [[1, 2, 3], { t: 'slice', v: [0, 1] }, 5] },
      { op: '[]', args: [[1, 2, 3], { t: 'slice', v: [null, null, 0] }] },
      { op: '[]', args: [[1, 2, 3], { t: 'slice', v: ['a', null] }] },
      { op: '+', args: [[1], tuple([2])] },
      { op: '*', args: [[1], { t: 'float', v: 2 }] },
      { op: '*', args: [[1], { t: 'int', v: '100000000000000000000' }] },
      { op: '<', args: [[1, 'a'], [1, 2]] },
      { fn: 'list', args: [1] },
      { fn: 'list', args: [[1], [2]] },
      { fn: 'hash', args: [[]] },
      { fn: 'repr', args: [[[], [1, [2, 'x']], tuple([]), tuple([1])]] },
      { fn: 'list', args: [{ t: 'dict', v: [[1, 2], ['a', 3]] }] },
      { fn: 'reversed', args: [[1, 2, 3]] },
    ];
    expect(mismatches(cases).filter((m) => !m.py.includes('reverseiterator object at'))).toEqual([]);
  });
});

describe('tuple matches CPython', () => {
  it('methods, operators, hash', () => {
    const cases: Case[] = [];
    // No None: its hash is address-based in CPython.
    const elems = (): Spec => pick(r, [small(), 'ab', { t: 'float', v: r() * 10 - 5 }, tuple([small(), 'x']), { t: 'int', v: '123456789012345678901234567890' }, true, { t: 'frozenset', v: [1, 2] }]);
    for (let i = 0; i < 300; i++) {
      const a = tuple(Array.from({ length: Math.floor(r() * 6) }, elems));
      cases.push({ fn: 'hash', args: [a] });
      cases.push({ recv: a, method: pick(r, ['count', 'index']), args: [elems()] });
      cases.push({ op: '[]', args: [a, pick(r, [small(), slice()])] });
      cases.push({ op: pick(r, ['+', '*', '==', '<', '>=']), args: [a, pick(r, [tuple(list()), small(), list()])] });
      cases.push({ fn: 'repr', args: [a] });
    }
    cases.push({ fn: 'hash', args: [tuple([[1]])] });
    cases.push({ fn: 'tuple', args: [1] });
    cases.push({ recv: tuple([1]), method: 'index', args: [2] });
    cases.push({ op: '[]', args: [tuple([1]), 3] });
    expect(mismatches(cases)).toEqual([]);
  });
});

describe("pytier's list length limit (limits.ts MAX_LIST_LENGTH)", () => {
  // Past it V8 would abort the process; CPython would still allocate these, so this is
  // pytier's own limit, not parity: MemoryError instead of an internal error or a crash.
  it('raises MemoryError for a repeat past the limit', async () => {
    const { execPython } = await import('../../src/api.js');
    const ns = execPython('try:\n    [0] * 150_000_000\nexcept MemoryError as e:\n    r = repr(e)\nok = len([0] * 1000)');
    expect(ns).toMatchObject({ r: 'MemoryError()', ok: 1000 });
  });
  it('raises MemoryError for a list or tuple concatenation past the limit', async () => {
    const { execPython } = await import('../../src/api.js');
    const src = [
      'a = [0] * 60_000_000',
      'r = []',
      'for x in (a, tuple(a)):',
      '    try:',
      '        x + x',
      '    except MemoryError as e:',
      '        r.append(repr(e))',
      'a = x = None',
      'ok = len([1] + [2]), len((1,) + (2,))',
    ].join('\n');
    const ns = execPython(src);
    expect(ns).toMatchObject({ r: ['MemoryError()', 'MemoryError()'], ok: [2, 2] });
  }, 30_000);
});
