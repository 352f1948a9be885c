import { describe, it, expect } from 'vitest';
import { intHash, floatHash, complexHash, strHash, bytesHash } from '../../src/runtime/hash.js';
import { floatHex } from '../../src/runtime/float.js';
import { normalizeInt } from '../../src/runtime/value.js';
import { type Encoded, pythonEval, capture, encInt, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';

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
