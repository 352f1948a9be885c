// Code-object parity: for every snippet (and a sample of the stdlib) the tree of code
// objects — names, qualnames, first lines, argument counts, flags, varnames, cellvars,
// freevars — equals what python3's compile() produces.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, type CodeObject } from '../../src/compile/index.js';
import { pyOracle } from './py-oracle.js';
import { MORE_SNIPPETS, SNIPPETS } from './snippets.js';
import { stdlibDir } from '../support/stdlib-files.js';

interface Shape {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  children: Shape[];
}

function shape(c: CodeObject): Shape {
  return {
    name: c.name,
    qualname: c.qualname,
    firstlineno: c.firstlineno,
    argcount: c.argcount,
    posonlyargcount: c.posonlyargcount,
    kwonlyargcount: c.kwonlyargcount,
    flags: c.flags,
    varnames: c.varnames,
    cellvars: c.cellvars,
    freevars: c.freevars,
    children: c.children().map(shape),
  };
}

describe('code objects match python3 compile() for snippets', () => {
  const sources = [...SNIPPETS, ...MORE_SNIPPETS];
  const expected = pyOracle<Shape>(sources.map((source) => ({ kind: 'compile', source })));
  sources.forEach((source, i) => {
    it(JSON.stringify(source).slice(0, 70), () => {
      const want = expected[i];
      if ('error' in want) {
        expect(() => compile(source, '<string>')).toThrow(want.error.msg);
        return;
      }
      expect(shape(compile(source, '<string>').code)).toEqual(want.ok);
    });
  });
});

const STDLIB = stdlibDir();

describe('code objects match python3 compile() for a stdlib sample', () => {
  const files = readdirSync(STDLIB)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .filter((_, i) => i % 4 === 0)
    .map((f) => join(STDLIB, f));
  const expected = pyOracle<Shape>(files.map((path) => ({ kind: 'compile', path })));
  files.forEach((path, i) => {
    it(path.slice(STDLIB.length + 1), () => {
      const want = expected[i];
      if ('error' in want) return;
      const text = new TextDecoder().decode(readFileSync(path));
      expect(shape(compile(text, path).code)).toEqual(want.ok);
    });
  });
});
