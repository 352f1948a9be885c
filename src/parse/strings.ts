// String literals: prefixes, escape decoding and implicit concatenation, as CPython 3.11's
// Parser/string_parser.c does them. A run of adjacent STRING tokens becomes one Constant
// (str or bytes) or, when an f-string takes part, one JoinedStr. F-strings are one token
// each; they are split here (see fstring.ts) and the replacement-field expressions are
// handed back to the parser through the context.

import type { Constant, expr, JoinedStr } from './ast.js';
import { decodeBytesEscapes, decodeUnicodeEscapes } from './escapes.js';
import { FStringBuilder, parseFStringBody } from './fstring.js';
import type { PySyntaxError } from './syntax-error.js';
import type { Token } from './token.js';
import { PyBytes } from '../runtime/value.js';

export interface StringParseContext {
  /** CPython's RAISE_SYNTAX_ERROR: an error located at the parser's last token. */
  syntaxError(msg: string): PySyntaxError;
  /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token, msg). */
  syntaxErrorAt(token: Token, msg: string): PySyntaxError;
  /** An invalid escape in `token` (CPython's warn_invalid_escape_sequence). */
  invalidEscape(token: Token, msg: string): void;
  /** CPython's fstring_compile_expr: parse `source`, which is "(" + the expression text +
   * ")", with the fstring start rule (star_expressions). Its first line is line `lineno`;
   * tokens read while on that line have `colOffset` added to their byte columns
   * (`new Tokenizer(source, { firstLineno: lineno, firstLineColOffset: colOffset })`). */
  parseFStringExpr(source: string, lineno: number, colOffset: number): expr;
}

export interface StringPrefix {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** index of the opening quote in the token text */
  quoteAt: number;
  /** the body between the quotes */
  bodyStart: number;
  bodyEnd: number;
}

/** Split a STRING token's text into prefix flags and body. */
export function stringPrefix(text: string): StringPrefix {
  let bytes = false;
  let raw = false;
  let fstring = false;
  let i = 0;
  for (;; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fstring = true;
    else if (c !== 117) break;
  }
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, quoteAt: i, bodyStart: i + q, bodyEnd: text.length - q };
}

/** CPython's _PyPegen_concatenate_strings. */
export function concatenateStrings(tokens: Token[], ctx: StringParseContext): Constant | JoinedStr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  let bytesMode = false;
  let byteParts: Uint8Array[] | null = null;
  const builder = new FStringBuilder();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = t.value;
    const prefix = stringPrefix(text);
    let str: string | number[] | null = null;
    let bytes: Uint8Array | null = null;
    if (!prefix.fstring) {
      const body = text.slice(prefix.bodyStart, prefix.bodyEnd);
      const raw = prefix.raw || body.indexOf('\\') < 0;
      if (prefix.bytes) {
        // CPython scans to the end of the token text, closing quotes included.
        if (/[^\x00-\x7f]/.test(text.slice(prefix.bodyStart))) {
          throw ctx.syntaxErrorAt(t, 'bytes can only contain ASCII literal characters');
        }
        bytes = raw ? asciiBytes(body) : decodeBytesEscapes(body, ctx, (msg) => ctx.invalidEscape(t, msg));
      } else {
        str = raw ? body : decodeUnicodeEscapes(body, ctx, (msg) => ctx.invalidEscape(t, msg));
      }
    }
    if (i !== 0 && bytesMode !== prefix.bytes) throw ctx.syntaxError('cannot mix bytes and nonbytes literals');
    bytesMode = prefix.bytes;
    if (prefix.fstring) {
      parseFStringBody(builder, t, prefix, first, last, ctx);
    } else if (bytes) {
      (byteParts ??= []).push(bytes);
    } else {
      builder.addString(str as string | number[]);
    }
  }
  if (bytesMode) {
    return {
      _type: 'Constant',
      value: new PyBytes(joinBytes(byteParts as Uint8Array[])),
      kind: null,
      lineno: first.lineno,
      col_offset: first.col,
      end_lineno: last.endLineno,
      end_col_offset: last.endCol,
    };
  }
  return builder.finish(first, last);
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
