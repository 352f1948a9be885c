import { describe, it, expect } from 'vitest';
import { formatInt, formatFloat, formatComplex, formatStr } from '../../src/runtime/format-spec.js';
import { floatHex } from '../../src/runtime/float.js';
import { floatRepr } from '../../src/runtime/float-format.js';
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

describe('format() fast paths vs CPython', () => {
  it('one spec text reused across types, valid for some and not others, and past the cache size', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const specs = ['5d', '8.2f', '', 's', '>10', '0=12,', '.3', 'x', '#o', '^7.1%', '10.4s', 'z', '5,', '+', 'c'];
    const values: [string, () => string][] = [];
    for (let round = 0; round < 3; round++) {
      for (const spec of specs) {
        const q = JSON.stringify(spec);
        values.push([`format(1234, ${q})`, () => formatInt(1234, spec)]);
        values.push([`format(-2.5, ${q})`, () => formatFloat(-2.5, spec)]);
        values.push([`format('héllo😀', ${q})`, () => formatStr('héllo😀', spec)]);
        values.push([`format(complex(1.5, -2), ${q})`, () => formatComplex({ real: 1.5, imag: -2 }, spec)]);
        // (An empty spec is bool.__format__'s str(self), not formatInt's business.)
        if (spec !== '') values.push([`format(True, ${q})`, () => formatInt(1, spec, 'bool')]);
      }
      // Enough distinct specs to overflow the parse cache between rounds.
      for (let w = 0; w < 600; w += 7) values.push([`format(${w}.25, '${w}.1f')`, () => formatFloat(w + 0.25, `${w}.1f`)]);
    }
    for (const [e, f] of values) {
      exprs.push(e);
      mine.push(capture(() => str(f())));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('repr digits at the positional/scientific boundaries and in between', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const next = (x: number, up: boolean) => {
      const b = new Float64Array([x]);
      const u = new BigInt64Array(b.buffer);
      u[0]! += up ? 1n : -1n;
      return b[0]!;
    };
    const xs: number[] = [];
    for (let e = -330; e <= 310; e++) {
      const p = Number(`1e${e}`);
      xs.push(p, next(p, true), next(p, false), p * 1.5, p * 7.25);
    }
    for (let i = 0; i < 400; i++) xs.push(Math.floor(rand() * 1e6) / pick([4, 8, 100, 3, 7]), rand() * 2 ** Math.floor(rand() * 120 - 60));
    for (const x of xs) {
      for (const v of [x, -x]) {
        if (!Number.isFinite(v)) continue;
        exprs.push(`repr(${pyF(v)})`);
        mine.push(capture(() => str(floatRepr(v))));
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('.Nf at exact ties, and precisions past the exact expansion', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let p = 0; p <= 14; p++) {
      for (let i = 0; i < 60; i++) {
        // An odd multiple of 2^-(p+1): a tie at p places; its neighbours are not.
        const k = 2 * Math.floor(rand() * 2 ** Math.min(40, 50 - p)) + 1;
        for (const x of [k / 2 ** (p + 1), (k + 1) / 2 ** (p + 1), -k / 2 ** (p + 1)]) {
          exprs.push(`format(${pyF(x)}, '.${p}f')`);
          mine.push(capture(() => str(formatFloat(x, `.${p}f`))));
        }
      }
    }
    for (const x of [1.5, 0.1, -5e-324, 1e300, 2 ** -1074 * 3, 123.456]) {
      for (const spec of ['.1073f', '.1074f', '.1075f', '.1200f', '.1073e', '.1075e', '.1500e', '.1100g', '#.1100g', '.2000%']) {
        exprs.push(`format(${pyF(x)}, '${spec}')`);
        mine.push(capture(() => str(formatFloat(x, spec))));
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('huge widths and precisions: the same errors in the same order', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    // None of these makes CPython allocate more than it can refuse at once.
    const specs = ['0.2147483648f', '=.2147483648f', 'z.2147483648f', '.2147483648q', '010000000000000', '10000000000000s',
      '.2147483648%', '_.2147483648f', ',.2147483648%', '99999999999999999999', '10000000000000', '.2147483648f',
      '.2147483648', '.9999999999999', '.99999999999999999999', '.10000000000000s', '.2147483648e', '10000000000000,',
      '9223372036854775807', '9223372036854775808', '.9223372036854775807s', '.9223372036854775808s'];
    for (const spec of specs) {
      const q = JSON.stringify(spec);
      exprs.push(`format(1.5, ${q})`, `format(7, ${q})`, `format('abc', ${q})`, `format(1j, ${q})`);
      mine.push(capture(() => str(formatFloat(1.5, spec))));
      mine.push(capture(() => str(formatInt(7, spec))));
      mine.push(capture(() => str(formatStr('abc', spec))));
      mine.push(capture(() => str(formatComplex({ real: 0, imag: 1 }, spec))));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
