// F-strings as Python 3.11 parses them (Parser/string_parser.c): the whole f-string is one
// STRING token; its body is split here into literal parts and replacement fields, and each
// field's expression text is parsed by the parser in "fstring" mode. Node positions follow
// CPython 3.11 exactly, quirks included: every Constant and FormattedValue gets the position
// of the whole run of concatenated strings, a format spec's JoinedStr that of its own token,
// and the expressions are positioned from the '{' (see fstringCompileExpr).

import type { Constant, expr, FormattedValue, JoinedStr } from './ast.js';
import { decodeUnicodeEscapes } from './escapes.js';
import { codePointsOfString, setExactCodePoints, stringOfCodePoints } from './exact-text.js';
import type { StringParseContext, StringPrefix } from './strings.js';
import { utf8Length } from './text-position.js';
import type { Token } from './token.js';

/** Collects the parts of a (possibly concatenated) string: CPython's FstringParser. */
export class FStringBuilder {
  private lastStr: string | null = null;
  /** the pending text as code points, once a part came as code points (see exact-text.ts) */
  private lastCodePoints: number[] | null = null;
  private readonly values: expr[] = [];
  private fmode = false;

  addString(s: string | number[]): void {
    if (s.length === 0) return;
    if (typeof s !== 'string' || this.lastCodePoints) {
      this.lastCodePoints ??= this.lastStr === null ? [] : codePointsOfString(this.lastStr);
      for (const cp of typeof s === 'string' ? codePointsOfString(s) : s) this.lastCodePoints.push(cp);
      this.lastStr = '';
      return;
    }
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }

  markFString(): void {
    this.fmode = true;
  }

  addExpression(value: FormattedValue, first: Token, last: Token): void {
    if (this.lastStr !== null) this.values.push(this.takeStr(first, last));
    this.values.push(value);
  }

  finish(first: Token, last: Token): Constant | JoinedStr {
    if (!this.fmode) {
      if (this.lastStr === null) this.lastStr = '';
      return this.takeStr(first, last);
    }
    if (this.lastStr !== null) this.values.push(this.takeStr(first, last));
    return { _type: 'JoinedStr', values: this.values, ...span(first, last) };
  }

  private takeStr(first: Token, last: Token): Constant {
    const cps = this.lastCodePoints;
    const exact = cps ? stringOfCodePoints(cps) : null;
    const value = exact ? exact.text : (this.lastStr as string);
    this.lastStr = null;
    this.lastCodePoints = null;
    // Only a lowercase 'u' prefix on the first token marks the kind.
    const kind = first.value.charCodeAt(0) === 117 ? 'u' : null;
    const node: Constant = { _type: 'Constant', value, kind, ...span(first, last) };
    if (exact?.merged) setExactCodePoints(node, cps as number[]);
    return node;
  }
}

function span(first: Token, last: Token) {
  return { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
}

/** Everything the scanner of one f-string token needs. */
interface Scan {
  readonly text: string; // the token text; positions index into it
  pos: number;
  readonly end: number; // index of the closing quote(s)
  readonly raw: boolean;
  readonly first: Token;
  readonly token: Token;
  readonly last: Token;
  readonly ctx: StringParseContext;
}

/** Add the parts of f-string token `t` (one of the run first..last) to `builder`. */
export function parseFStringBody(
  builder: FStringBuilder,
  t: Token,
  prefix: StringPrefix,
  first: Token,
  last: Token,
  ctx: StringParseContext,
): void {
  const scan: Scan = { text: t.value, pos: prefix.bodyStart, end: prefix.bodyEnd, raw: prefix.raw, first, token: t, last, ctx };
  concatFString(builder, scan, 0);
}

function concatFString(builder: FStringBuilder, scan: Scan, level: number): void {
  builder.markFString();
  const { ctx } = scan;
  for (;;) {
    const literal = findLiteral(scan, level);
    if (literal.text !== null) builder.addString(literal.text);
    if (literal.doubledBrace) continue;
    if (scan.pos >= scan.end || scan.text.charCodeAt(scan.pos) === 125) break;
    const field = findExpression(scan, level);
    if (field.exprText !== null) builder.addString(field.exprText);
    builder.addExpression(field.value, scan.first, scan.last);
  }
  if (level === 0 && scan.pos < scan.end - 1) throw ctx.syntaxError('f-string: unexpected end of string');
  if (level !== 0 && scan.text.charCodeAt(scan.pos) !== 125) throw ctx.syntaxError("f-string: expecting '}'");
}

/** The literal text up to the next replacement field (CPython's fstring_find_literal).
 * A doubled brace ends the literal with one brace and asks the caller to go on. */
function findLiteral(scan: Scan, level: number): { text: string | number[] | null; doubledBrace: boolean } {
  const { text, end, raw } = scan;
  let s = scan.pos;
  const start = s;
  let doubledBrace = false;
  while (s < end) {
    let ch = text.charCodeAt(s++);
    if (!raw && ch === 92 && s < end) {
      ch = text.charCodeAt(s++);
      if (ch === 78) {
        // \N{...}: its braces are not replacement fields.
        if (s < end && text.charCodeAt(s++) === 123) {
          while (s < end && text.charCodeAt(s++) !== 125) {
            // skip the name
          }
        }
        continue;
      }
      // '\{' is no escape, and the brace still opens a field.
      if (ch === 123) scan.ctx.invalidEscape(scan.token, "invalid escape sequence '\\{'");
    }
    if (ch === 123 || ch === 125) {
      if (level === 0) {
        if (s < end && text.charCodeAt(s) === ch) {
          scan.pos = s + 1;
          doubledBrace = true;
          break;
        }
        if (ch === 125) {
          scan.pos = s - 1;
          throw scan.ctx.syntaxError("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (!doubledBrace) scan.pos = s;
  if (start === s) return { text: null, doubledBrace };
  const piece = text.slice(start, s);
  return { text: raw ? piece : decodeUnicodeEscapes(piece, scan.ctx, (msg) => scan.ctx.invalidEscape(scan.token, msg)), doubledBrace };
}

const MAXLEVEL = 200;

/** One replacement field, from its '{' to its '}' (CPython's fstring_find_expr). */
function findExpression(scan: Scan, level: number): { exprText: string | null; value: FormattedValue } {
  const { text, end, ctx } = scan;
  if (level >= 2) throw ctx.syntaxError('f-string: expressions nested too deeply');
  scan.pos++;
  const exprStart = scan.pos;
  let quoteChar = 0;
  let stringType = 0;
  const parens: number[] = [];
  for (; scan.pos < end; scan.pos++) {
    const ch = text.charCodeAt(scan.pos);
    if (ch === 92) throw ctx.syntaxError('f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (scan.pos + 2 < end && text.charCodeAt(scan.pos + 1) === ch && text.charCodeAt(scan.pos + 2) === ch) {
            scan.pos += 2;
            stringType = 0;
            quoteChar = 0;
          }
        } else {
          stringType = 0;
          quoteChar = 0;
        }
      }
      continue;
    }
    if (ch === 39 || ch === 34) {
      if (scan.pos + 2 < end && text.charCodeAt(scan.pos + 1) === ch && text.charCodeAt(scan.pos + 2) === ch) {
        stringType = 3;
        scan.pos += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === 91 || ch === 123 || ch === 40) {
      if (parens.length >= MAXLEVEL) throw ctx.syntaxError('f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === 35) {
      throw ctx.syntaxError("f-string expression part cannot include '#'");
    } else if (parens.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      if (scan.pos + 1 < end) {
        const next = text.charCodeAt(scan.pos + 1);
        // != == <= >= are operators, not the end of the expression
        if (next === 61 && (ch === 33 || ch === 61 || ch === 60 || ch === 62)) {
          scan.pos++;
          continue;
        }
      }
      if (ch === 62 || ch === 60) continue;
      break;
    } else if (ch === 93 || ch === 125 || ch === 41) {
      const c = String.fromCharCode(ch);
      if (parens.length === 0) throw ctx.syntaxError(`f-string: unmatched '${c}'`);
      const opening = parens.pop() as number;
      if (!((opening === 40 && ch === 41) || (opening === 91 && ch === 93) || (opening === 123 && ch === 125))) {
        throw ctx.syntaxError(
          `f-string: closing parenthesis '${c}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
        );
      }
    }
  }
  const exprEnd = scan.pos;
  if (quoteChar) throw ctx.syntaxError('f-string: unterminated string');
  if (parens.length > 0) {
    throw ctx.syntaxError(`f-string: unmatched '${String.fromCharCode(parens[parens.length - 1])}'`);
  }
  const expecting = "f-string: expecting '}'";
  if (scan.pos >= end) throw ctx.syntaxError(expecting);

  const expression = fstringCompileExpr(scan, exprStart, exprEnd);

  let exprText: string | null = null;
  if (text.charCodeAt(scan.pos) === 61) {
    scan.pos++;
    while (isSpace(text.charCodeAt(scan.pos))) scan.pos++;
    if (scan.pos >= end) throw ctx.syntaxError(expecting);
    exprText = text.slice(exprStart, scan.pos);
  }

  let conversion = -1;
  if (text.charCodeAt(scan.pos) === 33) {
    scan.pos++;
    if (scan.pos >= end) throw ctx.syntaxError(expecting);
    conversion = text.charCodeAt(scan.pos++);
    if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
      throw ctx.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }

  let formatSpec: Constant | JoinedStr | null = null;
  if (scan.pos < end && text.charCodeAt(scan.pos) === 58) {
    scan.pos++;
    if (scan.pos >= end) throw ctx.syntaxError(expecting);
    const spec = new FStringBuilder();
    concatFString(spec, scan, level + 1);
    formatSpec = spec.finish(scan.token, scan.token);
  }

  if (scan.pos >= end || text.charCodeAt(scan.pos) !== 125) throw ctx.syntaxError(expecting);
  scan.pos++;

  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
  const value: FormattedValue = {
    _type: 'FormattedValue',
    value: expression,
    conversion,
    format_spec: formatSpec,
    ...span(scan.first, scan.last),
  };
  return { exprText, value };
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Parse the expression text[exprStart, exprEnd) (CPython's fstring_compile_expr). It is
 * parsed as "(" + text + ")" with the "(" standing on the '{': on the '{'s line within the
 * token, columns are shifted by the '{'s byte offset from the start of that line of the
 * token, plus the token's own column when the '{' is on the token's first line. */
function fstringCompileExpr(scan: Scan, exprStart: number, exprEnd: number): expr {
  const { text, ctx, token } = scan;
  let s = exprStart;
  while (s < exprEnd) {
    const c = text.charCodeAt(s);
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
    s++;
  }
  if (s === exprEnd) {
    const c = text[exprEnd];
    if (c === '!' || c === ':' || c === '=') throw ctx.syntaxError(`f-string: expression required before '${c}'`);
    throw ctx.syntaxError('f-string: empty expression not allowed');
  }

  const brace = exprStart - 1;
  let newlineAfterBrace = true;
  for (let i = exprStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 10) break;
    if (c !== 32 && c !== 9 && c !== 12) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = text.lastIndexOf('\n', brace);
    cols = utf8Length(text, nl + 1, brace);
  }
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < brace; i = text.indexOf('\n', i + 1)) lines++;
  const colOffset = lines === 0 ? token.col + cols : cols;
  return ctx.parseFStringExpr('(' + text.slice(exprStart, exprEnd) + ')', token.lineno + lines, colOffset);
}
