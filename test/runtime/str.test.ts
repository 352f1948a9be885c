import { describe, it, expect } from 'vitest';
import { strLen, strGetItem, strSliceIndices, strCompare, chr, ord } from '../../src/runtime/str.js';
import * as search from '../../src/runtime/str-search.js';
import * as split from '../../src/runtime/str-split.js';
import * as uni from '../../src/runtime/unicode.js';
import { strEncode, bytesDecode } from '../../src/runtime/str-codec.js';
import { type Encoded, pythonEval, capture, encInt, encBool, encSeq, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';
import { type PyValue } from '../../src/runtime/object.js';
import { getAttr } from '../../src/runtime/attr.js';
import { call } from '../../src/runtime/call.js';
import { binaryOp, BinaryOp } from '../../src/runtime/ops-binary.js';
import { newList } from '../../src/runtime/list.js';
import { newTuple } from '../../src/runtime/tuple.js';
import { newDict } from '../../src/runtime/dict.js';
import { normalizeInt } from '../../src/runtime/value.js';

const rand = rng(21);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const ALPHABET = [
  'a', 'b', 'A', 'B', 'z', ' ', ' ', '\t', '\n', '\r', '\x0b', '\x1c', '\x85', '\u00a0', '\u2028', '\u3000', '.', ',', '-', '_', '0',
  '9', '٣', '²', '½', '一', 'ß', 'ﬁ', 'İ', 'ı', 'Σ', 'σ', 'ς', 'ǅ', 'ǆ', 'Ǆ', 'é', 'e\u0301', 'ŉ', 'ᾳ', '😀', '𝔘', '\ud800', '\uffff',
  '\ue000', '\u0378', '\u00ad', 'Ⅻ', 'ⅻ', '\x00', 'ab', 'ba', 'aa', 'ʕ', 'ƛ', '\u0345', '\u2c6f', 'Ǆ',
];

function randomStr(max = 10): string {
  let s = '';
  const n = Math.floor(rand() * max);
  for (let i = 0; i < n; i++) s += pick(ALPHABET);
  return s;
}

const py = (s: string) => JSON.stringify(s);
const str = (s: string): Encoded => ['str', s];
const strs = (xs: string[]): Encoded => encSeq(xs.map(str));
const optIdx = () => (rand() < 0.5 ? null : Math.floor(rand() * 16) - 8);
const pyIdx = (i: number | null) => (i === null ? 'None' : String(i));

describe('str methods vs CPython', () => {
  it('generated calls of every method family', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => Encoded) => {
      exprs.push(e);
      mine.push(capture(f));
    };
    for (let i = 0; i < 700; i++) {
      const s = randomStr();
      const t = rand() < 0.5 ? randomStr(3) : Array.from(s).slice(0, Math.floor(rand() * 3)).join('');
      const S = py(s);
      const T = py(t);
      const [a, b] = [optIdx(), optIdx()];
      const n = Math.floor(rand() * 6) - 2;
      add(`len(${S})`, () => encInt(strLen(s)));
      add(`${S}.find(${T}, ${pyIdx(a)}, ${pyIdx(b)})`, () => encInt(search.strFind(s, t, a, b)));
      add(`${S}.rfind(${T}, ${pyIdx(a)}, ${pyIdx(b)})`, () => encInt(search.strRfind(s, t, a, b)));
      add(`${S}.index(${T}, ${pyIdx(a)})`, () => encInt(search.strIndex(s, t, a)));
      add(`${S}.count(${T}, ${pyIdx(a)}, ${pyIdx(b)})`, () => encInt(search.strCount(s, t, a, b)));
      add(`${S}.startswith(${T}, ${pyIdx(a)}, ${pyIdx(b)})`, () => encBool(search.strTailMatch(s, t, a, b, false)));
      add(`${S}.endswith(${T}, ${pyIdx(a)}, ${pyIdx(b)})`, () => encBool(search.strTailMatch(s, t, a, b, true)));
      add(`${S}.replace(${T}, 'X', ${n})`, () => str(search.strReplace(s, t, 'X', n)));
      add(`${S}.partition(${T})`, () => strs(search.strPartition(s, t)));
      add(`${S}.rpartition(${T})`, () => strs(search.strRpartition(s, t)));
      add(`${S}.removeprefix(${T})`, () => str(search.strRemovePrefix(s, t)));
      add(`${S}.removesuffix(${T})`, () => str(search.strRemoveSuffix(s, t)));
      const sep = rand() < 0.5 ? null : t;
      add(`${S}.split(${sep === null ? 'None' : T}, ${n})`, () => strs(split.strSplit(s, sep, n)));
      add(`${S}.rsplit(${sep === null ? 'None' : T}, ${n})`, () => strs(split.strRsplit(s, sep, n)));
      add(`${S}.splitlines(${n > 0 ? 'True' : 'False'})`, () => strs(split.strSplitlines(s, n > 0)));
      const chars = rand() < 0.5 ? null : t;
      const C = chars === null ? 'None' : T;
      add(`${S}.strip(${C})`, () => str(split.strStrip(s, chars, true, true)));
      add(`${S}.lstrip(${C})`, () => str(split.strStrip(s, chars, true, false)));
      add(`${S}.rstrip(${C})`, () => str(split.strStrip(s, chars, false, true)));
      const w = Math.floor(rand() * 14);
      const fill = pick([' ', '*', '😀', 'ab']);
      add(`${S}.center(${w}, ${py(fill)})`, () => str(split.strCenter(s, w, fill)));
      add(`${S}.ljust(${w}, ${py(fill)})`, () => str(split.strLjust(s, w, fill)));
      add(`${S}.rjust(${w}, ${py(fill)})`, () => str(split.strRjust(s, w, fill)));
      add(`${S}.zfill(${w})`, () => str(split.strZfill(s, w)));
      add(`${S}.expandtabs(${n + 2})`, () => str(split.strExpandtabs(s, n + 2)));
      add(`${S}.upper()`, () => str(uni.strUpper(s)));
      add(`${S}.lower()`, () => str(uni.strLower(s)));
      add(`${S}.casefold()`, () => str(uni.strCasefold(s)));
      add(`${S}.swapcase()`, () => str(uni.strSwapcase(s)));
      add(`${S}.capitalize()`, () => str(uni.strCapitalize(s)));
      add(`${S}.title()`, () => str(uni.strTitle(s)));
      const preds: [string, (x: string) => boolean][] = [
        ['isalpha', (x) => uni.strAll(x, uni.isAlphaChar)],
        ['isalnum', (x) => uni.strAll(x, uni.isAlnumChar)],
        ['isdecimal', (x) => uni.strAll(x, uni.isDecimalChar)],
        ['isdigit', (x) => uni.strAll(x, uni.isDigitChar)],
        ['isnumeric', (x) => uni.strAll(x, uni.isNumericChar)],
        ['isspace', uni.strIsSpace],
        ['islower', uni.strIsLower],
        ['isupper', uni.strIsUpper],
        ['istitle', uni.strIsTitle],
        ['isidentifier', uni.strIsIdentifier],
        ['isprintable', uni.strIsPrintable],
        ['isascii', uni.strIsAscii],
      ];
      for (const [name, f] of preds) {
        const x = rand() < 0.5 ? s : pick(ALPHABET);
        add(`${py(x)}.${name}()`, () => encBool(f(x)));
      }
      const step = pick([1, 2, 3, -1, -2]);
      const len = strLen(s);
      // Indices as slice.indices() leaves them: 0 <= start <= len going up, -1 <= stop < start going down.
      const start = step > 0 ? Math.floor(rand() * (len + 1)) : Math.floor(rand() * (len + 1)) - 1;
      const stop = step > 0 ? start + Math.floor(rand() * (len - start + 1)) : Math.floor(rand() * (start + 2)) - 1;
      add(`${S}[${start < 0 ? `-${len + 1}` : start}:${stop < 0 ? `-${len + 1}` : stop}:${step}]`, () => str(strSliceIndices(s, start, stop, step)));
      const k = Math.floor(rand() * 12) - 6;
      add(`${S}[${k}]`, () => str(strGetItem(s, k)));
      add(`(${S} < ${T}, ${S} == ${T})`, () => encSeq([encBool(strCompare(s, t) < 0), encBool(strCompare(s, t) === 0)]));
      const enc = pick(['utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin1', 'bogus']);
      const errors = pick(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'nope']);
      add(`${S}.encode(${py(enc)}, ${py(errors)})`, () => ['bytes', Array.from(strEncode(s, enc, errors))]);
      const bytes = Array.from({ length: Math.floor(rand() * 6) }, () =>
        rand() < 0.5 ? Math.floor(rand() * 128) : pick([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xed, 0xa0, 0xc0]),
      );
      add(`bytes(${JSON.stringify(bytes)}).decode(${py(enc)}, ${py(errors)})`, () => str(bytesDecode(Uint8Array.from(bytes), enc, errors)));
    }
    for (const cp of [0, 65, 0xe9, 0xffff, 0x10000, 0x10ffff, 0x110000, -1]) {
      add(`chr(${cp})`, () => str(chr(cp)));
    }
    for (const c of ['a', '😀', '', 'ab', '\ud800']) add(`ord(${py(c)})`, () => encInt(ord(c)));
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want, 30)).toEqual([]);
    expect(exprs.length).toBeGreaterThan(30000);
  });
});

describe('str fast paths vs CPython', () => {
  it('strip with short, long, astral and lone-surrogate character sets', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const longChars = 'abcdefghijklmnopqrstuvwxyz0123456789[]:';
    const sets = ['[]:', longChars, longChars + '😀', '😀', '\ud83d', '\ude00', '\ud83d\ude00x', 'ab\ud800', ' \t', ''];
    const texts = ['[hello]:', '😀a😀', '\ud83d\ude00\ud83d', '\ude00x\ud83d', 'xyz[]', '', '::', 'ab\ud800cd\ud800', ' \t x \t '];
    for (const s of texts) {
      for (const c of sets) {
        for (const [name, l, r] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
          exprs.push(`${py(s)}.${name}(${py(c)})`);
          mine.push(capture(() => str(split.strStrip(s, c, l, r))));
        }
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('join over lists, tuples and iterables, with non-str items', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => PyValue) => {
      exprs.push(e);
      mine.push(capture(() => encodeValue(f())));
    };
    const join = (sep: string, it: PyValue) => call(getAttr(sep, 'join'), [it]);
    add(`'-'.join(['a', 'b', '😀'])`, () => join('-', newList(['a', 'b', '😀'])));
    add(`''.join(('x', 'y'))`, () => join('', newTuple(['x', 'y'])));
    add(`', '.join([])`, () => join(', ', newList([])));
    add(`'-'.join(['a', 1])`, () => join('-', newList(['a', 1])));
    add(`'-'.join((1, 'a'))`, () => join('-', newTuple([1, 'a'])));
    add(`'-'.join({'k': 1, 'v': 2})`, () => join('-', newDict([['k', 1], ['v', 2]])));
    add(`'-'.join('abc')`, () => join('-', 'abc'));
    add(`'-'.join(5)`, () => join('-', 5));
    add(`'-'.join(['a', None, 2])`, () => join('-', newList(['a', null, 2])));
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('% with single, tuple and mapping-like right operands', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const operands: [string, () => PyValue][] = [
      ['5', () => 5], ['None', () => null], ['True', () => true], ['2**70', () => 2n ** 70n], ["'x'", () => 'x'], ['(1, 2)', () => newTuple([1, 2])],
      ['()', () => newTuple([])], ['[1]', () => newList([1])], ['[]', () => newList([])], ["{'a': 1}", () => newDict([['a', 1]])], ['{}', () => newDict([])],
    ];
    for (const fmt of ['%s', 'x', '%s %s', '%(a)s', '%d', '%r']) {
      for (const [text, v] of operands) {
        exprs.push(`${py(fmt)} % ${text}`);
        mine.push(capture(() => encodeValue(binaryOp(fmt, v(), BinaryOp.REMAINDER))));
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('repeat counts near the Py_ssize_t and memory limits', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const cases: [string, number | bigint][] = [
      ['ab', 3], ['ab', 0], ['ab', -5], ['', 2n ** 62n], ['', 2n ** 63n], ['ab', 2n ** 62n], ['ab', 2n ** 62n - 1n],
      ['a', 2n ** 63n - 1n], ['a', 2n ** 63n], ['ab', -(2n ** 63n)], ['ab', -(2n ** 63n) - 1n], ['abc', 2 ** 53 - 1], ['😀', 4],
      ['abcd', 2n ** 61n], ['abcd', 2n ** 61n + 1n],
    ];
    for (const [s, n] of cases) {
      exprs.push(`${py(s)} * ${n}`);
      mine.push(capture(() => encodeValue(binaryOp(s, normalizeInt(BigInt(n)), BinaryOp.MULTIPLY))));
    }
    // Every result here is either small or beyond any memory, so CPython's outcome is exact.
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});

function encodeValue(v: PyValue): Encoded {
  if (typeof v === 'string') return ['str', v];
  return ['other', String(v)];
}

describe('needles with lone surrogates never match half of an astral character', () => {
  it('search, replace, split, partition, affixes and in', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => Encoded) => {
      exprs.push(e);
      mine.push(capture(f));
    };
    const hays = ['a😀b😀', '😀😀', 'x\ud83d', '\ude00x', '😀\ud83d', '\ude00😀', '\ud83dx\ud83d😀', 'ab', '😀a\ude00'];
    const needles = ['\ud83d', '\ude00', 'a\ud83d', '\ude00b', '😀', '\ude00\ud83d', 'x\ud83d', '\ude00x', 'a', '😀\ud83d'];
    for (const s of hays) {
      for (const t of needles) {
        const S = py(s);
        const T = py(t);
        add(`${S}.find(${T})`, () => encInt(search.strFind(s, t)));
        add(`${S}.rfind(${T})`, () => encInt(search.strRfind(s, t)));
        add(`${S}.count(${T})`, () => encInt(search.strCount(s, t)));
        add(`${S}.replace(${T}, '$&')`, () => str(search.strReplace(s, t, '$&')));
        add(`${S}.replace(${T}, '-', 1)`, () => str(search.strReplace(s, t, '-', 1)));
        add(`${S}.split(${T})`, () => strs(split.strSplit(s, t)));
        add(`${S}.split(${T}, 1)`, () => strs(split.strSplit(s, t, 1)));
        add(`${S}.rsplit(${T})`, () => strs(split.strRsplit(s, t)));
        add(`${S}.partition(${T})`, () => strs(search.strPartition(s, t)));
        add(`${S}.rpartition(${T})`, () => strs(search.strRpartition(s, t)));
        add(`${S}.removeprefix(${T})`, () => str(search.strRemovePrefix(s, t)));
        add(`${S}.removesuffix(${T})`, () => str(search.strRemoveSuffix(s, t)));
        add(`${S}.startswith(${T})`, () => encBool(search.strTailMatch(s, t, null, null, false)));
        add(`${S}.endswith(${T})`, () => encBool(search.strTailMatch(s, t, null, null, true)));
        add(`${T} in ${S}`, () => encBool(call(getAttr(s, '__contains__'), [t]) as boolean));
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
