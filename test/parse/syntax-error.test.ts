// PySyntaxError.format() against CPython's printed form (sys.excepthook's C printer), live:
// file and line, the stripped source line, the caret run (one caret for IndentationError
// and TabError, a range for SyntaxError, clipped to the line), the message.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { PySyntaxError } from '../../src/parse/syntax-error.js';

const SOURCES = [
  'x = (1 +\n  2 ++ )\n',
  'f(a for a in b, c)\n',
  'x = 1\n  y = 2\n',
  'if x:\n    y\n  z\n',
  's = "abc\n',
  'x = 1 €\n',
  '   (a, b) += 1   \n',
  'x = """abc\n\n',
  'x = 0777\n',
  '\tx = $\n',
  'def f():\n\treturn (1,\n\t\t2 3)\n',
  'x = (1,\n2,\n',
  'print "hello"\n',
  "x = f'{a b}'\n",
  'é = "ü" + 1 +\n',
  'if x:\npass\n',
  'x = 1\nif y:\n\tpass\n        pass\n',
  'a, b += 1\n',
  'x = [1, 2 3, 4]\n',
  'def f(x, x): pass\n'.replace('def f(x, x): pass', 'lambda x=1, y: x'),
  'x = 1 + \\\n',
  'class C:\n    def f(self):\n        return 1 +\n',
  'for x in range(10):\n    break\nelse:\n    continue 2\n',
  'x = {1: 2, 3}\n',
  '\f  x = $\n',
];

function cpythonPrints(sources: string[]): (string | null)[] {
  return JSON.parse(
    execFileSync('python3', [new URL('../support/py-syntax-print.py', import.meta.url).pathname], {
      input: JSON.stringify(sources.map((source) => ({ source, filename: 'case.py' }))),
      encoding: 'utf8',
    }),
  ) as (string | null)[];
}

describe('SyntaxError printing vs CPython', () => {
  const printed = cpythonPrints(SOURCES);
  it.each(SOURCES.map((s, i) => [JSON.stringify(s).slice(0, 60), i]))('prints %s', (_, i) => {
    const want = printed[i as number];
    expect(want).not.toBeNull();
    let got: string | null = null;
    try {
      parse(SOURCES[i as number], 'case.py');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = e.format();
    }
    expect(got).toBe(want);
  });
});
