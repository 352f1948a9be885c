// Disassembler output: one section per code object, each instruction with its line,
// index, name, argument and resolved meaning; jump targets marked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compile, disassemble, serialize } from '../../src/compile/index.js';
import { main as disMain } from '../../src/cli/dis-command.js';

const SOURCE = 'x = 1\nif x:\n    y = x.attr\ndef f(a):\n    return (a, "s", 2.5)\n';

function row(text: string, name: string): string {
  const line = text.split('\n').find((l) => l.split(/\s+/).includes(name));
  if (!line) throw new Error(`no ${name} in\n${text}`);
  return line;
}

describe('disassemble', () => {
  const text = disassemble(compile(SOURCE, 'm.py'));

  it('prints every code object', () => {
    expect(text).toMatch(/^Disassembly of <code object <module>, file "m.py", line 1>:/);
    expect(text).toContain('Disassembly of <code object f, file "m.py", line 4>:');
  });

  it('resolves constants, names, locals and jump targets', () => {
    expect(row(text, 'LOAD_CONST')).toMatch(/^ +1 +0 LOAD_CONST +0 \(1\)$/);
    expect(row(text, 'STORE_NAME')).toMatch(/STORE_NAME +0 \(x\)$/);
    expect(row(text, 'LOAD_ATTR')).toMatch(/LOAD_ATTR +\d+ \(attr\)$/);
    expect(row(text, 'LOAD_FAST')).toMatch(/LOAD_FAST +0 \(a\)$/);
    expect(text).toContain("('s')");
    expect(text).toContain('(2.5)');
    const jump = row(text, 'POP_JUMP_IF_FALSE');
    const target = Number(/\(to (\d+)\)/.exec(jump)?.[1]);
    const targetLine = text.split('\n').find((l) => new RegExp(`>> +${target} `).test(l));
    expect(targetLine).toBeDefined();
  });

  it('lists the exception table', () => {
    const t = disassemble(compile('try:\n    f()\nexcept E:\n    pass\n'));
    expect(t).toMatch(/ExceptionTable:\n {2}\d+ to \d+ -> \d+ \[0\]/);
    expect(t).toContain('CHECK_EXC_MATCH');
  });
});

describe('pytier dis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pytier-dis-'));

  async function run(file: string): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    try {
      const code = await disMain([file]);
      return { code, out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  }

  it('disassembles a source file and the same program serialized', async () => {
    const py = join(dir, 'm.py');
    writeFileSync(py, SOURCE);
    const fromSource = await run(py);
    expect(fromSource.code).toBe(0);
    expect(fromSource.out).toBe(disassemble(compile(SOURCE, py)));
    const bin = join(dir, 'm.pytb');
    writeFileSync(bin, serialize(compile(SOURCE, py)));
    expect((await run(bin)).out).toBe(fromSource.out);
  });

  it('reports syntax errors as python3 does', async () => {
    const py = join(dir, 'bad.py');
    writeFileSync(py, 'return 1\n');
    const r = await run(py);
    expect(r.code).toBe(1);
    expect(r.err).toContain("SyntaxError: 'return' outside function");
  });
});
