// The registered dunders and methods of int, bool, float, complex and str, driven through
// the object model's API (operators, calls, attribute lookup) and compared with CPython.
import { describe, it, expect } from 'vitest';
import '../../src/runtime/index.js';
import { PyFloat, PyComplex, PyBytes } from '../../src/runtime/value.js';
import { type PyValue } from '../../src/runtime/object.js';
import { intType, floatType, complexType, strType, boolType, typeType, typeOf } from '../../src/runtime/builtin-types.js';
import { binaryOp, ternaryPow } from '../../src/runtime/ops-binary.js';
import { richCompare } from '../../src/runtime/ops-compare.js';
import { neg, invert, abs } from '../../src/runtime/ops-unary.js';
import { reprOf, strOf, formatOf } from '../../src/runtime/ops-repr.js';
import { hashOf } from '../../src/runtime/ops-hash.js';
import { isTrue, getItem, contains } from '../../src/runtime/ops-protocols.js';
import { getAttr } from '../../src/runtime/attr.js';
import { call } from '../../src/runtime/call.js';
import { PyTuple, newTuple } from '../../src/runtime/tuple.js';
import { newDict } from '../../src/runtime/dict.js';
import { PyList } from '../../src/runtime/list.js';
import { newSlice } from '../../src/runtime/slice.js';
import { floatHex } from '../../src/runtime/float.js';
import { type Encoded, pythonEval, capture, mismatches } from './oracle.js';
import { rng } from '../support/rng.js';

function enc(v: PyValue): Encoded {
  if (typeof v === 'boolean') return ['bool', v];
  if (typeof v === 'number' || typeof v === 'bigint') return ['int', String(v)];
  if (typeof v === 'string') return ['str', v];
  if (v === null) return ['none'];
  if (v instanceof PyComplex) return ['complex', floatHex(v.real), floatHex(v.imag)];
  if (v instanceof PyFloat) return ['float', floatHex(v.value)];
  if (v instanceof PyBytes) return ['bytes', Array.from(v.bytes)];
  if (v instanceof PyTuple || v instanceof PyList) return ['seq', v.items.map(enc)];
  return ['other', reprOf(v)];
}

const rand = rng(13);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function value(): [PyValue, string] {
  return pick<() => [PyValue, string]>([
    () => {
      const n = Math.floor((rand() - 0.5) * 100);
      return [n, `(${n})`];
    },
    () => {
      const n = (BigInt(Math.floor(rand() * 2 ** 40)) << 40n) * (rand() < 0.5 ? -1n : 1n);
      return [n, `(${n})`];
    },
    () => {
      const x = pick([0, -0, 1.5, -2.25, 1e300, NaN, Infinity, 3, (rand() - 0.5) * 100]);
      return [new PyFloat(x), `float.fromhex('${floatHex(x)}')`];
    },
    () => {
      const [re, im] = [pick([0, 1.5, -2]), pick([0, 1, -0.5])];
      return [new PyComplex(re, im), `complex(${re}, ${im})`];
    },
    () => {
      const b = rand() < 0.5;
      return [b, b ? 'True' : 'False'];
    },
    () => {
      const s = pick(['', 'ab', 'é😀', '3']);
      return [s, JSON.stringify(s)];
    },
  ])();
}

const OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^', 'divmod'];
const CMP = ['<', '<=', '==', '!=', '>', '>='];

describe('number and str dunders through the object model vs CPython', () => {
  it('binary operators, comparisons, unary ops, repr/str/hash/bool on mixed operands', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => PyValue) => {
      exprs.push(e);
      mine.push(capture(() => enc(f())));
    };
    for (let i = 0; i < 1500; i++) {
      const [a, pa] = value();
      let [b, pb] = value();
      // Keep shifts and powers of big operands small enough to evaluate.
      if (typeof b === 'bigint') [b, pb] = [7, '(7)'];
      const k = Math.floor(rand() * OPS.length);
      const op = OPS[k]!;
      add(op === 'divmod' ? `divmod(${pa}, ${pb})` : `${pa} ${op} ${pb}`, () => binaryOp(a, b, k));
      const c = Math.floor(rand() * 6);
      add(`${pa} ${CMP[c]} ${pb}`, () => richCompare(a, b, c));
      add(`-${pa}`, () => neg(a));
      add(`~${pa}`, () => invert(a));
      add(`abs(${pa})`, () => abs(a));
      add(`repr(${pa})`, () => reprOf(a));
      add(`str(${pa})`, () => strOf(a));
      add(`bool(${pa})`, () => isTrue(a));
      if (!(a instanceof PyFloat && Number.isNaN(a.value))) add(`hash(${pa})`, () => hashOf(a));
      const spec = pick(['', '>8', '.3', 'x', '+.2e', '^10', ',', 's']);
      add(`format(${pa}, '${spec}')`, () => formatOf(a, spec));
      add(`pow(${pa}, ${pb}, 7)`, () => ternaryPow(a, b, 7));
    }
    const want = pythonEval(exprs);
    expect(mismatches(exprs, mine, want, 400)).toEqual([]);
  });

  it('constructors and named methods', () => {
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => PyValue) => {
      exprs.push(e);
      mine.push(capture(() => enc(f())));
    };
    const m = (obj: PyValue, name: string, ...args: PyValue[]) => call(getAttr(obj, name), args);
    const ctorArgs: [PyValue[], string][] = [
      [[], ''], [['12'], "'12'"], [[' -3 '], "' -3 '"], [['1_0'], "'1_0'"], [['x'], "'x'"], [[new PyFloat(2.7)], '2.7'],
      [[new PyFloat(-2.7)], '-2.7'], [[true], 'True'], [['ff', 16], "'ff', 16"], [['0b11', 0], "'0b11', 0"], [[5, 2], '5, 2'],
      [['1e3'], "'1e3'"], [['inf'], "'inf'"], [['1+2j'], "'1+2j'"], [[1, 2], '1, 2'], [[new PyComplex(1, 2)], '1+2j'],
      [[new PyBytes(Uint8Array.from([49, 50]))], "b'12'"], [[newTuple([])], '()'],
    ];
    for (const [args, text] of ctorArgs) {
      for (const [t, name] of [[intType, 'int'], [floatType, 'float'], [complexType, 'complex'], [strType, 'str'], [boolType, 'bool']] as const) {
        add(`${name}(${text})`, () => call(t, args));
      }
    }
    add('(255).to_bytes(2, "little")', () => m(255, 'to_bytes', 2, 'little'));
    add('(5).bit_length()', () => m(5, 'bit_length'));
    add('(-5).bit_count()', () => m(-5, 'bit_count'));
    add('(7).as_integer_ratio()', () => m(7, 'as_integer_ratio'));
    add('int.from_bytes(b"\\x01\\x00", "big")', () => m(intType, 'from_bytes', new PyBytes(Uint8Array.from([1, 0])), 'big'));
    add('round(12345, -2)', () => m(12345, '__round__', -2));
    add('round(12250, -2)', () => m(12250, '__round__', -2));
    add('round(-150, -2)', () => m(-150, '__round__', -2));
    add('round(5, -400)', () => m(5, '__round__', -400));
    add('round(2.5, 10**20)', () => m(new PyFloat(2.5), '__round__', 10n ** 20n));
    add('(-1).to_bytes(2, "big", signed=1)', () => call(getAttr(-1, 'to_bytes'), [2, 'big', 1], ['signed']));
    add('"-".join(5)', () => m('-', 'join', 5));
    add('round(2.675, 2)', () => m(new PyFloat(2.675), '__round__', 2));
    add('round(2.5)', () => m(new PyFloat(2.5), '__round__'));
    add('(0.1).hex()', () => m(new PyFloat(0.1), 'hex'));
    add('float.fromhex("0x1.8p1")', () => m(floatType, 'fromhex', '0x1.8p1'));
    add('(2.5).as_integer_ratio()', () => m(new PyFloat(2.5), 'as_integer_ratio'));
    add('(3.0).is_integer()', () => m(new PyFloat(3), 'is_integer'));
    add('(1+2j).conjugate()', () => m(new PyComplex(1, 2), 'conjugate'));
    add('(1+2j).imag', () => getAttr(new PyComplex(1, 2), 'imag'));
    add('True & False', () => binaryOp(true, false, 1));
    add('True | 2', () => binaryOp(true, 2, 7));
    add('"a,b,,c".split(",")', () => m('a,b,,c', 'split', ','));
    add('" x y ".split()', () => m(' x y ', 'split'));
    add('"-".join(["a", "b"])', () => m('-', 'join', newTuple(['a', 'b'])));
    add('"-".join(["a", 1])', () => m('-', 'join', newTuple(['a', 1])));
    add('"abc".startswith(("x", "a"))', () => m('abc', 'startswith', newTuple(['x', 'a'])));
    add('"abc".startswith(1)', () => m('abc', 'startswith', 1));
    add('"abc".find(1)', () => m('abc', 'find', 1));
    add('"abc".center(9, "*")', () => m('abc', 'center', 9, '*'));
    add('"%s=%05.1f" % ("x", 2.25)', () => binaryOp('%s=%05.1f', newTuple(['x', new PyFloat(2.25)]), 6));
    add('"%d%%" % 5', () => binaryOp('%d%%', 5, 6));
    add('"{0}-{1!r:>5}".format("a", "b")', () => m('{0}-{1!r:>5}', 'format', 'a', 'b'));
    add('"abc" * 3', () => binaryOp('abc', 3, 5));
    add('"abc" * (5 << 80)', () => binaryOp('abc', 5n << 80n, 5));
    add('"abc" * (2**63 - 1)', () => binaryOp('abc', 2n ** 63n - 1n, 5));
    add('"abc" * 2**40', () => binaryOp('abc', 2 ** 40, 5));
    add('"" * 2**40', () => binaryOp('', 2 ** 40, 5));
    add('3 * "ab"', () => binaryOp(3, 'ab', 5));
    add('"ab" + 1', () => binaryOp('ab', 1, 0));
    add('"é😀x"[1]', () => getItem('é😀x', 1));
    add('"abcdef"[1:5:2]', () => getItem('abcdef', newSlice(1, 5, 2)));
    add('"é😀x𝔘"[::-1]', () => getItem('é😀x𝔘', newSlice(null, null, -1)));
    add('"é😀x𝔘"[-3:]', () => getItem('é😀x𝔘', newSlice(-3, null)));
    add('"abc"[::0]', () => getItem('abc', newSlice(null, null, 0)));
    add('"abc"["x"]', () => getItem('abc', 'x'));
    add('"abc"[5]', () => getItem('abc', 5));
    add('"b" in "abc"', () => contains('abc', 'b'));
    add('1 in "abc"', () => contains('abc', 1));
    add('"ß".upper()', () => m('ß', 'upper'));
    add('"hello world".title()', () => m('hello world', 'title'));
    add('"abc".translate(str.maketrans("a", "X", "b"))', () => m('abc', 'translate', call(getAttr(strType, 'maketrans'), ['a', 'X', 'b'])));
    add('str.maketrans({"a": 1, 98: "y"})', () => call(getAttr(strType, 'maketrans'), [newDict([['a', 1], [98, 'y']])]));
    add('"é".encode()', () => m('é', 'encode'));
    add('"é".encode("ascii")', () => m('é', 'encode', 'ascii'));
    add('"x".zfill(5)', () => m('x', 'zfill', 5));
    add('list(iter("a😀"))', () => newTuple([...(function* () { const it = call(getAttr('a😀', '__iter__'), []); for (;;) { try { yield call(getAttr(it, '__next__'), []); } catch { return; } } })()]));
    const want = pythonEval(exprs);
    // list(...) prints as a list; compare as sequences.
    expect(mismatches(exprs, mine, want, 400)).toEqual([]);
  });

  it('instances of subclasses of int, float, complex and str', () => {
    const setup = 'class MyInt(int): pass\nclass MyFloat(float): pass\nclass MyComplex(complex): pass\nclass MyStr(str): pass\n';
    const cls = (name: string, base: PyValue) => call(typeType, [name, newTuple([base]), newDict()]);
    const MyInt = cls('MyInt', intType);
    const MyFloat = cls('MyFloat', floatType);
    const MyComplex = cls('MyComplex', complexType);
    const MyStr = cls('MyStr', strType);
    const exprs: string[] = [];
    const mine: Encoded[] = [];
    const add = (e: string, f: () => PyValue) => {
      exprs.push(e);
      mine.push(capture(() => enc(f())));
    };
    const m = (obj: PyValue, name: string, ...args: PyValue[]) => call(getAttr(obj, name), args);
    const i = call(MyInt, [-42]);
    const f = call(MyFloat, ['2.5']);
    const c = call(MyComplex, [1, 2]);
    const s = call(MyStr, ['héllo😀']);
    for (const [v, text] of [[i, 'MyInt(-42)'], [f, "MyFloat('2.5')"], [c, 'MyComplex(1, 2)'], [s, "MyStr('héllo😀')"]] as const) {
      add(`repr(${text})`, () => reprOf(v));
      add(`str(${text})`, () => strOf(v));
      add(`type(${text}).__name__`, () => getAttr(typeOf(v), '__name__'));
      add(`hash(${text})`, () => hashOf(v));
      add(`${text} == ${text}`, () => richCompare(v, v, 2));
      add(`format(${text}, '>12')`, () => formatOf(v, '>12'));
      add(`bool(${text})`, () => isTrue(v));
      for (const [other, otext] of [[3, '3'], [new PyFloat(0.5), '0.5'], ['x', "'x'"]] as const) {
        add(`${text} + ${otext}`, () => binaryOp(v, other, 0));
        add(`${otext} * ${text}`, () => binaryOp(other, v, 5));
      }
    }
    add('MyInt(-42).bit_length()', () => m(i, 'bit_length'));
    add('int(MyInt(-42))', () => call(intType, [i]));
    add('float(MyInt(-42))', () => call(floatType, [i]));
    add('int(MyFloat(2.5))', () => call(intType, [f]));
    add('MyStr("héllo😀").upper()', () => m(s, 'upper'));
    add('MyStr("héllo😀")[5]', () => getItem(s, 5));
    add('len(MyStr("héllo😀"))', () => m(s, '__len__'));
    add('"-".join([MyStr("a"), "b"])', () => m('-', 'join', newTuple([call(MyStr, ['a']), 'b'])));
    add('int(MyStr("12"))', () => call(intType, [call(MyStr, ['12'])]));
    add('MyComplex(1, 2).conjugate()', () => m(c, 'conjugate'));
    const want = pythonEval(exprs, setup);
    expect(mismatches(exprs, mine, want)).toEqual([]);
  });
});
