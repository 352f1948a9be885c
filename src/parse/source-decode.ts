// Bytes of a source file -> the text the tokenizer reads, as CPython decodes files: a UTF-8
// BOM means UTF-8; otherwise a coding declaration in a comment on line 1 or 2 names the
// encoding (PEP 263); the default is UTF-8.

import { PySyntaxError } from './syntax-error.js';

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name: the spellings it treats as utf-8 and latin-1. */
function normalEncodingName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(n)) return 'iso-8859-1';
  return n;
}

function cookieOnLine(bytes: Uint8Array, start: number): { encoding: string | null; next: number } {
  let end = start;
  while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++;
  const line = new TextDecoder('latin1').decode(bytes.subarray(start, end));
  const m = CODING.exec(line);
  let next = end;
  if (bytes[next] === 13) next++;
  if (bytes[next] === 10) next++;
  return { encoding: m ? m[1] : null, next };
}

export interface DecodedSource {
  text: string;
  /** A BOM or a coding declaration was present. CPython converts the byte columns of
   * parser errors to character offsets only then (and for str input): for a plain UTF-8
   * file its SyntaxError offsets stay byte offsets (python3 FILE shows the carets so). */
  encodingDeclared: boolean;
}

export function decodeSource(bytes: Uint8Array, filename = '<unknown>'): string {
  return decodeSourceBytes(bytes, filename).text;
}

export function decodeSourceBytes(bytes: Uint8Array, filename = '<unknown>'): DecodedSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const first = cookieOnLine(bytes, bom ? 3 : 0);
  let encoding = first.encoding;
  if (encoding === null) {
    // The second line counts only when the first is blank or a comment.
    const line1 = new TextDecoder('latin1').decode(bytes.subarray(bom ? 3 : 0, first.next));
    if (/^[ \t\f]*(#.*)?[\r\n]*$/.test(line1)) encoding = cookieOnLine(bytes, first.next).encoding;
  }
  const name = normalEncodingName(encoding ?? 'utf-8');
  const encodingDeclared = bom || encoding !== null;
  if (bom && name !== 'utf-8') {
    throw new PySyntaxError('SyntaxError', `encoding problem: ${encoding} with BOM`, {
      filename,
      lineno: 0,
      offset: -1,
      text: null,
    });
  }
  const body = bom ? bytes.subarray(3) : bytes;
  // WHATWG's 'latin1' label means windows-1252; Python's latin-1 maps each byte to U+00XX.
  if (name === 'iso-8859-1') {
    let text = '';
    for (let i = 0; i < body.length; i += 8192) text += String.fromCharCode(...body.subarray(i, i + 8192));
    return { text, encodingDeclared };
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(name, { fatal: true });
  } catch {
    throw new PySyntaxError('SyntaxError', `unknown encoding: ${encoding}`, { filename, lineno: 1, offset: 0, text: null });
  }
  try {
    return { text: decoder.decode(body), encodingDeclared };
  } catch {
    throw new PySyntaxError('SyntaxError', `(unicode error) '${name}' codec can't decode the source`, {
      filename,
      lineno: null,
      offset: null,
      text: null,
    });
  }
}
