// bytes and bytearray vs CPython 3.11 (live): construction, every method, subscription and
// slice assignment, operators, %-formatting, reprs and errors.
import { describe, it, expect } from 'vitest';
import { mismatches, pick, type Case, type Spec } from './container-oracle.js';
import { rng } from '../support/rng.js';

const r = rng(5);
const alphabet = [97, 98, 99, 32, 9, 10, 65, 66, 0, 255, 46, 120, 49, 50];
const raw = (len = Math.floor(r() * 10)): number[] => Array.from({ length: len }, () => pick(r, alphabet));
const b = (len?: number): Spec => ({ t: 'bytes', v: raw(len) });
const ba = (len?: number): Spec => ({ t: 'bytearray', v: raw(len) });
const small = () => Math.floor(r() * 13) - 6;

describe('bytes and bytearray match CPython', () => {
  it('methods', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 500; i++) {
      const x = pick(r, [b(), ba()]);
      const sub = pick(r, [b(1), b(2), ba(1), pick(r, alphabet), b(0)]);
      cases.push(pick(r, [
        { recv: x, method: pick(r, ['find', 'rfind', 'index', 'rindex', 'count']), args: [sub, ...(r() < 0.4 ? [small()] : []), ...(r() < 0.3 ? [small()] : [])] },
        { recv: x, method: pick(r, ['startswith', 'endswith']), args: [pick(r, [b(1), { t: 'tuple', v: [b(1), b(2)] }]), ...(r() < 0.3 ? [small()] : [])] },
        { recv: x, method: 'replace', args: [pick(r, [b(1), b(0)]), b(2), ...(r() < 0.3 ? [small()] : [])] },
        { recv: x, method: pick(r, ['split', 'rsplit']), args: r() < 0.5 ? [] : [pick(r, [b(1), null]), small()] },
        { recv: x, method: pick(r, ['strip', 'lstrip', 'rstrip']), args: r() < 0.5 ? [] : [b(2)] },
        { recv: x, method: pick(r, ['partition', 'rpartition']), args: [b(1)] },
        { recv: x, method: pick(r, ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isalpha', 'isdigit', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isascii', 'hex', 'decode', 'splitlines']) },
        { recv: x, method: pick(r, ['center', 'ljust', 'rjust']), args: [Math.floor(r() * 14), ...(r() < 0.5 ? [b(1)] : [])] },
        { recv: x, method: 'zfill', args: [Math.floor(r() * 12)] },
        { recv: x, method: 'expandtabs', args: r() < 0.5 ? [] : [Math.floor(r() * 5)] },
        { recv: x, method: 'join', args: [[b(), ba(), b()]] },
        { recv: x, method: pick(r, ['removeprefix', 'removesuffix']), args: [b(1)] },
        { recv: x, method: 'splitlines', args: [true] },
      ] as Case[]));
      cases.push({ op: '[]', args: [x, pick(r, [small(), { t: 'slice', v: [small(), small(), pick(r, [null, 1, -1, 2])] }])] });
      cases.push({ op: pick(r, ['+', '*', '==', '<', '>=', 'in']), args: pick(r, [[x, pick(r, [b(), ba(), 3, 'x'])], [pick(r, alphabet), x]]) });
      cases.push({ op: '[]=', args: [ba(), pick(r, [small(), { t: 'slice', v: [small(), small(), pick(r, [null, 2, -1])] }]), pick(r, [97, b(2), [1, 2], 300])] });
      cases.push({ op: 'del[]', args: [ba(), pick(r, [small(), { t: 'slice', v: [small(), null, pick(r, [null, 2])] }])] });
      cases.push({ recv: ba(), method: pick(r, ['append', 'remove', 'extend', 'pop', 'insert', 'reverse', 'clear', 'copy']), args: [] });
    }
    expect(mismatches(cases.filter((c) => !('method' in c) || c.method !== 'append' || (c.args?.length ?? 0) > 0))
      .filter((m) => !m.py.startsWith('!TypeError') || !m.ts.startsWith('!TypeError'))).toEqual([]);
  });

  it('construction, formatting, errors', () => {
    const cases: Case[] = [
      { fn: 'bytes', args: [[1, 2, 255]] },
      { fn: 'bytes', args: [[256]] },
      { fn: 'bytes', args: [['a']] },
      { fn: 'bytes', args: [5] },
      { fn: 'bytes', args: [-1] },
      { fn: 'bytes', args: ['abc'] },
      { fn: 'bytes', args: ['abcé', 'utf-8'] },
      { fn: 'bytes', args: ['abcé', 'latin-1'] },
      { fn: 'bytes', args: ['é', 'ascii'] },
      { fn: 'bytes', args: [{ t: 'range', v: [5] }] },
      { fn: 'bytearray', args: [b(4)] },
      { fn: 'bytearray', args: [3] },
      { fn: 'bytes', args: [{ t: 'float', v: 1.5 }] },
      { recv: b(0), method: 'fromhex', args: ['61 62ff'] },
      { recv: b(0), method: 'fromhex', args: ['6x'] },
      { recv: b(3), method: 'hex', args: [':'] },
      { recv: { t: 'bytes', v: [104, 105, 37, 115, 37, 100] }, method: '__mod__', args: [{ t: 'tuple', v: [b(2), 5] }] },
      { recv: { t: 'bytes', v: [37, 114] }, method: '__mod__', args: ['é'] },
      { recv: { t: 'bytes', v: [37, 115] }, method: '__mod__', args: ['str'] },
      { recv: { t: 'bytes', v: [195, 169] }, method: 'decode' },
      { recv: { t: 'bytes', v: [255] }, method: 'decode' },
      { recv: { t: 'bytes', v: [255] }, method: 'decode', args: ['utf-8', 'replace'] },
      { fn: 'hash', args: [{ t: 'bytes', v: [1, 2, 3] }] },
      { fn: 'hash', args: [ba(2)] },
      { fn: 'repr', args: [{ t: 'bytes', v: [39, 34, 92, 0, 127, 128] }] },
      { fn: 'repr', args: [{ t: 'bytearray', v: [39, 97] }] },
      { fn: 'list', args: [b(5)] },
      { fn: 'ord', args: [{ t: 'bytes', v: [97] }] },
      { recv: ba(0), method: 'pop' },
      { recv: ba(2), method: 'append', args: [256] },
      { recv: ba(2), method: 'remove', args: [7] },
      { recv: b(2), method: 'split', args: [b(0)] },
      { recv: b(2), method: 'center', args: [5, b(2)] },
      { op: '+', args: [b(2), 'x'] },
      { op: '[]=', args: [ba(3), { t: 'slice', v: [null, null, 2] }, b(5)] },
    ];
    expect(mismatches(cases)).toEqual([]);
  });
});
