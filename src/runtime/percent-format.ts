// printf-style `str % args` (CPython's PyUnicode_Format): %(key) lookups, flags - + space
// # 0, width and precision incl. '*', conversions d i u o x X e E f F g G c r s a and %%,
// with CPython's error messages. How values turn into ints, floats and text is the object
// model's business: the caller passes a FormatHost.

import { overflowError, typeError, valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import type { PyInt } from './int.js';
import { intToStr } from './int-text.js';
import { doubleToString } from './float-to-string.js';
import { strLen, strSubstring } from './str.js';

export interface FormatHost {
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** int(v) for %d/%i/%u, or undefined when v is not a number at all. */
  toIntTruncating(v: unknown): PyInt | undefined;
  /** operator.index(v) for %x/%o/%c, or undefined when v has no __index__. */
  toIndex(v: unknown): PyInt | undefined;
  /** float(v) for %e/%f/%g, or undefined when v is not a real number. */
  toFloat(v: unknown): number | undefined;
  /** A one-character str for %c, or undefined. */
  asChar(v: unknown): string | undefined;
  typeName(v: unknown): string;
  /** mapping[key] for %(key)s. */
  getItem(mapping: unknown, key: string): unknown;
}

interface Spec {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  precision: number;
}

/**
 * `fmt % args`. `args` are the positional values (a tuple's items, or the single non-tuple
 * argument); `mapping` is the argument itself when it has __getitem__ and is not a tuple or
 * str (CPython's PyMapping_Check, true for lists too), else null.
 */
export function percentFormat(fmt: string, allArgs: readonly unknown[], mapping: unknown, host: FormatHost): string {
  let args = allArgs;
  const chars = Array.from(fmt);
  let out = '';
  let argIndex = 0;
  const nextArg = (): unknown => {
    if (argIndex >= args.length) throw typeError('not enough arguments for format string');
    return args[argIndex++];
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    if (chars[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    if (chars[i] === '(') {
      if (mapping === null) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < chars.length && depth > 0) {
        if (chars[i] === '(') depth++;
        else if (chars[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      // As CPython: the looked-up value becomes the whole (single) argument list, so a later
      // positional conversion finds nothing ('%(a)s %s' % d -> not enough arguments).
      args = [host.getItem(mapping, chars.slice(start, i - 1).join(''))];
      argIndex = 0;
    }
    const spec: Spec = { left: false, plus: false, space: false, alt: false, zero: false, width: -1, precision: -1 };
    for (; i < chars.length; i++) {
      const f = chars[i];
      if (f === '-') spec.left = true;
      else if (f === '+') spec.plus = true;
      else if (f === ' ') spec.space = true;
      else if (f === '#') spec.alt = true;
      else if (f === '0') spec.zero = true;
      else break;
    }
    if (chars[i] === '*') {
      const w = starArg(nextArg());
      if (w < 0) {
        spec.left = true;
        spec.width = -w;
      } else spec.width = w;
      i++;
    } else {
      [spec.width, i] = readNumber(chars, i, -1);
    }
    if (chars[i] === '.') {
      i++;
      if (chars[i] === '*') {
        spec.precision = Math.max(0, starArg(nextArg()));
        i++;
      } else {
        [spec.precision, i] = readNumber(chars, i, 0);
      }
    }
    while (chars[i] === 'h' || chars[i] === 'l' || chars[i] === 'L') i++;
    if (i >= chars.length) throw valueError('incomplete format');
    const type = chars[i]!;
    out += convert(nextArg(), type, spec, host, i);
    i++;
  }
  // CPython skips this check whenever the argument supports __getitem__ (even a list).
  if (argIndex < args.length && mapping === null) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

function readNumber(chars: string[], i: number, none: number): [number, number] {
  let n = none;
  while (i < chars.length && chars[i]! >= '0' && chars[i]! <= '9') {
    n = (n < 0 ? 0 : n) * 10 + (chars[i]!.charCodeAt(0) - 48);
    if (n > 2 ** 31 - 1) throw valueError('width too big');
    i++;
  }
  return [n, i];
}

function starArg(v: unknown): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') throw typeError('* wants int');
  const n = Number(v);
  if (Math.abs(n) > 2 ** 31 - 1) throw overflowError('Python int too large to convert to C int');
  return n;
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  const len = strLen(text);
  if (spec.width <= len) return text;
  const n = spec.width - len;
  if (spec.left) return text + ' '.repeat(n);
  if (spec.zero && numeric) {
    // Zeros go after the sign and any 0x/0o prefix.
    const m = /^([+\- ]?(?:0[xXob])?)/.exec(text)!;
    return m[1] + '0'.repeat(n) + text.slice(m[1]!.length);
  }
  return ' '.repeat(n) + text;
}

function signed(text: string, spec: Spec): string {
  if (text.startsWith('-')) return text;
  return (spec.plus ? '+' : spec.space ? ' ' : '') + text;
}

function convert(v: unknown, type: string, spec: Spec, host: FormatHost, index: number): string {
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      let text = type === 's' ? host.str(v) : type === 'r' ? host.repr(v) : host.ascii(v);
      if (spec.precision >= 0 && strLen(text) > spec.precision) text = strSubstring(text, 0, spec.precision);
      return pad(text, spec, false);
    }
    case 'd':
    case 'i':
    case 'u': {
      const n = host.toIntTruncating(v);
      if (n === undefined) throw typeError(`%${type} format: a real number is required, not ${host.typeName(v)}`);
      return pad(signed(intDigits(n, 10, spec, ''), spec), spec, true);
    }
    case 'o':
    case 'x':
    case 'X': {
      const n = host.toIndex(v);
      if (n === undefined) throw typeError(`%${type} format: an integer is required, not ${host.typeName(v)}`);
      const base = type === 'o' ? 8 : 16;
      const prefix = spec.alt ? (type === 'o' ? '0o' : type === 'x' ? '0x' : '0X') : '';
      let text = intDigits(n, base, spec, prefix);
      if (type === 'X') text = text.toUpperCase();
      return pad(signed(text, spec), spec, true);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = host.toFloat(v);
      if (x === undefined) throw typeError(`must be real number, not ${host.typeName(v)}`);
      const text = doubleToString(x, type, spec.precision < 0 ? 6 : spec.precision, { alt: spec.alt });
      return pad(signed(text, spec), spec, true);
    }
    case 'c': {
      let ch = host.asChar(v);
      if (ch === undefined) {
        const n = host.toIndex(v);
        if (n === undefined) throw typeError('%c requires int or char');
        if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
        ch = String.fromCodePoint(Number(n));
      }
      return pad(ch, spec, false);
    }
    default: {
      const cp = type.codePointAt(0)!;
      const shown = cp >= 32 && cp <= 126 ? type : '?';
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
    }
  }
}

/** Digits of an int with '%.Nd' minimum-digit precision; prefix after the sign. */
function intDigits(n: PyInt, base: number, spec: Spec, prefix: string): string {
  const negative = n < 0;
  const magnitude = typeof n === 'number' ? Math.abs(n) : n < 0n ? -n : n;
  let digits = base === 10 ? intToStr(magnitude) : magnitude.toString(base);
  if (spec.precision > digits.length) digits = '0'.repeat(spec.precision - digits.length) + digits;
  return (negative ? '-' : '') + prefix + digits;
}
