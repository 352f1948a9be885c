// 'exec', 'eval' and 'single' compile like python3's compile() (code-object shape), and the
// mode survives the wire format.
import { describe, expect, it } from 'vitest';
import { compile, deserialize, disassemble, serialize, type CompileMode } from '../../src/compile/index.js';
import { pyOracle } from './py-oracle.js';

const CASES: [CompileMode, string][] = [
  ['eval', 'a if b else [c for c in d]'],
  ['eval', 'lambda x: (yield x)'],
  ['single', 'if x:\n    x + 1; y\n'],
  ['single', 'def f():\n    return 1\n'],
  ['exec', 'x = 1\nx\n'],
];

describe('compile modes', () => {
  const expected = pyOracle<{ name: string; flags: number; children: unknown[] }>(CASES.map(([mode, source]) => ({ kind: 'compile', source, mode })));
  CASES.forEach(([mode, source], i) => {
    it(`${mode}: ${JSON.stringify(source)}`, () => {
      const program = compile(source, '<string>', mode);
      const want = expected[i];
      if ('error' in want) throw new Error(want.error.msg);
      expect(program.code.name).toBe(want.ok.name);
      expect(program.code.children().length).toBe(want.ok.children.length);
      const again = deserialize(serialize(program));
      expect(again.mode).toBe(mode);
      expect(disassemble(again)).toBe(disassemble(program));
    });
  });

  it('prints expression statements only in single mode', () => {
    expect(disassemble(compile('x\n', '<s>', 'single'))).toContain('PRINT_EXPR');
    expect(disassemble(compile('x\n', '<s>', 'exec'))).not.toContain('PRINT_EXPR');
  });
});
