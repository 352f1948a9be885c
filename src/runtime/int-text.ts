// int <-> text: str(int), bin/oct/hex, and int(s, base) parsing with CPython's rules
// (whitespace, sign, base-0 prefixes, underscores between digits, Unicode decimal digits) and
// its limit on decimal conversions of huge ints (CVE-2020-10735; sys.set_int_max_str_digits).

import { normalizeInt } from './value.js';
import { valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import type { PyInt } from './int.js';
import { asciiDigits, stripNumberSpace } from './unicode.js';
import { bytesRepr, strRepr } from './str-repr.js';

/** sys.get_int_max_str_digits(); 0 disables the limit. */
let maxStrDigits = 4300;
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) {
    throw valueError(`maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
  }
  maxStrDigits = n;
}

const LIMIT_HINT = 'use sys.set_int_max_str_digits() to increase the limit';

/** str(int) / repr(int). */
export function intToStr(a: PyInt): string {
  if (typeof a === 'number') return String(a);
  const s = a.toString();
  if (maxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ${LIMIT_HINT}`);
  }
  return s;
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** bin(), oct(), hex(): '-0x1f' style (power-of-two bases have no digit limit). */
export function intToBase(a: PyInt, base: 2 | 8 | 16): string {
  const negative = typeof a === 'number' ? a < 0 : a < 0n;
  const digits = (negative ? (typeof a === 'number' ? -a : -a) : a).toString(base);
  return (negative ? '-' : '') + PREFIX[base] + digits;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** int(s, base) for a str argument; with `bytes`, s is their latin-1 text (ASCII spaces and
 * digits only, as CPython parses the raw bytes) and the error shows them as bytes. */
export function parseIntStr(s: string, base: number, bytes?: Uint8Array): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const result = parseIntText(bytes === undefined ? asciiDigits(stripNumberSpace(s)) : stripNumberSpace(s, true), base);
  if (result === null) {
    // CPython formats with %.200R: the repr, cut to 200 characters.
    const shown = [...(bytes === undefined ? strRepr(s) : bytesRepr(bytes))].slice(0, 200).join('');
    throw valueError(`invalid literal for int() with base ${base}: ${shown}`);
  }
  return result;
}

/** The parse proper; null when the text is not a valid literal. */
function parseIntText(t: string, base: number): PyInt | null {
  let i = 0;
  let negative = false;
  if (t[0] === '+' || t[0] === '-') {
    negative = t[0] === '-';
    i = 1;
  }
  // A prefix may be followed by one underscore before the first digit.
  let afterPrefix = false;
  const p = t.slice(i, i + 2).toLowerCase();
  const prefixBase = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
    base = prefixBase;
    i += 2;
    afterPrefix = true;
  } else if (base === 0) {
    base = 10;
    // Base 0 forbids leading zeros in a nonzero decimal literal ("007").
    if (t[i] === '0') {
      if (!/^0(_?0)*$/.test(t.slice(i))) return null;
      return 0;
    }
  }
  if (afterPrefix && t[i] === '_') i++;
  const body = t.slice(i);
  if (body.length === 0 || body[0] === '_' || body.endsWith('_') || body.includes('__')) return null;
  let digitCount = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body.charCodeAt(k);
    if (c === 95) continue;
    if (digitValue(c) >= base) return null;
    digitCount++;
  }
  const digits = body.includes('_') ? body.replace(/_/g, '') : body;
  const powerOfTwo = (base & (base - 1)) === 0;
  if (!powerOfTwo && maxStrDigits > 0 && digitCount > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digitCount} digits; ${LIMIT_HINT}`,
    );
  }
  let value: bigint | number;
  if (digits.length <= 10 && base <= 10) value = parseInt(digits, base);
  else if (base === 10) value = BigInt(digits);
  else if (powerOfTwo && base !== 32 && base !== 4) {
    value = BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits);
  } else value = bigFromDigits(digits, base);
  if (typeof value === 'number') return negative ? 0 - value : value;
  return normalizeInt(negative ? -value : value);
}

/** Digits in an arbitrary base, in chunks so the bigint work stays small. */
function bigFromDigits(digits: string, base: number): bigint {
  const chunk = 8; // base^8 < 2^53 for base <= 36
  const scale = BigInt(base) ** BigInt(chunk);
  let v = 0n;
  let start = digits.length % chunk;
  if (start > 0) v = BigInt(parseInt(digits.slice(0, start), base));
  for (; start < digits.length; start += chunk) {
    v = v * scale + BigInt(parseInt(digits.slice(start, start + chunk), base));
  }
  return v;
}
