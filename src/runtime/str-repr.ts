// repr() of str and bytes as CPython prints them (unicode_repr, bytes_repr): single quotes
// unless the text contains a single quote and no double quote; backslash escapes for the
// quote, backslash, \t \n \r, and for characters that are not printable
// (Py_UNICODE_ISPRINTABLE: categories Cc Cf Cs Co Cn Zl Zp Zs other than the space), judged
// by CPython 3.11's Unicode version (a generated table), not the JS engine's.

import { CodePointSet } from './code-point-set.js';
import { PRINTABLE_FLIPS } from './unicode-printable.js';

const NON_PRINTABLE_ABOVE_ASCII = new CodePointSet(PRINTABLE_FLIPS);

/** Py_UNICODE_ISPRINTABLE for a code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return !NON_PRINTABLE_ABOVE_ASCII.has(cp);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/** The escape repr() writes for code point `cp` inside quotes `q`, or null to write it
 * as it is. */
function escapeOf(cp: number, q: number): string | null {
  if (cp >= 0x20 && cp < 0x7f) return cp === q || cp === 0x5c ? '\\' + String.fromCharCode(cp) : null;
  if (cp === 0x09) return '\\t';
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (isPrintable(cp)) return null;
  return cp < 0x100 ? '\\x' + hex(cp, 2) : cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
}

/** CPython's repr(str). */
export function strRepr(s: string): string {
  const quote = chooseQuote(s.includes("'"), s.includes('"'));
  const q = quote.charCodeAt(0);
  let out = quote;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0x20 && cp < 0x7f && cp !== q && cp !== 0x5c) continue;
    let width = 1;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const esc = escapeOf(cp, q);
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + width;
    }
    i += width - 1;
  }
  return out + s.slice(runStart) + quote;
}

/** repr() of the str made of exactly these code points (surrogates included one by one,
 * which a JS string cannot always keep apart). */
export function codePointsRepr(cps: readonly number[]): string {
  const quote = chooseQuote(cps.includes(0x27), cps.includes(0x22));
  const q = quote.charCodeAt(0);
  let out = quote;
  for (const cp of cps) {
    const esc = escapeOf(cp, q);
    out += esc ?? (cp >= 0xd800 && cp < 0xe000 ? String.fromCharCode(cp) : String.fromCodePoint(cp));
  }
  return out + quote;
}

/** CPython's repr(bytes), e.g. b'a\x00'. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = quote.charCodeAt(0);
  let out = 'b' + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
