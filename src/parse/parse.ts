// `parse`: source text to CPython's AST, or CPython's SyntaxError. This is
// _PyPegen_run_parser: a first pass; on failure a second pass with the invalid_* rules;
// when that finds nothing specific, "invalid syntax" (or an unexpected indent) at the
// furthest token of the first pass. The end of input inside brackets is an error as soon
// as the parser reads it. After a parser error the rest of the source is tokenized, and a
// tokenizer error found there wins, as in CPython.
import type * as A from './ast.js';
import { CURRENT_POS, ParserError } from './parser-errors.js';
import { type Literals, MAX_DEPTH, Parser, ParserStackOverflow } from './parser.js';
import { evalRule, fileRule, funcTypeRule, interactiveRule } from './parser-statements.js';
import { starExpressions } from './parser-expressions.js';
import { IntegerDigitLimitError, parseNumber } from './numbers.js';
import { concatenateStrings } from './strings.js';
import { PySyntaxError, type CompileWarning } from './syntax-error.js';
import { byteOffsetToCharOffset } from './text-position.js';
import { TokenKind, type Token } from './token.js';
import { Tokenizer } from './tokenizer.js';
import { decodeSourceBytes } from './source-decode.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

/** Errors raised by grammar rules or literal decoding (of any parser, f-string fields
 * included), as opposed to tokenizer errors, which end parsing at once. */
const RAISED_BY_PARSER = new WeakSet<PySyntaxError>();

/** CPython raises MemoryError for source nested too deeply for its parser stack. */
export class ParserTooComplexError extends Error {
  readonly pyType = 'MemoryError';
  constructor() {
    super(`source too complex to parse (nested deeper than ${MAX_DEPTH} levels)`);
  }
}

/** Parse `source` as CPython 3.11's `compile(source, filename, mode, PyCF_ONLY_AST)`.
 * Returns the tree or throws PySyntaxError (ParserTooComplexError past the nesting limit). */
export function parse(source: string, filename?: string, mode?: 'exec'): A.Module;
export function parse(source: string, filename: string, mode: 'eval'): A.Expression;
export function parse(source: string, filename: string, mode: 'single'): A.Interactive;
export function parse(source: string, filename: string, mode: 'func_type'): A.FunctionType;
export function parse(source: string, filename?: string, mode?: ParseMode, warnings?: CompileWarning[]): A.mod;
/** `warnings` receives the tokenizer's and the parser's warnings as they are found. */
export function parse(source: string, filename = '<unknown>', mode: ParseMode = 'exec', warnings: CompileWarning[] = []): A.mod {
  const rule = startRule(mode);
  return run(new Tokenizer(source, { filename, warnings }), filename, rule, null, mode, true);
}

/** Parse the bytes of a source file as `python3 FILE` does: decoded per its BOM or coding
 * declaration. Without either, CPython's tokenizer has no encoding set and parser errors
 * keep UTF-8 byte offsets (errors raised by the tokenizer count characters either way). */
export function parseFile(bytes: Uint8Array, filename: string, mode: ParseMode = 'exec'): A.mod {
  const { text, encodingDeclared } = decodeSourceBytes(bytes, filename);
  return run(new Tokenizer(text, { filename }), filename, startRule(mode), null, mode, encodingDeclared);
}

function startRule(mode: ParseMode): (p: Parser) => A.mod | null {
  return mode === 'exec' ? fileRule : mode === 'eval' ? evalRule : mode === 'single' ? interactiveRule : funcTypeRule;
}

/** bad_single_statement: 'single' input must hold one statement; only blanks and comments
 * may follow it. */
function checkSingleStatement(tk: Tokenizer, p: Parser, filename: string): void {
  const last = p.toks[p.fetched - 1];
  if (last.kind === TokenKind.ENDMARKER) return;
  const rest = tk.source.split('\n').slice(last.endLineno).join('\n');
  if (/^(?:[ \t\n\f]|#[^\n]*)*$/.test(rest)) return;
  throw convertError(tk, filename, tokenError(last, 'multiple statements found while compiling a single statement'), null, true);
}

/** One parser over one tokenizer. A non-null `fstringOffset` marks an f-string replacement
 * field, whose errors say "f-string: " and are located relative to the field's text. */
function run<R>(
  tk: Tokenizer,
  filename: string,
  rule: (p: Parser) => R | null,
  fstringOffset: number | null,
  mode: ParseMode | 'fstring',
  charOffsets: boolean,
): R {
  const toError = (e: ParserError): PySyntaxError => {
    const err = convertError(tk, filename, e, fstringOffset, charOffsets);
    RAISED_BY_PARSER.add(err);
    return err;
  };
  let parser: Parser;
  // The first token of each run of strings whose escapes were checked: the first pass may
  // read a run more than once (CPython memoizes the strings rule), the error pass not at all.
  const escapesChecked = new Set<Token>();
  const literals: Literals = {
    numberValue(tok: Token) {
      try {
        return parseNumber(tok.value);
      } catch (e) {
        if (e instanceof IntegerDigitLimitError) throw toError(new ParserError('SyntaxError', e.message, tok.lineno, 0, tok.lineno, 0));
        throw e;
      }
    },
    strings(toks: Token[]) {
      const warn = !parser.errorPass && !escapesChecked.has(toks[0]);
      escapesChecked.add(toks[0]);
      return concatenateStrings(toks, {
        syntaxError: (msg) => toError(tokenError(parser.toks[parser.fetched - 1], msg)),
        syntaxErrorAt: (t, msg) => toError(tokenError(t, msg)),
        invalidEscape: (t, msg) => {
          // CPython's warn_invalid_escape_sequence (a DeprecationWarning in 3.11).
          if (warn) tk.warnings.push({ category: 'DeprecationWarning', message: msg, lineno: t.lineno, error: toError(tokenError(t, msg)) });
        },
        parseFStringExpr: (src, lineno, colOffset) =>
          run(
            new Tokenizer(src, { filename, firstLineno: lineno, firstLineColOffset: colOffset, warnings: tk.warnings }),
            filename,
            fstringRule,
            colOffset,
            'fstring',
            charOffsets,
          ),
      });
    },
  };
  // 'exec' input gets a final newline (translate_newlines); in 'single' mode the end of
  // input supplies one (fill_token); 'eval', 'func_type' and f-string fields have none.
  const p = (parser = new Parser(tk, literals, mode === 'single', mode === 'exec' || mode === 'single'));
  let firstError: PySyntaxError | null = null;
  try {
    const r = rule(p);
    if (r !== null) {
      if (mode === 'single') checkSingleStatement(tk, p, filename);
      return r;
    }
  } catch (e) {
    firstError = classify(e, toError);
  }
  const lastToken = p.toks[p.fetched - 1];
  p.resetForErrorPass();
  try {
    rule(p);
  } catch (e) {
    throw afterParserError(tk, p, classify(e, toError), toError);
  }
  if (firstError !== null) throw afterParserError(tk, p, firstError, toError);
  // Nothing specific: CPython's _Pypegen_set_syntax_error.
  if (lastToken.kind === TokenKind.INDENT || lastToken.kind === TokenKind.DEDENT) {
    const msg = lastToken.kind === TokenKind.INDENT ? 'unexpected indent' : 'unexpected unindent';
    throw toError(tokenError(lastToken, msg, 'IndentationError'));
  }
  const generic = toError(knownLocation(lastToken, 'invalid syntax'));
  throw afterParserError(tk, p, generic, toError);
}

/** An exception out of a pass: a tokenizer error ends parsing at once; a parser error is
 * returned as a PySyntaxError. */
function classify(e: unknown, toError: (e: ParserError) => PySyntaxError): PySyntaxError {
  if (e instanceof ParserError) return toError(e);
  if (e instanceof PySyntaxError && RAISED_BY_PARSER.has(e)) return e;
  if (e instanceof ParserStackOverflow || isStackExhaustion(e)) throw new ParserTooComplexError();
  throw e;
}

/** The JS stack ran out (a safety net: MAX_DEPTH is meant to stop well before). */
function isStackExhaustion(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('call stack');
}

/** _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, read the rest of
 * the source; a tokenizer error there (of the kind CPython raises at once) replaces it, and
 * so does a bracket left open since before the error's line. */
function afterParserError(tk: Tokenizer, p: Parser, err: PySyntaxError, toError: (e: ParserError) => PySyntaxError): PySyntaxError {
  const errLine = p.toks[p.fetched - 1].lineno;
  try {
    for (;;) {
      const t = tk.next();
      if (t.kind === TokenKind.ENDMARKER) {
        const open = tk.unclosedBracket();
        if (open !== null && errLine > open.lineno) {
          return toError(new ParserError('SyntaxError', `'${open.char}' was never closed`, open.lineno, open.col + 1, open.lineno, 0));
        }
        return err;
      }
    }
  } catch (e) {
    if (e instanceof PySyntaxError && !e.deferred) return e;
    if (e instanceof PySyntaxError) return err;
    throw e;
  }
}

/** RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token: INDENT, DEDENT and ENDMARKER have no
 * column in CPython (-1), so the offsets are 0. */
function knownLocation(t: Token, msg: string): ParserError {
  const k = t.kind;
  if (k === TokenKind.INDENT || k === TokenKind.DEDENT || k === TokenKind.ENDMARKER) {
    return new ParserError('SyntaxError', msg, t.lineno, 0, t.endLineno, 0);
  }
  return new ParserError('SyntaxError', msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
}

function tokenError(t: Token, msg: string, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): ParserError {
  const k = t.kind;
  if (k === TokenKind.INDENT || k === TokenKind.DEDENT || k === TokenKind.ENDMARKER) {
    return new ParserError(type, msg, t.lineno, t.col, t.endLineno, -1);
  }
  return new ParserError(type, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
}

/** _PyPegen_raise_error_known_location: the error line is taken from the tokenizer (with
 * its newline when it is the line being read), byte offsets become character offsets. */
function convertError(tk: Tokenizer, filename: string, e: ParserError, fstringOffset: number | null, charOffsets: boolean): PySyntaxError {
  const text = tk.currentLineno <= e.lineno ? tk.lineTextWithNewline(e.lineno) : tk.lineText(e.lineno);
  const offset = e.offset;
  const endOffset = e.endOffset === CURRENT_POS ? tk.currentCol : e.endOffset;
  const endLineno = e.endLineno === CURRENT_POS ? tk.currentLineno : e.endLineno;
  if (fstringOffset !== null) {
    // The replacement field's own tokenizer has no encoding set: CPython leaves the
    // offsets in bytes, relative to the field (possibly negative).
    return new PySyntaxError(e.type, 'f-string: ' + e.msg, {
      filename, lineno: e.lineno, offset: offset - fstringOffset, text, endLineno, endOffset: endOffset - fstringOffset,
    });
  }
  const col = charOffsets ? byteOffsetToCharOffset(text, Math.max(offset, 0)) : offset;
  const endCol = charOffsets && endOffset > 0 ? byteOffsetToCharOffset(text, endOffset) : endOffset;
  return new PySyntaxError(e.type, e.msg, { filename, lineno: e.lineno, offset: col, text, endLineno, endOffset: endCol });
}

// fstring: star_expressions
function fstringRule(p: Parser): A.expr | null {
  return starExpressions(p);
}
