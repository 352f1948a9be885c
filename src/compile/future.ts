// `from __future__ import ...` (CPython's Python/future.c): which features a module turns
// on, and the SyntaxErrors for unknown features and future imports that come too late.
import type * as A from '../parse/ast.js';
import { compileError } from './errors.js';

const KNOWN = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

export interface Future {
  features: Set<string>;
  /** Line of the last valid future import (0 if none): later ones are errors. */
  lineno: number;
}

export function isDocstring(s: A.stmt | undefined): boolean {
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}

export function futureFeatures(mod: A.mod, filename: string, source: string): Future {
  const future: Future = { features: new Set(), lineno: 0 };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return future;
  const body = mod.body;
  let i = isDocstring(body[0]) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) throw compileError('from __future__ imports must occur at the beginning of the file', filename, source, s);
      for (const a of s.names) {
        if (a.name === 'braces') throw compileError('not a chance', filename, source, s);
        if (!KNOWN.has(a.name)) throw compileError(`future feature ${a.name} is not defined`, filename, source, s);
        future.features.add(a.name);
      }
      future.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return future;
}
