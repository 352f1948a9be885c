// %-formatting and str.format against CPython, with a small host over plain values
// (int, float, str, list, dict) standing in for the object model.
import { describe, it, expect } from 'vitest';
import { PyFloat } from '../../src/runtime/value.js';
import { percentFormat, type FormatHost } from '../../src/runtime/percent-format.js';
import { strFormat, type StrFormatHost } from '../../src/runtime/str-format.js';
import { formatInt, formatFloat, formatStr } from '../../src/runtime/format-spec.js';
import { floatRepr } from '../../src/runtime/float-format.js';
import { strRepr } from '../../src/runtime/str-repr.js';
import { intToStr } from '../../src/runtime/int-text.js';
import { floatToInt, floatHex } from '../../src/runtime/float.js';
import { attributeError, indexError, overflowError, typeError } from '../../src/runtime/errors.js';
import { keyError } from '../../src/runtime/errors.js';
import { type Encoded, pythonEval, capture, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';

type V = number | bigint | boolean | string | PyFloat | V[] | Map<string, V>;

function repr(v: unknown): string {
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return intToStr(v);
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (Array.isArray(v)) return '[' + v.map(repr).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ') + '}';
  throw new Error('unsupported');
}
const str = (v: unknown) => (typeof v === 'string' ? v : repr(v));
const ascii = (v: unknown) => repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
  const cp = c.codePointAt(0)!;
  return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
});
const typeName = (v: unknown) =>
  typeof v === 'string' ? 'str' : typeof v === 'boolean' ? 'bool' : typeof v === 'number' || typeof v === 'bigint' ? 'int' : v instanceof PyFloat ? 'float' : Array.isArray(v) ? 'list' : 'dict';

const host: FormatHost = {
  bytes: false,
  str,
  repr,
  ascii,
  toIntTruncating: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? Number(v) : v instanceof PyFloat ? floatToInt(v.value) : undefined),
  toIndex: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? Number(v) : undefined),
  toFloat: (v) => {
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return Number(v);
    if (v instanceof PyFloat) return v.value;
    throw typeError(`must be real number, not ${typeName(v)}`);
  },
  char: (v) => {
    if (typeof v === 'string' && [...v].length === 1) return v;
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') throw typeError('%c requires int or char');
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return String.fromCodePoint(n);
  },
  typeName,
  getItem: (m, k) => {
    if (m instanceof Map && m.has(k)) return m.get(k);
    throw keyError(k);
  },
};

function formatValue(v: unknown, spec: string): string {
  if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
  if (typeof v === 'boolean') return spec === '' ? str(v) : formatInt(Number(v), spec, 'bool');
  if (v instanceof PyFloat) return formatFloat(v.value, spec);
  if (typeof v === 'string') return formatStr(v, spec);
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

function strHost(args: V[], kwargs: Map<string, V>): StrFormatHost {
  return {
    positional: (i) => args[i],
    hasPositional: true,
    keyword: (name) => {
      if (!kwargs.has(name)) throw keyError(name);
      return kwargs.get(name);
    },
    getAttr: (obj, name) => {
      if (obj instanceof PyFloat && name === 'real') return obj;
      throw attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
    },
    getItem: (obj, key) => {
      if (Array.isArray(obj)) {
        if (typeof key !== 'number') throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
        if (key >= obj.length) throw indexError('list index out of range');
        return obj[key];
      }
      if (typeof obj === 'string') {
        if (typeof key !== 'number') throw typeError(`string indices must be integers, not '${typeName(key)}'`);
        if (key >= [...obj].length) throw indexError('string index out of range');
        return [...obj][key];
      }
      if (!(obj instanceof Map)) throw typeError(`'${typeName(obj)}' object is not subscriptable`);
      if (typeof key === 'string' && obj.has(key)) return obj.get(key);
      throw keyError(key);
    },
    format: formatValue,
    str,
    repr,
    ascii,
  };
}

function py(v: V): string {
  if (v instanceof PyFloat) return `float.fromhex('${floatHex(v.value)}')`;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(py).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${JSON.stringify(k)}: ${py(x)}`).join(', ') + '}';
  return String(v);
}

const rand = rng(5);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function randomValue(): V {
  return pick<() => V>([
    () => Math.floor((rand() - 0.5) * 1000),
    () => BigInt(Math.floor(rand() * 1e15)) * 10n ** 10n,
    () => new PyFloat((rand() - 0.5) * 10 ** Math.floor(rand() * 12 - 4)),
    () => new PyFloat(pick([0.5, 2.5, -0.0, Infinity, NaN, 1e16, 1e-7])),
    () => pick(['', 'abc', 'é😀', 'x']),
    () => rand() < 0.5,
    () => [1, 'a'],
  ])();
}

describe('%-formatting vs CPython', () => {
  it('generated formats and arguments', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    for (let i = 0; i < 3000; i++) {
      const nConv = 1 + Math.floor(rand() * 3);
      let fmt = pick(['', 'x=', '%% ']);
      const args: V[] = [];
      for (let k = 0; k < nConv; k++) {
        let conv = '%';
        if (rand() < 0.4) conv += pick(['-', '+', ' ', '#', '0', '-0', '+#']);
        if (rand() < 0.3) conv += rand() < 0.15 ? '*' : String(Math.floor(rand() * 12));
        if (rand() < 0.3) conv += '.' + (rand() < 0.1 ? '*' : String(Math.floor(rand() * 8)));
        if (conv.includes('*')) for (const _ of conv.matchAll(/\*/g)) args.push(Math.floor(rand() * 10) - 3);
        conv += pick(['d', 'i', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a', 'c', '%', 'q']);
        fmt += conv + pick(['', ' ', '|']);
        args.push(randomValue());
      }
      if (rand() < 0.1) args.pop();
      if (rand() < 0.05) args.push(1);
      const single = args.length === 1 && rand() < 0.5 && !Array.isArray(args[0]);
      const tuple = args.length === 0 ? '()' : `(${args.map(py).join(', ')},)`;
      exprs.push(`${JSON.stringify(fmt)} % ${single ? py(args[0]!) : tuple}`);
      mine.push(capture((): Encoded => ['str', percentFormat(fmt, args, null, host)]));
    }
    const d = new Map<string, V>([
      ['a', 1],
      ['b', new PyFloat(2.5)],
      ['c', 'x'],
    ]);
    for (const fmt of ['%(a)s %(b).2f %(c)r', '%(a)05d', '%(z)s', '%(a)s %s', '%(a', '%(a)', 'plain', '%s']) {
      exprs.push(`${JSON.stringify(fmt)} % ${py(d)}`);
      mine.push(capture((): Encoded => ['str', percentFormat(fmt, [d], d, host)]));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});

describe('%-formatting scanned in UTF-16 units vs CPython', () => {
  it('non-ASCII and astral literal text, keys and conversion characters', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const d = new Map<string, V>([
      ['😀', 1],
      ['a(b)', 'x'],
      ['é', new PyFloat(2.5)],
    ]);
    const texts = ['', 'é', '😀', 'a😀b', '\ud800', '日本', '\u00ff%'];
    const convs = ['%s', '%5s', '%-4d', '%.1f', '%%', '%😀', '%é', '%\ud800', '%\u00ff', '%5😀', '%', '%(😀)s', '%(a(b))r', '%(é)5.1f',
      '%(😀', '%lld', '%hs', '%*s', '%.*s', '%-*d'];
    for (let i = 0; i < 1500; i++) {
      let fmt = pick(texts);
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) fmt += pick(convs) + pick(texts);
      const useMap = fmt.includes('%(') && rand() < 0.8;
      const args: V[] = [pick<V>(['é😀', 7, new PyFloat(-0.5)]), pick<V>([3, -4, 'ab']), pick<V>(['z', 12])];
      if (useMap) {
        exprs.push(`${JSON.stringify(fmt)} % ${py(d)}`);
        mine.push(capture((): Encoded => ['str', percentFormat(fmt, [d], d, host)]));
      } else {
        exprs.push(`${JSON.stringify(fmt)} % (${args.map(py).join(', ')},)`);
        mine.push(capture((): Encoded => ['str', percentFormat(fmt, args, null, host)]));
      }
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });

  it('huge widths, precisions and * arguments: the same errors', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    // None of these makes CPython allocate more than it can refuse at once.
    const cases: [string, V[]][] = [
      ['%.3000000000s', ['a']], ['%.2147483647s', ['a']], ['%.2147483648s', ['a']], ['%99999999999999999999s', ['a']],
      ['%9223372036854775808s', ['a']], ['%.3000000000f', [new PyFloat(1)]], ['%*s', [2n ** 70n, 'a']], ['%.*s', [2n ** 40n, 'a']],
      ['%*s', [2n ** 40n, 'a']], ['%.*f', [2n ** 31n, new PyFloat(1)]], ['%.*f', [2 ** 31 - 1 - 2 ** 31, new PyFloat(1)]],
      ['%*s', [-(2n ** 63n), 'a']], ['%*s', [-(2n ** 63n) - 1n, 'a']], ['%*s', [true, 'a']], ['%*s', ['3', 'a']],
      ['%.1100f', [new PyFloat(0.1)]], ['%.1200e', [new PyFloat(-3.5)]], ['%.1500g', [new PyFloat(1e-300)]], ['%0*d', [-5, 42]],
      ['%0100000000000s', ['a']], ['%.100000000000d', [1]],
    ];
    for (const [fmt, args] of cases) {
      exprs.push(`${JSON.stringify(fmt)} % (${args.map(py).join(', ')},)`);
      mine.push(capture((): Encoded => ['str', percentFormat(fmt, args, null, host)]));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});

describe('str.format vs CPython', () => {
  it('generated fields, conversions, nested specs and errors', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const kw = new Map<string, V>([
      ['name', 'Ann'],
      ['n', 42],
      ['f', new PyFloat(3.14159)],
      ['lst', [10, 'b', [7]]],
      ['d', new Map<string, V>([['k', 'v']])],
    ]);
    const pieces = [
      '{}', '{0}', '{1}', '{name}', '{n:>5}', '{f:.2f}', '{lst[0]}', '{lst[2][0]}', '{d[k]}', '{0!r}', '{0!s:>4}',
      '{0!a}', '{n:{w}}', '{f:{w}.{p}f}', '{{', '}}', '{', '}', '{0!x}', '{0!}', '{0.}', '{lst[1]x}', '{f.real}',
      '{n.zz}', '{missing}', '{5}', '{0:{1:{2}}}', '{:d}', '{name:^9}', 'text', ' ', '{lst[}', '{0[}', '{n!r:}',
      '{٠}', '{ n}', '{d[k}',
    ];
    for (let i = 0; i < 2000; i++) {
      let fmt = '';
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) fmt += pick(pieces);
      const args: V[] = [randomValue(), randomValue(), 3];
      const kwargs = new Map(kw);
      kwargs.set('w', Math.floor(rand() * 8));
      kwargs.set('p', Math.floor(rand() * 4));
      exprs.push(`${JSON.stringify(fmt)}.format(${args.map(py).join(', ')}, ${[...kwargs].map(([k, v]) => `${k}=${py(v)}`).join(', ')})`);
      mine.push(capture((): Encoded => ['str', strFormat(fmt, strHost(args, kwargs))]));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});

describe('str.format scanned in UTF-16 units vs CPython', () => {
  it('non-ASCII and astral text, conversions, names and nested specs', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const kw = new Map<string, V>([
      ['é', 'x'],
      ['😀', 5],
      ['w', 6],
      ['d', new Map<string, V>([['😀', 'v'], ['é', 'w']])],
    ]);
    const pieces = ['😀', 'é', '日本', '{}', '{0}', '{𝟏}', '{٠}', '{é}', '{😀:>4}', '{d[😀]}', '{d[é]!r}', '{0!😀}', '{0!é}', '{0!\ud800}',
      '{1:{w}}', '{😀:😀^{w}}', '{{😀}}', '{0:é<5}', '{😀!s:}', '{d[😀}', '{😀', '😀}', '{0!', '{:\ud800>3}'];
    for (let i = 0; i < 1500; i++) {
      let fmt = '';
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) fmt += pick(pieces);
      const args: V[] = [pick<V>(['é😀', 7, new PyFloat(-0.5)]), pick<V>([3, 'ab😀'])];
      exprs.push(`${JSON.stringify(fmt)}.format(${args.map(py).join(', ')}, ${[...kw].map(([k, v]) => `**{${JSON.stringify(k)}: ${py(v)}}`).join(', ')})`);
      mine.push(capture((): Encoded => ['str', strFormat(fmt, strHost(args, kw))]));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
