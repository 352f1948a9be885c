// Scoping parity: every symbol's flags and resolved scope, in every scope, compared with
// what CPython's `symtable` module reports for the same snippet (one python3 process).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { buildSymbolTable, type SymbolTableEntry } from '../../src/compile/symtable.js';
import { pyOracle } from './py-oracle.js';
import { SNIPPETS } from './snippets.js';

interface Table {
  type: string;
  name: string;
  lineno: number;
  symbols: Record<string, [number, number]>;
  children: Table[];
}

function dump(ste: SymbolTableEntry): Table {
  const symbols: Record<string, [number, number]> = {};
  for (const [name, flags] of ste.symbols) symbols[name] = [flags & 0x7ff, ste.scopeOf(name)];
  return { type: ste.type, name: ste.name, lineno: ste.lineno, symbols, children: ste.children.map(dump) };
}


describe('symbol tables match CPython symtable', () => {
  const expected = pyOracle<Table>(SNIPPETS.map((source) => ({ kind: 'symtable', source })));
  SNIPPETS.forEach((source, i) => {
    it(JSON.stringify(source).slice(0, 70), () => {
      const want = expected[i];
      let got: { ok: Table } | { error: { msg: string; lineno: number | null } };
      try {
        got = { ok: dump(buildSymbolTable(parse(source, '<string>'), '<string>', source, false).top) };
      } catch (e) {
        got = { error: { msg: (e as { msg?: string }).msg ?? String(e), lineno: (e as { lineno?: number }).lineno ?? null } };
      }
      if ('error' in want) {
        expect(got).toEqual({ error: { msg: want.error.msg, lineno: want.error.lineno } });
      } else {
        expect(got).toEqual({ ok: want.ok });
      }
    });
  });
});
