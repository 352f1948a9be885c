// The format-spec mini-language (format(), str.format, f-strings) for int, float, complex
// and str, following CPython's Python/formatter_unicode.c: the same parse, the same checks
// in the same order (so the same error for the same bad spec), the same number layout
// (sign, prefix, zero padding with grouping, '=' alignment).

import { overflowError, valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import type { PyInt } from './int.js';
import { intToStr } from './int-text.js';
import { doubleToString } from './float-to-string.js';
import type { Complex } from './complex.js';
import { memoryErrorIfTooLong, strLen, strSubstring } from './str.js';

export interface FormatSpec {
  fill: string;
  align: string; // '<', '>', '^', '=' ('' = type default)
  sign: string; // '', '+', '-', ' '
  noNeg0: boolean;
  alternate: boolean;
  width: number; // -1 = none
  grouping: '' | ',' | '_';
  precision: number; // -1 = none
  type: string; // '' = none
}

const ALIGNS = '<>=^';

/** A width or precision: digits from pos; [value, digit count]. Like CPython, anything up
 * to PY_SSIZE_T_MAX parses (huge widths fail later with MemoryError). */
function readInteger(spec: string[], pos: number): [number, number] {
  let i = pos;
  while (i < spec.length && spec[i]! >= '0' && spec[i]! <= '9') i++;
  const digits = spec.slice(pos, i).join('');
  if (i - pos > 18 && BigInt(digits) > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  return [i === pos ? 0 : Number(digits), i - pos];
}

const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;

/** Parsed specs by spec text, one entry per (default align, default type): f-strings and
 * format() in loops reuse a handful of constant specs. Only valid specs are cached (the type
 * name appears only in parse errors), and the objects are shared, so never mutated. */
interface CachedSpec {
  readonly defaultAlign: string;
  readonly defaultType: string;
  readonly spec: Readonly<FormatSpec>;
}
const specCache = new Map<string, CachedSpec[]>();
const SPEC_CACHE_LIMIT = 512;

/** Parse a spec (parse_internal_render_format_spec). `typeName` is for error messages. */
export function parseFormatSpec(
  specText: string,
  typeName: string,
  defaultAlign: '<' | '>',
  defaultType = '',
): Readonly<FormatSpec> {
  const entries = specCache.get(specText);
  if (entries !== undefined) {
    for (const e of entries) if (e.defaultAlign === defaultAlign && e.defaultType === defaultType) return e.spec;
  }
  const spec = parseUncached(specText, typeName, defaultAlign, defaultType);
  if (entries !== undefined) entries.push({ defaultAlign, defaultType, spec });
  else {
    if (specCache.size >= SPEC_CACHE_LIMIT) specCache.clear();
    specCache.set(specText, [{ defaultAlign, defaultType, spec }]);
  }
  return spec;
}

function parseUncached(specText: string, typeName: string, defaultAlign: '<' | '>', defaultType: string): FormatSpec {
  const spec = Array.from(specText);
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  if (spec.length >= 2 && ALIGNS.includes(spec[1]!)) {
    f.fill = spec[0]!;
    f.align = spec[1]!;
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (spec.length >= 1 && ALIGNS.includes(spec[0]!)) {
    f.align = spec[0]!;
    alignSpecified = true;
    pos = 1;
  }
  if (pos < spec.length && '+- '.includes(spec[pos]!)) f.sign = spec[pos++]!;
  if (spec[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (spec[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && spec[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const [width, widthDigits] = readInteger(spec, pos);
  pos += widthDigits;
  if (widthDigits > 0) f.width = width;
  if (spec[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (spec[pos] === '_') {
    if (f.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (spec[pos] === ',' && f.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (spec[pos] === '.') {
    pos++;
    const [precision, digits] = readInteger(spec, pos);
    if (digits === 0) throw valueError('Format specifier missing precision');
    f.precision = precision;
    pos += digits;
  }
  if (spec.length - pos > 1) {
    throw valueError(`Invalid format specifier '${specText}' for object of type '${typeName}'`);
  }
  if (spec.length - pos === 1) f.type = spec[pos]!;
  if (f.grouping !== '' && !'defgEGF%'.includes(f.type) && f.type !== '') {
    if (!(f.grouping === '_' && 'boxX'.includes(f.type))) {
      throw valueError(`Cannot specify '${f.grouping}' with ${codeText(f.type)}.`);
    }
  }
  return f;
}

function codeText(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${type}'` : `'\\x${c.toString(16)}'`;
}

function unknownCode(type: string, typeName: string): never {
  throw valueError(`Unknown format code ${codeText(type)} for object of type '${typeName}'`);
}

/** Pad `body` (its length in code points is `len`) to the width by fill and alignment. */
function pad(body: string, len: number, f: Readonly<FormatSpec>, align: string): string {
  const total = f.width - len;
  if (total <= 0) return body;
  memoryErrorIfTooLong(f.width);
  let left = 0;
  if (align === '>') left = total;
  else if (align === '^') left = total >> 1;
  return f.fill.repeat(left) + body + f.fill.repeat(total - left);
}

/** CPython's _PyUnicode_InsertThousandsGrouping: groups of `size`, zero-filled on the left to
 * reach minWidth (so '010,' gives '00,001,234'). */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let remaining = digits.length;
  let pos = digits.length;
  let out = '';
  let useSep = false;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
    pos -= nChars;
    useSep = true;
    remaining -= nChars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) return out;
    minWidth -= sep.length;
  }
}

/** Zero padding without grouping (C locale 'n' or no separator): just left zeros. */
function zeroFill(digits: string, minWidth: number): string {
  return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
}

/**
 * Lay out a number: sign + prefix + integer digits (grouped) + rest (fraction, exponent,
 * suffix), padded per the spec. `digits` are ASCII; `rest` may be empty.
 */
function layoutNumber(f: Readonly<FormatSpec>, negative: boolean, prefix: string, digits: string, rest: string, groupSize = 3): string {
  memoryErrorIfTooLong(f.width);
  const signChar = negative ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  const leading = signChar.length + prefix.length;
  // With '=' alignment and a '0' fill the padding becomes leading zeros inside the grouping.
  const minWidth = f.fill === '0' && f.align === '=' ? Math.max(0, f.width - leading - rest.length) : 0;
  const sep = f.grouping === ',' ? ',' : f.grouping === '_' ? '_' : '';
  // inf and nan have no digits to group (only zero padding applies to them).
  const grouped = sep && digits !== '' ? groupDigits(digits, minWidth, sep, groupSize) : zeroFill(digits, minWidth);
  const body = grouped + rest;
  const len = leading + body.length;
  if (f.align === '=') {
    const total = f.width - len;
    return signChar + prefix + (total > 0 ? f.fill.repeat(total) : '') + body;
  }
  return pad(signChar + prefix + body, len, f, f.align);
}

/** format(int, spec). `typeName` is 'int' or 'bool' (for messages). */
export function formatInt(v: PyInt, specText: string, typeName = 'int'): string {
  const f = parseFormatSpec(specText, typeName, '>', 'd');
  const type = f.type;
  if ('eEfFgG%'.includes(type)) {
    const x = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
    return formatFloatSpec(x, f, typeName);
  }
  if (!'bcdoxXn'.includes(type)) unknownCode(type, typeName);
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v >= 2n ** 63n || v < -(2n ** 63n))) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(v));
    return layoutText(ch, f);
  }
  const negative = v < 0;
  const magnitude = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
  let digits: string;
  let prefix = '';
  switch (type) {
    case 'b':
      digits = magnitude.toString(2);
      prefix = '0b';
      break;
    case 'o':
      digits = magnitude.toString(8);
      prefix = '0o';
      break;
    case 'x':
      digits = magnitude.toString(16);
      prefix = '0x';
      break;
    case 'X':
      digits = magnitude.toString(16).toUpperCase();
      prefix = '0X';
      break;
    default:
      digits = intToStr(magnitude);
  }
  return layoutNumber(f, negative, f.alternate ? prefix : '', digits, '', 'boxX'.includes(type) ? 4 : 3);
}

/** Layout for 'c' and str: no sign, padded text. */
function layoutText(text: string, f: Readonly<FormatSpec>): string {
  return pad(text, strLen(text), f, f.align === '=' ? '>' : f.align);
}

/** format(float, spec). */
export function formatFloat(x: number, specText: string, typeName = 'float'): string {
  return formatFloatSpec(x, parseFormatSpec(specText, typeName, '>'), typeName);
}

/** The number string (sign included) for a float and a parsed spec, before padding. */
function floatText(x: number, f: Readonly<FormatSpec>, typeName: string): string {
  let type = f.type;
  let precision = f.precision;
  let addDot0 = false;
  if (type === '') {
    type = 'r';
    addDot0 = true;
    if (precision >= 0) type = 'g';
  } else if (type === 'n') {
    type = 'g';
  } else if (!'eEfFgG%'.includes(type)) {
    unknownCode(type, typeName);
  }
  if (precision > INT_MAX) throw valueError('precision too big');
  let suffix = '';
  if (type === '%') {
    x *= 100;
    type = 'f';
    suffix = '%';
  }
  if (precision < 0) precision = type === 'r' ? 0 : 6;
  let s = doubleToString(x, type, precision, { alt: f.alternate, addDot0 });
  if (f.noNeg0 && s.startsWith('-') && /^-[0.]*(?:[eE][+-]?\d+)?$/.test(s)) s = s.slice(1);
  return s + suffix;
}

function formatFloatSpec(x: number, f: Readonly<FormatSpec>, typeName: string): string {
  const s = floatText(x, f, typeName);
  return layoutFloatText(s, f);
}

/** Split a float's text into sign, integer digits and the rest, then lay it out. */
function layoutFloatText(s: string, f: Readonly<FormatSpec>): string {
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const n = leadingDigits(body);
  // inf/nan have no digits: they are padded but never grouped.
  return layoutNumber(f, negative, '', body.slice(0, n), body.slice(n));
}

/** How many ASCII digits start s. */
function leadingDigits(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(n) >= 48 && s.charCodeAt(n) <= 57) n++;
  return n;
}

/** format(complex, spec). */
export function formatComplex(c: Complex, specText: string): string {
  const f = parseFormatSpec(specText, 'complex', '>');
  if (!'eEfFgGn'.includes(f.type)) unknownCode(f.type, 'complex');
  if (f.precision > INT_MAX) throw valueError('precision too big');
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let skipReal = false;
  let parens = false;
  let addDot0 = false;
  let precision = f.precision;
  if (type === '') {
    type = 'r';
    if (c.real === 0 && !Object.is(c.real, -0)) skipReal = true;
    else parens = true;
    if (precision >= 0) type = 'g';
  } else if (type === 'n') {
    type = 'g';
  }
  if (precision < 0) precision = type === 'r' ? 0 : 6;
  const flags = { alt: f.alternate, addDot0 };
  let re = doubleToString(c.real, type, precision, flags);
  let im = doubleToString(c.imag, type, precision, flags);
  if (f.noNeg0) {
    const zero = /^-[0.]*(?:[eE][+-]?\d+)?$/;
    if (zero.test(re)) re = re.slice(1);
    if (zero.test(im)) im = im.slice(1);
  }
  const reSign = re.startsWith('-') ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  const reBody = re.startsWith('-') ? re.slice(1) : re;
  const imSign = im.startsWith('-') ? '-' : '+';
  const imBody = im.startsWith('-') ? im.slice(1) : im;
  const group = (body: string) => {
    const m = /^\d*/.exec(body)![0];
    if (f.grouping === '' || m === '') return body;
    return groupDigits(m, 0, f.grouping, 3) + body.slice(m.length);
  };
  let text = skipReal
    ? (f.sign === '+' || f.sign === ' ' ? (im.startsWith('-') ? '-' : f.sign) : im.startsWith('-') ? '-' : '') + group(imBody) + 'j'
    : reSign + group(reBody) + imSign + group(imBody) + 'j';
  if (parens) text = '(' + text + ')';
  return pad(text, text.length, f, f.align);
}

/** format(str, spec). */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const f = parseFormatSpec(specText, 'str', '<', 's');
  if (f.type !== 's') unknownCode(f.type, 'str');
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let text = s;
  let len = strLen(s);
  if (f.precision >= 0 && len > f.precision) {
    text = strSubstring(s, 0, f.precision);
    len = f.precision;
  }
  return pad(text, len, f, f.align);
}
