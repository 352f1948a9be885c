// Backslash escapes of str and bytes literals (CPython's unicode-escape and bytes escape
// decoders). Unknown escapes and octal escapes past \377 are kept as they are: CPython only
// warns about the first of them (`invalidEscape` gets the warning's message). Error
// messages quote positions in the buffer CPython decodes, where every non-ASCII character
// has been rewritten as a 10-byte \U000XXXXX escape, so the same counting is done here.

import { lookupUnicodeName } from './unicode-names.js';

export interface EscapeErrorSink {
  /** CPython's RAISE_SYNTAX_ERROR (located at the parser's last token). */
  syntaxError(msg: string): Error;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** The one-character escapes shared by str and bytes: the letter's code → the code it
 * stands for; -1 for backslash-newline, which stands for nothing. */
const SIMPLE_ESCAPES = new Map<number, number>([
  [10, -1], [92, 92], [39, 39], [34, 34], [97, 7], [98, 8], [102, 12], [110, 10], [114, 13], [116, 9], [118, 11],
]);

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

/** Decode the escapes of a (non-raw) str literal body. When escapes produced surrogate
 * code points the result is the list of code points: a JS string would merge an escaped
 * high and low surrogate into one character, Python keeps two. */
export function decodeUnicodeEscapes(body: string, sink: EscapeErrorSink, invalidEscape: (message: string) => void): string | number[] {
  let out = '';
  let warned = false;
  let surrogateAt: number[] | null = null; // indexes in `out` of surrogates made by escapes
  let runStart = 0;
  let tpos = 0; // position in CPython's rewritten buffer
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c < 0x80) tpos++;
      else if (c < 0xdc00 || c >= 0xe000) tpos += 10; // a surrogate pair counts once
      i++;
      continue;
    }
    out += body.slice(runStart, i);
    const escStart = tpos;
    i++;
    tpos++;
    if (i >= n || body.charCodeAt(i) >= 0x80) {
      // CPython rewrites this backslash as \u005c: a literal backslash.
      out += '\\';
      tpos += 5;
      runStart = i;
      continue;
    }
    const e = body.charCodeAt(i++);
    tpos++;
    const simple = SIMPLE_ESCAPES.get(e);
    if (simple !== undefined) {
      if (simple >= 0) out += String.fromCharCode(simple);
    } else switch (e) {
      case 120:
      case 117:
      case 85: {
        const count = e === 120 ? 2 : e === 117 ? 4 : 8;
        const what = e === 120 ? '\\xXX' : e === 117 ? '\\uXXXX' : '\\UXXXXXXXX';
        let cp = 0;
        for (let k = 0; k < count; k++, i++, tpos++) {
          const d = i < n ? hexValue(body.charCodeAt(i)) : -1;
          if (d < 0) throw unicodeError(sink, escStart, tpos, `truncated ${what} escape`);
          cp = cp * 16 + d;
        }
        if (cp > 0x10ffff) throw unicodeError(sink, escStart, tpos, 'illegal Unicode character');
        if (cp >= 0xd800 && cp < 0xe000) (surrogateAt ??= []).push(out.length);
        out += String.fromCodePoint(cp);
        break;
      }
      case 78: {
        const malformed = 'malformed \\N character escape';
        if (i >= n || body.charCodeAt(i) !== 123) throw unicodeError(sink, escStart, tpos, malformed);
        const close = body.indexOf('}', i + 1);
        if (close < 0) throw unicodeError(sink, escStart, tpos + rewrittenLength(body.slice(i)), malformed);
        const name = body.slice(i + 1, close);
        tpos += rewrittenLength(name) + 1;
        if (name.length === 0) throw unicodeError(sink, escStart, tpos, malformed);
        tpos++;
        i = close + 1;
        const cp = /^[\x20-\x7e]+$/.test(name) ? lookupUnicodeName(name) : -1;
        if (cp < 0) throw unicodeError(sink, escStart, tpos, 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        break;
      }
      default:
        if (isOctal(e)) {
          let v = e - 48;
          if (i < n && isOctal(body.charCodeAt(i))) {
            v = v * 8 + body.charCodeAt(i++) - 48;
            tpos++;
            if (i < n && isOctal(body.charCodeAt(i))) {
              v = v * 8 + body.charCodeAt(i++) - 48;
              tpos++;
            }
          }
          if (v > 0o377 && !warned) {
            warned = true;
            invalidEscape(invalidOctalMessage(body, i));
          }
          out += String.fromCharCode(v);
        } else {
          if (!warned) {
            warned = true;
            invalidEscape(invalidEscapeMessage(e));
          }
          out += '\\' + String.fromCharCode(e);
        }
    }
    runStart = i;
  }
  out += body.slice(runStart);
  return surrogateAt ? codePointsOf(out, surrogateAt) : out;
}

/** The code points of `s`, where the UTF-16 units at `separate` stand alone. */
function codePointsOf(s: string, separate: number[]): number[] {
  const cps: number[] = [];
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    if (k < separate.length && separate[k] === i) {
      cps.push(s.charCodeAt(i));
      k++;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    cps.push(cp);
    if (cp > 0xffff) i++;
  }
  return cps;
}

function rewrittenLength(s: string): number {
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) t++;
    else if (c < 0xdc00 || c >= 0xe000) t += 10;
  }
  return t;
}

function unicodeError(sink: EscapeErrorSink, start: number, end: number, reason: string): Error {
  const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return sink.syntaxError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/** The warning for an octal escape past \377, whose three digits end at `end`. */
function invalidOctalMessage(body: string, end: number): string {
  return `invalid octal escape sequence '\\${body.slice(end - 3, end)}'`;
}

function invalidEscapeMessage(c: number): string {
  return `invalid escape sequence '\\${String.fromCharCode(c)}'`;
}

/** Decode the escapes of a (non-raw) bytes literal body; the body is ASCII. */
export function decodeBytesEscapes(body: string, sink: EscapeErrorSink, invalidEscape: (message: string) => void): Uint8Array {
  const out = new Uint8Array(body.length);
  let warned = false;
  let p = 0;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i++);
    if (c !== 92) {
      out[p++] = c;
      continue;
    }
    const e = body.charCodeAt(i++);
    const simple = SIMPLE_ESCAPES.get(e);
    if (simple !== undefined) {
      if (simple >= 0) out[p++] = simple;
      continue;
    }
    switch (e) {
      case 120: {
        const d1 = i + 1 < n ? hexValue(body.charCodeAt(i)) : -1;
        const d2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
        if (d1 < 0 || d2 < 0) throw sink.syntaxError(`(value error) invalid \\x escape at position ${i - 2}`);
        out[p++] = d1 * 16 + d2;
        i += 2;
        break;
      }
      default:
        if (isOctal(e)) {
          let v = e - 48;
          if (i < n && isOctal(body.charCodeAt(i))) {
            v = v * 8 + body.charCodeAt(i++) - 48;
            if (i < n && isOctal(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
          }
          if (v > 0o377 && !warned) {
            warned = true;
            invalidEscape(invalidOctalMessage(body, i));
          }
          out[p++] = v & 0xff;
        } else {
          if (!warned) {
            warned = true;
            invalidEscape(invalidEscapeMessage(e));
          }
          out[p++] = 92;
          i--;
        }
    }
  }
  return out.slice(0, p);
}
