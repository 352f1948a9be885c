// `pytier ast FILE`: stdout equals python3's ast.dump of the file; for a bad file, stderr
// equals what `python3 FILE` prints and the exit status is 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/ast-command.js';

const dir = mkdtempSync(join(tmpdir(), 'pytier-ast-'));

const BAD: Record<string, string> = {
  'comma.py': 'x = (1 +\n  2 3)\n',
  'indent.py': 'if x:\npass\n',
  'unclosed.py': 'x = 1\ny = [1,\n',
  'print.py': 'print "hello"\n',
  'assign.py': 'def f():\n    f() = 1\n',
  'unicode.py': 's = "é"\nx = é é\n',
  'unicode-cookie.py': '# -*- coding: utf-8 -*-\ns = "é"\nx = é é\n',
  'nested.py': 'def f():\n    return [\n        1,\n        2 3]\n',
  'tab.py': 'if x:\n\tif y:\n        pass\n',
  'string.py': "x = 'abc\n",
};

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('pytier ast', () => {
  for (const [name, source] of Object.entries(BAD)) {
    it(`reports ${name} as python3 does`, async () => {
      const path = join(dir, name);
      writeFileSync(path, source);
      const py = spawnSync('python3', [path], { encoding: 'utf8' });
      expect(py.status).toBe(1);
      const r = await run([path]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toBe(py.stderr);
    });
  }

  it('prints ast.dump, with and without attributes', async () => {
    const path = join(dir, 'good.py');
    writeFileSync(path, 'import os\n\ndef f(a, *b, c=1):\n    return [x async for x in a] if b else {c: f"{a!r}"}\n');
    for (const flag of [false, true]) {
      const py = spawnSync('python3', ['-c', `import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), include_attributes=${flag ? 'True' : 'False'}))`, path], { encoding: 'utf8' });
      const r = await run(flag ? ['--attributes', path] : [path]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(py.stdout);
    }
  });

  it('rejects a missing file and bad usage', async () => {
    expect((await run([join(dir, 'missing.py')])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});
