// set/frozenset vs CPython 3.11 (live): iteration order after construction, growth,
// removals and the set algebra (CPython's exact table), every method and operator, errors.
import { describe, it, expect } from 'vitest';
import { mismatches, pick, type Case, type Spec } from './container-oracle.js';
import { rng } from '../support/rng.js';

const r = rng(20261124);
const ints = (n: number, span: number): Spec[] => Array.from({ length: n }, () => Math.floor(r() * span) - Math.floor(span / 4));
const words = ['a', 'b', 'c', 'hello', 'world', 'x', 'yy', 'zzz', 'spam', 'eggs', 'α', '😀', '', 'key1', 'key2', 'key10'];
const strs = (n: number): Spec[] => Array.from({ length: n }, () => pick(r, words) + (r() < 0.5 ? String(Math.floor(r() * 50)) : ''));
const bigs = (n: number): Spec[] => Array.from({ length: n }, () => ({ t: 'int', v: String(BigInt(Math.floor(r() * 1e15)) * 1000003n * (r() < 0.5 ? -1n : 1n)) }));
const tuples = (n: number): Spec[] => Array.from({ length: n }, () => ({ t: 'tuple', v: [Math.floor(r() * 10), pick(r, words)] }));
const floats = (n: number): Spec[] => Array.from({ length: n }, () => ({ t: 'float', v: Math.round(r() * 1000) / 8 - 30 }));
const gens = [
  () => ints(1 + Math.floor(r() * 40), 100),
  () => ints(1 + Math.floor(r() * 200), 100000),
  () => strs(1 + Math.floor(r() * 30)),
  () => bigs(1 + Math.floor(r() * 20)),
  () => tuples(1 + Math.floor(r() * 20)),
  () => floats(1 + Math.floor(r() * 20)),
  () => [...ints(5, 20), ...strs(5), ...tuples(3)],
];
const set = (v: Spec[]): Spec => ({ t: 'set', v });
const fset = (v: Spec[]): Spec => ({ t: 'frozenset', v });

describe('set order and algebra match CPython', () => {
  it('construction, growth and removal orders', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 300; i++) {
      const g = pick(r, gens);
      const a = g();
      const b = g();
      cases.push({ fn: 'set', args: [a] });
      cases.push({ fn: 'frozenset', args: [a] });
      cases.push({ recv: set(a), calls: [['update', [b]]] });
      cases.push({ recv: set(a), calls: a.slice(0, Math.floor(a.length / 2)).map((x) => ['discard', [x]] as [string, Spec[]]) });
      cases.push({ recv: set(a), calls: [...a.slice(0, 5).map((x) => ['remove', [x]] as [string, Spec[]]), ['update', [b]]] });
      cases.push({ recv: set(a), calls: [['difference_update', [b]], ['add', [a[0]]]] });
      cases.push({ recv: set(a), calls: [['pop', []], ['pop', []], ['add', [b[0]]], ['pop', []]] });
      cases.push({ recv: set(a), method: 'copy' });
      cases.push({ recv: set(a), calls: [['clear', []], ['update', [b]]] });
      cases.push({ fn: 'hash', args: [fset(a)] });
      cases.push({ fn: 'list', args: [fset(b)] });
    }
    expect(mismatches(cases)).toEqual([]);
  });

  it('methods and operators', () => {
    const cases: Case[] = [];
    const methods = ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint'];
    const mutators = ['update', 'intersection_update', 'difference_update', 'symmetric_difference_update'];
    const ops = ['|', '&', '-', '^', '==', '!=', '<', '<=', '>', '>=', '|=', '&=', '-=', '^='];
    for (let i = 0; i < 250; i++) {
      const g = pick(r, gens);
      const a = g();
      const b = r() < 0.3 ? [...a.slice(0, 3), ...g()] : g();
      const other = pick(r, [set(b), fset(b), b, { t: 'tuple', v: b } as Spec, { t: 'dict', v: b.map((x) => [x, 1] as [Spec, Spec]) } as Spec]);
      cases.push({ recv: pick(r, [set(a), fset(a)]), method: pick(r, methods), args: [other] });
      cases.push({ recv: set(a), method: pick(r, mutators), args: [other] });
      cases.push({ op: pick(r, ops), args: [pick(r, [set(a), fset(a)]), pick(r, [set(b), fset(b), b])] });
      cases.push({ recv: set(a), method: 'union', args: [b, set(g())] });
      cases.push({ recv: set(a), method: 'intersection', args: [b, a] });
      cases.push({ op: 'in', args: [pick(r, [...a, ...b]), set(a)] });
    }
    expect(mismatches(cases)).toEqual([]);
  });

  it('long add/discard/pop sequences (dummy reuse, resizes that drop dummies)', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 60; i++) {
      const pool = [...ints(30, 200), ...strs(20), ...tuples(10)];
      const calls: [string, Spec[]][] = [];
      for (let k = 0; k < 150; k++) {
        const x = pick(r, pool);
        const op = r();
        calls.push(op < 0.55 ? ['add', [x]] : op < 0.9 ? ['discard', [x]] : op < 0.97 ? ['pop', []] : ['update', [pool.slice(0, 20)]]);
      }
      cases.push({ recv: set([]), calls });
      cases.push({ recv: set(pool.slice(0, 10)), calls: [...calls, ['copy', []]] });
    }
    expect(mismatches(cases)).toEqual([]);
  });

  it('errors, reprs and edge cases', () => {
    const cases: Case[] = [
      { recv: set([]), method: 'pop' },
      { recv: set([1]), method: 'remove', args: [2] },
      { recv: set([1]), method: 'add', args: [[1]] },
      { fn: 'set', args: [1] },
      { fn: 'set', args: [[1], [2]] },
      { op: 'in', args: [[1], set([1])] },
      { op: 'in', args: [set([1]), set([fset([1])])] },
      { recv: set([fset([1])]), method: 'remove', args: [set([1])] },
      { op: '|', args: [set([1]), [2]] },
      { op: '<', args: [set([1]), 1] },
      { fn: 'repr', args: [set([])] },
      { fn: 'repr', args: [fset([])] },
      { fn: 'hash', args: [set([1])] },
      { fn: 'hash', args: [fset([])] },
      { fn: 'hash', args: [fset([1, 2, 3])] },
      { fn: 'set', args: [{ t: 'dict', v: [['a', 1], ['b', 2]] }] },
      { fn: 'set', args: ['hello world'] },
      { fn: 'set', args: [[1, { t: 'float', v: 1 }, true, 2, { t: 'float', v: 2.5 }]] },
      { op: '==', args: [set([1, 2]), fset([2, 1])] },
      { op: '-', args: [fset([1, 2]), set([1])] },
      { op: '&', args: [set([1, 2]), { t: 'dict', v: [[1, 1]] }] },
      { fn: 'sorted', args: [set([3, 1, 2])] },
      { fn: 'len', args: [set([1, 1, 2])] },
    ];
    expect(mismatches(cases)).toEqual([]);
  });
});
