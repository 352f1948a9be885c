// bytes and bytearray: the mutable PyByteArray representation (bytes is value.ts' PyBytes),
// construction (from ints, iterables, buffers, str + encoding, __bytes__), the buffer
// helpers every method uses, and the latin-1 bridge (a byte string as a JS string with one
// char per byte, so searching/splitting reuse JS's string machinery byte for byte).
import { PyObject, PyBytes } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, bytesType, typeOf, argTypeName } from './builtin-types.js';
import { typeError, valueError, overflowError, newException, EXC } from './errors.js';
import { hasIndex, toIndex, fitsSsize } from './ops-number.js';
import { getIter, iterNext, exactItems } from './ops-protocols.js';
import { callSpecial } from './call.js';
import { strEncode } from './str-codec.js';
import { strValue } from './number-box.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';

export class PyByteArray extends PyObject {
  /** Storage; only the first `length` bytes are content. */
  buf: Uint8Array;
  length: number;
  /** Live exports (memoryviews) forbid resizing, as CPython's. */
  exports = 0;
  constructor(
    public override cls: PyType,
    data: Uint8Array = new Uint8Array(0),
  ) {
    super();
    this.buf = data;
    this.length = data.length;
  }

  /** The content (a view: valid until the next resize). */
  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Replace the whole content. */
  setBytes(data: Uint8Array): void {
    this.buf = data;
    this.length = data.length;
  }

  push(b: number): void {
    if (this.length === this.buf.length) {
      const grown = new Uint8Array(Math.max(8, this.buf.length * 2));
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = b;
  }
}

export const bytearrayType = newBuiltinType('bytearray', {
  alloc: (cls) => withInstanceAttrs(new PyByteArray(cls), cls),
});

/** A bytes object of type `cls` (bytes or a subclass). */
export function makeBytes(data: Uint8Array, cls: PyType = bytesType): PyBytes {
  const b = new PyBytes(data);
  if (cls !== bytesType) {
    (b as { cls: PyType }).cls = cls;
    withInstanceAttrs(b, cls);
  }
  return b;
}

export function newByteArray(data: Uint8Array): PyByteArray {
  return new PyByteArray(bytearrayType, data);
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), else undefined. */
export function bufferOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyObject) return bufferHooks.memoryview?.(v) ?? bufferHooks.array?.(v);
  return undefined;
}

/** Index of the first byte equal to `b` in a bytes/bytearray's content, or -1 (reads the
 * storage directly: `in` must not build a view or a string per test). */
export function byteIndexOf(v: PyBytes | PyByteArray, b: number): number {
  const buf = v instanceof PyByteArray ? v.buf : v.bytes;
  const n = v instanceof PyByteArray ? v.length : buf.length;
  for (let i = 0; i < n; i++) if (buf[i] === b) return i;
  return -1;
}

/** Set by memoryview.ts and module-array.ts: the bytes such an object exposes. */
export const bufferHooks: {
  memoryview?: (v: PyObject) => Uint8Array | undefined;
  array?: (v: PyObject) => Uint8Array | undefined;
} = {};

/** A required bytes-like argument: "a bytes-like object is required, not 'str'". */
export function needBuffer(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

/** A byte value argument (0..255) with CPython's messages. */
export function byteValue(v: PyValue, what = 'byte'): number {
  if (!hasIndex(v)) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const n = toIndex(v);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError(`${what} must be in range(0, 256)`);
  return n;
}

export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** CPython's PyObject_Bytes (what int.from_bytes reads): __bytes__, a buffer or an iterable
 * of ints; unlike bytes(), neither a str nor an int (a count) is accepted. */
export function objectBytes(v: PyValue): Uint8Array {
  if (typeOf(v).lookup('__bytes__') !== undefined) return bytesFromArgs('bytes', v, undefined, undefined);
  const buf = bufferOf(v);
  if (buf !== undefined) return buf;
  if (strValue(v) !== undefined) throw typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
  return bytesFromIterable(v, 'bytes');
}

/** The content of bytes(x) / bytearray(x) (CPython's bytes_new/bytearray_init). */
export function bytesFromArgs(name: string, source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): Uint8Array {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return new Uint8Array(0);
  }
  const s = strValue(source);
  if (s !== undefined) {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    const enc = strValue(encoding);
    if (enc === undefined) throw typeError(`${name}() argument 'encoding' must be str, not ${argTypeName(encoding!)}`);
    const err = errors === undefined ? 'strict' : strValue(errors);
    if (err === undefined) throw typeError(`${name}() argument 'errors' must be str, not ${argTypeName(errors!)}`);
    return strEncode(s, enc, err);
  }
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  if (errors !== undefined) throw typeError('errors without a string argument');
  if (name === 'bytes') {
    const viaDunder = typeOf(source).lookup('__bytes__') !== undefined ? callSpecial(source, '__bytes__', []) : undefined;
    if (viaDunder !== undefined) {
      if (!(viaDunder instanceof PyBytes)) {
        throw typeError(`__bytes__ returned non-bytes (type ${typeOf(viaDunder).name})`);
      }
      return viaDunder.bytes.slice();
    }
  }
  const buf = bufferOf(source);
  if (buf !== undefined) return buf.slice();
  if (hasIndex(source) && typeof source !== 'string') {
    const n = toIndex(source);
    if (n < 0) throw valueError('negative count');
    if (typeof n === 'bigint' && !fitsSsize(n)) throw overflowError('cannot fit \'int\' into an index-sized integer');
    // Past pytier's buffer size limit: what CPython raises when it cannot allocate.
    if (typeof n === 'bigint' || n > 0x7fffffff) throw newException(EXC['MemoryError']);
    return new Uint8Array(n);
  }
  return bytesFromIterable(source, name);
}

function bytesFromIterable(source: PyValue, name: string): Uint8Array {
  const out: number[] = [];
  // bytes() says "bytes must be in range(0, 256)", bytearray() "byte must be ...".
  const what = name === 'bytes' ? 'bytes' : 'byte';
  const items = exactItems(source);
  if (items !== undefined) {
    for (const x of items) out.push(byteValue(x, what));
    return Uint8Array.from(out);
  }
  const t = typeOf(source);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(name === 'bytes'
      ? `cannot convert '${t.name}' object to bytes`
      : `cannot convert '${t.name}' object to bytearray`);
  }
  const it = getIter(source);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(byteValue(x, what));
  return Uint8Array.from(out);
}
