// The contract between the tokenizer and the parser.
//
// Positions follow CPython's AST conventions so the parser can copy them into nodes as
// they are: lines are 1-based; columns are 0-based offsets in UTF-8 *bytes* from the start
// of the line. (SyntaxError offsets are converted to 1-based character offsets when the
// error is raised, as CPython does.)

export const enum TokenKind {
  ENDMARKER,
  NAME, // identifiers and keywords; `value` is the NFKC-normalised identifier
  NUMBER, // `value` is the source text of the literal
  STRING, // one string literal with its prefix and quotes, f-strings included, as in the source
  OP, // operators and delimiters; `value` is the operator text, e.g. '**=' or '->'
  NEWLINE, // end of a logical line (`value` is '' at an implicit newline at end of file)
  INDENT,
  DEDENT,
  TYPE_COMMENT, // only when type comments are requested; never produced by default
}

export interface Token {
  kind: TokenKind;
  value: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}
