import { describe, it, expect } from 'vitest';
import { formatInt, formatFloat, formatComplex, formatStr } from '../../src/runtime/format-spec.js';
import { floatHex } from '../../src/runtime/float.js';
import { normalizeInt } from '../../src/runtime/value.js';
import { type Encoded, pythonEval, capture, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';

const rand = rng(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** A random format spec, mostly valid, sometimes not. */
function randomSpec(types: string): string {
  let s = '';
  if (rand() < 0.3) s += pick(['', '*', '0', 'x', '😀', ' ', '<']) + pick(['<', '>', '^', '=']);
  else if (rand() < 0.2) s += pick(['<', '>', '^', '=']);
  if (rand() < 0.3) s += pick(['+', '-', ' ']);
  if (rand() < 0.08) s += 'z';
  if (rand() < 0.2) s += '#';
  if (rand() < 0.2) s += '0';
  if (rand() < 0.5) s += String(Math.floor(rand() * 25));
  if (rand() < 0.2) s += pick([',', '_', ',_']);
  if (rand() < 0.4) s += '.' + String(Math.floor(rand() * (rand() < 0.1 ? 40 : 12)));
  if (rand() < 0.8) s += pick(types.split(''));
  if (rand() < 0.02) s += 'q';
  return s;
}

function randomFloatValue(): number {
  const k = rand();
  if (k < 0.1) return pick([0, -0, Infinity, -Infinity, NaN, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e-5, 123456789.0]);
  if (k < 0.4) return (Math.floor(rand() * 2e6) - 1e6) / pick([1, 2, 4, 8, 10, 100, 1000, 16, 1024]);
  if (k < 0.6) return (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20);
  return (rand() - 0.5) * 2 ** (Math.floor(rand() * 2000) - 1000);
}

function randomIntValue(): number | bigint {
  const k = rand();
  if (k < 0.4) return Math.floor((rand() - 0.5) * 2000);
  if (k < 0.7) return Math.floor((rand() - 0.5) * 2 ** 53);
  return normalizeInt(BigInt(Math.floor((rand() - 0.5) * 2 ** 50)) * 10n ** BigInt(Math.floor(rand() * 30)));
}

const pyF = (x: number) => `float.fromhex('${floatHex(x)}')`;
const str = (s: string): Encoded => ['str', s];

describe('format() vs CPython', () => {
  it('int, float, complex and str with generated specs', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 2500; i++) {
      const v = randomIntValue();
      const spec = randomSpec('bcdoxXneEfFgG%s');
      exprs.push(`format(${v}, ${JSON.stringify(spec)})`);
      mine.push(capture(() => str(formatInt(v, spec))));
    }
    for (let i = 0; i < 4000; i++) {
      const x = randomFloatValue();
      const spec = randomSpec('eEfFgGn%dsx');
      exprs.push(`format(${pyF(x)}, ${JSON.stringify(spec)})`);
      mine.push(capture(() => str(formatFloat(x, spec))));
    }
    for (let i = 0; i < 800; i++) {
      const c = { real: rand() < 0.2 ? pick([0, -0]) : randomFloatValue(), imag: randomFloatValue() };
      const spec = randomSpec('eEfFgGn%d');
      exprs.push(`format(complex(${pyF(c.real)}, ${pyF(c.imag)}), ${JSON.stringify(spec)})`);
      mine.push(capture(() => str(formatComplex(c, spec))));
    }
    const texts = ['', 'a', 'hello', 'ünïcödé', '😀x😀', 'e\u0301', '日本語テキスト'];
    for (let i = 0; i < 800; i++) {
      const s = pick(texts);
      const spec = randomSpec('sdr');
      exprs.push(`format(${JSON.stringify(s)}, ${JSON.stringify(spec)})`);
      mine.push(capture(() => str(formatStr(s, spec))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
    expect(exprs.length).toBeGreaterThan(8000);
  });

  it('exact ties round half-even at the binary value', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (const x of [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e22, 5e-324, 1.7976931348623157e308, 123.456]) {
      for (const spec of ['.0f', '.1f', '.2f', '.0e', '.1e', '.2e', '.1g', '.2g', '.3g', '.17g', '.30f', '.0%', 'e', 'g']) {
        exprs.push(`format(${pyF(x)}, '${spec}')`);
        mine.push(capture(() => str(formatFloat(x, spec))));
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
