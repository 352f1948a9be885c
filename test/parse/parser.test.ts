// Every construct of the Python 3.11 grammar, parsed by pytier and by python3: dumpAst must
// equal ast.dump, with and without attributes (positions).
import { describe, expect, it } from 'vitest';
import { dumpAst, parse } from '../../src/parse/index.js';
import { pyAstDumpBatch, type ParseMode } from '../support/py-ast-dump.js';

const CASES: Record<string, string[]> = {
  'simple statements': [
    'pass', 'x = 1', 'x = y = z = 0', 'x: int', 'x: int = 5', '(x): int = 1', 'a.b: int', 'a[0]: str = "s"',
    'x += 1', 'x -= 1; y *= 2; z @= m', 'a.b //= 3', 'a[i] **= 2', 'x >>= 1\nx <<= 2\nx |= 3\nx &= 4\nx ^= 5\nx %= 6\nx /= 7',
    'del x', 'del x, y[0], z.a', 'del (a, b), [c]', 'del (a)', 'assert x', 'assert x, "msg"',
    'return', 'return 1, 2', 'return *a, b', 'raise', 'raise E', 'raise E from e', 'global a, b', 'nonlocal x',
    'break', 'continue', 'x = yield', 'x = yield from y', 'yield', 'yield 1, 2', 'await x',
    'import a', 'import a.b.c as d, e', 'from . import x', 'from .. import (a, b as c,)', 'from ...a.b import *',
    'from .... import x', 'from a import b as c, d', 'x = *a, *b', 'a, *b = c', '[a, *b] = c', '(a, b), c = d',
    'a, = b', '(a) = 1', '((a)) = 1', 'x.y.z = 1', 'x[1:2, ::3] = 4', 'x = 1;', 'x = 1 ; y = 2 ;',
  ],
  expressions: [
    'a or b or c', 'a and b and c or d', 'not a', 'not not a', 'a < b <= c == d != e > f >= g',
    'a in b not in c is d is not e', 'a | b ^ c & d << e >> f', 'a + b - c * d / e // f % g @ h',
    '-a + +b - ~c', 'a ** -b ** c', '(a + b) * c', '(a).b', '(a)(b)', '(a)[b]', 'x if y else z',
    'a if b else c if d else e', 'lambda: 0', 'lambda x, y=1, *a, z, w=2, **k: x', 'lambda x, /, y: 0',
    'lambda *, a: a', 'lambda x=1, /, y=2: 0', 'lambda *a, **k: 0', '(x := 1)', 'f(x := 1)', '[y := 2, y]',
    'a[x := 1]', 'await a.b', 'x = await f()', '...', 'None, True, False', '1, 2.5, 3j, 0x1F, 0o17, 0b101, 1_000',
    '1e10, 1.5e-3, .5, 5., 1_0.0_1j', '10**100', '"a" "b"', "b'x' b'y'", 'f"{x}"', 'f"{x!r:>{w}}" "s"',
    'f"{x=}"', 'f"{x = !s:^10}"', "f'{a[\"b\"]}'", 'rb"\\d" Rb"x" BR"y"', 'u"x"', 'f"{{}}{1}"',
    '"""multi\nline"""', "'''a\n''' 'b'",
  ],
  'atoms and displays': [
    '()', '(1,)', '(1, 2)', '(1, 2,)', '[]', '[1]', '[1, 2,]', '[*a, *b]', '{}', '{1}', '{1, 2,}', '{*a}',
    '{1: 2}', '{1: 2, **a, 3: 4,}', '{**a}', '{**a, **b}', '[x for x in y]', '[x for x in y if a if b]',
    '[x for x in y for z in w]', '{x for x in y}', '{k: v for k, v in items}', '(x for x in y)',
    '[x async for x in y]', '(x async for x in y if z)', '[(a, b) for a, b in c]', '[x for (a, b) in c]',
    '[x for *a, b in c]', '[x for a.b in c]', '[x for a[0] in c]',     '(yield)', '((yield x))', '[(yield)]',
  ],
  'calls and subscripts': [
    'f()', 'f(a)', 'f(a,)', 'f(a, b=1)', 'f(*a)', 'f(**k)', 'f(a, *b, c=1, *d, e=2, **f)', 'f(*a, *b)',
    'f(x for x in y)', 'f((x for x in y), z)', 'f(a)(b)(c)', 'f(a=1)(b=2)', 'a.b.c', 'a[1]', 'a[1:2]', 'a[1:2:3]',
    'a[:]', 'a[::]', 'a[::2]', 'a[1:]', 'a[:2]', 'a[1, 2]', 'a[1:2, 3]', 'a[1,]', 'a[*b]', 'a[*b, c]', 'a[b, *c]',
    'a[(x := 1):2]', 'a[b][c:d].e(f)[g]', 'class C(Generic[*Ts]): pass',
  ],
  'compound statements': [
    'if a:\n  pass', 'if a: pass\nelif b: pass\nelif c: pass\nelse: pass', 'if (x := f()):\n  pass',
    'while x:\n  pass\nelse:\n  pass', 'for x in y:\n  pass', 'for x, y in z:\n  pass\nelse:\n  pass',
    'for (x, y) in z: pass', 'for [x, *y] in z: pass', 'for x.a in y: pass', 'for x in *a, *b: pass',
    'for x, in y: pass', 'async def f():\n  async for x in y: pass\n  async with a as b, c: pass\n  await z',
    'with a: pass', 'with a as b: pass', 'with a as (b, c): pass', 'with a as b, c as d: pass',
    'with (a, b): pass', 'with (a as b, c as d,): pass', 'with (a, b) as c: pass', 'with (yield): pass',
    'with (a): pass', 'with (a) as b, c: pass',
    'try:\n  pass\nexcept:\n  pass', 'try:\n  pass\nexcept E:\n  pass\nexcept (A, B) as e:\n  pass\nelse:\n  pass\nfinally:\n  pass',
    'try:\n  pass\nfinally:\n  pass', 'try:\n  pass\nexcept* E:\n  pass\nexcept* (A, B) as e:\n  pass',
    'def f(): pass', 'def f(a, b=1, *args, c, d=2, **kw) -> int:\n  return a',
    'def f(a, /, b, *, c): pass', 'def f(a=1, /, b=2): pass', 'def f(*, a=1, b): pass',
    'def f(a: int, *b: str, **c: dict): pass', 'def f(*args: *Ts): pass', 'def f(a,): pass', 'def f(**k,): pass',
    '@d\ndef f(): pass', '@a.b(c)\n@d\nclass C: pass', '@x := y\ndef f(): pass', '@(lambda f: f)\nasync def g(): pass',
    'class C: pass', 'class C(): pass', 'class C(A, B, metaclass=M, **kw): pass', 'class C(*bases): pass',
    'def f():\n  x = 1\n\n  return x\n', 'if x:\n    if y:\n        pass\n    else:\n        pass\n',
    'def f():\n  global x\n  nonlocal y\n', 'if a:\n  pass\n# c\n  # d\nelse:\n  pass\n',
  ],
  'match statements': [
    'match x:\n case 1: pass', 'match x:\n case -1: pass\n case 1.5: pass\n case -2j: pass\n case 1+2j: pass\n case -1-2j: pass',
    'match x:\n case "a" "b": pass\n case b"x": pass', 'match x:\n case None: pass\n case True: pass\n case False: pass',
    'match x:\n case a: pass', 'match x:\n case _: pass', 'match x:\n case a.b: pass\n case a.b.c: pass',
    'match x:\n case (a): pass', 'match x:\n case (): pass\n case []: pass', 'match x:\n case (a,): pass',
    'match x:\n case [a, *b, c]: pass', 'match x:\n case [*_]: pass', 'match x:\n case a, b: pass',
    'match x:\n case a, *b: pass', 'match x:\n case *a, b,: pass', 'match x:\n case {}: pass',
    'match x:\n case {1: a, "b": c, **rest}: pass', 'match x:\n case {a.b: c, None: d,}: pass',
    'match x:\n case {**rest}: pass', 'match x:\n case C(): pass', 'match x:\n case C(a, b): pass',
    'match x:\n case C(a, b=c): pass', 'match x:\n case a.C(b=1, c=[d]): pass', 'match x:\n case C(a,): pass',
    'match x:\n case 1 | 2 | 3: pass', 'match x:\n case (1 | 2) as y: pass', 'match x:\n case [1, 2] as y if y: pass',
    'match x, y:\n case a, b: pass', 'match *x, y:\n case _: pass', 'match (x):\n case _ if (a := 1): pass',
    'match = 1', 'match.x = 1', 'match(x)', 'match[x]', 'case = 2', '_ = 3', 'print(match, case)',
    'match x:\n case 1:\n  pass\n case 2:\n  match y:\n   case _: pass',
  ],
  'lexical details': [
    'x = 1 \\\n + 2', 'x = (1 +\n  2)', 'x = [\n 1,\n 2\n]', 'if x:\n\tpass', 'if x:\n        pass\n',
    'x = 1\r\ny = 2\r\n', 'x = 1\ry = 2', '# coding: utf-8\nx = 1', 'x = 1 # comment',
    'é = "ü"', 'x = "日本語"; y = 1', 'ﬁ = 1', 'ｉｆ = 1\nprint(ｉｆ, Ｔｒｕｅ)', '\x0cx = 1', 'def f():\n  return 1 # c\n\n\n', 'x = 1\n\n\n',
    '', '\n', '# only a comment', 'x = 1  # type: int', 'def f(a, # type: int\n  ):\n  pass',
  ],
};

const MODES: [string, ParseMode][] = [
  ['1 + 2', 'eval'], ['x if y else z, w', 'eval'], ['lambda: 1\n\n', 'eval'], ['x = 1', 'single'],
  ['if x:\n  pass\n', 'single'], ['if x:\n  pass', 'single'], ['1; 2', 'single'], ['x = 1\n# c\n\n', 'single'], ['(int, *str) -> bool', 'func_type'], ['() -> None', 'func_type'],
];

interface Case {
  name: string;
  source: string;
  mode: ParseMode;
}

const cases: Case[] = [];
for (const [group, sources] of Object.entries(CASES)) {
  for (const source of sources) cases.push({ name: `${group}: ${JSON.stringify(source)}`, source, mode: 'exec' });
}
for (const [source, mode] of MODES) cases.push({ name: `${mode}: ${JSON.stringify(source)}`, source, mode });

const expected = pyAstDumpBatch(cases);

describe('parse() matches CPython ast.dump', () => {
  cases.forEach((c, i) => {
    it(c.name, () => {
      const exp = expected[i];
      if ('error' in exp) throw new Error(`python3 rejects this case: ${exp.error.msg}`);
      const tree = parse(c.source, '<unknown>', c.mode);
      expect(dumpAst(tree)).toBe(exp.plain);
      expect(dumpAst(tree, { includeAttributes: true })).toBe(exp.attrs);
    });
  });
});
