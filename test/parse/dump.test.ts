// dumpAst against ast.dump, live, in its other modes: indent (a number or a string) with
// and without attributes, on sources covering every kind of field value (None fields
// omitted or shown, empty and nested lists, ints, big ints, floats, complex, bytes,
// Ellipsis, True/False/None constants, strings needing escapes).

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dumpAst } from '../../src/parse/dump.js';
import { parse } from '../../src/parse/index.js';

const SOURCES = [
  'x = 1\n',
  'def f(a, /, b: int = 2, *c, d=None, **e) -> "r":\n    """doc\'s"""\n    return ...\n',
  'x = [1, 2.5, 3j, b"\\x00\'", True, None, ..., 10**100, 123456789012345678901234567890, -0.0, 1e400]\n',
  'match p:\n    case [1, *rest] if rest: pass\n    case {"k": v, **kw}: pass\n    case Point(x=0) | None: pass\n    case _: pass\n',
  'class C(B, metaclass=M):\n    @d\n    async def f(self):\n        async with a as b, c: await x\n',
  'try:\n    pass\nexcept* E as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3]\n',
  'from . import (a as b, c)\nimport x.y as z\nglobal g\nlambda: (yield)\nf"{x!r:>{w}}"\n',
];

describe('dumpAst modes vs ast.dump', () => {
  const want = JSON.parse(
    execFileSync(
      'python3',
      [
        '-c',
        `import ast, json, sys
out = []
for s in json.load(sys.stdin):
    t = ast.parse(s)
    out.append([ast.dump(t, indent=2), ast.dump(t, indent='\\t', include_attributes=True), ast.dump(t, indent=0)])
print(json.dumps(out))`,
      ],
      { input: JSON.stringify(SOURCES), encoding: 'utf8' },
    ),
  ) as string[][];

  it.each(SOURCES.map((s, i) => [JSON.stringify(s).slice(0, 60), i]))('dumps %s', (_, i) => {
    const tree = parse(SOURCES[i as number]);
    expect([
      dumpAst(tree, { indent: 2 }),
      dumpAst(tree, { indent: '\t', includeAttributes: true }),
      dumpAst(tree, { indent: 0 }),
    ]).toEqual(want[i as number]);
  });
});
