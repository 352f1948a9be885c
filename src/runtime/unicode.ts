// Python's per-character Unicode facts: the str.isX predicates and the full case mappings
// (upper/lower/title/casefold incl. special cases such as 'ß'.upper() == 'SS'). JS regex
// properties and toUpperCase/toLowerCase provide most of it; unicode-tables.ts (generated
// from CPython's unicodedata) supplies what JS lacks. Node's Unicode version is newer than
// CPython 3.11's 14.0, so characters assigned after 14.0 may classify differently.

import { CASEFOLD, DIGIT_NOT_DECIMAL, LOWERCASE_FLIPS, NUMERIC_OUTSIDE_N, TITLECASE, UPPERCASE_FLIPS } from './unicode-tables.js';
import { isPrintable } from './str-repr.js';
import { testFlat } from './str.js';

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Membership test over a flip list (hex gaps; inside after an odd number of flips). */
function flipSet(text: string): (cp: number) => boolean {
  const points = new Int32Array(text.split(',').map((h) => parseInt(h, 16)));
  for (let i = 1; i < points.length; i++) points[i]! += points[i - 1]!;
  return (cp) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid]! <= cp) lo = mid + 1;
      else hi = mid;
    }
    return (lo & 1) === 1;
  };
}
// Lowercase/Uppercase changed for a few existing characters after Unicode 14.0 (e.g. U+0295
// is no longer Ll in Unicode 16), so these come from CPython's data, not from \p{...}.
const isLowercaseCp = flipSet(LOWERCASE_FLIPS);
const isUppercaseCp = flipSet(UPPERCASE_FLIPS);

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

/** str.isspace for one code point (Python: bidi class WS, B, S or category Zs). */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Assigned in CPython 3.11's Unicode 14.0? Node's regex properties know newer characters;
 * every letter, digit, number and cased character is printable, and A1's printable table is
 * CPython's, so a character it calls unprintable cannot be one of those in CPython. */
function known(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp < 0x870 || isPrintable(cp);
}

export function isAlphaChar(ch: string): boolean {
  return RE_ALPHA.test(ch) && known(ch);
}
export function isDecimalChar(ch: string): boolean {
  return RE_DECIMAL.test(ch) && known(ch);
}
export function isDigitChar(ch: string): boolean {
  return isDecimalChar(ch) || inRanges(ch.codePointAt(0)!, DIGIT_NOT_DECIMAL);
}
export function isNumericChar(ch: string): boolean {
  return (RE_NUMBER.test(ch) && known(ch)) || inRanges(ch.codePointAt(0)!, NUMERIC_OUTSIDE_N);
}
export function isAlnumChar(ch: string): boolean {
  return isAlphaChar(ch) || isNumericChar(ch);
}
export function isUpperChar(ch: string): boolean {
  return isUppercaseCp(ch.codePointAt(0)!);
}
export function isLowerChar(ch: string): boolean {
  return isLowercaseCp(ch.codePointAt(0)!);
}
export function isTitleChar(ch: string): boolean {
  return RE_TITLE.test(ch) && known(ch);
}
/** Unicode's Cased = Lowercase + Uppercase + Lt (from CPython's data, like those). */
export function isCasedChar(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return isLowercaseCp(cp) || isUppercaseCp(cp) || isTitleChar(ch);
}
/** str.isprintable per character: A1's table from CPython's Unicode 14.0 data (exact). */
export function isPrintableChar(ch: string): boolean {
  return isPrintable(ch.codePointAt(0)!);
}
export function isXidStart(ch: string): boolean {
  return ch === '_' || (RE_XID_START.test(ch) && known(ch));
}
export function isXidContinue(ch: string): boolean {
  return RE_XID_CONTINUE.test(ch) && known(ch);
}

/** The decimal value of a \p{Nd} character: Nd characters come in runs of ten, 0 to 9. */
export function decimalValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 128) return cp - 48;
  let start = cp;
  while (RE_DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Full lowercase of one character; `s`/`i` give the context for the final sigma rule.
 * Characters CPython's Unicode 14.0 does not know map to themselves. */
function lowerAt(s: string, i: number, ch: string): string {
  if (ch === '\u03a3') return finalSigma(s, i) ? '\u03c2' : '\u03c3';
  return mapKnown(ch, ch.toLowerCase());
}

function upperChar(ch: string): string {
  return mapKnown(ch, ch.toUpperCase());
}

/** A case mapping only applies if CPython's Unicode 14.0 has the character and its image
 * (Unicode 16 gave U+019B an uppercase U+A7DC that 14.0 lacks). */
function mapKnown(ch: string, mapped: string): string {
  if (mapped === ch || ch.charCodeAt(0) < 0x80) return mapped;
  if (!known(ch)) return ch;
  for (const c of mapped) if (!known(c)) return ch;
  return mapped;
}

/** Any character from U+0870 up (where Unicode versions after 14.0 added characters)? The
 * whole-string JS mapping is used when neither the input nor its image has one. */
const BEYOND_OLD_BLOCKS = /[^\u0000-\u086f]/;

/** Unicode's Final_Sigma condition as CPython checks it: a cased letter before (skipping
 * case-ignorables) and none after. */
function finalSigma(s: string, i: number): boolean {
  let j = i;
  let before = false;
  while (j > 0) {
    const c = prevChar(s, j);
    j -= c.length;
    if (RE_CASE_IGNORABLE.test(c)) continue;
    before = isCasedChar(c);
    break;
  }
  if (!before) return false;
  j = i + 1;
  while (j < s.length) {
    const c = String.fromCodePoint(s.codePointAt(j)!);
    j += c.length;
    if (RE_CASE_IGNORABLE.test(c)) continue;
    return !isCasedChar(c);
  }
  return true;
}

function prevChar(s: string, end: number): string {
  const lo = s.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end >= 2) {
    const hi = s.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(end - 2, end);
  }
  return s[end - 1]!;
}

export function titleChar(ch: string): string {
  return TITLECASE.get(ch.codePointAt(0)!) ?? upperChar(ch);
}

function mapChars(s: string, f: (ch: string, i: number) => string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const ch = cp > 0xffff ? s.slice(i, i + 2) : s[i]!;
    out += f(ch, i);
    i += ch.length;
  }
  return out;
}

export function strLower(s: string): string {
  // JS toLowerCase applies the same full mappings and Final_Sigma rule; past U+086F the
  // characters Unicode 14.0 lacks must stay unchanged.
  if (!testFlat(BEYOND_OLD_BLOCKS, s)) {
    const fast = s.toLowerCase();
    if (!BEYOND_OLD_BLOCKS.test(fast)) return fast;
  }
  return mapChars(s, (ch, i) => lowerAt(s, i, ch));
}

export function strUpper(s: string): string {
  if (!testFlat(BEYOND_OLD_BLOCKS, s)) {
    const fast = s.toUpperCase();
    if (!BEYOND_OLD_BLOCKS.test(fast)) return fast;
  }
  return mapChars(s, upperChar);
}

export function strCasefold(s: string): string {
  // Case folding has no Final_Sigma rule: 'Σ' always folds to 'σ'.
  return mapChars(s, (ch) => CASEFOLD.get(ch.codePointAt(0)!) ?? mapKnown(ch, ch.toLowerCase()));
}

export function strSwapcase(s: string): string {
  return mapChars(s, (ch, i) => (isUpperChar(ch) ? lowerAt(s, i, ch) : isLowerChar(ch) ? upperChar(ch) : ch));
}

export function strCapitalize(s: string): string {
  return mapChars(s, (ch, i) => (i === 0 ? titleChar(ch) : lowerAt(s, i, ch)));
}

export function strTitle(s: string): string {
  let previousCased = false;
  return mapChars(s, (ch, i) => {
    const mapped = previousCased ? lowerAt(s, i, ch) : titleChar(ch);
    previousCased = isCasedChar(ch);
    return mapped;
  });
}

export function strAll(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isLowerChar(ch)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLowerChar(ch)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

export function strIsIdentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    if (first ? !isXidStart(ch) : !isXidContinue(ch)) return false;
    first = false;
  }
  return !first;
}

export function strIsSpace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCp(s.charCodeAt(i))) return false;
  return true;
}

export function strIsPrintable(s: string): boolean {
  for (const ch of s) if (!isPrintableChar(ch)) return false;
  return true;
}

const NON_ASCII = /[^\x00-\x7f]/;

let lastAsciiChecked = '';
let lastAscii = true;

/** str.isascii: a native regex scan (several times faster than a charCodeAt loop), with the
 * answer for the last string kept (iterating one string again and again asks each time). */
export function strIsAscii(s: string): boolean {
  if (s === lastAsciiChecked) return lastAscii;
  lastAscii = !testFlat(NON_ASCII, s);
  lastAsciiChecked = s;
  return lastAscii;
}

/** The whitespace int(), float() and complex() ignore around a number (asciiOnly: for bytes
 * and float.fromhex, which CPython parses as raw bytes / UTF-8). */
export function stripNumberSpace(s: string, asciiOnly = false): string {
  let start = 0;
  let end = s.length;
  while (start < end && isNumberSpace(s.charCodeAt(start), asciiOnly)) start++;
  while (end > start && isNumberSpace(s.charCodeAt(end - 1), asciiOnly)) end--;
  return s.slice(start, end);
}

/** C's isspace (' \t\n\v\f\r'), and beyond ASCII every str.isspace character (CPython
 * turns those into ' ' first): \x1c-\x1f are str.isspace but not number padding. */
function isNumberSpace(cp: number, asciiOnly: boolean): boolean {
  return cp < 128 ? cp === 32 || (cp >= 9 && cp <= 13) : !asciiOnly && isSpaceCp(cp);
}

/** Non-ASCII decimal digits become ASCII ones, as CPython does before parsing numbers. */
export function asciiDigits(s: string): string {
  if (strIsAscii(s)) return s;
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) > 127 && isDecimalChar(ch) ? String(decimalValue(ch)) : ch;
  return out;
}
