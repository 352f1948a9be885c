// printf-style `str % args` (CPython's PyUnicode_Format): %(key) lookups, flags - + space
// # 0, width and precision incl. '*', conversions d i u o x X e E f F g G c r s a and %%,
// with CPython's error messages. How values turn into ints, floats and text is the object
// model's business: the caller passes a FormatHost.

import { overflowError, typeError, valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import type { PyInt } from './int.js';
import { intToStr } from './int-text.js';
import { doubleToString } from './float-to-string.js';
import { cpIndex, strLen, strRepeat, strSubstring } from './str.js';

export interface FormatHost {
  /** bytes % args: adds %b (as %s), names %i '%d' in errors, says "bytes formatting". */
  bytes: boolean;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** int(v) for %d/%i/%u, or undefined when v is not a number at all. */
  toIntTruncating(v: unknown): PyInt | undefined;
  /** operator.index(v) for %x/%o/%c, or undefined when v has no __index__. */
  toIndex(v: unknown): PyInt | undefined;
  /** float(v) for %e/%f/%g; throws CPython's error (which differs for str and bytes). */
  toFloat(v: unknown): number;
  /** The one character %c makes of v; throws CPython's error (range 0x110000 or 256). */
  char(v: unknown): string;
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
 *
 * The format is scanned in UTF-16 units: every character with a meaning here is ASCII, so
 * literal runs are copied whole and only an error message needs a code-point index.
 */
export function percentFormat(fmt: string, allArgs: readonly unknown[], mapping: unknown, host: FormatHost): string {
  let args = allArgs;
  let out = '';
  let argIndex = 0;
  const n = fmt.length;
  let i = 0;
  for (;;) {
    const percent = fmt.indexOf('%', i);
    if (percent < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    if (percent > i) out += fmt.slice(i, percent);
    i = percent + 1;
    if (fmt.charCodeAt(i) === PERCENT) {
      out += '%';
      i++;
      continue;
    }
    if (fmt.charCodeAt(i) === OPEN) {
      if (mapping === null) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        const c = fmt.charCodeAt(i);
        if (c === OPEN) depth++;
        else if (c === CLOSE) depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      // As CPython: the looked-up value becomes the whole (single) argument list, so a later
      // positional conversion finds nothing ('%(a)s %s' % d -> not enough arguments).
      args = [host.getItem(mapping, fmt.slice(start, i - 1))];
      argIndex = 0;
    }
    const spec: Spec = { left: false, plus: false, space: false, alt: false, zero: false, width: -1, precision: -1 };
    for (; i < n; i++) {
      const f = fmt.charCodeAt(i);
      if (f === 45) spec.left = true; // '-'
      else if (f === 43) spec.plus = true; // '+'
      else if (f === 32) spec.space = true; // ' '
      else if (f === 35) spec.alt = true; // '#'
      else if (f === 48) spec.zero = true; // '0'
      else break;
    }
    if (fmt.charCodeAt(i) === STAR) {
      if (argIndex >= args.length) throw notEnoughArguments();
      const w = starArg(args[argIndex++], SSIZE_MAX, 'ssize_t');
      if (w < 0) {
        spec.left = true;
        // C negation of PY_SSIZE_T_MIN overflows back to itself: no padding.
        spec.width = w === -(2 ** 63) ? w : -w;
      } else spec.width = w;
      i++;
    } else if (isDigit(fmt.charCodeAt(i))) {
      const end = digitsEnd(fmt, i);
      spec.width = decimalValue(fmt, i, end, SSIZE_MAX, 'width too big');
      i = end;
    }
    if (fmt.charCodeAt(i) === DOT) {
      i++;
      if (fmt.charCodeAt(i) === STAR) {
        if (argIndex >= args.length) throw notEnoughArguments();
        spec.precision = Math.max(0, starArg(args[argIndex++], INT_MAX, 'int'));
        i++;
      } else {
        const end = digitsEnd(fmt, i);
        // bytesobject.c spells it 'prec too big'.
        spec.precision = decimalValue(fmt, i, end, INT_MAX, host.bytes ? 'prec too big' : 'precision too big');
        i = end;
      }
    }
    if (isLengthModifier(fmt.charCodeAt(i))) i++;
    if (i >= n) throw valueError('incomplete format');
    if (argIndex >= args.length) throw notEnoughArguments();
    const c = fmt.charCodeAt(i);
    const type = c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(fmt.codePointAt(i)!) : fmt[i]!;
    out += convert(args[argIndex++], type, spec, host, fmt, i);
    i += type.length;
  }
  // CPython skips this check whenever the argument supports __getitem__ (even a list).
  if (argIndex < args.length && mapping === null) {
    throw typeError(`not all arguments converted during ${host.bytes ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

const PERCENT = 37;
const OPEN = 40;
const CLOSE = 41;
const STAR = 42;
const DOT = 46;
const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2n ** 31n - 1n;

const notEnoughArguments = () => typeError('not enough arguments for format string');

/** One 'h', 'l' or 'L' (C length modifiers) is accepted and ignored: "%ld", but "%lld" is an error. */
function isLengthModifier(c: number): boolean {
  return c === 104 || c === 108 || c === 76;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsEnd(fmt: string, i: number): number {
  while (isDigit(fmt.charCodeAt(i))) i++;
  return i;
}

/** The decimal number fmt[start, end), or CPython's error when it exceeds `max`. */
function decimalValue(fmt: string, start: number, end: number, max: bigint, tooBig: string): number {
  const digits = fmt.slice(start, end);
  // Nine digits always fit; longer numbers are checked exactly.
  if (end - start > 9 && BigInt(digits) > max) throw valueError(tooBig);
  return end === start ? 0 : Number(digits);
}

/** A '*' width or precision: an int that fits the C type (`max` is its largest value). */
function starArg(v: unknown, max: bigint, cType: string): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') throw typeError('* wants int');
  const n = BigInt(v);
  if (n > max || n < -max - 1n) throw overflowError(`Python int too large to convert to C ${cType}`);
  return Number(n);
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  if (spec.width <= 0) return text;
  const len = strLen(text);
  if (spec.width <= len) return text;
  const n = spec.width - len;
  if (spec.left) return text + strRepeat(' ', n);
  if (spec.zero && numeric) {
    // Zeros go after the sign and any 0x/0o prefix.
    const m = /^([+\- ]?(?:0[xXob])?)/.exec(text)!;
    return m[1] + strRepeat('0', n) + text.slice(m[1]!.length);
  }
  return strRepeat(' ', n) + text;
}

function signed(text: string, spec: Spec): string {
  if (text.startsWith('-')) return text;
  return (spec.plus ? '+' : spec.space ? ' ' : '') + text;
}

/** One conversion; `at` is the UTF-16 offset of `type` in `fmt` (for the error message). */
function convert(v: unknown, type: string, spec: Spec, host: FormatHost, fmt: string, at: number): string {
  switch (type) {
    case 'b': // bytes' %s (PEP 461)
    case 's':
    case 'r':
    case 'a': {
      if (type === 'b' && !host.bytes) return unsupported(type, fmt, at, host);
      let text = type === 's' || type === 'b' ? host.str(v) : type === 'r' ? host.repr(v) : host.ascii(v);
      if (spec.precision >= 0 && strLen(text) > spec.precision) text = strSubstring(text, 0, spec.precision);
      return pad(text, spec, false);
    }
    case 'd':
    case 'i':
    case 'u': {
      const n = host.toIntTruncating(v);
      const name = host.bytes && type === 'i' ? 'd' : type;
      if (n === undefined) throw typeError(`%${name} format: a real number is required, not ${host.typeName(v)}`);
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
      const text = doubleToString(host.toFloat(v), type, spec.precision < 0 ? 6 : spec.precision, { alt: spec.alt });
      return pad(signed(text, spec), spec, true);
    }
    case 'c':
      return pad(host.char(v), spec, false);
    default:
      return unsupported(type, fmt, at, host);
  }
}

function unsupported(type: string, fmt: string, at: number, host: FormatHost): never {
  const cp = type.codePointAt(0)!;
  // bytes' C formatter passes the (signed) char to '%c': bytes >= 0x80 are negative there.
  if (host.bytes && cp >= 0x80) throw overflowError('character argument not in range(0x110000)');
  const shown = host.bytes || (cp >= 32 && cp <= 126) ? type : '?';
  throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${cpIndex(fmt, at)}`);
}

/** Digits of an int with '%.Nd' minimum-digit precision; prefix after the sign. */
function intDigits(n: PyInt, base: number, spec: Spec, prefix: string): string {
  const negative = n < 0;
  const magnitude = typeof n === 'number' ? Math.abs(n) : n < 0n ? -n : n;
  let digits = base === 10 ? intToStr(magnitude) : magnitude.toString(base);
  if (spec.precision > digits.length) digits = strRepeat('0', spec.precision - digits.length) + digits;
  return (negative ? '-' : '') + prefix + digits;
}
