// Operator dispatch vs CPython: binary/reflected/in-place priority (subclass-first),
// NotImplemented, rich comparison with reflection and identity fallback, __eq__/__hash__
// rules, truth, len, containment, iteration, unpacking, subscription, calling, and the
// error messages of each.
import { describe, it, expect } from 'vitest';
import { call, typeType, newTuple, newDict, getAttr, NotImplemented, typeOf, add, sub, inplaceOp, binaryOp, BinaryOp, richCompare, CompareOp, hashOf, isTrue, len, contains, toArray, unpack, getItem, iterNext, getIter, neg, invert, reprOf, formatOf, classMethodType, indexError, type PyValue } from '../../src/runtime/index.js';
import { pythonEval, capture, encPlain, mismatches } from './oracle.js';
import { pyfunc, readable } from './pyfunc.js';

const SETUP = `
__name__ = '__main__'
def tn(o): return type(o).__name__
class A:
    def __add__(s, o): return 'A.add(' + tn(o) + ')' if not isinstance(o, int) else NotImplemented
    def __radd__(s, o): return 'A.radd(' + tn(o) + ')'
    def __eq__(s, o): return 'A.eq(' + tn(o) + ')' if isinstance(o, A) else NotImplemented
    def __lt__(s, o): return NotImplemented
    def __gt__(s, o): return 'A.gt(' + tn(o) + ')'
    __hash__ = object.__hash__
class SubA(A):
    def __radd__(s, o): return 'SubA.radd(' + tn(o) + ')'
    def __gt__(s, o): return 'SubA.gt(' + tn(o) + ')'
class SubA2(A): pass
class B:
    def __add__(s, o): return NotImplemented
    def __radd__(s, o): return 'B.radd(' + tn(o) + ')'
    def __iadd__(s, o): return 'B.iadd(' + tn(o) + ')'
    def __sub__(s, o): return NotImplemented
class N: pass
class H:
    def __eq__(s, o): return True
class H2:
    def __eq__(s, o): return True
    def __hash__(s): return 42
class BoolBad:
    def __bool__(s): return 1
class LenNeg:
    def __len__(s): return -1
class LenStr:
    def __len__(s): return 'a'
class LenBig:
    def __len__(s): return 2**70
class Len0:
    def __len__(s): return 0
class G:
    def __getitem__(s, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class NoIter:
    __iter__ = None
    def __getitem__(s, i): return i
class CG:
    def __class_getitem__(cls, item): return 'CG[' + tn(item) + ']'
a, sa, sa2, b, n = A(), SubA(), SubA2(), B(), N()
`;

const CASES: [string, (e: Env) => PyValue][] = [
  ['a + b', (e) => add(e.a, e.b)], ['b + a', (e) => add(e.b, e.a)], ['a + sa', (e) => add(e.a, e.sa)],
  ['sa + a', (e) => add(e.sa, e.a)], ['a + sa2', (e) => add(e.a, e.sa2)], ['sa2 + a', (e) => add(e.sa2, e.a)],
  ['n + n', (e) => add(e.n, e.n)], ['n + 1', (e) => add(e.n, 1)], ['1 + n', (e) => add(1, e.n)], ['a + 1', (e) => add(e.a, 1)],
  ['1 + a', (e) => add(1, e.a)], ['b + 1', (e) => add(e.b, 1)], ['b - 1', (e) => sub(e.b, 1)], ['a + a', (e) => add(e.a, e.a)],
  ['b + b', (e) => add(e.b, e.b)], ['None + a', (e) => add(null, e.a)], ['a - a', (e) => sub(e.a, e.a)],
  ['[x := b, x.__iadd__(a)][1]', (e) => inplaceOp(e.b, e.a, BinaryOp.ADD)],
  ["(lambda x: (x.__iadd__ if hasattr(x, '__iadd__') else None, exec('x += a', {'x': x, 'a': a}, d := {}), d['x'])[2])(a)",
    (e) => inplaceOp(e.a, e.a, BinaryOp.ADD)],
  ["(exec('x += 1', {'x': n}, d := {}), d['x'])[1]", (e) => inplaceOp(e.n, 1, BinaryOp.ADD)],
  ["(exec('x **= 1', {'x': n}, d := {}), d['x'])[1]", (e) => inplaceOp(e.n, 1, BinaryOp.POWER)],
  ["(exec('x @= 1', {'x': n}, d := {}), d['x'])[1]", (e) => inplaceOp(e.n, 1, BinaryOp.MATRIX_MULTIPLY)],
  ['n ** 2', (e) => binaryOp(e.n, 2, BinaryOp.POWER)],
  ['a == a', (e) => richCompare(e.a, e.a, CompareOp.EQ)], ['a == n', (e) => richCompare(e.a, e.n, CompareOp.EQ)],
  ['n == n', (e) => richCompare(e.n, e.n, CompareOp.EQ)], ['n != n', (e) => richCompare(e.n, e.n, CompareOp.NE)],
  ['a != a', (e) => richCompare(e.a, e.a, CompareOp.NE)], ['n == a', (e) => richCompare(e.n, e.a, CompareOp.EQ)],
  ['a < n', (e) => richCompare(e.a, e.n, CompareOp.LT)], ['n < a', (e) => richCompare(e.n, e.a, CompareOp.LT)],
  ['a < 1', (e) => richCompare(e.a, 1, CompareOp.LT)], ['a < sa', (e) => richCompare(e.a, e.sa, CompareOp.LT)],
  ['sa < a', (e) => richCompare(e.sa, e.a, CompareOp.LT)], ['a < a', (e) => richCompare(e.a, e.a, CompareOp.LT)],
  ['n <= n', (e) => richCompare(e.n, e.n, CompareOp.LE)], ['n >= 1', (e) => richCompare(e.n, 1, CompareOp.GE)],
  ['None < None', () => richCompare(null, null, CompareOp.LT)], ["1 < 'x'", () => richCompare(1, 'x', CompareOp.LT)],
  ["'x' < 'y'", () => richCompare('x', 'y', CompareOp.LT)], ['2 ** 70 > 5', (e) => richCompare(e.big, 5, CompareOp.GT)],
  ['hash(H())', (e) => hashOf(call(e.H, []))], ['hash(H()) if True else 0', (e) => hashOf(call(e.H, []))],
  ['iter(NoIter())', (e) => getIter(call(e.NoIter, []))], ['iter(NoIter()) if True else 0', (e) => getIter(call(e.NoIter, []))],
  ['hash(H2())', (e) => hashOf(call(e.H2, []))],
  ['hash(n) == hash(n)', (e) => hashOf(e.n) === hashOf(e.n)], ['hash(-1)', () => hashOf(-1)], ['hash(True)', () => hashOf(true)],
  ['bool(BoolBad())', (e) => isTrue(call(e.BoolBad, []))], ['len(LenNeg())', (e) => len(call(e.LenNeg, []))],
  ['len(LenStr())', (e) => len(call(e.LenStr, []))], ['len(LenBig())', (e) => len(call(e.LenBig, []))],
  ['bool(Len0())', (e) => isTrue(call(e.Len0, []))], ['bool(n)', (e) => isTrue(e.n)], ['len(n)', (e) => len(e.n)],
  ['bool(0) or bool("") or bool(None)', () => isTrue(0) || isTrue('') || isTrue(null)],
  ['1 in n', (e) => contains(e.n, 1)], ['20 in G()', (e) => contains(call(e.G, []), 20)], ['5 in G()', (e) => contains(call(e.G, []), 5)],
  ['list(G())', (e) => newTuple(toArray(call(e.G, [])))],
  ['[0 for (p, q) in [n]]', (e) => newTuple(unpack(e.n, 2))], ['[0 for (p, q) in [G()]]', (e) => newTuple(unpack(call(e.G, []), 2))],
  ['[0 for (p, q, r, s) in [G()]]', (e) => newTuple(unpack(call(e.G, []), 4))], ['[(p, q, r) for (p, q, r) in [G()]][0]', (e) => newTuple(unpack(call(e.G, []), 3))],
  ['n[0]', (e) => getItem(e.n, 0)], ['N[0]', (e) => getItem(e.N, 0)], ['CG[1]', (e) => getItem(e.CG, 1)], ['G()[1]', (e) => getItem(call(e.G, []), 1)],
  ['n()', (e) => call(e.n, [])], ['iter(n)', (e) => getIter(e.n)], ['next(n)', (e) => iterNext(e.n) ?? null],
  ['-n', (e) => neg(e.n)], ['~n', (e) => invert(e.n)], ['-(2)', () => neg(2)], ['~5', () => invert(5)],
  ["repr(n).startswith('<__main__.N object at 0x')", (e) => reprOf(e.n).startsWith('<__main__.N object at 0x')],
  ["format(n, 'x')", (e) => formatOf(e.n, 'x')], ["format(n, '') == repr(n)", (e) => formatOf(e.n, '') === reprOf(e.n)],
  ['repr(N)', (e) => reprOf(e.N)], ['repr(int)', () => reprOf(typeOf(1))],
  ['(2**53-1) + (2**53-1)', () => add(2 ** 53 - 1, 2 ** 53 - 1)], ['-1 - (2**53-1)', () => sub(-1, 2 ** 53 - 1)],
];

interface Env { [name: string]: PyValue }

function build(): Env {
  const tn = (o: PyValue) => typeOf(o).name;
  const f = (q: string, params: string, body: (l: (PyValue | undefined)[]) => PyValue) => pyfunc(q, params, body);
  const isA = (o: PyValue): boolean => typeOf(o).mro.some((t) => t.name === 'A');
  const cls = (name: string, bases: PyValue[], members: [string, PyValue][]) =>
    call(typeType, [name, newTuple(bases), newDict([['__module__', '__main__'], ...members])]);
  const A = cls('A', [], [
    ['__add__', f('A.__add__', 's, o', (l) => (typeof l[1] === 'number' ? NotImplemented : `A.add(${tn(l[1]!)})`))],
    ['__radd__', f('A.__radd__', 's, o', (l) => `A.radd(${tn(l[1]!)})`)],
    ['__eq__', f('A.__eq__', 's, o', (l) => (isA(l[1]!) ? `A.eq(${tn(l[1]!)})` : NotImplemented))],
    ['__lt__', f('A.__lt__', 's, o', () => NotImplemented)],
    ['__gt__', f('A.__gt__', 's, o', (l) => `A.gt(${tn(l[1]!)})`)],
    ['__hash__', getAttr(typeOf(null).mro[1], '__hash__')],
  ]);
  const SubA = cls('SubA', [A], [
    ['__radd__', f('SubA.__radd__', 's, o', (l) => `SubA.radd(${tn(l[1]!)})`)],
    ['__gt__', f('SubA.__gt__', 's, o', (l) => `SubA.gt(${tn(l[1]!)})`)],
  ]);
  const SubA2 = cls('SubA2', [A], []);
  const B = cls('B', [], [
    ['__add__', f('B.__add__', 's, o', () => NotImplemented)],
    ['__radd__', f('B.__radd__', 's, o', (l) => `B.radd(${tn(l[1]!)})`)],
    ['__iadd__', f('B.__iadd__', 's, o', (l) => `B.iadd(${tn(l[1]!)})`)],
    ['__sub__', f('B.__sub__', 's, o', () => NotImplemented)],
  ]);
  const N = cls('N', [], []);
  const H = cls('H', [], [['__eq__', f('H.__eq__', 's, o', () => true)]]);
  const H2 = cls('H2', [], [['__eq__', f('H2.__eq__', 's, o', () => true)], ['__hash__', f('H2.__hash__', 's', () => 42)]]);
  const BoolBad = cls('BoolBad', [], [['__bool__', f('BoolBad.__bool__', 's', () => 1)]]);
  const LenNeg = cls('LenNeg', [], [['__len__', f('LenNeg.__len__', 's', () => -1)]]);
  const LenStr = cls('LenStr', [], [['__len__', f('LenStr.__len__', 's', () => 'a')]]);
  const LenBig = cls('LenBig', [], [['__len__', f('LenBig.__len__', 's', () => 2n ** 70n)]]);
  const Len0 = cls('Len0', [], [['__len__', f('Len0.__len__', 's', () => 0)]]);
  const G = cls('G', [], [['__getitem__', f('G.__getitem__', 's, i', (l) => {
    if ((l[1] as number) >= 3) throw indexError(String(l[1]));
    return (l[1] as number) * 10;
  })]]);
  const NoIter = cls('NoIter', [], [['__iter__', null], ['__getitem__', f('NoIter.__getitem__', 's, i', (l) => l[1]!)]]);
  const CG = cls('CG', [], [['__class_getitem__', call(classMethodType, [f('CG.__class_getitem__', 'cls, item', (l) => `CG[${tn(l[1]!)}]`)])]]);
  return {
    A, SubA, SubA2, B, N, H, H2, BoolBad, LenNeg, LenStr, LenBig, Len0, G, CG, NoIter, big: 2n ** 70n,
    a: call(A, []), sa: call(SubA, []), sa2: call(SubA2, []), b: call(B, []), n: call(N, []),
  };
}

describe('operator dispatch vs CPython', () => {
  it('binary, in-place, comparison, hash, truth, len, containment, iteration, subscription', () => {
    const exprs = CASES.map(([src]) => src);
    const want = pythonEval(exprs, SETUP);
    const env = readable(build);
    const got = CASES.map(([, op]) => capture(() => encPlain(op(env))));
    expect(mismatches(exprs, got, want)).toEqual([]);
  });
});
