// Under `from __future__ import annotations` annotations are stored as strings made by
// CPython's ast_unparse.c; the strings pytier's compiler stores must be the same. Compared
// as the set of str constants of the module code, which python3 reports (one process).
import { describe, expect, it } from 'vitest';
import { compile, ConstTuple, type Const } from '../../src/compile/index.js';
import { pyOracle } from './py-oracle.js';

const ANNOTATIONS = [
  'int',
  'List[int]',
  'Dict[str, Tuple[int, ...]]',
  "'forward'",
  '"double"',
  'a.b.c',
  'Optional[x] | None',
  'Callable[[int, str], bool]',
  'x if y else z',
  'lambda a, b=1, *c, d, e=2, **f: a',
  'lambda: 0',
  'lambda a, /, b: 0',
  '(1, 2)',
  '()',
  '(1,)',
  '[1, 2, *a]',
  '{1: 2, **d}',
  '{1, 2}',
  '-x ** -y',
  '(a + b) * c - d / e // f % g @ h',
  'a ** b ** c',
  '(a ** b) ** c',
  'not a and b or c',
  'a < b <= c is not d not in e',
  '~a << 2 >> 3 & 4 ^ 5 | 6',
  'f(a, *b, c=1, **d)',
  'f(x for x in y)',
  '[x for x in y if x async for z in w]',
  '{k: v for k, v in d}',
  '{s for s in t}',
  'a[1:2, ::3]',
  'a[1:2]',
  'a[b, c]',
  'a[()]',
  '1.5',
  '1e300 * 1e300',
  '1e-7',
  '123456789012345678.0',
  '2j',
  "b'\\x00bytes\"'",
  "'it\\'s \"q\"'",
  "'\\n\\t\\x7f\\u200b\\U0001f600'",
  '...',
  'None',
  'True',
  '1 .real',
  'f"{x!r:>{w}} {y=}"',
  'await x',
  '(yield)',
  '(x := 1)',
  '*Ts',
];

describe('annotations stored as strings match ast_unparse', () => {
  const sources = ANNOTATIONS.map((a) => `from __future__ import annotations\nx: ${a}\ndef f(p: ${a}) -> ${a}: pass\n`);
  const expected = pyOracle<string[]>(sources.map((source) => ({ kind: 'strings', source })));
  ANNOTATIONS.forEach((a, i) => {
    it(a, () => {
      const want = expected[i];
      if ('error' in want) {
        expect(() => compile(sources[i])).toThrow(want.error.msg);
        return;
      }
      const found = new Set<string>();
      const walk = (consts: readonly Const[]): void => {
        for (const k of consts) {
          if (typeof k === 'string') found.add(k);
          else if (k instanceof ConstTuple) walk(k.items);
        }
      };
      walk(compile(sources[i]).code.consts);
      expect([...found].sort()).toEqual(want.ok);
    });
  });
});
