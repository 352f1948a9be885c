// Compile-time SyntaxErrors (symtable and compiler), located as CPython locates them: the
// offending node's line and col_offset + 1, its end position + 1.
import { PySyntaxError } from '../parse/syntax-error.js';

export interface NodeLocation {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

export function compileError(msg: string, filename: string, source: string, loc: NodeLocation): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, {
    filename,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    text: sourceLine(source, loc.lineno),
    endLineno: loc.end_lineno,
    endOffset: loc.end_col_offset === null ? null : loc.end_col_offset + 1,
  });
}

function sourceLine(source: string, lineno: number): string | null {
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  const nl = source.indexOf('\n', start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}
