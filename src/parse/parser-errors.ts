// How grammar rules raise errors. Rules know positions as (line, UTF-8 byte column); `parse`
// turns a ParserError into a PySyntaxError with the source line and character offsets,
// as CPython's _PyPegen_raise_error_known_location does.
import type { expr } from './ast.js';
import { ELLIPSIS } from '../runtime/value.js';
import { type Token, TokenKind } from './token.js';
import type { SyntaxErrorType } from './syntax-error.js';

/** An error raised by a grammar rule. Offsets are CPython's 1-based BYTE offsets as passed
 * to _PyPegen_raise_error_known_location (0 or -1: no column); `parse` converts them to
 * character offsets on the error line. */
export class ParserError {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly lineno: number,
    readonly offset: number,
    readonly endLineno: number,
    readonly endOffset: number,
  ) {}
}

type Span = Token | expr | { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null };

// INDENT, DEDENT and ENDMARKER tokens have no column in CPython (-1).
function hasNoColumn(t: Token): boolean {
  return t.kind === TokenKind.INDENT || t.kind === TokenKind.DEDENT || t.kind === TokenKind.ENDMARKER;
}

function startOf(s: Span): [number, number] {
  if ('col' in s) return [s.lineno, hasNoColumn(s) ? -1 : s.col];
  return [s.lineno, s.col_offset];
}

function endOf(s: Span): [number, number] {
  if ('endCol' in s) return [s.endLineno, hasNoColumn(s) ? -1 : s.endCol];
  return [s.end_lineno ?? s.lineno, s.end_col_offset ?? -1];
}

/** RAISE_ERROR_KNOWN_LOCATION with 0-based byte columns (-1: none). */
export function raiseLocated(type: SyntaxErrorType, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
  throw new ParserError(type, msg, lineno, col + 1, endLineno, endCol + 1);
}

/** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from the start of `a` to the end of `b`. */
export function raiseRange(a: Span, b: Span, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
  const [l, c] = startOf(a);
  const [el, ec] = endOf(b);
  return raiseLocated(type, msg, l, c, el, ec);
}

/** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): the extent of `a`. */
export function raiseAt(a: Span, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
  return raiseRange(a, a, msg, type);
}

/** Marks an end at the tokenizer's read position (pegen's CURRENT_POS). */
export const CURRENT_POS = -5;

/** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the start of `a` to the tokenizer's
 * current position. */
export function raiseFrom(a: Span, msg: string): never {
  const [l, c] = startOf(a);
  throw new ParserError('SyntaxError', msg, l, c + 1, CURRENT_POS, CURRENT_POS);
}

/** RAISE_SYNTAX_ERROR(msg) / RAISE_INDENTATION_ERROR(msg), located at token `tok` (CPython
 * uses the last token fetched). INDENT, DEDENT and ENDMARKER have no column in CPython:
 * their `col` here already is the offset pegen uses then, and there is no end. */
export function raiseAtToken(tok: Token, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
  if (hasNoColumn(tok)) throw new ParserError(type, msg, tok.lineno, tok.col, tok.endLineno, -1);
  throw new ParserError(type, msg, tok.lineno, tok.col + 1, tok.endLineno, tok.endCol + 1);
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: expr): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}
