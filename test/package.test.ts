// The package resolves by its own name inside the repo (package.json "exports"), from the
// built output that `npm install` (and `npm test`'s pretest build) produces.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe("import('pytier')", () => {
  it('exposes the library API', async () => {
    const pytier = await import('pytier');
    const source = 'x = [1, 2.5, "s"]\nprint(x)\n';
    const expected = execFileSync('python3', ['-c', `import ast, sys; print(ast.dump(ast.parse(sys.argv[1])))`, source], {
      encoding: 'utf8',
    });
    expect(pytier.dumpAst(pytier.parse(source)) + '\n').toBe(expected);
    const program = pytier.compile(source);
    const bytes = pytier.serialize(program);
    expect(pytier.serialize(pytier.deserialize(bytes))).toEqual(bytes);
  });
});
