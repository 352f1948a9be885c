// The tokenizer against CPython, live: token kinds, texts and byte positions against
// Python's tokenize module on tricky sources (which need not compile), and every tokenizer error (class, message,
// line, offset, text, end) against what compile() raises.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { PySyntaxError } from '../../src/parse/syntax-error.js';
import { TokenKind } from '../../src/parse/token.js';
import { Tokenizer } from '../../src/parse/tokenizer.js';

const TOKENIZABLE = [
  'x = 1\n',
  'if x:\n\tif y:\n\t\tz = 1\n\tw = 2\n',
  'def f(a, /, b=2, *c, d, **e) -> None:\n    return (a +\n            b)\n',
  'x = [1,\n  2,   # comment\n\n  3]\ny = 4\n',
  'x = 1 + \\\n    2\n',
  'if x:\n    a = 1 \\\n        + 2\n    b\n',
  'class C:\n\n    # only a comment\n\n    x = 1\n\f\ny = 2\n',
  'x = 1\r\ny = 2\rz = 3\n',
  'é = "ü" + f"{é!r:>{w}}" + rb"\\x" + Rb\'a\' + bR"b" + u"c" + F"""d\n{e}"""\n',
  'ｆｕｎｃ = 1; x = ℌ + µ\n',
  'x = 0xFF + 0o17 + 0b1_01 + 1_000 + 1.5e-3 + .5 + 5. + 1e10 + 3j + 1.5J + 0_0 + 00\n',
  'x = a if 1else b\ny = [0x1for x in y]\nz = 1ifx\n',
  'x = ...\ny = a.b\nz = 1..real if 0 else 1.e5\n',
  'x **= 2; y //= 3; z >>= 1; w <<= 1; a -> b; c := d; e != f; g @= h; i ^= j; k |= l; m %= n\n',
  "s = '''a\nb\\\nc''' + \"x\\\ny\"\n",
  'async def f():\n    await x\n    async for a in b: pass\n',
  'x = (\n  1,\n)  # tail\n',
  'x = 1  ',
  '   \n# c\n\n',
  '',
  'if x:\n    pass\n  # comment at odd indent\n',
  '@dec\ndef f(): pass\n',
  'x = "€" * 3  # ünïcödé comment\ny = "\\N{EM DASH}"\n',
];

const ERRORS = [
  'if x:\n        a\n\tb\n',
  'x = 1 €\n',
  'x = a€b\n',
  'x = \u00a0\n',
  'x = a\u200bb\n',
  'x = \u0001\n',
  'x = 1\n\u000bx\n',
  's = "abc\n',
  'x = "abc',
  "x = '''abc\n\ndef",
  'x = f"""\n{a}\n',
  'x = 0777\n',
  'x = 0_7\n',
  'x = 0_0_1\n',
  'x = 0x\n',
  'x = 0xg\n',
  'x = 0b2\n',
  'x = 0b1a\n',
  'x = 0o9\n',
  'x = 0o\n',
  'x = 1_\n',
  'x = 1__0\n',
  'x = 1e\n',
  'x = 1.e+\n',
  'x = 12abc\n',
  'x = 1jx\n',
  'x = 1.5_\n',
  'x = 1e5x\n',
  'x = 9for96\n',
  'x = \u1c89\n',
  'x = a\u{31350}\n',
  '0notx00ad\n',
  'x = 1andy\n',
  'x = 0x1fory\n',
  'x = 0b1_\n',
  'x = (]\n',
  'x = (\n]\n',
  'x = )\n',
  'x = [1, 2}\n',
  'x = (' + '('.repeat(200) + ')'.repeat(201) + '\n',
  'x = (1 +\n',
  'x = [1,\n2,\n',
  'x = 1 + \\\n',
  'x = 1 + \\',
  'x = a\\ b\n',
  'x = 1 + \\ # c\ny\n',
  'if x:\n    pass\n  \\\n',
  'if x:\n  y\n z\n',
  'x = 1\nif y:\n\tpass\n        pass\n',
  'x = 1\nif y:\n        pass\n\tpass\n',
  'for x in y:\n\tpass\n        \tpass\n',
  ''.padEnd(0) + Array.from({ length: 101 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(101) + 'pass\n',
  'x\u0000y\n',
  '\ufeffx = 1\n',
  'é = 1\nx = é€\n',
  'print 1\nx = "abc\n',
  'x = (1, 2\ny = $\n',
];

interface PyResult {
  tokens: unknown[] | 'error';
  error: { type: string; msg: string; lineno: number | null; offset: number | null; text: string | null; end_lineno: number | null; end_offset: number | null } | null;
}

function python(sources: string[]): PyResult[] {
  return JSON.parse(
    execFileSync('python3', [new URL('../support/py-tokens.py', import.meta.url).pathname], {
      input: JSON.stringify(sources),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  ) as PyResult[];
}

function ourTokens(source: string): unknown[] {
  const tk = new Tokenizer(source);
  const out: unknown[] = [];
  for (;;) {
    const t = tk.next();
    if (t.kind === TokenKind.ENDMARKER) return out;
    if (t.kind === TokenKind.NEWLINE) continue;
    out.push(t.kind === TokenKind.INDENT || t.kind === TokenKind.DEDENT ? [t.kind] : [t.kind, t.value, t.lineno, t.col, t.endLineno, t.endCol]);
  }
}

describe('tokenizer vs CPython', () => {
  const [tokenizable, errors] = [python(TOKENIZABLE), python(ERRORS)];

  it.each(TOKENIZABLE.map((s, i) => [JSON.stringify(s).slice(0, 60), i]))('tokens of %s', (_, i) => {
    expect(ourTokens(TOKENIZABLE[i as number])).toEqual(tokenizable[i as number].tokens);
  });

  it.each(ERRORS.map((s, i) => [JSON.stringify(s).slice(0, 60), i]))('error of %s', (_, i) => {
    const want = errors[i as number].error;
    let got: PySyntaxError | null = null;
    try {
      parse(ERRORS[i as number]);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = e;
    }
    expect(want).not.toBeNull();
    expect(got && {
      type: got.type,
      msg: got.msg,
      lineno: got.lineno,
      offset: got.offset,
      text: got.text,
      end_lineno: got.endLineno,
      end_offset: got.endOffset,
    }).toEqual(want);
  });
});
