import { describe, it, expect } from 'vitest';
import { intHash, floatHash, complexHash, strHash, bytesHash } from '../../src/runtime/hash.js';
import { floatHex } from '../../src/runtime/float.js';
import { normalizeInt } from '../../src/runtime/value.js';
import { type Encoded, pythonEval, capture, encInt, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';
import { mismatches as caseMismatches, pythonResults, build, type Case, type Spec } from './container-oracle.js';
import { hashOf, hashParts } from '../../src/runtime/ops-hash.js';

const rand = rng(99);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const noNan = () => {
  throw new Error('nan');
};

describe('hash() vs CPython (PYTHONHASHSEED=0)', () => {
  it('ints, floats, complex, str (1/2/4-byte kinds) and bytes', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => Encoded) => {
      exprs.push(e);
      mine.push(capture(f));
    };
    for (const n of [0, 1, -1, -2, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 61n), 2 ** 53 - 1]) add(`hash(${n})`, () => encInt(intHash(n)));
    for (let i = 0; i < 400; i++) {
      const big = normalizeInt((BigInt(Math.floor(rand() * 2 ** 52)) << BigInt(Math.floor(rand() * 200))) * (rand() < 0.5 ? -1n : 1n));
      add(`hash(${big})`, () => encInt(intHash(big)));
      const x = pick([0, -0, Infinity, -Infinity, 0.5, -1, 1e300, 5e-324]) * (rand() < 0.5 ? 1 : rand() * 1000);
      const y = (rand() - 0.5) * 2 ** (Math.floor(rand() * 200) - 100);
      add(`hash(float.fromhex('${floatHex(x)}'))`, () => encInt(floatHash(x, noNan)));
      add(`hash(float.fromhex('${floatHex(y)}'))`, () => encInt(floatHash(y, noNan)));
      add(`hash(complex(float.fromhex('${floatHex(x)}'), float.fromhex('${floatHex(y)}')))`, () =>
        encInt(complexHash(floatHash(x, noNan), floatHash(y, noNan))),
      );
    }
    const alphabets = ['abcxyz019 ', 'abcé\u00ff\u0100', 'aé€\u4e00\uffff', 'a€😀𝔘', 'x\ud800y'];
    for (let i = 0; i < 1500; i++) {
      const alphabet = Array.from(pick(alphabets));
      const n = Math.floor(rand() * 40);
      let s = '';
      for (let k = 0; k < n; k++) s += pick(alphabet);
      add(`hash(${JSON.stringify(s)})`, () => encInt(strHash(s)));
      const bytes = Array.from({ length: Math.floor(rand() * 30) }, () => Math.floor(rand() * 256));
      add(`hash(bytes(${JSON.stringify(bytes)}))`, () => encInt(bytesHash(Uint8Array.from(bytes))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('a set of strings iterates in CPython order when probed with these hashes', () => {
    // Simulates CPython's set insertion (table of 8, linear probes + perturbation) to show the
    // hashes are the ones that decide CPython's order; the real set type (F) uses them the same way.
    const words = ['apple', 'banana', 'cherry', 'date'];
    // set(list) inserts in list order (a {...} display of constants goes through a frozenset).
    const want = pythonEval([`list(set(${JSON.stringify(words)}))`])[0];
    const table: (string | null)[] = new Array(8).fill(null);
    for (const w of words) {
      const h = BigInt.asUintN(64, BigInt(strHash(w)));
      let perturb = h;
      let i = Number(h & 7n);
      for (;;) {
        // CPython's set_add_entry: LINEAR_PROBES (9) more slots only when i + 9 <= mask.
        let placed = false;
        const probes = i + 9 <= 7 ? 9 : 0;
        for (let j = 0; j <= probes; j++) {
          if (table[i + j] === null) {
            table[i + j] = w;
            placed = true;
            break;
          }
        }
        if (placed) break;
        perturb >>= 5n;
        i = Number((BigInt(i) * 5n + 1n + perturb) & 7n);
      }
    }
    expect(['seq', table.filter((x) => x !== null).map((w) => ['str', w])]).toEqual(want);
  });
});

// ---- tuple hash (xxHash64 round on uint32 halves) ----

const M64 = 1n << 64n;
const PRIME1 = 11400714785074694791n;
const PRIME2 = 14029467366897019727n;
const PRIME5 = 2870177450012600261n;
const rotl31 = (x: bigint) => ((x << 31n) | (x >> 33n)) % M64;
const rotr31 = (x: bigint) => ((x >> 31n) | (x << 33n)) % M64;
/** The inverse of an odd number modulo 2^64 (Newton's iteration). */
function inverse(a: bigint): bigint {
  let x = a;
  for (let i = 0; i < 6; i++) x = (x * (2n - a * x)) % M64;
  return ((x % M64) + M64) % M64;
}

/** Ints (a, x) such that CPython's tuplehash accumulator of (a, x) ends at 2^64-1 (= -1),
 * found by running the (invertible) xxHash steps backwards from -1 for the last item. */
function tuplesHashingToMinusOne(count: number): Spec[] {
  const out: Spec[] = [];
  const limit = (1n << 61n) - 2n;
  for (let a = 0n; out.length < count; a++) {
    const acc = (PRIME1 * rotl31((PRIME5 + a * PRIME2) % M64)) % M64;
    const beforeLength = (M64 - 1n - (2n ^ (PRIME5 ^ 3527539n)) + M64) % M64;
    const rotated = rotr31((beforeLength * inverse(PRIME1)) % M64);
    const lane = ((((rotated - acc) % M64) + M64) * inverse(PRIME2)) % M64;
    const x = lane >= 1n << 63n ? lane - M64 : lane; // the int whose hash is this lane
    if (x >= -limit && x <= limit && x !== -1n) out.push({ t: 'tuple', v: [Number(a), Number.isSafeInteger(Number(x)) && BigInt(Number(x)) === x ? Number(x) : { t: 'int', v: String(x) }] });
  }
  return out;
}

const bigIntSpecs = ['2305843009213693951', '2305843009213693952', '-2305843009213693952', '9223372036854775807', '-9223372036854775808',
  '18446744073709551615', '18446744073709551616', '-18446744073709551617', '123456789012345678901234567890'];
const longWords = ['a key longer than sixteen chars', 'ünïcödé text that is long', '😀😀 wide and long enough 😀'];
const shortWords = ['', 'a', 'ab', 'spam', 'é', '€uro', '😀', 'x\u0100y'];

function itemSpec(depth: number): Spec {
  const k = Math.floor(rand() * 10);
  if (k === 0 && depth < 3) return tupleSpec(depth + 1);
  if (k === 1) return pick([-1, -2, 0, 1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 31, -(2 ** 32)]);
  if (k === 2) return { t: 'int', v: pick(bigIntSpecs) };
  if (k === 3) return { t: 'float', v: pick([0.5, -1, 0, 1e300, -2.5e-300, 1.5, 'inf', '-inf'] as const) };
  if (k === 4) return pick(shortWords);
  if (k === 5) return pick(longWords);
  if (k === 6) return rand() < 0.5;
  if (k === 7 && depth < 3) return { t: 'frozenset', v: [Math.floor(rand() * 9), pick(shortWords)] };
  return Math.floor(rand() * 2000) - 1000;
}
function tupleSpec(depth = 0): Spec {
  return { t: 'tuple', v: Array.from({ length: Math.floor(rand() * (depth === 0 ? 7 : 4)) }, () => itemSpec(depth)) };
}

describe('tuple hash vs CPython (PYTHONHASHSEED=0)', () => {
  const tuples: Spec[] = [{ t: 'tuple', v: [] }, { t: 'tuple', v: [-1] }, { t: 'tuple', v: [-2] }, { t: 'tuple', v: [{ t: 'tuple', v: [] }] }];
  for (let i = 0; i < 1500; i++) tuples.push(tupleSpec());
  const minusOne = tuplesHashingToMinusOne(3);

  it('hash() of nested tuples of ints, big ints, floats, strs, bools, frozensets; ranges', () => {
    const cases: Case[] = tuples.map((t) => ({ fn: 'hash', args: [t] }));
    // Ranges of length >= 2 only: shorter ones hash None, whose hash is its address.
    for (let i = 0; i < 100; i++) {
      const start = Math.floor(rand() * 40) - 20;
      const step = pick([1, 2, -1, -3, 1000]);
      cases.push({ fn: 'hash', args: [{ t: 'range', v: [start, start + step * (2 + Math.floor(rand() * 9)), step] }] });
    }
    expect(caseMismatches(cases)).toEqual([]);
  });

  it('a tuple whose xxHash accumulator ends at -1 hashes to 1546275796, as in CPython', () => {
    const cases: Case[] = minusOne.map((t) => ({ fn: 'hash', args: [t] }));
    const py = pythonResults(cases);
    for (const r of py) expect(r.startsWith('1546275796 |')).toBe(true);
    expect(caseMismatches(cases)).toEqual([]);
  });

  it('sets and frozensets of tuples iterate in CPython order', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 40; i++) {
      const group = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pick(tuples));
      cases.push({ fn: 'list', args: [{ t: 'set', v: [...group, ...minusOne] }] });
      cases.push({ fn: 'hash', args: [{ t: 'frozenset', v: group }] });
    }
    expect(caseMismatches(cases)).toEqual([]);
  });

  it('the halves used by set tables are the halves of hash()', () => {
    const bad: string[] = [];
    for (const t of tuples) {
      const v = build(t);
      const h = BigInt.asUintN(64, BigInt(hashOf(v)));
      const [hi, lo] = hashParts(v, new Uint32Array(2));
      if ((BigInt(hi) << 32n) + BigInt(lo) !== h) bad.push(JSON.stringify(t));
      const n = hashOf(v);
      if (typeof n === 'bigint' && Number.isSafeInteger(Number(n)) && BigInt(Number(n)) === n) bad.push(`unnormalised ${n}`);
    }
    expect(bad).toEqual([]);
  });
});
