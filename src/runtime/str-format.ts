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

export function strFormat(fmt: string, host: StrFormatHost): string {
  return build(Array.from(fmt), host, 2, { state: 'init', next: 0 });
}

function build(chars: string[], host: StrFormatHost, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const start = i;
    let c = '';
    let markup = false;
    while (i < chars.length) {
      c = chars[i++]!;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = i >= chars.length;
    let len = i - start;
    if (markup && c === '}' && (atEnd || chars[i] !== '}')) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (chars[i] === c) {
        i++; // '{{' or '}}': the first one is literal text
        markup = false;
      } else {
        len--;
      }
    }
    out += chars.slice(start, start + len).join('');
    if (!markup) continue;
    const field = parseField(chars, i);
    i = field.end;
    out += renderField(field, host, depth, auto);
  }
  return out;
}

interface Field {
  name: string[];
  conversion: string;
  spec: string[];
  specNeedsExpanding: boolean;
  end: number;
}

function parseField(chars: string[], i: number): Field {
  const nameStart = i;
  let c = '';
  let stop = false;
  while (i < chars.length) {
    c = chars[i++]!;
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (i < chars.length && chars[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') {
      stop = true;
      break;
    }
  }
  const name = chars.slice(nameStart, stop ? i - 1 : i);
  let conversion = '';
  if (stop && (c === '!' || c === ':')) {
    if (c === '!') {
      if (i >= chars.length) throw valueError('end of string while looking for conversion specifier');
      conversion = chars[i++]!;
      if (i < chars.length) {
        const d = chars[i++]!;
        if (d === '}') return { name, conversion, spec: [], specNeedsExpanding: false, end: i };
        if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = i;
    let count = 1;
    let expanding = false;
    while (i < chars.length) {
      const d = chars[i++]!;
      if (d === '{') {
        expanding = true;
        count++;
      } else if (d === '}') {
        count--;
        if (count === 0) return { name, conversion, spec: chars.slice(specStart, i - 1), specNeedsExpanding: expanding, end: i };
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
  if (!stop || c !== '}') throw valueError("expected '}' before end of string");
  return { name, conversion, spec: [], specNeedsExpanding: false, end: i };
}

/** CPython's get_integer: all decimal digits (any script) -> value; otherwise -1. */
function getInteger(chars: string[]): number {
  if (chars.length === 0) return -1;
  let n = 0;
  for (const ch of chars) {
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
  const spec = field.specNeedsExpanding ? build(field.spec, host, depth - 1, auto) : field.spec.join('');
  return host.format(obj, spec);
}

function fieldObject(name: string[], host: StrFormatHost, auto: AutoNumber): unknown {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
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
  if (index === -1) obj = host.keyword(first.join(''));
  else {
    if (!host.hasPositional) throw valueError('Format string contains positional fields');
    obj = host.positional(index);
    if (obj === undefined) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
  }
  while (i < name.length) {
    const c = name[i++];
    let part: string[];
    if (c === '.') {
      const start = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(start, i);
      if (part.length === 0) throw valueError('Empty attribute in format string');
      obj = host.getAttr(obj, part.join(''));
    } else if (c === '[') {
      const start = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      part = name.slice(start, i++);
      if (part.length === 0) throw valueError('Empty attribute in format string');
      const key = getInteger(part);
      obj = host.getItem(obj, key === -1 ? part.join('') : key);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
