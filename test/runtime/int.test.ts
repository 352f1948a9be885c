import { describe, it, expect } from 'vitest';
import {
  type PyInt,
  intAdd,
  intSub,
  intMul,
  intFloorDiv,
  intMod,
  intDivmod,
  intTrueDiv,
  intPowNonNegative,
  intPowMod,
  intLshift,
  intRshift,
  intAnd,
  intOr,
  intXor,
  intInvert,
  intNeg,
  intBitLength,
  intBitCount,
  intCompareFloat,
  intToFloat,
  intToBytes,
  intFromBytes,
} from '../../src/runtime/int.js';
import { floatPow } from '../../src/runtime/float.js';
import { intToStr, intToBase, parseIntStr } from '../../src/runtime/int-text.js';
import { type Encoded, pythonEval, capture, encInt, encFloat, encBool, encSeq, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';
import { normalizeInt } from '../../src/runtime/value.js';

const rand = rng(4);

function randomInt(): PyInt {
  const kind = rand();
  const sign = rand() < 0.5 ? -1n : 1n;
  if (kind < 0.25) return Math.floor(rand() * 20) - 10;
  if (kind < 0.45) return Math.floor((rand() - 0.5) * 2 ** 31);
  if (kind < 0.6) return Math.floor((rand() - 0.5) * 2 ** 54); // around the safe boundary
  if (kind < 0.7) return normalizeInt(sign * (2n ** 53n + BigInt(Math.floor(rand() * 5) - 2)));
  let big = 0n;
  const words = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < words; i++) big = (big << 32n) | BigInt(Math.floor(rand() * 2 ** 32));
  return normalizeInt(sign * big);
}

const lit = (a: PyInt) => `(${String(a)})`;
const encPair = ([q, r]: [PyInt, PyInt]) => encSeq([encInt(q), encInt(r)]);

describe('int arithmetic vs CPython', () => {
  it('binary operators on generated ints', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const ops: [string, (a: PyInt, b: PyInt) => Encoded][] = [
      ['+', (a, b) => encInt(intAdd(a, b))],
      ['-', (a, b) => encInt(intSub(a, b))],
      ['*', (a, b) => encInt(intMul(a, b))],
      ['//', (a, b) => encInt(intFloorDiv(a, b))],
      ['%', (a, b) => encInt(intMod(a, b))],
      ['/', (a, b) => encFloat(intTrueDiv(a, b))],
      ['&', (a, b) => encInt(intAnd(a, b))],
      ['|', (a, b) => encInt(intOr(a, b))],
      ['^', (a, b) => encInt(intXor(a, b))],
      ['<', (a, b) => encBool(a < b)],
    ];
    for (let i = 0; i < 600; i++) {
      const a = randomInt();
      const b = rand() < 0.05 ? 0 : randomInt();
      for (const [op, f] of ops) {
        exprs.push(`${lit(a)} ${op} ${lit(b)}`);
        mine.push(capture(() => f(a, b)));
      }
      exprs.push(`divmod(${lit(a)}, ${lit(b)})`);
      mine.push(capture(() => encPair(intDivmod(a, b))));
      const small = Math.floor(rand() * 140) - 10;
      exprs.push(`${lit(a)} << ${small}`, `${lit(a)} >> ${small}`, `~${lit(a)}`, `-${lit(a)}`);
      mine.push(
        capture(() => encInt(intLshift(a, small))),
        capture(() => encInt(intRshift(a, small))),
        encInt(intInvert(a)),
        encInt(intNeg(a)),
      );
      exprs.push(`${lit(a)}.bit_length()`, `${lit(a)}.bit_count()`, `float(${lit(a)})`);
      mine.push(encInt(intBitLength(a)), encInt(intBitCount(a)), capture(() => encFloat(intToFloat(a))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
    expect(exprs.length).toBeGreaterThan(5000);
  });

  it('powers, modular powers and float comparisons', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 500; i++) {
      const a = rand() < 0.5 ? Math.floor(rand() * 40) - 20 : randomInt();
      const e = Math.floor(rand() * 70) - 8;
      exprs.push(`${lit(a)} ** ${e}`);
      mine.push(
        capture(() => {
          if (e >= 0) return encInt(intPowNonNegative(a, e));
          const r = floatPow(intToFloat(a), e);
          return encFloat(r as number);
        }),
      );
      const m = rand() < 0.1 ? 0 : randomInt();
      const e2 = rand() < 0.3 ? -Math.floor(rand() * 5) : randomInt();
      exprs.push(`pow(${lit(a)}, ${lit(e2)}, ${lit(m)})`);
      mine.push(capture(() => encInt(intPowMod(a, e2, m))));
      const f = [2 ** 53 + 2, 2 ** 53, 1e300, -1e20, 0.5, Infinity, -Infinity, NaN][Math.floor(rand() * 8)]!;
      const near = Number.isFinite(f) ? BigInt(Math.trunc(f)) : 0n;
      const b = rand() < 0.5 ? normalizeInt(near + BigInt(Math.floor(rand() * 3) - 1)) : a;
      exprs.push(`(${lit(b)} < float('${f}'), ${lit(b)} == float('${f}'), ${lit(b)} > float('${f}'))`);
      const c = intCompareFloat(b, f);
      mine.push(encSeq([encBool(c < 0), encBool(c === 0), encBool(c > 0)]));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('true division of big ints is correctly rounded (incl. subnormal and overflow)', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 400; i++) {
      const a = normalizeInt(BigInt(Math.floor(rand() * 2 ** 52)) << BigInt(Math.floor(rand() * 1200)));
      const b = normalizeInt(BigInt(Math.floor(rand() * 2 ** 52) + 1) << BigInt(Math.floor(rand() * 1200)));
      exprs.push(`${lit(a)} / ${lit(b)}`, `${lit(a)} / -${lit(b)}`);
      mine.push(capture(() => encFloat(intTrueDiv(a, b))), capture(() => encFloat(intTrueDiv(a, intNeg(b)))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('to_bytes / from_bytes', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 300; i++) {
      const a = rand() < 0.5 ? Math.floor((rand() - 0.5) * 70000) : randomInt();
      const len = Math.floor(rand() * 12);
      const order = rand() < 0.5 ? 'big' : 'little';
      const signed = rand() < 0.5;
      exprs.push(`${lit(a)}.to_bytes(${len}, '${order}', signed=${signed ? 'True' : 'False'})`);
      mine.push(capture(() => ['bytes', Array.from(intToBytes(a, len, order, signed))]));
      const bytes = Array.from({ length: len }, () => Math.floor(rand() * 256));
      exprs.push(`int.from_bytes(bytes(${JSON.stringify(bytes)}), '${order}', signed=${signed ? 'True' : 'False'})`);
      mine.push(encInt(intFromBytes(Uint8Array.from(bytes), order, signed)));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});

describe('int <-> str vs CPython', () => {
  it('str(), bin/oct/hex and the 4300-digit limit', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 400; i++) {
      const a = randomInt();
      exprs.push(`str(${lit(a)})`, `bin(${lit(a)})`, `oct(${lit(a)})`, `hex(${lit(a)})`);
      mine.push(
        capture(() => ['str', intToStr(a)]),
        ['str', intToBase(a, 2)],
        ['str', intToBase(a, 8)],
        ['str', intToBase(a, 16)],
      );
    }
    for (const digits of [4299, 4300, 4301, 5000]) {
      exprs.push(`str(10**${digits - 1})`, `str(-10**${digits - 1})`, `len(hex(10**${digits}))`);
      mine.push(
        capture(() => ['str', intToStr(10n ** BigInt(digits - 1))]),
        capture(() => ['str', intToStr(-(10n ** BigInt(digits - 1)))]),
        encInt(intToBase(10n ** BigInt(digits), 16).length),
      );
    }
    const want = pythonEval(exprs, '', true);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('int(s, base) parsing', () => {
    const samples = [
      '0', '-0', '+17', ' 12 ', '\t-3\n', '1_000', '1__0', '_1', '1_', '0x1F', '0X_1f', '0o17', '0b101', '0b',
      '0x', '007', '00', '0_0', '08', '1e5', '12.5', '', ' ', 'abc', 'ZZ', 'zz', '٣٤', '１２', '0b_1_0', '-0x10',
      '+ 1', '--1', '9'.repeat(30), '1'.repeat(4300), '1'.repeat(4301), '1_'.repeat(4300) + '1', 'x'.repeat(300),
      '\u00a012\u3000', '0x1g', 'z', '0o8', '\ud800', '😀',
    ];
    const bases = [0, 2, 8, 10, 16, 36, 1, 37, -1];
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (const s of samples) {
      for (const base of bases) {
        exprs.push(`int(${JSON.stringify(s)}, ${base})`);
        mine.push(capture(() => encInt(parseIntStr(s, base))));
      }
    }
    for (let i = 0; i < 500; i++) {
      const base = [0, 2, 8, 10, 16, 36][Math.floor(rand() * 6)]!;
      const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_ -+xob';
      let s = '';
      const n = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rand() * (rand() < 0.7 ? 10 : alphabet.length))];
      exprs.push(`int(${JSON.stringify(s)}, ${base})`);
      mine.push(capture(() => encInt(parseIntStr(s, base))));
    }
    const want = pythonEval(exprs, '', true);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
