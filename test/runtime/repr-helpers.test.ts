// floatRepr, complexRepr, strRepr and bytesRepr against python3's repr(), live, on seeded
// random values plus the edge cases (signed zeros, infinities, NaN, exponent thresholds,
// quote choice, non-printable and astral characters, lone surrogates).

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { complexRepr, floatRepr } from '../../src/runtime/float-format.js';
import { bytesRepr, strRepr } from '../../src/runtime/str-repr.js';
import { rng } from '../support/rng.js';

const rand = rng(42);

function bitsHex(x: number): string {
  return Buffer.from(new Float64Array([x]).buffer).toString('hex');
}

const edgeFloats = [0, -0, 1, -1, 0.1, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 1.5e-5, 123.456, 5e-324, 1.7976931348623157e308,
  Infinity, -Infinity, NaN, 2 ** 53, 2 ** 53 + 2, 1 / 3, 100, 1e22, 1e21, 123456789.123];
const floats = [...edgeFloats];
for (let i = 0; i < 3000; i++) {
  const buf = new Uint32Array([Math.floor(rand() * 2 ** 32), Math.floor(rand() * 2 ** 32)]);
  floats.push(new Float64Array(buf.buffer)[0]);
  floats.push(Number((rand() * 10 ** Math.floor(rand() * 30 - 10)).toPrecision(1 + Math.floor(rand() * 17))));
}
const complexes: [number, number][] = [[0, 1], [-0, 1], [0, -0], [1, 2], [-1.5, -0], [NaN, Infinity], [0, 1e16], [1e-5, -1e-5]];
for (let i = 0; i < 300; i++) complexes.push([floats[i * 3 + 1], floats[i * 5 + 2]]);

const strs: number[][] = [[39], [34], [39, 34], [92, 10, 13, 9, 0, 0x7f], [0xa0, 0xad, 0x2ffc, 0x378, 0xe000, 0xfeff],
  [0x1f600, 0x10ffff, 0xdfff, 0xd800, 0x20, 0x3000, 0x2028, 0x85]];
const alphabet = [0x20, 0x27, 0x22, 0x5c, 0x41, 0x0a, 0x7f, 0x80, 0xff, 0x100, 0x3000, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600];
for (let i = 0; i < 500; i++) {
  const cps: number[] = [];
  const n = Math.floor(rand() * 12);
  for (let k = 0; k < n; k++) cps.push(rand() < 0.5 ? alphabet[Math.floor(rand() * alphabet.length)] : Math.floor(rand() * 0x30000));
  // Python sees surrogate code points one by one; keep them out of adjacent pairs, which a
  // JS string cannot tell from an astral character.
  strs.push(cps.filter((c, k) => !(c >= 0xdc00 && c < 0xe000 && k > 0 && cps[k - 1] >= 0xd800 && cps[k - 1] < 0xdc00)));
}
const byteStrings: number[][] = [[39], [34], [39, 34], [0, 9, 10, 13, 92, 127, 128, 255]];
for (let i = 0; i < 300; i++) byteStrings.push(Array.from({ length: Math.floor(rand() * 10) }, () => Math.floor(rand() * 256)));

function jsString(cps: number[]): string {
  return cps.map((c) => (c >= 0xd800 && c < 0xe000 ? String.fromCharCode(c) : String.fromCodePoint(c))).join('');
}

describe('repr helpers match python3', () => {
  const want = JSON.parse(
    execFileSync('python3', [new URL('../support/py-repr.py', import.meta.url).pathname], {
      input: JSON.stringify({
        floats: floats.map(bitsHex),
        complexes: complexes.map(([a, b]) => [bitsHex(a), bitsHex(b)]),
        strs,
        bytes: byteStrings,
      }),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  ) as Record<string, string[]>;

  it(`floatRepr (${floats.length} values)`, () => {
    expect(floats.map(floatRepr)).toEqual(want.floats);
  });
  it(`complexRepr (${complexes.length} values)`, () => {
    expect(complexes.map(([a, b]) => complexRepr(a, b))).toEqual(want.complexes);
  });
  it(`strRepr (${strs.length} strings)`, () => {
    expect(strs.map((s) => strRepr(jsString(s)))).toEqual(want.strs);
  });
  it(`bytesRepr (${byteStrings.length} byte strings)`, () => {
    expect(byteStrings.map((b) => bytesRepr(Uint8Array.from(b)))).toEqual(want.bytes);
  });
});
