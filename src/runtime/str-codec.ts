// str.encode / bytes.decode for the codecs programs use without imports (utf-8, ascii,
// latin-1) with the standard error handlers, and CPython's exact UnicodeError messages.

import { PyBytes } from './value.js';
import { EXC, lookupError, newException, typeError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own

type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason). */
function raiseUnicodeError(
  kind: 'UnicodeEncodeError' | 'UnicodeDecodeError',
  encoding: string,
  object: string | Uint8Array,
  start: number,
  end: number,
  reason: string,
): never {
  const obj = typeof object === 'string' ? object : new PyBytes(object);
  throw newException(EXC[kind]!, encoding, obj, start, end, reason);
}

/** codecs.lookup's normalisation of the names we support. */
export function normalizeEncoding(name: string): Codec {
  const n = name.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'utf' || n === 'cp65001') return 'utf-8';
  if (n === 'ascii' || n === 'usascii' || n === '646') return 'ascii';
  if (n === 'latin1' || n === 'latin' || n === 'iso88591' || n === 'l1' || n === '8859' || n === 'cp819' || n === 'iso885911987') {
    return 'latin-1';
  }
  throw lookupError(`unknown encoding: ${name}`);
}

const HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'];

function checkHandler(errors: string): void {
  if (!HANDLERS.includes(errors)) throw lookupError(`unknown error handler name '${errors}'`);
}

/** '\\xe9', '\\u20ac', '\\U0001f600': how backslashreplace writes a code point. */
function charEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function encodeError(codec: Codec, cps: number[], start: number, end: number, reason: string): never {
  raiseUnicodeError('UnicodeEncodeError', codec, String.fromCodePoint(...cps), start, end, reason);
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** str.encode(encoding, errors). */
export function strEncode(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const codec = normalizeEncoding(encoding);
  if (codec === 'utf-8' && !/[\ud800-\udfff]/.test(s)) return new TextEncoder().encode(s);
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const bad = (cp: number) => cp >= limit || (codec === 'utf-8' && cp >= 0xd800 && cp <= 0xdfff);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (!bad(cp)) {
      if (codec === 'utf-8') pushUtf8(out, cp);
      else out.push(cp);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    checkHandler(errors);
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) out.push(63);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) for (const c of charEscape(cps[k]!)) out.push(c.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) for (const c of `&#${cps[k]};`) out.push(c.charCodeAt(0));
        break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) {
          const c = cps[k]!;
          if (c < 0xdc80 || c > 0xdcff) encodeError(codec, cps, i, end, reason);
          out.push(c - 0xdc00);
        }
        break;
      case 'surrogatepass':
        for (let k = i; k < end; k++) {
          const c = cps[k]!;
          if (codec !== 'utf-8' || c < 0xd800 || c > 0xdfff) encodeError(codec, cps, i, end, reason);
          pushUtf8(out, c);
        }
        break;
      default:
        encodeError(codec, cps, i, end, reason);
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

function decodeError(codec: Codec, b: Uint8Array, start: number, end: number, reason: string): never {
  raiseUnicodeError('UnicodeDecodeError', codec, b, start, end, reason);
}

/** The length of a valid UTF-8 sequence at i, or [-error length, reason]. */
function utf8Sequence(b: Uint8Array, i: number): number | [number, string] {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return [1, 'invalid start byte'];
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return [k, 'unexpected end of data'];
    const d = b[i + k]!;
    if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return [k, 'invalid continuation byte'];
  }
  return need + 1;
}

/** bytes.decode(encoding, errors). */
export function bytesDecode(b: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  if (b.length === 0) return ''; // CPython answers before looking the codec up
  const codec = normalizeEncoding(encoding);
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (codec === 'latin-1' || (codec === 'ascii' && c < 0x80)) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let errLen: number;
    let reason: string;
    if (codec === 'utf-8') {
      const r = utf8Sequence(b, i);
      if (typeof r === 'number') {
        out += r === 1 ? String.fromCharCode(c) : new TextDecoder().decode(b.subarray(i, i + r));
        i += r;
        continue;
      }
      [errLen, reason] = r;
    } else {
      errLen = 1;
      reason = 'ordinal not in range(128)';
    }
    checkHandler(errors);
    if (errors === 'xmlcharrefreplace') throw typeError("don't know how to handle UnicodeDecodeError in error callback");
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        out += '\ufffd';
        break;
      case 'backslashreplace':
        for (let k = i; k < i + errLen; k++) out += '\\x' + b[k]!.toString(16).padStart(2, '0');
        break;
      case 'surrogateescape':
        for (let k = i; k < i + errLen; k++) {
          if (b[k]! < 0x80) decodeError(codec, b, k, k + 1, reason);
          out += String.fromCharCode(0xdc00 + b[k]!);
        }
        break;
      default:
        decodeError(codec, b, i, i + errLen, reason);
    }
    i += errLen;
  }
  return out;
}
