// str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h): literal text
// with {{ }} escapes, replacement fields {name.attr[key]!conv:spec} with automatic or manual
// numbering, nested fields inside the spec (two levels), and the same error messages. Object
// access (attributes, items, format()) goes through a host supplied by the object model.

import { indexError, valueError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import type { PyInt } from './int.js';
import { isDecimalChar, decimalValue } from './unicode.js';

export interface StrFormatHost {
  /** Positional argument i, or undefined when out of range (null args: format_map). */
  positional(i: number): unknown;
  hasPositional: boolean;
  /** Keyword/mapping lookup (raises KeyError itself). */
  keyword(name: string): unknown;
  getAttr(obj: unknown, name: string): unknown;
  getItem(obj: unknown, key: PyInt | string): unknown;
  /** format(obj, spec) -> str */
  format(obj: unknown, spec: string): string;
  str(obj: unknown): string;
  repr(obj: unknown): string;
  ascii(obj: unknown): string;
}

interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

/** The format is scanned in UTF-16 units: every character with a meaning here is ASCII, so
 * slices never cut a surrogate pair; only the conversion character and field-name digits are
 * read as code points. */
export function strFormat(fmt: string, host: StrFormatHost): string {
  return build(fmt, host, 2, { state: 'init', next: 0 });
}

function build(fmt: string, host: StrFormatHost, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const n = fmt.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const start = i;
    let c = 0;
    let markup = false;
    while (i < n) {
      c = fmt.charCodeAt(i++);
      if (c === LBRACE || c === RBRACE) {
        markup = true;
        break;
      }
    }
    const atEnd = i >= n;
    let len = i - start;
    if (markup && c === RBRACE && (atEnd || fmt.charCodeAt(i) !== RBRACE)) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === LBRACE) throw valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt.charCodeAt(i) === c) {
        i++; // '{{' or '}}': the first one is literal text
        markup = false;
      } else {
        len--;
      }
    }
    if (len > 0) out += fmt.slice(start, start + len);
    if (!markup) continue;
    const field = parseField(fmt, i);
    i = field.end;
    out += renderField(field, host, depth, auto);
  }
  return out;
}

const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const DOT = 46;
const COLON = 58;
const BANG = 33;

interface Field {
  name: string;
  conversion: string;
  spec: string;
  specNeedsExpanding: boolean;
  end: number;
}

/** The code point at UTF-16 offset i as a string (one or two units). */
function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(s.codePointAt(i)!) : s[i]!;
}

function parseField(fmt: string, i: number): Field {
  const n = fmt.length;
  const nameStart = i;
  let c = 0;
  let stop = false;
  while (i < n) {
    c = fmt.charCodeAt(i++);
    if (c === LBRACE) throw valueError("unexpected '{' in field name");
    if (c === LBRACKET) {
      while (i < n && fmt.charCodeAt(i) !== RBRACKET) i++;
      continue;
    }
    if (c === RBRACE || c === COLON || c === BANG) {
      stop = true;
      break;
    }
  }
  const name = fmt.slice(nameStart, stop ? i - 1 : i);
  let conversion = '';
  if (stop && (c === BANG || c === COLON)) {
    if (c === BANG) {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conversion = charAt(fmt, i);
      i += conversion.length;
      if (i < n) {
        const d = fmt.charCodeAt(i++);
        if (d === RBRACE) return { name, conversion, spec: '', specNeedsExpanding: false, end: i };
        if (d !== COLON) throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = i;
    let count = 1;
    let expanding = false;
    while (i < n) {
      const d = fmt.charCodeAt(i++);
      if (d === LBRACE) {
        expanding = true;
        count++;
      } else if (d === RBRACE) {
        count--;
        if (count === 0) return { name, conversion, spec: fmt.slice(specStart, i - 1), specNeedsExpanding: expanding, end: i };
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
  if (!stop || c !== RBRACE) throw valueError("expected '}' before end of string");
  return { name, conversion, spec: '', specNeedsExpanding: false, end: i };
}

/** CPython's get_integer: all decimal digits (any script) -> value; otherwise -1. */
function getInteger(text: string): number {
  if (text.length === 0) return -1;
  let n = 0;
  for (const ch of text) {
    if (!isDecimalChar(ch)) return -1;
    n = n * 10 + decimalValue(ch);
    if (n > Number.MAX_SAFE_INTEGER / 10) throw valueError('Too many decimal digits in format string');
  }
  return n;
}

function renderField(field: Field, host: StrFormatHost, depth: number, auto: AutoNumber): string {
  let obj = fieldObject(field.name, host, auto);
  switch (field.conversion) {
    case '':
      break;
    case 'r':
      obj = host.repr(obj);
      break;
    case 's':
      obj = host.str(obj);
      break;
    case 'a':
      obj = host.ascii(obj);
      break;
    default: {
      const cp = field.conversion.codePointAt(0)!;
      const shown = cp > 32 && cp < 127 ? field.conversion : `\\x${cp.toString(16)}`;
      throw valueError(`Unknown conversion specifier ${shown}`);
    }
  }
  const spec = field.specNeedsExpanding ? build(field.spec, host, depth - 1, auto) : field.spec;
  return host.format(obj, spec);
}

function fieldObject(name: string, host: StrFormatHost, auto: AutoNumber): unknown {
  const n = name.length;
  let i = 0;
  while (i < n && name.charCodeAt(i) !== DOT && name.charCodeAt(i) !== LBRACKET) i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  if (empty || index !== -1) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === 'auto' && !empty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj: unknown;
  if (index === -1) obj = host.keyword(first);
  else {
    if (!host.hasPositional) throw valueError('Format string contains positional fields');
    obj = host.positional(index);
    if (obj === undefined) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
  }
  while (i < n) {
    const c = name.charCodeAt(i++);
    if (c === DOT) {
      const start = i;
      while (i < n && name.charCodeAt(i) !== DOT && name.charCodeAt(i) !== LBRACKET) i++;
      if (i === start) throw valueError('Empty attribute in format string');
      obj = host.getAttr(obj, name.slice(start, i));
    } else if (c === LBRACKET) {
      const start = i;
      while (i < n && name.charCodeAt(i) !== RBRACKET) i++;
      if (i >= n) throw valueError("Missing ']' in format string");
      const part = name.slice(start, i++);
      if (part.length === 0) throw valueError('Empty attribute in format string');
      const key = getInteger(part);
      obj = host.getItem(obj, key === -1 ? part : key);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
