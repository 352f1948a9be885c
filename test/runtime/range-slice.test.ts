// range and slice vs CPython 3.11 (live): len/index/count/contains, subscription and
// slicing (incl. huge bounds), equality and hash, reprs, reversed; slice.indices().
import { describe, it, expect } from 'vitest';
import { mismatches, pick, type Case, type Spec } from './container-oracle.js';
import { rng } from '../support/rng.js';

const r = rng(3);
const n = (): Spec => pick(r, [Math.floor(r() * 41) - 20, Math.floor(r() * 7) - 3, { t: 'int', v: '100000000000000000000' }, { t: 'int', v: '-9223372036854775808' }]);
const step = (): Spec => pick(r, [1, 2, 3, -1, -2, -5, 7, { t: 'int', v: '30000000000000000000' }]);
const rng3 = (): Spec => ({ t: 'range', v: pick(r, [[n()], [n(), n()], [n(), n(), step()]]) });
const sl = (): Spec => ({ t: 'slice', v: [pick(r, [null, n()]), pick(r, [null, n()]), pick(r, [null, step()])] });

describe('range and slice match CPython', () => {
  it('range operations', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 400; i++) {
      const a = rng3();
      const smallRange: Spec = { t: 'range', v: [Math.floor(r() * 20) - 10, Math.floor(r() * 20) - 10, pick(r, [1, 2, -1, -3])] };
      cases.push({ fn: pick(r, ['len', 'repr', 'bool']), args: [a] });
      // hash(range) of an empty or 1-element range hashes None (address-based in CPython 3.11).
      const start = Math.floor(r() * 40) - 20;
      const st = pick(r, [1, 3, -2]);
      cases.push({ fn: 'hash', args: [{ t: 'range', v: [start, start + st * (2 + Math.floor(r() * 10)), st] }] });
      cases.push({ fn: pick(r, ['list', 'sum', 'sorted']), args: [smallRange] });
      cases.push({ op: 'in', args: [pick(r, [{ t: 'float', v: Math.floor(r() * 10) }, 'x', true]), smallRange] });
      cases.push({ op: '[]', args: [a, pick(r, [n(), sl(), Math.floor(r() * 5)])] });
      cases.push({ op: 'in', args: [n(), a] });
      cases.push({ recv: a, method: pick(r, ['index', 'count']), args: [n()] });
      cases.push({ op: pick(r, ['==', '!=', '<']), args: [a, rng3()] });
      cases.push({ recv: a, calls: [['__reversed__', []], ['__next__', []]] });
      cases.push({ recv: a, calls: [['__iter__', []], ['__length_hint__', []]] });
    }
    cases.push({ fn: 'range', args: [1, 2, 0] });
    cases.push({ fn: 'range', args: [] });
    cases.push({ fn: 'range', args: [{ t: 'float', v: 1 }] });
    cases.push({ fn: 'range', args: [1, 2, 3, 4] });
    cases.push({ fn: 'len', args: [{ t: 'range', v: [{ t: 'int', v: '100000000000000000000' }] }] });
    cases.push({ fn: 'len', args: [{ t: 'range', v: [{ t: 'int', v: '9223372036854775807' }] }] });
    expect(mismatches(cases)).toEqual([]);
  });

  it('slice objects', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 300; i++) {
      const s = sl();
      cases.push({ recv: s, method: 'indices', args: [pick(r, [0, 1, 5, 10, { t: 'int', v: '100000000000000000000' }])] });
      cases.push({ fn: 'repr', args: [s] });
      cases.push({ op: pick(r, ['==', '<']), args: [s, sl()] });
    }
    cases.push({ recv: { t: 'slice', v: [1, 2, 0] }, method: 'indices', args: [5] });
    cases.push({ recv: { t: 'slice', v: [1] }, method: 'indices', args: [-1] });
    cases.push({ recv: { t: 'slice', v: ['a', 2] }, method: 'indices', args: [5] });
    cases.push({ fn: 'hash', args: [{ t: 'slice', v: [1] }] });
    cases.push({ fn: 'slice', args: [] });
    expect(mismatches(cases)).toEqual([]);
  });
});
