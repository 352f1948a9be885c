// str methods that cut and pad: split/rsplit (whitespace and explicit separators, maxsplit),
// splitlines (every Unicode line boundary Python knows), the strip family, center/ljust/rjust,
// zfill, expandtabs, and join.

import { typeError, valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import { isSpaceCp } from './unicode.js';
import { strLen } from './str.js';
import { indexOfCp, lastIndexOfCp, mayCutPair } from './str-search.js';

export function strSplit(s: string, sep: string | null, maxsplit = -1): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep.length === 0) throw valueError('empty separator');
  const out: string[] = [];
  let pos = 0;
  const cut = mayCutPair(sep);
  while (out.length < maxsplit) {
    const i = indexOfCp(s, sep, pos, cut);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (out.length >= maxsplit) {
      // The rest, without its leading whitespace, is the last item (trailing kept).
      out.push(s.slice(i));
      return out;
    }
    const start = i;
    while (i < n && !isSpaceCp(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

export function strRsplit(s: string, sep: string | null, maxsplit = -1): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  if (sep === null) return rsplitWhitespace(s, maxsplit);
  if (sep.length === 0) throw valueError('empty separator');
  const out: string[] = [];
  let end = s.length;
  const cut = mayCutPair(sep);
  while (out.length < maxsplit) {
    const i = end - sep.length < 0 ? -1 : lastIndexOfCp(s, sep, end - sep.length, cut);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceCp(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (out.length >= maxsplit) {
      out.push(s.slice(0, i));
      return out.reverse();
    }
    const end = i;
    while (i > 0 && !isSpaceCp(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, end));
  }
  return out.reverse();
}

/** Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isLineBreak(c)) {
      i++;
      continue;
    }
    const eol = c === 13 && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** Is code point cp one of the code points of chars? (A linear scan: strip sets are short.) */
function inChars(chars: string, cp: number): boolean {
  for (let k = 0; k < chars.length; k++) {
    let c = chars.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < chars.length) {
      const lo = chars.charCodeAt(k + 1);
      if ((lo & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        k++;
      }
    }
    if (c === cp) return true;
  }
  return false;
}

/** Long strip sets become a Set of code points. */
const LONG_CHARS = 32;

function codePointSet(chars: string): Set<number> {
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0)!);
  return set;
}

function strips(cp: number, chars: string | null, set: Set<number> | null): boolean {
  if (chars === null) return isSpaceCp(cp);
  return set === null ? inChars(chars, cp) : set.has(cp);
}

/** strip/lstrip/rstrip; chars null = whitespace. */
export function strStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars !== null && chars.length > LONG_CHARS ? codePointSet(chars) : null;
  let start = 0;
  let end = s.length;
  if (left) {
    while (start < end) {
      const cp = s.codePointAt(start)!;
      if (!strips(cp, chars, set)) break;
      start += cp > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (end > start) {
      const lo = s.charCodeAt(end - 1);
      const pair = lo >= 0xdc00 && lo <= 0xdfff && end - 2 >= start && (s.charCodeAt(end - 2) & 0xfc00) === 0xd800;
      const cp = pair ? s.codePointAt(end - 2)! : lo;
      if (!strips(cp, chars, set)) break;
      end -= pair ? 2 : 1;
    }
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function fillChar(fill: string): string {
  if (strLen(fill) !== 1) throw typeError('The fill character must be exactly one character long');
  return fill;
}

export function strCenter(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const len = strLen(s);
  if (width <= len) return s;
  const marg = width - len;
  // CPython's rounding: the odd extra column goes left only when both marg and width are odd.
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

export function strLjust(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const len = strLen(s);
  return width <= len ? s : s + f.repeat(width - len);
}

export function strRjust(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const len = strLen(s);
  return width <= len ? s : f.repeat(width - len) + s;
}

export function strZfill(s: string, width: number): string {
  const len = strLen(s);
  if (width <= len) return s;
  const zeros = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + zeros + s.slice(1);
  return zeros + s;
}

export function strExpandtabs(s: string, tabsize = 8): string {
  let out = '';
  let column = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (column % tabsize);
        out += ' '.repeat(n);
        column += n;
      }
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

/** sep.join(items): every item must be a str (`text` gives its value, undefined for a
 * non-str); `typeName` names the offender in the TypeError. */
export function strJoin(
  sep: string,
  items: readonly unknown[],
  text: (v: unknown) => string | undefined,
  typeName: (v: unknown) => string,
): string {
  const n = items.length;
  let i = 0;
  while (i < n && typeof items[i] === 'string') i++;
  if (i === n) return (items as readonly string[]).join(sep);
  // Some items are str subclass instances (or not str at all): unwrap a copy.
  const values = (items as readonly string[]).slice(0, i);
  for (; i < n; i++) {
    const s = text(items[i]);
    if (s === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    values.push(s);
  }
  return values.join(sep);
}
