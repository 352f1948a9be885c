// Malformed programs: pytier's SyntaxError / IndentationError / TabError must equal what
// python3's compile(..., PyCF_ONLY_AST) raises — class, message, line, offset and end.
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '../../src/parse/index.js';
import { pyAstDumpBatch, type ParseMode } from '../support/py-ast-dump.js';

const CASES: Record<string, string[]> = {
  'generic and brackets': [
    'a b c', 'x = 1 2', '(a b c)', '[1 2]', 'f(a b)', 'x +', 'x = (1 +\n\ny = 2\n', 'x = (1\ny = 2', '(\n1 2\n',
    'foo(', 'foo(\n  1,\n', '[1, 2', '{1: 2', 'x = )', '1 +\n)', '(]', 'a.1', 'x = 1 if y', 'if x = 1: pass',
    'x = $', '1 +\n(', 'import a,', 'import a.b as c.d', 'else:', 'class', 'def f:\n pass', 'def None(): pass',
    'x.None = 1', '{1, 2: 3}', 'lambda x: (yield)\nlambda: yield', '[x for x in lambda: y]', 'print(1 1)',
    '1 2\n(',
  ],
  'targets and assignments': [
    'f() = 1', 'x = f() = 1', 'a + 1 = 2', '1 = 2', '"a" = 1', '... = 1', 'None = 1', 'True = 1', 'a = 1 = 2',
    'x = yield = 1', '(a, b) += 1', '[a] += 1', 'f() += 1', 'a, b: int', '(a, b): int', '[a]: int', 'a + b: int',
    'for f() in x: pass', 'for 1 in x: pass', 'with a as f(): pass', 'with a as 1, b: pass', '[x for f() in y]',
    'del f()', 'del a, 1', 'del *a', 'del (a + b)', 'a[1:2] := 3', '(a.b := 1)', '(x.y := 1)', 'f(a.b=1)',
    'f(True=1)', 'f(a=1 for x in y)', '(*a)', '(**a)', '*a = 1\nx = (*b)', 'x = [*a for a in b]',
  ],
  'calls and displays': [
    'f(x for x in y, 1)', 'f(1, x for x in y)', 'f(**a, *b)', 'f(**a, b)', 'f(a=1, b)', 'f(*a, b=1, c)',
    'f(**)', '{1: *a}', '{1:}', '{1: 2, 3}', '{**a for a in b}', '[a, b for a in c]', '[a, for a in c]',
    '[*a for a in b]', '{*a for a in b}', '(*a for a in b)', 'f(a, b for b in c)',
  ],
  parameters: [
    'def f(a=1, b): pass', 'lambda x=1, y: x', 'def f(*): pass', 'def f(*, **k): pass', 'lambda *: 0',
    'lambda *, **k: 0', 'lambda *,: 0', 'def f(*,): pass', 'def f(a, *, **k): pass',
    'def f(**k, a): pass', 'def f(**k, *a): pass', 'def f(*a=1): pass', 'def f(**k=1): pass', 'def f(/, a): pass',
    'def f(a, /, b, /): pass', 'def f(*a, /): pass', 'def f(a, /*): pass', 'def f(*a, *b): pass',
    'def f(a=): pass', 'def f((a, b)): pass', 'lambda (x): x', 'def f(a b): pass',
  ],
  'blocks and indentation': [
    'if x:\npass', 'if x:\n  pass\nelse:\npass', 'for x in y:\npass', 'while x:\npass', 'def f():\npass',
    'class C:\npass', 'with a:\npass', 'try:\npass', 'try:\n  pass\nfinally:\npass', 'try:\n  pass\nexcept:\npass',
    'try:\n  pass\nexcept E:\npass', 'match x:\ncase 1: pass', 'match x:\n case 1:\n pass', 'x = 1\n  y = 2',
    'if x:\n    a\n  b', 'if x:\n\ta\n        b', 'if x\n  pass', 'while x\n  pass', 'for x in y\n  pass',
    'class A\n pass', 'def f()\n pass', 'with a as b\n pass', 'try\n pass', 'if x:\n pass\nelse\n pass',
    'try:\n pass\nx', 'try:\n pass\nexcept E, F:\n pass', 'try:\n pass\nexcept\n pass', 'try:\n pass\nexcept*:\n pass',
    'try:\n pass\nexcept E:\n pass\nexcept* F:\n pass', 'try:\n pass\nexcept* E:\n pass\nexcept:\n pass',
    'with (a as b, c)\n pass', 'if x:\n  pass\n    y\n',
  ],
  'match statements': [
    'match x:\n case 1 as _: pass', 'match x:\n case 1 as 2: pass', 'match x:\n case a(b=1, c): pass',
    'match x:\n case 1+1: pass', 'match x:\n case 1j+1j: pass', 'match x\n case 1: pass', 'match x:\n case 1\n  pass',
    'match x:\n case {**_}: pass', 'match x:\n case *a: pass', 'match x:\n case a.b(): pass\n case f(): 1 2',
  ],
  'legacy and misc': [
    'print "x"', 'exec "x"', 'print 1\n$', 'print x, y', 'x = 1\nprint f"a"', 'from a import b,', 'from a import (b, c',
    'import', 'from . import', 'global', 'global x,', 'assert', 'raise from e', 'return return', 'x = 1; ;',
    'async x', 'await', 'def f() -> : pass', 'class C(:\n pass', 'class A(x for x in y): pass', 'x = f"{a b}"', 'x = f"{}"', "x = f'{a!x}'",
    'f"{a b}"\nx = 1abc', 'x = f"{a b}"\ny = (', 'foo(a, b c', 'print "a" (', 'f(a, b c)\ny = [',
  ],
  'literals (tokenizer)': [
    "x = 'abc", 'x = """abc', '1 +\nx = 1abc\n', 'x = 0b2', 'x = 0o8', 'x = 0x', 'x = 1_', 'x = 1__0', "b'\\xZZ'",
    "b'é'", "'\\N{foo}'", 'x = 1 $', 'x = 1 ?', 'a = `1`', 'x = €', 'f(**a, *b)\nx = 1abc\n', 'print 1\nx=\'abc\n',
    'if x:\n\tif y:\n        pass', 'x = (', ')', 'x = [}', '\\ x', 'x = 1 \\',
  ],
};

const MODE_CASES: [string, ParseMode][] = [
  ['1 +', 'eval'], ['x = 1', 'eval'], ['f(**a, *b)', 'eval'], ['\n', 'single'], ['# c\n', 'single'], ['x = 1\ny = 2', 'single'],
  ['x = 1; y = 2\nz', 'single'], ['(a, b,) -> c', 'func_type'], ['(**a, *b) -> c', 'func_type'], ['a -> ', 'func_type'],
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
for (const [source, mode] of MODE_CASES) cases.push({ name: `${mode}: ${JSON.stringify(source)}`, source, mode });

const expected = pyAstDumpBatch(cases);

function describeError(source: string, mode: ParseMode): object {
  try {
    parse(source, '<unknown>', mode);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset };
  }
  return { parsed: true };
}

// Known differences, kept visible until fixed.
const KNOWN_GAPS = [
  "'x { a = 1 }': CPython reports the `a = 1` inside the braces (\"Maybe you meant '==' or ':='\"), pytier says " +
    "'invalid syntax' at '{': CPython's error pass reaches the display through a rule order/memo interplay not reproduced",
  "'x = ' + '[' * 199 + '1' + ']' * 99: CPython's error pass overflows its parser stack (MemoryError); pytier does not " +
    'weigh bracket nesting like CPython (~30 rule levels per bracket)',
];

describe('syntax errors match CPython', () => {
  for (const gap of KNOWN_GAPS) it.todo(gap);
  it('has at least 60 cases, all rejected by python3', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const accepted = cases.filter((_, i) => !('error' in expected[i])).map((c) => c.source);
    expect(accepted).toEqual([]);
  });
  cases.forEach((c, i) => {
    it(c.name, () => {
      const exp = expected[i];
      if (!('error' in exp)) return;
      expect(describeError(c.source, c.mode)).toEqual(exp.error);
    });
  });
});
