// str methods that search: find/rfind/index/rindex/count, startswith/endswith, replace,
// partition/rpartition, removeprefix/removesuffix. Positions (start, end, results) are
// code-point indices; the search itself runs on UTF-16 (a match of a well-formed needle
// always starts and ends on code-point boundaries).

import { valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import { isWide, strLen, unitOffset, cpIndex } from './str.js';

/** A needle that starts with a low surrogate or ends with a high one can match half of an
 * astral character (a surrogate pair) in UTF-16, which is no code-point match. */
export function mayCutPair(sub: string): boolean {
  if (sub.length === 0) return false;
  const first = sub.charCodeAt(0);
  const last = sub.charCodeAt(sub.length - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

const isHighAt = (s: string, k: number) => (s.charCodeAt(k) & 0xfc00) === 0xd800;
const isLowAt = (s: string, k: number) => (s.charCodeAt(k) & 0xfc00) === 0xdc00;

/** Does s[i, i + n) start or end inside a surrogate pair of s? */
function cutsPair(s: string, i: number, n: number): boolean {
  return (i > 0 && isLowAt(s, i) && isHighAt(s, i - 1)) || (n > 0 && isHighAt(s, i + n - 1) && isLowAt(s, i + n));
}

/** s.indexOf(sub, from), skipping matches that cut a surrogate pair; `cut` is
 * mayCutPair(sub), computed once by loops. */
/** `sub in s` with code-point semantics (a lone surrogate never matches half a pair). */
export function strContains(s: string, sub: string): boolean {
  return indexOfCp(s, sub, 0, mayCutPair(sub)) >= 0;
}

export function indexOfCp(s: string, sub: string, from: number, cut: boolean): number {
  let i = s.indexOf(sub, from);
  if (cut) while (i >= 0 && cutsPair(s, i, sub.length)) i = s.indexOf(sub, i + 1);
  return i;
}

/** s.lastIndexOf(sub, from), skipping matches that cut a surrogate pair. */
export function lastIndexOfCp(s: string, sub: string, from: number, cut: boolean): number {
  let i = s.lastIndexOf(sub, from);
  if (cut) while (i >= 0 && cutsPair(s, i, sub.length)) i = i === 0 ? -1 : s.lastIndexOf(sub, i - 1);
  return i;
}

/** CPython's ADJUST_INDICES: slice-style clamping of optional start/end (null = omitted). */
function adjustIndices(start: number | null, end: number | null, len: number): [number, number] {
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  let s = start ?? 0;
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** [start, end) as UTF-16 offsets, or null when start > end (nothing can match). */
function unitRange(s: string, start: number | null, end: number | null): [number, number] | null {
  const len = strLen(s);
  const [a, b] = adjustIndices(start, end, len);
  if (a > len) return null;
  if (b < a) return [unitOffset(s, a), unitOffset(s, a) - 1];
  return [unitOffset(s, a), unitOffset(s, b)];
}

export function strFind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const r = unitRange(s, start, end);
  if (r === null || r[1] - r[0] < sub.length) return -1;
  const i = indexOfCp(s, sub, r[0], mayCutPair(sub));
  if (i < 0 || i + sub.length > r[1]) return -1;
  return cpIndex(s, i);
}

export function strRfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const r = unitRange(s, start, end);
  if (r === null || r[1] - r[0] < sub.length) return -1;
  const i = lastIndexOfCp(s, sub, r[1] - sub.length, mayCutPair(sub));
  if (i < r[0]) return -1;
  return cpIndex(s, i);
}

export function strIndex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function strRindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function strCount(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const r = unitRange(s, start, end);
  if (r === null || r[1] - r[0] < sub.length) return 0;
  if (sub.length === 0) {
    const [a, b] = adjustIndices(start, end, strLen(s));
    return b - a + 1;
  }
  let count = 0;
  const c = sub.charCodeAt(0);
  if (sub.length === 1 && (c < 0xd800 || c > 0xdfff)) {
    // One BMP unit: a scan beats an indexOf call per match.
    for (let i = r[0]; i < r[1]; i++) if (s.charCodeAt(i) === c) count++;
    return count;
  }
  const cut = mayCutPair(sub);
  for (let i = indexOfCp(s, sub, r[0], cut); i >= 0 && i + sub.length <= r[1]; i = indexOfCp(s, sub, i + sub.length, cut)) count++;
  return count;
}

/** startswith/endswith for one prefix (tailmatch in CPython). */
export function strTailMatch(s: string, sub: string, start: number | null, end: number | null, atEnd: boolean): boolean {
  const len = strLen(s);
  const [a, b0] = adjustIndices(start, end, len);
  const subLen = strLen(sub);
  const b = b0 - subLen;
  if (b < a) return false;
  if (subLen === 0) return true;
  const at = atEnd ? b : a;
  const u = unitOffset(s, at);
  return s.startsWith(sub, u) && (!isWide(s) || u + sub.length === unitOffset(s, at + subLen));
}

export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  if (count < 0) count = Infinity;
  if (count === 0) return s;
  if (old.length === 0) {
    // Insert between every code point (and at both ends), at most `count` times.
    const chars = Array.from(s);
    let out = '';
    let n = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (n < count) {
        out += replacement;
        n++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  // replaceAll reads '$' patterns in a replacement string; a function's result is literal.
  if (count === Infinity && !mayCutPair(old)) {
    return replacement.includes('$') ? s.replaceAll(old, () => replacement) : s.replaceAll(old, replacement);
  }
  let out = '';
  let pos = 0;
  const cut = mayCutPair(old);
  for (let n = 0; n < count; n++) {
    const i = indexOfCp(s, old, pos, cut);
    if (i < 0) break;
    out += s.slice(pos, i) + replacement;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = indexOfCp(s, sep, 0, mayCutPair(sep));
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = lastIndexOfCp(s, sep, Infinity, mayCutPair(sep));
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRemovePrefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) && !cutsPair(s, 0, prefix.length) ? s.slice(prefix.length) : s;
}

export function strRemoveSuffix(s: string, suffix: string): string {
  const at = s.length - suffix.length;
  return suffix.length > 0 && s.endsWith(suffix) && !cutsPair(s, at, suffix.length) ? s.slice(0, at) : s;
}
