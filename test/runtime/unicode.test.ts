// Every code point, every str predicate and case mapping, against CPython 3.11 (whose
// Unicode is 14.0; Node's regex data is newer, unicode.ts filters what 14.0 lacks).
import { describe, it, expect } from 'vitest';
import * as U from '../../src/runtime/unicode.js';
import { pythonEval } from './oracle.js';

const SETUP = `
def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(chr(cp)):
            if start is None: start = cp
        elif start is not None:
            out.append((start, cp - 1)); start = None
    if start is not None: out.append((start, 0x10ffff))
    return out
def changed(f):
    return [(cp, f(chr(cp))) for cp in range(0x110000) if f(chr(cp)) != chr(cp)]
`;

function ranges(pred: (ch: string) => boolean): number[][] {
  const out: number[][] = [];
  let start = -1;
  for (let cp = 0; cp < 0x110000; cp++) {
    if (pred(String.fromCodePoint(cp))) {
      if (start < 0) start = cp;
    } else if (start >= 0) {
      out.push([start, cp - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, 0x10ffff]);
  return out;
}

/** Compare as sets of code points; report the first few differing code points. */
function differences(got: number[][], want: number[][]): string[] {
  const set = (rs: number[][]) => {
    const s = new Uint8Array(0x110000);
    for (const [a, b] of rs) s.fill(1, a!, b! + 1);
    return s;
  };
  const g = set(got);
  const w = set(want);
  const out: string[] = [];
  for (let cp = 0; cp < 0x110000 && out.length < 10; cp++) {
    if (g[cp] !== w[cp]) out.push(`U+${cp.toString(16).padStart(4, '0')}: got ${g[cp]}, want ${w[cp]}`);
  }
  return out;
}

const decode = (v: unknown): number[][] =>
  (v as [string, [string, [string, string][]][]])[1].map(([, pair]) => pair.map(([, n]) => Number(n)));

describe('Unicode predicates and case mappings vs CPython, every code point', () => {
  const preds: [string, (ch: string) => boolean][] = [
    ['isalpha', U.isAlphaChar],
    ['isdecimal', U.isDecimalChar],
    ['isdigit', U.isDigitChar],
    ['isnumeric', U.isNumericChar],
    ['isalnum', U.isAlnumChar],
    ['isspace', U.strIsSpace],
    ['isupper', U.strIsUpper],
    ['islower', U.strIsLower],
    ['istitle', U.strIsTitle],
    ['isprintable', U.strIsPrintable],
    ['isidentifier', U.strIsIdentifier],
  ];
  it('str.isX for each single character', () => {
    const want = pythonEval(preds.map(([name]) => `ranges(str.${name})`), SETUP);
    const problems: string[] = [];
    preds.forEach(([name, pred], i) => {
      for (const d of differences(ranges(pred), decode(want[i]))) problems.push(`${name} ${d}`);
    });
    expect(problems).toEqual([]);
  });

  it('upper, lower, title, casefold, swapcase, capitalize for each single character', () => {
    const maps: [string, (s: string) => string][] = [
      ['upper', U.strUpper],
      ['lower', U.strLower],
      ['title', U.strTitle],
      ['casefold', U.strCasefold],
      ['swapcase', U.strSwapcase],
      ['capitalize', U.strCapitalize],
    ];
    const want = pythonEval(maps.map(([name]) => `changed(str.${name})`), SETUP);
    const problems: string[] = [];
    maps.forEach(([name, f], i) => {
      const expected = new Map(
        (want[i] as [string, [string, [[string, string], [string, string]]][]])[1].map(([, [[, cp], [, s]]]) => [Number(cp), s]),
      );
      for (let cp = 0; cp < 0x110000 && problems.length < 40; cp++) {
        const ch = String.fromCodePoint(cp);
        const got = f(ch);
        const exp = expected.get(cp) ?? ch;
        if (got !== exp) problems.push(`${name} U+${cp.toString(16)}: got ${JSON.stringify(got)}, want ${JSON.stringify(exp)}`);
      }
    });
    expect(problems).toEqual([]);
  });
});
