import { describe, it, expect } from 'vitest';
import { OPCODES } from '../../src/compile/opcodes.js';
import * as fs from 'node:fs';

// interp/opnums.ts is a const enum (inlined by tsc), so compare its source text with the table.
describe('interp/opnums.ts', () => {
  it('numbers every opcode exactly as OPCODES does', () => {
    const text = fs.readFileSync(new URL('../../interp/opnums.ts', import.meta.url), 'utf8');
    const entries = [...text.matchAll(/^\s+([A-Z_]+) = (\d+),$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(entries).toEqual(OPCODES.map((o) => [o.name, o.code]));
  });
});
