// String, bytes, number and f-string literals against CPython, live: the tree with all
// positions (ast.dump with include_attributes) for valid sources, and class, message, line
// and offset for the errors literal decoding raises.

import { describe, expect, it } from 'vitest';
import { dumpAst } from '../../src/parse/dump.js';
import { parse } from '../../src/parse/index.js';
import { PySyntaxError } from '../../src/parse/syntax-error.js';
import { pyAstDumpBatch } from '../support/py-ast-dump.js';

const VALID = [
  // prefixes, quotes, concatenation, kind
  `x = 'a' "b" '''c''' """d"""`,
  `x = u'a' 'b'`,
  `x = U'a'`,
  `x = 'a' u'b'`,
  `x = r'\\n' R"\\d" rb'\\x' Br'a' bR"b" RB'c'`,
  `x = b'a' b'b'`,
  `x = ''`,
  `x = b''`,
  `x = ('a'\n     'b'\n     f'{c}')`,
  // escapes
  `x = '\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\"\\0\\7\\07\\077\\101\\400\\x41\\u00e9\\U0001F600\\N{EM DASH}\\N{latin small letter a}'`,
  `x = '\\d\\w\\q\\z\\8\\9'`,
  `x = '\\ud834\\udd1e', '\\ud834' '\\udd1e', '\\udd1e\\ud834', '😀\\U0001F600\\ud83d\\ude00', "\\ud800'"`,
  `x = f'\\ud834{a}\\udd1e' f'\\ud834' '\\udd1e\\ud834\\udd1e' f'{b:\\ud834\\udd1e}'`,
  `x = '\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{SPACE}'`,
  `x = b'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\"\\0\\7\\077\\400\\x41\\xff\\d\\u00e9\\N{X}'`,
  `x = 'line\\\ncontinued'`,
  `x = 'é\\é\\x41'`,
  `x = """a\n  b\\\n  c"""`,
  // numbers
  `x = 0, 1, 00, 0_0, 123, 1_000_000, 9007199254740991, 9007199254740992, 123456789012345678901234567890`,
  `x = 0xff, 0XFF, 0o17, 0O17, 0b101, 0B1_0, 0xffff_ffff_ffff_ffff_ff`,
  `x = 1.5, 1., .5, 1e5, 1E-5, 1.5e+10, 1_0.0_1e1_0, 1e400, 0.1, 1e-400, 2.5e-324`,
  `x = 1j, 1.5j, 1e5J, 0j, 1e400j`,
  `x = -1, +1.5, ~0`,
  // f-strings
  `x = f'a{b}c'`,
  `x = f'{a!r} {b!s:>10} {c!a:{d}.{e}}'`,
  `x = f'{x=}'`,
  `x = f'{x = }'`,
  `x = f'{x=!s}'`,
  `x = f'{x=:>10}'`,
  `x = f'{x=!r:^{w}}'`,
  `x = f'{{a}} {{ {b} }}'`,
  `x = f''`,
  `x = f'' ''`,
  `x = 'a' f'{b}' 'c' f'd{e}'`,
  `x = u'a' f'{b}'`,
  `x = F'{a}' rf'\\n{b}' fR'{c}\\d' Rf'{d}'`,
  `x = f'{a["k"]} {b[1:2]} {c(d, e=f)} {g:{h}} {i!r}'`,
  `x = f'{a if b else c} {lambda: 1} {(yield)}'`,
  `x = f'{ a +  b }'`,
  `x = f"{'nested'}" f'{"other"}'`,
  `x = f'''{a}\n{b\n}\n  {c}'''`,
  `x = (1,\n     f"""a\n  {x}""")`,
  `x = (1,\n     f"""a\n  {\nx}""")`,
  `x = f"""\n{x}"""`,
  `x = f'{x:{y:3}}'`,
  `x = f'{a:{b}x{c}}'`,
  `x = f'{3!r:{"a"}}'`,
  `x = f'é{a}ü{b}'`,
  `é = f'{é}' + f'ü{é!r}'`,
  `x = f'\\N{EM DASH}{a}\\N{SPACE}'`,
  `x = f'\\{a}'`,
  `x = f'{a!=b} {a==b} {a<=b} {a>=b} {a<b} {a>b}'`,
  `x = f'{a:=^10}'`,
  `x = f'{(a:=1)}'`,
  `x = f'{a}' f'{b}' \\\n    f'{c}'`,
  `x = f'{*a,}'`,
  `x = f'{a,b}'`,
  `x = f'{a!r}' b'' if 0 else 1`.replace(" b''", ''),
  `def f():\n    return f"{x}" "y"`,
];

const ERRORS = [
  `x = 'a' b'b'`,
  `x = b'a' 'b' 'c'`,
  `x = b'a' f'{b}'`,
  `x = b'é'`,
  `x = b'''\né'''`,
  `x = '\\N{foo}'`,
  `x = '\\N{}'`,
  `x = '\\N'`,
  `x = '\\Nx'`,
  `x = '\\N{abc'`,
  `x = '\\x1'`,
  `x = '\\x'`,
  `x = 'é\\x1'`,
  `x = '\\u12'`,
  `x = '\\U0011ffff'`,
  `x = '\\U1234'`,
  `x = b'\\x1'`,
  `x = b'ab\\xg1'`,
  `x = f'{}'`,
  `x = f'{ }'`,
  `x = f'{}' + 1`,
  `x = f'{!r}'`,
  `x = f'{:x}'`,
  `x = f'{=}'`,
  `x = f'{a!x}'`,
  `x = f'{a!}'`,
  `x = f'{a'`,
  `x = f'{a!r'`,
  `x = f'{a:'`,
  `x = f'{a:{b}'`,
  `x = f'}'`,
  `x = f'a}b'`,
  `x = f'{a#}'`,
  `x = f'{a\\n}'`,
  `x = f'{"\\N{DASH}"}'`,
  `x = f'{a:{b:{c}}}'`,
  `x = f'{a)}'`,
  `x = f'{a(}'`,
  `x = f'{a[)}'`,
  `x = f'{"a}'`,
  `x = f'{a!r=}'`,
  `x = f'{a b}'`,
  `x = f'{a +}'`,
  `x = f'''{\na b}'''`,
  `x = f'\\N{foo}{a}'`,
  `x = 1${'0'.repeat(4300)}`,
];

function ours(source: string): { plain: string; attrs: string } | { error: unknown } {
  try {
    const tree = parse(source);
    return { plain: dumpAst(tree), attrs: dumpAst(tree, { includeAttributes: true }) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return {
      error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset },
    };
  }
}

describe('literals vs CPython', () => {
  const valid = pyAstDumpBatch(VALID.map((source) => ({ source })));
  const errors = pyAstDumpBatch(ERRORS.map((source) => ({ source })));

  it.each(VALID.map((s, i) => [JSON.stringify(s).slice(0, 70), i]))('tree of %s', (_, i) => {
    expect(ours(VALID[i as number])).toEqual(valid[i as number]);
  });

  it.each(ERRORS.map((s, i) => [JSON.stringify(s).slice(0, 70), i]))('error of %s', (_, i) => {
    const want = errors[i as number];
    expect('error' in want).toBe(true);
    expect(ours(ERRORS[i as number])).toEqual(want);
  });
});
