// Compile-time SyntaxError parity: class, message, line and offset equal python3's
// compile() for the errors the symbol table and the compiler raise.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { PySyntaxError } from '../../src/parse/index.js';
import { pyOracle } from './py-oracle.js';

const CASES = [
  'nonlocal x',
  'def f():\n    nonlocal x',
  'def f():\n    x = 1\n    global x',
  'def f():\n    print(x)\n    global x',
  'def f(x):\n    global x',
  'def f(x):\n    nonlocal x',
  'def f():\n    x: int\n    global x',
  'def f():\n    global x\n    x: int = 1',
  'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x',
  'class C:\n    def f(self):\n        nonlocal __x',
  'return 1',
  'class C:\n    return 2',
  'yield 1',
  'x = [(yield) for y in z]',
  'await x',
  'def f():\n    await x',
  'def f():\n    return lambda: await x',
  'break',
  'continue',
  'for x in y:\n    def f():\n        break',
  'while x:\n    class C:\n        continue',
  '[(x := 1) for x in y]',
  '[i for i in (j := range(3))]',
  'class C:\n    [(y := 1) for x in z]',
  'def f():\n    [[(x := 0) for y in z] for x in w]',
  'def f(a, a):\n    pass',
  'lambda a, *a: 0',
  'def f():\n    from os import *',
  'async def f():\n    yield 1\n    return 2',
  'async def f():\n    yield from x',
  'def f():\n    async with a:\n        pass',
  'def f():\n    async for a in b:\n        pass',
  'def f():\n    return [x async for x in y]',
  'try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass',
  'f(a=1, b=2, a=3)',
  'o.m(k=1, k=2)',
  'x = 1\nfrom __future__ import annotations',
  'from __future__ import braces',
  'from __future__ import nope',
  '"doc"\nfrom __future__ import division\nimport os\nfrom __future__ import annotations',
  'match x:\n    case a:\n        pass\n    case b:\n        pass',
  'match x:\n    case _:\n        pass\n    case 1:\n        pass',
  'match x:\n    case [a, a]:\n        pass',
  'match x:\n    case [a] | [b]:\n        pass',
  'match x:\n    case {1: a, 1: b}:\n        pass',
  'match x:\n    case {"k": a, "k": b}:\n        pass',
  'match x:\n    case C(a=1, a=2):\n        pass',
  'match x:\n    case (a | b):\n        pass\n    case 2:\n        pass',
  'def f():\n    try:\n        pass\n    except* E:\n        return',
  'for x in y:\n    try:\n        pass\n    except* E:\n        break',
  'x, *a, *b = c',
  '*a = b',
  'def f():\n    x = 1\n    del x\n    nonlocal y',
];

describe('compile-time SyntaxErrors match python3', () => {
  const expected = pyOracle(CASES.map((source) => ({ kind: 'compile', source })));
  CASES.forEach((source, i) => {
    it(JSON.stringify(source).slice(0, 70), () => {
      const want = expected[i];
      if (!('error' in want)) throw new Error('python3 compiled this case; it must be an error case');
      let got: unknown = 'no error';
      try {
        compile(source, '<string>');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset };
      }
      expect(got).toEqual(want.error);
    });
  });
});
