import { describe, it, expect } from 'vitest';
import {
  type Complex,
  complexAdd,
  complexSub,
  complexMul,
  complexDiv,
  complexPow,
  complexAbs,
  complexRepr,
  parseComplexStr,
} from '../../src/runtime/complex.js';
import { floatHex } from '../../src/runtime/float.js';
import { type Encoded, pythonEval, capture, encFloat, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';

const rand = rng(3);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function part(): number {
  const k = rand();
  if (k < 0.15) return pick([0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5]);
  if (k < 0.5) return Math.floor((rand() - 0.5) * 20);
  return (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20);
}

const encC = (c: Complex): Encoded => ['complex', floatHex(c.real), floatHex(c.imag)];
const pyC = (c: Complex) => `complex(float.fromhex('${floatHex(c.real)}'), float.fromhex('${floatHex(c.imag)}'))`;

describe('complex vs CPython', () => {
  it('arithmetic, integer powers, repr on generated values', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => Encoded) => {
      exprs.push(e);
      mine.push(capture(f));
    };
    for (let i = 0; i < 1500; i++) {
      const a = { real: part(), imag: part() };
      const b = rand() < 0.05 ? { real: 0, imag: 0 } : { real: part(), imag: part() };
      add(`${pyC(a)} + ${pyC(b)}`, () => encC(complexAdd(a, b)));
      add(`${pyC(a)} - ${pyC(b)}`, () => encC(complexSub(a, b)));
      add(`${pyC(a)} * ${pyC(b)}`, () => encC(complexMul(a, b)));
      add(`${pyC(a)} / ${pyC(b)}`, () => encC(complexDiv(a, b)));
      add(`repr(${pyC(a)})`, () => ['str', complexRepr(a)]);
      const n = Math.floor(rand() * 12) - 4;
      add(`${pyC(a)} ** ${n}`, () => encC(complexPow(a.real, a.imag, n, 0)));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  // abs() is correctly rounded here; glibc's hypot (which CPython's abs(complex) calls) is
  // 0.5+ ulp off near ties, e.g. abs(complex(0x1.5623b2a14d4e3p-35, 0x1.8abc2b1c96ed2p-32)).
  it('abs() equals glibc hypot in >= 99% of cases', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = { real: part(), imag: part() };
      exprs.push(`abs(${pyC(a)})`);
      mine.push(capture(() => encFloat(complexAbs(a))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want, 10000).length).toBeLessThan(30);
  });

  it('complex(str) parsing', () => {
    const samples = [
      '1+2j', '1-2j', '(1+2j)', ' ( 1+2j ) ', '1', 'j', '-j', '+j', '2j', '1e3-1.5e-3j', 'inf+nanj', '-infj', 'nan',
      '1_0+2_0j', '1 + 2j', '1+', '+', '', '()', '(1+2j', '1+2i', 'J', '1.j', '.5j', '1e5J', 'infinityj', '1+2j+3j',
      '٣+٤j', '0x1+2j', '1__0j',
    ];
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (const s of samples) {
      exprs.push(`complex(${JSON.stringify(s)})`);
      mine.push(capture(() => encC(parseComplexStr(s))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
