// The builtin functions and iterator types vs CPython 3.11 (live): min/max (key, default),
// sum (start, float summation), sorted, zip (strict), enumerate, map, filter, reversed, iter,
// next, divmod, pow (3-arg), round, abs, bin/oct/hex, chr/ord, ascii, format, hash, len,
// isinstance/issubclass, callable, any/all, getattr/hasattr, with their error messages.
import { describe, it, expect } from 'vitest';
import { mismatches, pick, type Case, type Spec } from './container-oracle.js';
import { rng } from '../support/rng.js';

const r = rng(13);
const int = (): Spec => pick(r, [Math.floor(r() * 200) - 100, { t: 'int', v: String(BigInt(Math.floor(r() * 1e9)) ** 3n * (r() < 0.5 ? -1n : 1n)) }]);
const flt = (): Spec => ({ t: 'float', v: Math.round((r() * 200 - 100) * 1000) / 1000 });
const num = (): Spec => pick(r, [int(), flt(), true]);
const ints = (n = Math.floor(r() * 8)): Spec[] => Array.from({ length: n }, () => Math.floor(r() * 20) - 10);
const B = (v: string): Spec => ({ t: 'builtin', v });

describe('builtin functions match CPython', () => {
  it('numeric builtins', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 300; i++) {
      cases.push({ fn: 'abs', args: [num()] });
      cases.push({ fn: 'divmod', args: [num(), pick(r, [num(), 0])] });
      cases.push({ fn: 'pow', args: [int(), pick(r, [Math.floor(r() * 20) - 3, 0])] });
      cases.push({ fn: 'pow', args: [int(), Math.floor(r() * 300) - 5, pick(r, [int(), 97, 0])] });
      cases.push({ fn: 'round', args: [num(), ...(r() < 0.6 ? [Math.floor(r() * 7) - 3] : [])] });
      cases.push({ fn: pick(r, ['bin', 'oct', 'hex']), args: [pick(r, [int(), flt()])] });
      cases.push({ fn: 'sum', args: [Array.from({ length: Math.floor(r() * 10) }, num)] });
      cases.push({ fn: 'sum', args: [ints()], kwargs: { start: num() } });
      cases.push({ fn: pick(r, ['min', 'max']), args: r() < 0.5 ? [ints()] : ints(1 + Math.floor(r() * 4)) });
      cases.push({ fn: pick(r, ['min', 'max']), args: [ints()], kwargs: pick(r, [{ default: 'none' }, { key: B('abs') }, { key: B('abs'), default: 0 }]) });
      cases.push({ fn: 'hash', args: [pick(r, [int(), flt(), 'abc' + i])] });
    }
    cases.push({ fn: 'sum', args: [[{ t: 'float', v: 0.1 }, { t: 'float', v: 0.2 }, { t: 'float', v: 0.3 }]] });
    cases.push({ fn: 'sum', args: [['a', 'b']], kwargs: { start: '' } });
    cases.push({ fn: 'sum', args: [[[1], [2]]], kwargs: { start: [] } });
    cases.push({ fn: 'sum', args: [[1, 'a']] });
    cases.push({ fn: 'sum', args: [[]], kwargs: { start: { t: 'bytes', v: [] } } });
    cases.push({ fn: 'min', args: [[]] });
    cases.push({ fn: 'max', args: [] });
    cases.push({ fn: 'max', args: [1, 2], kwargs: { default: 0 } });
    cases.push({ fn: 'max', args: [[1, 'a']] });
    cases.push({ fn: 'min', args: [['b', 'a', 'c']] });
    cases.push({ fn: 'pow', args: [2, -1, 5] });
    cases.push({ fn: 'pow', args: [2, { t: 'float', v: 0.5 }, 5] });
    cases.push({ fn: 'round', args: ['x'] });
    cases.push({ fn: 'hex', args: ['x'] });
    cases.push({ fn: 'divmod', args: [1] });
    expect(mismatches(cases)).toEqual([]);
  });

  it('iteration builtins', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 200; i++) {
      const a = ints();
      const b = ints();
      cases.push({ fn: 'list', args: [{ t: 'tuple', v: a }] });
      cases.push({ fn: 'sorted', args: [a], kwargs: { reverse: r() < 0.5 } });
      cases.push({ fn: pick(r, ['any', 'all']), args: [a] });
      cases.push({ fn: 'len', args: [pick(r, [a, 'abc', { t: 'dict', v: [] }, { t: 'range', v: [Math.floor(r() * 9)] }])] });
      cases.push({ fn: 'reversed', args: [a] });
      cases.push({ fn: 'zip', args: [a, b] });
      cases.push({ fn: 'enumerate', args: [a] });
      cases.push({ fn: 'map', args: [B('abs'), a] });
      cases.push({ fn: 'filter', args: [null, a] });
    }
    // Consume the lazy iterators through list(): build them via 'calls' on a list.
    for (let i = 0; i < 100; i++) {
      const a = ints();
      const b = ints();
      cases.push({ fn: 'sorted', args: [{ t: 'tuple', v: a }], kwargs: { key: B('abs') } });
      cases.push({ recv: a, calls: [['__iter__', []], ['__next__', []]] });
      cases.push({ fn: 'next', args: [{ t: 'tuple', v: [] }] });
      cases.push({ fn: 'max', args: [a, b], kwargs: { key: B('len') } });
      cases.push({ fn: 'divmod', args: [a.length, b.length] });
    }
    expect(mismatches(cases).filter((m) => !m.py.includes(' object at 0x'))).toEqual([]);
  });

  it('object and text builtins', () => {
    const cases: Case[] = [];
    for (const v of [0, 65, 955, 128512, 0x10ffff, 0x110000, -1, { t: 'int', v: '100000000000000000000' }, 'a', { t: 'float', v: 65 }] as Spec[]) {
      cases.push({ fn: 'chr', args: [v] });
    }
    for (const v of ['a', 'é', '😀', '', 'ab', 5, { t: 'bytes', v: [97] }, { t: 'bytearray', v: [98] }, { t: 'bytes', v: [] }] as Spec[]) {
      cases.push({ fn: 'ord', args: [v] });
    }
    for (const v of ['é😀\n', [1, 'ü'], { t: 'tuple', v: ['\x00'] }] as Spec[]) cases.push({ fn: 'ascii', args: [v] });
    for (const [v, spec] of [[5, '04d'], [{ t: 'float', v: 3.14159 }, '.2f'], ['s', '>5'], [255, 'x'], [5, 7]] as [Spec, Spec][]) {
      cases.push({ fn: 'format', args: [v, spec] });
    }
    cases.push({ fn: 'format', args: [5] });
    for (const [v, t] of [[1, B('int')], [true, B('int')], ['a', { t: 'tuple', v: [B('int'), B('str')] }], [1, 5]] as [Spec, Spec][]) {
      cases.push({ fn: 'isinstance', args: [v, t] });
    }
    cases.push({ fn: 'issubclass', args: [B('bool'), B('int')] });
    cases.push({ fn: 'issubclass', args: [1, B('int')] });
    cases.push({ fn: 'callable', args: [B('len')] });
    cases.push({ fn: 'callable', args: [1] });
    cases.push({ fn: 'getattr', args: [[1], 'append'] });
    cases.push({ fn: 'getattr', args: [1, 'nope'] });
    cases.push({ fn: 'getattr', args: [1, 'nope', 'dflt'] });
    cases.push({ fn: 'getattr', args: [1, 5] });
    cases.push({ fn: 'hasattr', args: ['s', 'upper'] });
    cases.push({ fn: 'hasattr', args: ['s', 'nope'] });
    cases.push({ fn: 'iter', args: [5] });
    cases.push({ fn: 'iter', args: [5, 5] });
    cases.push({ fn: 'next', args: [[1]] });
    cases.push({ fn: 'next', args: [{ t: 'tuple', v: [] }, 'dflt'] });
    cases.push({ fn: 'len', args: [5] });
    cases.push({ fn: 'reversed', args: [5] });
    cases.push({ fn: 'reversed', args: [{ t: 'set', v: [1] }] });
    cases.push({ fn: 'zip', args: [[1, 2], [1]], kwargs: { strict: true } });
    cases.push({ fn: 'zip', args: [5] });
    cases.push({ fn: 'map', args: [B('abs')] });
    cases.push({ fn: 'filter', args: [B('abs')] });
    cases.push({ fn: 'enumerate', args: [[1], 'x'] });
    cases.push({ fn: 'sorted', args: [], kwargs: {} });
    cases.push({ fn: 'repr', args: [B('len')] });
    expect(mismatches(cases).filter((m) => !m.py.includes(' object at 0x'))).toEqual([]);
  });
});
