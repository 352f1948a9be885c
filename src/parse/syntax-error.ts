// SyntaxError and its subclasses as the front end raises them. The fields are those of
// CPython's SyntaxError object: `offset`/`endOffset` are 1-based CHARACTER offsets into
// `text` (CPython converts the parser's byte columns before raising), `text` is the
// source line including its trailing newline when the source had one.

import { utf8Length } from './text-position.js';

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorLocation {
  filename: string;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  endLineno?: number | null;
  endOffset?: number | null;
}

export class PySyntaxError extends Error {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly text: string | null;
  readonly endLineno: number | null;
  readonly endOffset: number | null;
  /** True for the errors CPython's tokenizer reports through its state (tok->done) rather
   * than by raising at once (bad dedent, TabError, too deep, line continuation, EOF): after
   * a parse error CPython scans the rest of the file and only the other kind replaces it. */
  deferred = false;

  constructor(type: SyntaxErrorType, msg: string, loc: SyntaxErrorLocation) {
    super(loc.lineno === null ? msg : `${msg} (${loc.filename}, line ${loc.lineno})`);
    this.name = type;
    this.type = type;
    this.msg = msg;
    this.filename = loc.filename;
    this.lineno = loc.lineno;
    this.offset = loc.offset;
    this.text = loc.text;
    this.endLineno = loc.endLineno ?? null;
    this.endOffset = loc.endOffset ?? null;
  }

  /** What `python3 FILE` prints to stderr for this error (print_exception in
   * Python/pythonrun.c), ending in a newline. */
  format(): string {
    if (this.lineno === null) return `${this.type}: ${this.msg}\n`;
    let out = `  File "${this.filename}", line ${this.lineno}\n`;
    if (this.text !== null && this.offset !== null) out += formatErrorText(this);
    return out + `${this.type}: ${this.msg}\n`;
  }
}

// The source line and the caret line. CPython mixes units here: offsets are characters
// while the clipping uses the UTF-8 length of the text; this keeps its behaviour.
function formatErrorText(err: PySyntaxError): string {
  let text = err.text as string;
  let offset = err.offset as number;
  // Only plain SyntaxError shows a range; subclasses get a single caret.
  let endOffset = err.type === 'SyntaxError' ? (err.endOffset ?? -1) : -1;
  const lineno = err.lineno as number;
  const endLineno = err.type === 'SyntaxError' ? (err.endLineno ?? lineno) : lineno;
  const lineSize = utf8Length(text);
  if (endLineno > lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

  offset--;
  let start = 0;
  while (start < text.length) {
    const c = text.charCodeAt(start);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) break;
    start++;
    offset--;
  }
  text = text.slice(start);
  let len = utf8Length(text);
  if (len > 0 && text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0) break;
    const inl = utf8Length(text.slice(0, nl));
    if (inl >= offset) break;
    text = text.slice(nl + 1);
    len -= inl + 1;
    offset -= inl + 1;
  }
  let out = '    ' + text;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}

/** A warning CPython's tokenizer, parser or compiler issues while compiling (through
 * PyErr_WarnExplicitObject, at `lineno` of the file being compiled). The runtime passes it
 * to the warnings module; when a filter turns it into an exception, CPython raises `error`,
 * this SyntaxError located where the warning arose, in its place. */
export interface CompileWarning {
  readonly category: 'SyntaxWarning' | 'DeprecationWarning';
  readonly message: string;
  readonly lineno: number;
  readonly error: PySyntaxError;
}
