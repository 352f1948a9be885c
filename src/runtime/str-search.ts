// str methods that search: find/rfind/index/rindex/count, startswith/endswith, replace,
// partition/rpartition, removeprefix/removesuffix. Positions (start, end, results) are
// code-point indices; the search itself runs on UTF-16 (a match of a well-formed needle
// always starts and ends on code-point boundaries).

import { valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import { isWide, strLen, unitOffset, cpIndex } from './str.js';

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
  const i = s.indexOf(sub, r[0]);
  if (i < 0 || i + sub.length > r[1]) return -1;
  return cpIndex(s, i);
}

export function strRfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const r = unitRange(s, start, end);
  if (r === null || r[1] - r[0] < sub.length) return -1;
  const i = s.lastIndexOf(sub, r[1] - sub.length);
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
  for (let i = s.indexOf(sub, r[0]); i >= 0 && i + sub.length <= r[1]; i = s.indexOf(sub, i + sub.length)) count++;
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
  if (count === Infinity) return s.split(old).join(replacement);
  let out = '';
  let pos = 0;
  for (let n = 0; n < count; n++) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + replacement;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRemovePrefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemoveSuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
