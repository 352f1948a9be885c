// printf-style `bytes % args` (PEP 461): the str formatter (percent-format.ts) run over the
// latin-1 image of the bytes, with a host that renders %s/%b from buffers or __bytes__,
// %r/%a as ascii(), %c from an int or a single byte, and mapping keys as bytes.
import { PyFloat, PyBytes } from './value.js';
import { type PyValue } from './object.js';
import { typeOf } from './builtin-types.js';
import { overflowError, typeError, PyBaseException } from './errors.js';
import { percentFormat, type FormatHost } from './percent-format.js';
import { hasIndex, toIndex } from './ops-number.js';
import { getItem } from './ops-protocols.js';
import { callSpecial } from './call.js';
import { PyTuple } from './tuple.js';
import { intValue, strValue } from './number-box.js';
import { floatToInt } from './float.js';
import { intFromObject } from './int-methods.js';
import { floatFromObject } from './float-methods.js';
import { asciiOf } from './str-methods.js';
import { bufferOf, latin1, fromLatin1, makeBytes, PyByteArray } from './bytes.js';

function bytesText(v: PyValue): string {
  const b = bufferOf(v);
  if (b !== undefined) return latin1(b);
  if (typeOf(v).lookup('__bytes__') !== undefined) {
    const r = callSpecial(v, '__bytes__', []);
    if (r instanceof PyBytes) return latin1(r.bytes);
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

const host: FormatHost = {
  bytes: true,
  str: (v) => bytesText(v as PyValue),
  repr: (v) => asciiOf(v as PyValue),
  ascii: (v) => asciiOf(v as PyValue),
  toIntTruncating: (v) => {
    const i = intValue(v as PyValue);
    if (i !== undefined) return i;
    if (v instanceof PyFloat) return floatToInt(v.value);
    const t = typeOf(v as PyValue);
    if (t.lookup('__int__') === undefined && t.lookup('__index__') === undefined) return undefined;
    return intFromObject(v as PyValue);
  },
  toIndex: (v) => (hasIndex(v as PyValue) ? toIndex(v as PyValue) : undefined),
  // Any failure of float(v) (not a number, an int too large, __float__ raising) becomes
  // this TypeError, as in CPython's bytes formatfloat.
  toFloat: (v) => {
    const t = typeOf(v as PyValue);
    const fail = () => typeError(`float argument required, not ${typeOf(v as PyValue).name}`);
    if (intValue(v as PyValue) === undefined && !(v instanceof PyFloat) && t.lookup('__float__') === undefined && t.lookup('__index__') === undefined) {
      throw fail();
    }
    try {
      return floatFromObject(v as PyValue);
    } catch (e) {
      throw e instanceof PyBaseException ? fail() : e;
    }
  },
  // CPython's byte_converter: a bytes or bytearray of length 1 (not other buffers), or an
  // int in range(256).
  char: (v) => {
    if ((v instanceof PyBytes || v instanceof PyByteArray) && v.bytes.length === 1) return String.fromCharCode(v.bytes[0]!);
    if (hasIndex(v as PyValue)) {
      const n = toIndex(v as PyValue);
      if (n < 0 || n > 255) throw overflowError('%c arg not in range(256)');
      return String.fromCharCode(Number(n));
    }
    throw typeError('%c requires an integer in range(256) or a single byte');
  },
  typeName: (v) => typeOf(v as PyValue).name,
  getItem: (m, k) => getItem(m as PyValue, makeBytes(fromLatin1(k))),
};

export function percentFormatBytes(fmt: Uint8Array, args: PyValue): Uint8Array {
  const values = args instanceof PyTuple ? args.items : [args];
  // CPython's test: any __getitem__ except tuple, bytes, bytearray and str (a memoryview is
  // a mapping here, so leftover arguments are not reported).
  const isMapping = !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyByteArray) && strValue(args) === undefined
    && typeOf(args).lookup('__getitem__') !== undefined;
  // Every host conversion yields latin-1 (buffers) or ASCII (ascii()), so this is lossless.
  return fromLatin1(percentFormat(latin1(fmt), values, isMapping ? args : null, host));
}
