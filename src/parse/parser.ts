// The parser core: a lazily filled token buffer with integer token codes, node locations,
// the recursion guard and error raising. The grammar rules live in parser-*.ts as functions
// over this class; they follow the rule structure of CPython 3.11's Grammar/python.gram but
// decide most alternatives with one token of lookahead instead of PEG backtracking.
//
// CPython parses twice: a fast pass, and on failure a second pass with the `invalid_*` rules
// enabled, which raise specific messages. `invalidPass` is that switch; when the second pass
// finds nothing specific, "invalid syntax" is reported at the furthest token the FIRST pass
// fetched — which is why tokens are fetched lazily and `furthest` is tracked.
import type { Located, expr } from './ast.js';
import type { ConstantValue } from '../runtime/value.js';
import { type Token, TokenKind } from './token.js';
import { raiseLocated } from './parser-errors.js';

/** Integer codes for tokens: kinds, operators and keywords, so rules compare numbers. */
export const enum T {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  TYPE_COMMENT,
  OP_OTHER, // an operator the grammar never accepts (`$`, `?`, `!`, `<>`)
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  LBRACE,
  RBRACE,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  // keywords (hard keywords of Python 3.11)
  FALSE,
  NONE,
  TRUE,
  AND,
  AS,
  ASSERT,
  ASYNC,
  AWAIT,
  BREAK,
  CLASS,
  CONTINUE,
  DEF,
  DEL,
  ELIF,
  ELSE,
  EXCEPT,
  FINALLY,
  FOR,
  FROM,
  GLOBAL,
  IF,
  IMPORT,
  IN,
  IS,
  LAMBDA,
  NONLOCAL,
  NOT,
  OR,
  PASS,
  RAISE,
  RETURN,
  TRY,
  WHILE,
  WITH,
  YIELD,
}

const OPERATORS: ReadonlyMap<string, T> = new Map([
  ['(', T.LPAR], [')', T.RPAR], ['[', T.LSQB], [']', T.RSQB], ['{', T.LBRACE], ['}', T.RBRACE],
  [':', T.COLON], [',', T.COMMA], [';', T.SEMI], ['+', T.PLUS], ['-', T.MINUS], ['*', T.STAR],
  ['/', T.SLASH], ['|', T.VBAR], ['&', T.AMPER], ['<', T.LESS], ['>', T.GREATER], ['=', T.EQUAL],
  ['.', T.DOT], ['%', T.PERCENT], ['==', T.EQEQUAL], ['!=', T.NOTEQUAL], ['<=', T.LESSEQUAL],
  ['>=', T.GREATEREQUAL], ['~', T.TILDE], ['^', T.CIRCUMFLEX], ['<<', T.LEFTSHIFT], ['>>', T.RIGHTSHIFT],
  ['**', T.DOUBLESTAR], ['+=', T.PLUSEQUAL], ['-=', T.MINEQUAL], ['*=', T.STAREQUAL], ['/=', T.SLASHEQUAL],
  ['%=', T.PERCENTEQUAL], ['&=', T.AMPEREQUAL], ['|=', T.VBAREQUAL], ['^=', T.CIRCUMFLEXEQUAL],
  ['<<=', T.LEFTSHIFTEQUAL], ['>>=', T.RIGHTSHIFTEQUAL], ['**=', T.DOUBLESTAREQUAL], ['//', T.DOUBLESLASH],
  ['//=', T.DOUBLESLASHEQUAL], ['@', T.AT], ['@=', T.ATEQUAL], ['->', T.RARROW], ['...', T.ELLIPSIS],
  [':=', T.COLONEQUAL],
]);

/** Codes of the one-character operators by character code (the common case). */
const SINGLE_CHAR_OPERATORS: (T | undefined)[] = [];
for (const [op, code] of OPERATORS) if (op.length === 1) SINGLE_CHAR_OPERATORS[op.charCodeAt(0)] = code;

const KEYWORDS: ReadonlyMap<string, T> = new Map([
  ['False', T.FALSE], ['None', T.NONE], ['True', T.TRUE], ['and', T.AND], ['as', T.AS],
  ['assert', T.ASSERT], ['async', T.ASYNC], ['await', T.AWAIT], ['break', T.BREAK], ['class', T.CLASS],
  ['continue', T.CONTINUE], ['def', T.DEF], ['del', T.DEL], ['elif', T.ELIF], ['else', T.ELSE],
  ['except', T.EXCEPT], ['finally', T.FINALLY], ['for', T.FOR], ['from', T.FROM], ['global', T.GLOBAL],
  ['if', T.IF], ['import', T.IMPORT], ['in', T.IN], ['is', T.IS], ['lambda', T.LAMBDA],
  ['nonlocal', T.NONLOCAL], ['not', T.NOT], ['or', T.OR], ['pass', T.PASS], ['raise', T.RAISE],
  ['return', T.RETURN], ['try', T.TRY], ['while', T.WHILE], ['with', T.WITH], ['yield', T.YIELD],
]);

const KIND_CODES: readonly T[] = [
  T.ENDMARKER, T.NAME, T.NUMBER, T.STRING, T.OP_OTHER, T.NEWLINE, T.INDENT, T.DEDENT, T.TYPE_COMMENT,
];

export function tokenCode(t: Token): T {
  if (t.kind === TokenKind.NAME) {
    const v = t.value;
    if (v.length > 8 || v.length < 2) return T.NAME; // keywords have 2 to 8 letters
    const k = KEYWORDS.get(v);
    // CPython matches keywords on the raw text: a name spelled with non-ASCII characters
    // that NFKC-normalise to a keyword (e.g. fullwidth letters) stays a name. The raw text
    // is then longer in bytes than the ASCII keyword.
    return k === undefined || t.endCol - t.col !== t.value.length ? T.NAME : k;
  }
  if (t.kind === TokenKind.OP) {
    const v = t.value;
    if (v.length === 1) return SINGLE_CHAR_OPERATORS[v.charCodeAt(0)] ?? T.OP_OTHER;
    return OPERATORS.get(v) ?? T.OP_OTHER;
  }
  return KIND_CODES[t.kind];
}

export function isKeyword(name: string): boolean {
  return KEYWORDS.has(name);
}

/** Rules memoized in the error pass. */
export const enum MemoRule {
  EXPRESSION,
  STAR_EXPRESSION,
  DISJUNCTION,
  BITWISE_OR,
  PRIMARY,
  INVALID_NAMED_EXPRESSION,
}
const MEMO_RULES = 8;

/** Where tokens come from: the tokenizer, pulled one token at a time. */
export interface TokenSource {
  next(): Token;
  /** The innermost bracket still open, if any. */
  unclosedBracket(): { char: string; lineno: number; col: number } | null;
}

/** Literal decoding, provided by the literal module: NUMBER tokens to values, runs of
 * adjacent STRING tokens (f-strings included) to a Constant or JoinedStr node. */
export interface Literals {
  numberValue(tok: Token): ConstantValue;
  strings(toks: Token[]): expr;
}

/** CPython raises MemoryError past 6000 nested rule calls (MAXSTACK). We count only the
 * recursive entries, weighted so that chains of unary operators, `not`, conditional
 * expressions (1 each), `**` and lambdas (2 each) hit the limit where CPython 3.11 does. */
export const MAX_DEPTH = 5970;
/** CPython's error pass starts a few rule calls deeper. */
const ERROR_PASS_DEPTH = 6;

export class ParserStackOverflow extends Error {
  constructor() {
    super('too complex: parser stack overflowed');
  }
}

/** A node's location fields, copied from tokens. */
export type Loc = Located;

export class Parser {
  readonly toks: Token[] = [];
  readonly codes: T[] = [];
  /** Bracket nesting level at each token, as CPython's token->level. */
  readonly levels: number[] = [];
  pos = 0;
  /** True during the second pass (rule results are memoized then). */
  errorPass = false;
  /** CPython's call_invalid_rules: the `invalid_*` checks run and raise. True in the second
   * pass except inside `*_without_invalid` rules. */
  invalidPass = false;
  depth = 0;
  /** Rule results by rule and start position, during the error pass only. */
  private readonly memo = new Map<number, { node: unknown; end: number }>();
  private level = 0;
  private exhausted = false;

  constructor(
    private readonly source: TokenSource,
    readonly literals: Literals,
    /** 'single' mode: the first ENDMARKER is read as NEWLINE. */
    private readonly singleInput = false,
    /** Whether a missing final newline counts as a NEWLINE token. */
    private readonly appendedNewline = true,
  ) {}

  /** Restart at the first token for the error pass (tokens already fetched are kept). */
  resetForErrorPass(): void {
    this.pos = 0;
    this.depth = ERROR_PASS_DEPTH;
    this.errorPass = true;
    this.invalidPass = true;
  }

  /** Number of tokens fetched so far; the furthest token is `toks[fetched - 1]`. */
  get fetched(): number {
    return this.toks.length;
  }

  private fetch(): void {
    if (this.exhausted) {
      // Past ENDMARKER: repeat it, as CPython's tokenizer does.
      const last = this.toks[this.toks.length - 1];
      this.push(last, T.ENDMARKER);
      return;
    }
    let t = this.source.next();
    // The tokenizer always appends a missing final newline; modes without one drop the
    // NEWLINE it makes.
    if (!this.appendedNewline && t.kind === TokenKind.NEWLINE && t.value === '') t = this.source.next();
    let code = tokenCode(t);
    if (code === T.ENDMARKER) {
      // The end of input inside brackets is an error as soon as it is read (pegen's
      // tokenizer_error for E_EOF), whatever rule is reading.
      const open = this.source.unclosedBracket();
      if (open !== null) raiseLocated('SyntaxError', `'${open.char}' was never closed`, open.lineno, open.col, open.lineno, -1);
      this.exhausted = true;
      // Interactive input ends its last statement with a NEWLINE (pegen's fill_token),
      // once parsing has started.
      if (this.singleInput && this.toks.length > 0) code = T.NEWLINE;
    }
    this.push(t, code);
  }

  private push(t: Token, code: T): void {
    if (code === T.LPAR || code === T.LSQB || code === T.LBRACE) this.level++;
    else if ((code === T.RPAR || code === T.RSQB || code === T.RBRACE) && this.level > 0) this.level--;
    this.toks.push(t);
    this.codes.push(code);
    this.levels.push(this.level);
  }

  /** Code of the current token (fetching it if needed). */
  code(): T {
    while (this.pos >= this.codes.length) this.fetch();
    return this.codes[this.pos];
  }

  /** Code of the token `k` ahead of the current one. */
  codeAt(k: number): T {
    const i = this.pos + k;
    while (i >= this.codes.length) this.fetch();
    return this.codes[i];
  }

  tok(): Token {
    while (this.pos >= this.toks.length) this.fetch();
    return this.toks[this.pos];
  }

  tokAt(k: number): Token {
    const i = this.pos + k;
    while (i >= this.toks.length) this.fetch();
    return this.toks[i];
  }

  /** Consume the current token and return it. */
  next(): Token {
    const t = this.tok();
    this.pos++;
    return t;
  }

  /** Consume the current token if it has code `c`. */
  eat(c: T): boolean {
    if (this.code() !== c) return false;
    this.pos++;
    return true;
  }

  /** The current token if it is NAME with the soft keyword `word`. */
  isSoft(word: string): boolean {
    return this.code() === T.NAME && this.tok().value === word;
  }

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER: the end of a node
   * (CPython's _PyPegen_get_last_nonnwhitespace_token). */
  lastToken(): Token {
    let i = this.pos - 1;
    while (i > 0) {
      const c = this.codes[i];
      if (c !== T.NEWLINE && c !== T.INDENT && c !== T.DEDENT && c !== T.ENDMARKER) break;
      i--;
    }
    return this.toks[i];
  }

  /** Give `node` the location from (lineno, col) to the end of the last consumed token. */
  finish<N extends Located>(node: Omit<N, keyof Located>, lineno: number, col: number): N {
    const e = this.lastToken();
    const n = node as N;
    n.lineno = lineno;
    n.col_offset = col;
    n.end_lineno = e.endLineno;
    n.end_col_offset = e.endCol;
    return n;
  }

  /** Give `node` the location from token `s` to the end of the last consumed token. */
  finishAt<N extends Located>(node: Omit<N, keyof Located>, s: Token): N {
    return this.finish<N>(node, s.lineno, s.col);
  }

  /** The error pass re-parses the same text from several invalid_* rules: memoizing the
   * expression rules keeps it linear instead of exponential in the nesting depth. As in
   * CPython, a result is shared whether or not it was parsed with the invalid rules on, so
   * a sub-expression first parsed by a `*_without_invalid` rule is not checked again. */
  memoized<R>(rule: MemoRule, fn: (p: Parser) => R | null): R | null {
    const start = this.pos;
    const key = start * MEMO_RULES + rule;
    const hit = this.memo.get(key);
    if (hit !== undefined) {
      this.pos = hit.end;
      return hit.node as R | null;
    }
    const node = fn(this);
    if (node === null) this.pos = start;
    this.memo.set(key, { node, end: this.pos });
    return node;
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new ParserStackOverflow();
  }
}
