// Python 3.11's tokenizer (Parser/tokenizer.c), pulled one token at a time by the parser.
// Laziness matters: CPython reports a parse error before a bad token further on, so the
// tokenizer must not look ahead. Errors are raised with CPython's messages and locations.
//
// Speed: the scanner works on char codes of one string; positions are string indices and
// are turned into UTF-8 byte columns only when a token is made (free for ASCII sources).

import { PySyntaxError, type CompileWarning, type SyntaxErrorType } from './syntax-error.js';
import { byteOffsetToCharOffset, codePointCount, utf8Length } from './text-position.js';
import { TokenKind, type Token } from './token.js';
import { XID_CONTINUE_FLIPS, XID_START_FLIPS } from './unicode-identifier.js';
import { CodePointSet } from '../runtime/code-point-set.js';
import { isPrintable } from '../runtime/str-repr.js';

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const EOF = -1;

// Identifier characters of CPython's Unicode version (not the JS engine's).
const XID_START = new CodePointSet(XID_START_FLIPS);
const XID_CONTINUE = new CodePointSet(XID_CONTINUE_FLIPS);

export interface TokenizerOptions {
  filename?: string;
  /** Line number of the first line; f-string expressions are tokenized in place. */
  firstLineno?: number;
  /** Byte offset added to the columns of tokens read while on the first line (CPython's
   * starting_col_offset for f-string expressions). */
  firstLineColOffset?: number;
  /** Receives the compile-time warnings found in this source (by the tokenizer and by the
   * parser reading its tokens). */
  warnings?: CompileWarning[];
}

export interface OpenBracket {
  char: string;
  lineno: number;
  /** byte column of the bracket */
  col: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}
function isIdentifierStart(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c >= 128;
}
function isIdentifierChar(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

/** Source text as CPython's string tokenizer sees it: '\r\n' and '\r' turned into '\n', and
 * a final newline added when missing. (A BOM is only special in bytes: decodeSource drops
 * it; in a str CPython rejects it as a non-printable character.) */
export function normalizeSource(source: string): { text: string; addedNewline: boolean } {
  let text = source;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  const addedNewline = text.length > 0 && text.charCodeAt(text.length - 1) !== 10;
  return { text: addedNewline ? text + '\n' : text, addedNewline };
}

export class Tokenizer {
  readonly filename: string;
  readonly warnings: CompileWarning[];
  private readonly src: string;
  private readonly len: number;
  private readonly ascii: boolean;
  private readonly addedNewline: boolean;
  private readonly firstLineno: number;
  private readonly firstLineColOffset: number;

  private pos = 0;
  private lineno: number;
  private lineStart = 0;
  /** a '\n' was consumed; the next line begins when a character of it is read */
  private lineEnded = false;
  /** string index where each line starts, by lineno - firstLineno */
  private readonly lineStarts: number[] = [0];
  private atBol = true;
  private pendin = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private readonly parenChars: number[] = [];
  private readonly parenLinenos: number[] = [];
  private readonly parenCols: number[] = [];
  private failure: PySyntaxError | null = null;

  constructor(source: string, options: TokenizerOptions = {}) {
    this.filename = options.filename ?? '<unknown>';
    this.warnings = options.warnings ?? [];
    this.firstLineno = options.firstLineno ?? 1;
    this.firstLineColOffset = options.firstLineColOffset ?? 0;
    this.lineno = this.firstLineno;
    if (source.indexOf('\0') >= 0) {
      this.failure = new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', {
        filename: this.filename,
        lineno: null,
        offset: null,
        text: null,
      });
    }
    const { text, addedNewline } = normalizeSource(source);
    this.src = text;
    this.len = text.length;
    this.addedNewline = addedNewline;
    this.ascii = !/[^\x00-\x7f]/.test(text);
  }

  /** The normalised source text (what columns and line numbers refer to). */
  get source(): string {
    return this.src;
  }

  /** Current bracket nesting depth. */
  get level(): number {
    return this.parenChars.length;
  }

  /** The innermost bracket still open (after ENDMARKER: the one that was never closed). */
  unclosedBracket(): OpenBracket | null {
    const n = this.parenChars.length;
    if (n === 0) return null;
    return {
      char: String.fromCharCode(this.parenChars[n - 1]),
      lineno: this.parenLinenos[n - 1],
      col: this.parenCols[n - 1],
    };
  }

  /** The text of line `lineno`, without its newline ('' past the end). */
  lineText(lineno: number): string {
    const start = this.lineStartIndex(lineno);
    if (start < 0) return '';
    const nl = this.src.indexOf('\n', start);
    return this.src.slice(start, nl < 0 ? this.len : nl);
  }

  /** The text of line `lineno` with its newline, as CPython's error_line from the
   * tokenizer buffer. */
  lineTextWithNewline(lineno: number): string {
    const start = this.lineStartIndex(lineno);
    if (start < 0) return '';
    const nl = this.src.indexOf('\n', start);
    return this.src.slice(start, nl < 0 ? this.len : nl + 1);
  }

  /** 1-based character offset for a 1-based byte offset into line `lineno` (CPython's
   * _PyPegen_byte_offset_to_character_offset on that line). */
  charOffset(lineno: number, byteOffset: number): number {
    return byteOffsetToCharOffset(this.lineTextWithNewline(lineno), byteOffset);
  }

  /** The line the tokenizer is on (CPython's tok->lineno). */
  get currentLineno(): number {
    return this.lineno;
  }

  /** Byte column of the read position on the current line (CPython's tok->cur - line_start). */
  get currentCol(): number {
    return this.byteCol(this.pos, this.lineStart);
  }

  next(): Token {
    if (this.failure) throw this.failure;
    try {
      return this.scan();
    } catch (e) {
      if (e instanceof PySyntaxError) this.failure = e;
      throw e;
    }
  }

  private lineStartIndex(lineno: number): number {
    const idx = lineno - this.firstLineno;
    if (idx < 0) return -1;
    const starts = this.lineStarts;
    while (starts.length <= idx) {
      const nl = this.src.indexOf('\n', starts[starts.length - 1]);
      if (nl < 0 || nl + 1 >= this.len) return -1;
      starts.push(nl + 1);
    }
    return starts[idx];
  }

  // Byte columns on non-ASCII sources: per line, an ASCII check once, then a running count.
  private colLineStart = -1;
  private colLineAscii = true;
  private colPos = 0;
  private colBytes = 0;

  private byteCol(pos: number, lineStart: number): number {
    if (this.ascii) return pos - lineStart;
    if (lineStart !== this.colLineStart) {
      this.colLineStart = lineStart;
      this.colLineAscii = this.isAsciiLine(lineStart);
      this.colPos = lineStart;
      this.colBytes = 0;
    }
    if (this.colLineAscii) return pos - lineStart;
    if (pos < this.colPos) {
      this.colPos = lineStart;
      this.colBytes = 0;
    }
    this.colBytes += utf8Length(this.src, this.colPos, pos);
    this.colPos = pos;
    return this.colBytes;
  }

  private isAsciiLine(start: number): boolean {
    const src = this.src;
    for (let i = start; i < this.len; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) return true;
      if (c >= 0x80) return false;
    }
    return true;
  }

  /** Start the next line if the previous one ended and there is more text. */
  private enterLine(): void {
    if (this.lineEnded && this.pos < this.len) {
      this.lineEnded = false;
      this.lineno++;
      this.lineStart = this.pos;
      const idx = this.lineno - this.firstLineno;
      if (this.lineStarts.length === idx) this.lineStarts.push(this.pos);
    }
  }

  /** Read one char code (CPython's tok_nextc): -1 at the end; crossing a newline starts the
   * next line lazily. */
  private nextc(): number {
    if (this.lineEnded) this.enterLine();
    if (this.pos >= this.len) {
      this.pos = this.len + 1;
      return EOF;
    }
    const c = this.src.charCodeAt(this.pos++);
    if (c === 10) this.lineEnded = true;
    return c;
  }

  /** Undo nextc (CPython's tok_backup). */
  private backup(c: number): void {
    if (c === EOF) {
      this.pos = this.len;
      return;
    }
    this.pos--;
    if (c === 10) this.lineEnded = false;
  }

  private token(kind: TokenKind, start: number, startLineno: number, startLineStart: number): Token {
    let col = this.byteCol(start, startLineStart);
    let endCol = this.byteCol(this.pos, this.lineStart);
    if (this.lineno === this.firstLineno) {
      col += this.firstLineColOffset;
      endCol += this.firstLineColOffset;
    }
    return {
      kind,
      value: this.src.slice(start, this.pos),
      lineno: startLineno,
      col,
      endLineno: this.lineno,
      endCol,
    };
  }

  // --- errors -------------------------------------------------------------------------

  /** The current line without its newline (what CPython's tokenizer errors carry). */
  private currentLineText(): string {
    const nl = this.src.indexOf('\n', this.lineStart);
    return this.src.slice(this.lineStart, nl < 0 ? this.len : nl);
  }

  /** CPython's syntaxerror(): located at the read position, counted in characters. */
  private syntaxError(msg: string): PySyntaxError {
    const offset = codePointCount(this.src, this.lineStart, Math.min(this.pos, this.len));
    return this.errorAt('SyntaxError', msg, this.lineno, offset, offset, this.currentLineText());
  }

  private errorAt(
    type: SyntaxErrorType,
    msg: string,
    lineno: number,
    offset: number,
    endOffset: number,
    text: string,
  ): PySyntaxError {
    return new PySyntaxError(type, msg, {
      filename: this.filename,
      lineno,
      offset,
      text,
      endLineno: lineno,
      endOffset,
    });
  }

  /** Errors CPython reports through tok->done and pegen's tokenizer_error. */
  private deferredError(type: SyntaxErrorType, msg: string, offset: number, endOffset: number): PySyntaxError {
    const err = this.errorAt(type, msg, this.lineno, offset, endOffset, this.lineTextWithNewline(this.lineno));
    err.deferred = true;
    return err;
  }

  /** Location of an error pegen puts at a token without a position: the read position. */
  private offsetAtEndOfLine(): number {
    this.pos = this.lineEndIndex();
    return this.charOffset(this.lineno, this.byteCol(this.pos, this.lineStart));
  }

  private lineEndIndex(): number {
    const nl = this.src.indexOf('\n', this.lineStart);
    return nl < 0 ? this.len : nl + 1;
  }

  private unexpectedEof(): PySyntaxError {
    return this.deferredError('SyntaxError', 'unexpected EOF while parsing', this.offsetAtEndOfLine(), -1);
  }

  /** After a backslash: it must end the line (CPython's tok_continuation_line). Returns
   * false at the end of input. */
  private continuationLine(): boolean {
    const c = this.nextc();
    if (c !== 10) {
      const byteOffset = this.byteCol(this.pos, this.lineStart);
      throw this.deferredError(
        'SyntaxError',
        'unexpected character after line continuation character',
        this.charOffset(this.lineno, byteOffset),
        0,
      );
    }
    const c2 = this.nextc();
    if (c2 === EOF) {
      // CPython stays on the backslash's line.
      this.pos = this.len;
      return false;
    }
    this.backup(c2);
    return true;
  }

  // --- the scanner -----------------------------------------------------------------------

  private scan(): Token {
    const src = this.src;
    for (;;) {
      let blankline = false;
      if (this.atBol) {
        this.atBol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        let c: number;
        for (;;) {
          c = this.nextc();
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol++;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            contLineCol = contLineCol || col;
            if (!this.continuationLine()) {
              if (this.parenChars.length > 0) return this.endmarker();
              throw this.unexpectedEof();
            }
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 35 || c === 10) blankline = true;
        if (!blankline && this.parenChars.length === 0) {
          if (contLineCol) col = altcol = contLineCol;
          this.indent(col, altcol);
        }
      }

      if (this.pendin !== 0) {
        if (this.lineEnded) this.enterLine();
        const kind = this.pendin < 0 ? TokenKind.DEDENT : TokenKind.INDENT;
        this.pendin += this.pendin < 0 ? 1 : -1;
        // CPython gives these no position; errors at them use the read position, which is
        // what col/endCol hold here.
        const col = this.byteCol(this.pos, this.lineStart);
        return { kind, value: '', lineno: this.lineno, col, endLineno: this.lineno, endCol: col };
      }

      // again: skip spaces, then one token
      for (;;) {
        if (!this.lineEnded) {
          let p = this.pos;
          for (let d = src.charCodeAt(p); d === 32 || d === 9 || d === 12; d = src.charCodeAt(++p));
          this.pos = p;
        }
        let c = this.nextc();
        while (c === 32 || c === 9 || c === 12) c = this.nextc();
        const start = this.pos - 1;
        const startLineno = this.lineno;
        const startLineStart = this.lineStart;

        if (c === 35) {
          while (c !== EOF && c !== 10) c = this.nextc();
        }
        if (c === EOF) return this.endmarker();

        if (isIdentifierStart(c)) return this.nameOrString(c, start, startLineno, startLineStart);

        if (c === 10) {
          this.atBol = true;
          if (blankline || this.parenChars.length > 0) break;
          const tok = this.newlineToken(start, startLineStart);
          return tok;
        }

        if (c === 46) {
          const c2 = this.nextc();
          if (isDigit(c2)) return this.fraction(c2, start, startLineno, startLineStart);
          if (c2 === 46) {
            const c3 = this.nextc();
            if (c3 === 46) return this.token(TokenKind.OP, start, startLineno, startLineStart);
            this.backup(c3);
          }
          this.backup(c2);
          return this.token(TokenKind.OP, start, startLineno, startLineStart);
        }

        if (isDigit(c)) return this.number(c, start, startLineno, startLineStart);

        if (c === 34 || c === 39) return this.string(c, start, startLineno, startLineStart);

        if (c === 92) {
          if (!this.continuationLine()) {
            if (this.parenChars.length > 0) return this.endmarker();
            throw this.unexpectedEof();
          }
          continue;
        }

        return this.operator(c, start, startLineno, startLineStart, src);
      }
    }
  }

  private endmarker(): Token {
    this.pos = this.len;
    const col = this.byteCol(this.pos, this.lineStart);
    // CPython counts a line when it reads one: an empty source ends on line 0.
    const lineno = this.len === 0 ? this.firstLineno - 1 : this.lineno;
    return { kind: TokenKind.ENDMARKER, value: '', lineno, col, endLineno: lineno, endCol: col };
  }

  private newlineToken(start: number, startLineStart: number): Token {
    // CPython leaves the '\n' out of the token: it starts at the newline (or at the comment
    // before it) and ends at the newline.
    const nl = this.pos - 1;
    let col = this.byteCol(start, startLineStart);
    let endCol = this.byteCol(nl, this.lineStart);
    if (this.lineno === this.firstLineno) {
      col += this.firstLineColOffset;
      endCol += this.firstLineColOffset;
    }
    const implicit = this.addedNewline && this.pos === this.len;
    return {
      kind: TokenKind.NEWLINE,
      value: implicit ? '' : '\n',
      lineno: this.lineno,
      col,
      endLineno: this.lineno,
      endCol,
    };
  }

  /** Compare a logical line's indentation with the stack (tabs to multiples of 8, and the
   * same again with tabs as 1 column: if the two disagree, tabs and spaces are mixed). */
  private indent(col: number, altcol: number): void {
    const ind = this.indstack;
    const alt = this.altindstack;
    let top = ind.length - 1;
    if (col === ind[top]) {
      if (altcol !== alt[top]) throw this.tabError();
    } else if (col > ind[top]) {
      if (top + 1 >= MAXINDENT) {
        throw this.deferredError('IndentationError', 'too many levels of indentation', 1, 0);
      }
      if (altcol <= alt[top]) throw this.tabError();
      this.pendin++;
      ind.push(col);
      alt.push(altcol);
    } else {
      while (top > 0 && col < ind[top]) {
        this.pendin--;
        ind.pop();
        alt.pop();
        top--;
      }
      if (col !== ind[top]) {
        throw this.deferredError(
          'IndentationError',
          'unindent does not match any outer indentation level',
          this.offsetAtEndOfLine(),
          -1,
        );
      }
      if (altcol !== alt[top]) throw this.tabError();
    }
  }

  private tabError(): PySyntaxError {
    return this.deferredError('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
  }

  private operator(c: number, start: number, startLineno: number, startLineStart: number, src: string): Token {
    const c2 = src.charCodeAt(this.pos);
    let width = 1;
    switch (c) {
      case 40: // (
      case 91: // [
      case 123: // {
        if (this.parenChars.length >= MAXLEVEL) throw this.syntaxError('too many nested parentheses');
        this.parenChars.push(c);
        this.parenLinenos.push(this.lineno);
        this.parenCols.push(this.byteCol(start, this.lineStart));
        break;
      case 41: // )
      case 93: // ]
      case 125: {
        // }
        const ch = String.fromCharCode(c);
        if (this.parenChars.length === 0) throw this.syntaxError(`unmatched '${ch}'`);
        const opening = this.parenChars.pop() as number;
        const openLineno = this.parenLinenos.pop() as number;
        this.parenCols.pop();
        if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
          const op = String.fromCharCode(opening);
          throw this.syntaxError(
            openLineno !== this.lineno
              ? `closing parenthesis '${ch}' does not match opening parenthesis '${op}' on line ${openLineno}`
              : `closing parenthesis '${ch}' does not match opening parenthesis '${op}'`,
          );
        }
        break;
      }
      case 33: // ! !=
      case 37: // % %=
      case 38: // & &=
      case 64: // @ @=
      case 94: // ^ ^=
      case 124: // | |=
      case 43: // + +=
      case 61: // = ==
        if (c2 === 61) width = 2;
        break;
      case 58: // : :=
        if (c2 === 61) width = 2;
        break;
      case 45: // - -= ->
        if (c2 === 61 || c2 === 62) width = 2;
        break;
      case 42: // * *= ** **=
      case 47: // / /= // //=
        if (c2 === c) width = src.charCodeAt(this.pos + 1) === 61 ? 3 : 2;
        else if (c2 === 61) width = 2;
        break;
      case 60: // < <= << <<= <>
        if (c2 === 60) width = src.charCodeAt(this.pos + 1) === 61 ? 3 : 2;
        else if (c2 === 61 || c2 === 62) width = 2;
        break;
      case 62: // > >= >> >>=
        if (c2 === 62) width = src.charCodeAt(this.pos + 1) === 61 ? 3 : 2;
        else if (c2 === 61) width = 2;
        break;
      default:
        if (c < 32 || c === 127) {
          const hex = c.toString(16).toUpperCase().padStart(4, '0');
          throw this.syntaxError(`invalid non-printable character U+${hex}`);
        }
    }
    this.pos += width - 1;
    return this.token(TokenKind.OP, start, startLineno, startLineStart);
  }

  // --- names and strings ---------------------------------------------------------------

  private nameOrString(c: number, start: number, startLineno: number, startLineStart: number): Token {
    // String prefixes: any case of b, r, u, f, rb, br, fr, rf (u only alone).
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const lc = c | 32;
      if (!(sawB || sawU || sawF) && lc === 98) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && lc === 117) sawU = true;
      else if (!(sawR || sawU) && lc === 114) sawR = true;
      else if (!(sawF || sawB || sawU) && lc === 102) sawF = true;
      else break;
      c = this.nextc();
      if (c === 34 || c === 39) return this.string(c, start, startLineno, startLineStart);
    }
    let nonascii = false;
    if (isIdentifierChar(c)) {
      if (c >= 128) nonascii = true;
      const src = this.src;
      let p = this.pos;
      for (; p < this.len; p++) {
        const d = src.charCodeAt(p);
        if (!isIdentifierChar(d)) break;
        if (d >= 128) nonascii = true;
      }
      this.pos = p;
    } else {
      this.backup(c);
    }
    const tok = this.token(TokenKind.NAME, start, startLineno, startLineStart);
    if (nonascii) {
      this.verifyIdentifier(start);
      tok.value = tok.value.normalize('NFKC');
    }
    return tok;
  }

  /** CPython's verify_identifier: XID_Start then XID_Continue, per code point. */
  private verifyIdentifier(start: number): void {
    const src = this.src;
    let i = start;
    let first = true;
    while (i < this.pos) {
      const cp = src.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      const ok =
        cp < 0x80 ? isIdentifierChar(cp) && !(first && isDigit(cp)) : first ? XID_START.has(cp) : XID_CONTINUE.has(cp);
      const next = i + ch.length;
      if (!ok) {
        if (next < this.pos) this.pos = next;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        throw this.syntaxError(
          isPrintable(cp) ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`,
        );
      }
      first = false;
      i = next;
    }
  }

  private string(quote: number, start: number, startLineno: number, startLineStart: number): Token {
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);

    const src = this.src;
    while (endQuoteSize !== quoteSize) {
      if (!this.lineEnded) {
        // Skip the plain characters of the line at once.
        let p = this.pos;
        for (; p < this.len; p++) {
          const d = src.charCodeAt(p);
          if (d === quote || d === 92 || d === 10) break;
        }
        if (p > this.pos) {
          endQuoteSize = 0;
          this.pos = p;
        }
      }
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        const detectedAt = this.lineno;
        // Reported at the start of the string, on its first line.
        this.lineno = startLineno;
        this.lineStart = startLineStart;
        this.pos = start + 1;
        this.lineEnded = false;
        const msg =
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
            : `unterminated string literal (detected at line ${detectedAt})`;
        throw this.syntaxError(msg);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 92) this.nextc();
      }
    }
    return this.token(TokenKind.STRING, start, startLineno, startLineStart);
  }

  // --- numbers -------------------------------------------------------------------------

  private number(c: number, start: number, startLineno: number, startLineStart: number): Token {
    if (c === 48) {
      c = this.nextc();
      const lc = c | 32;
      if (lc === 120) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (!isHexDigit(c)) {
            this.backup(c);
            throw this.syntaxError('invalid hexadecimal literal');
          }
          do c = this.nextc();
          while (isHexDigit(c));
        } while (c === 95);
        this.verifyEndOfNumber(c, 'hexadecimal');
      } else if (lc === 111 || lc === 98) {
        const octal = lc === 111;
        const kind = octal ? 'octal' : 'binary';
        const limit = octal ? 56 : 50; // digits below '8' / '2'
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c < 48 || c >= limit) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
            this.backup(c);
            throw this.syntaxError(`invalid ${kind} literal`);
          }
          do c = this.nextc();
          while (c >= 48 && c < limit);
        } while (c === 95);
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.verifyEndOfNumber(c, kind);
      } else {
        let nonzero = false;
        for (;;) {
          if (c === 95) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              throw this.syntaxError('invalid decimal literal');
            }
          }
          if (c !== 48) break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === 46) {
          c = this.nextc();
          return this.fraction(c, start, startLineno, startLineStart);
        }
        if ((c | 32) === 101) return this.exponent(c, start, startLineno, startLineStart);
        if ((c | 32) === 106) return this.imaginary(start, startLineno, startLineStart);
        if (nonzero) {
          this.backup(c);
          // syntaxerror_known_range: byte columns, used as they are.
          const err = this.errorAt(
            'SyntaxError',
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.lineno,
            this.byteCol(start, this.lineStart) + 1,
            this.byteCol(zerosEnd, this.lineStart),
            this.currentLineText(),
          );
          throw err;
        }
        this.verifyEndOfNumber(c, 'decimal');
      }
    } else {
      c = this.decimalTail();
      if (c === 46) {
        c = this.nextc();
        return this.fraction(c, start, startLineno, startLineStart);
      }
      if ((c | 32) === 101) return this.exponent(c, start, startLineno, startLineStart);
      if ((c | 32) === 106) return this.imaginary(start, startLineno, startLineStart);
      this.verifyEndOfNumber(c, 'decimal');
    }
    this.backup(c);
    return this.token(TokenKind.NUMBER, start, startLineno, startLineStart);
  }

  /** After the '.': c is the first character of the fraction. */
  private fraction(c: number, start: number, startLineno: number, startLineStart: number): Token {
    if (isDigit(c)) c = this.decimalTail();
    if ((c | 32) === 101) return this.exponent(c, start, startLineno, startLineStart);
    if ((c | 32) === 106) return this.imaginary(start, startLineno, startLineStart);
    this.verifyEndOfNumber(c, 'decimal');
    this.backup(c);
    return this.token(TokenKind.NUMBER, start, startLineno, startLineStart);
  }

  private exponent(e: number, start: number, startLineno: number, startLineStart: number): Token {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      return this.token(TokenKind.NUMBER, start, startLineno, startLineStart);
    }
    c = this.decimalTail();
    if ((c | 32) === 106) return this.imaginary(start, startLineno, startLineStart);
    this.verifyEndOfNumber(c, 'decimal');
    this.backup(c);
    return this.token(TokenKind.NUMBER, start, startLineno, startLineStart);
  }

  private imaginary(start: number, startLineno: number, startLineStart: number): Token {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    this.backup(c);
    return this.token(TokenKind.NUMBER, start, startLineno, startLineStart);
  }

  /** Digits with single underscores between them; returns the first char after. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc();
      while (isDigit(c));
      if (c !== 95) return c;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError('invalid decimal literal');
      }
    }
  }

  /** CPython's lookahead(): `rest` follows and is not followed by an identifier character. */
  private lookahead(rest: string): boolean {
    return this.src.startsWith(rest, this.pos) && !isIdentifierChar(this.src.charCodeAt(this.pos + rest.length));
  }

  /** CPython's verify_end_of_number: a number may not run into a name, except the keywords
   * that can follow one in valid code (those only warn, located at the keyword). */
  private verifyEndOfNumber(c: number, kind: string): void {
    let keyword = false;
    if (c === 97) keyword = this.lookahead('nd');
    else if (c === 101) keyword = this.lookahead('lse');
    else if (c === 102) keyword = this.lookahead('or');
    else if (c === 105) {
      // only one character is checked here: 1ifx warns too
      const c2 = this.src.charCodeAt(this.pos);
      keyword = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) keyword = this.lookahead('r');
    else if (c === 110) keyword = this.lookahead('ot');
    if (keyword) {
      this.backup(c);
      const message = `invalid ${kind} literal`;
      this.warnings.push({ category: 'SyntaxWarning', message, lineno: this.lineno, error: this.syntaxError(message) });
      this.nextc();
      return;
    }
    if (isIdentifierChar(c)) {
      this.backup(c);
      throw this.syntaxError(`invalid ${kind} literal`);
    }
  }
}
