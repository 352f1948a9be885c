// `array`: compact sequences of one C numeric type (Modules/arraymodule.c). Items are kept
// as Python values already range-checked and converted for their typecode (float32 items
// are rounded through Math.fround), so reads need no decoding; the machine representation
// (little-endian, CPython's item sizes on 64-bit Linux) is produced for the buffer protocol.
import { PyFloat, PyObject, PyBytes } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, typeOf, NotImplemented } from './builtin-types.js';
import { EXC, newException, typeError, valueError, indexError } from './errors.js';
import { defMethod, defNew, defGetSet, defSequenceMethod, defRichCompare } from './builtin-function.js';
import { newModule, registerModule } from './modules.js';
import { hasIndex, toIndex } from './ops-number.js';
import { getIter, iterNext, PyIterator } from './ops-protocols.js';
import { PySlice, sliceIndices, seqIndex, badIndexType } from './slice.js';
import { seqRichCompare, repeatItems, seqIndexOf, seqCount, boundArg } from './sequence.js';
import { reprOf } from './ops-repr.js';
import { realAsDouble } from './float-methods.js';
import { newList, PyList } from './list.js';
import { newTuple } from './tuple.js';
import { bufferHooks, bufferOf } from './bytes.js';
import { newIteratorType } from './iterator-type.js';
import { idOf } from './id.js';
import { strLen } from './str.js';
import { eq } from './ops-compare.js';

const TYPECODES = 'bBuhHiIlLqQfd';
const ITEMSIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

type Check = [lo: bigint, hi: bigint, tooLow: string, tooHigh: string];
const LONG: Check = [-(1n << 63n), (1n << 63n) - 1n, 'Python int too large to convert to C long', 'Python int too large to convert to C long'];
const range = (bits: number, what: string): Check => [-(1n << BigInt(bits - 1)), (1n << BigInt(bits - 1)) - 1n, `${what} is less than minimum`, `${what} is greater than maximum`];
const urange = (bits: number, what: string): Check => [0n, (1n << BigInt(bits)) - 1n, `${what} is less than minimum`, `${what} is greater than maximum`];
const NEG_UINT: Check = [0n, (1n << 64n) - 1n, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'];

/** The nested conversions CPython applies (PyArg format code, then the item's own range):
 * each step has its own OverflowError message. */
const INT_CHECKS: Record<string, Check[]> = {
  b: [LONG, range(16, 'signed short integer'), range(8, 'signed char')],
  B: [LONG, urange(8, 'unsigned byte integer')],
  h: [LONG, range(16, 'signed short integer')],
  H: [LONG, range(32, 'signed integer'), urange(16, 'unsigned short')],
  i: [LONG, range(32, 'signed integer')],
  I: [NEG_UINT, [0n, (1n << 32n) - 1n, '', 'unsigned int is greater than maximum']],
  l: [LONG],
  L: [NEG_UINT],
  q: [[-(1n << 63n), (1n << 63n) - 1n, 'int too big to convert', 'int too big to convert']],
  Q: [[0n, (1n << 64n) - 1n, "can't convert negative int to unsigned", 'int too big to convert']],
};

export class PyArray extends PyObject {
  constructor(
    public override cls: PyType,
    public typecode: string,
    public items: PyValue[] = [],
  ) {
    super();
  }
}

export const arrayType = newBuiltinType('array', {
  module: 'array',
  alloc: (cls) => withInstanceAttrs(new PyArray(cls, 'b'), cls),
});

function asArray(v: PyValue): PyArray {
  if (!(v instanceof PyArray)) throw typeError(`descriptor requires a 'array.array' object but received '${typeOf(v).name}'`);
  return v;
}

/** Convert a Python value into an item of `typecode`, with CPython's errors. */
function toItem(typecode: string, v: PyValue): PyValue {
  if (typecode === 'u') {
    if (typeof v !== 'string' || strLen(v) !== 1) throw typeError('array item must be unicode character');
    return v;
  }
  if (typecode === 'f' || typecode === 'd') {
    const x = realAsDouble(v);
    return new PyFloat(typecode === 'f' ? Math.fround(x) : x);
  }
  if (!hasIndex(v)) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const n = toIndex(v);
  const big = BigInt(n);
  for (const [lo, hi, tooLow, tooHigh] of INT_CHECKS[typecode]) {
    if (big < lo) throw newException(EXC['OverflowError'], tooLow);
    if (big > hi) throw newException(EXC['OverflowError'], tooHigh);
  }
  return n;
}

function encode(a: PyArray): Uint8Array {
  const size = ITEMSIZE[a.typecode];
  const out = new Uint8Array(a.items.length * size);
  const view = new DataView(out.buffer);
  a.items.forEach((v, k) => {
    const at = k * size;
    switch (a.typecode) {
      case 'f':
        view.setFloat32(at, (v as PyFloat).value, true);
        break;
      case 'd':
        view.setFloat64(at, (v as PyFloat).value, true);
        break;
      case 'u':
        view.setUint32(at, (v as string).codePointAt(0)!, true);
        break;
      default:
        writeInt(out, at, size, BigInt(v as number | bigint));
    }
  });
  return out;
}

function writeInt(out: Uint8Array, at: number, size: number, n: bigint): void {
  let u = BigInt.asUintN(size * 8, n);
  for (let j = 0; j < size; j++) {
    out[at + j] = Number(u & 0xffn);
    u >>= 8n;
  }
}

function decode(typecode: string, data: Uint8Array): PyValue[] {
  const size = ITEMSIZE[typecode];
  if (data.length % size !== 0) throw valueError('bytes length not a multiple of item size');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyValue[] = [];
  for (let at = 0; at < data.length; at += size) {
    switch (typecode) {
      case 'f':
        out.push(new PyFloat(view.getFloat32(at, true)));
        break;
      case 'd':
        out.push(new PyFloat(view.getFloat64(at, true)));
        break;
      case 'u': {
        const cp = view.getUint32(at, true);
        if (cp > 0x10ffff) throw valueError(`character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
        out.push(String.fromCodePoint(cp));
        break;
      }
      default: {
        let u = 0n;
        for (let j = size - 1; j >= 0; j--) u = (u << 8n) | BigInt(data[at + j]);
        const n = typecode === typecode.toLowerCase() ? BigInt.asIntN(size * 8, u) : u;
        out.push(n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n);
      }
    }
  }
  return out;
}

bufferHooks.array = (v) => (v instanceof PyArray ? encode(v) : undefined);

function extendFrom(a: PyArray, iterable: PyValue): void {
  if (iterable instanceof PyArray) {
    if (iterable.typecode !== a.typecode) throw typeError('can only extend with array of same kind');
    a.items.push(...iterable.items);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) a.items.push(toItem(a.typecode, v));
}

defNew(arrayType, '(typecode, initializer=None, /)', (cls: PyType, typecodeArg: PyValue, init?: PyValue) => {
  if (typeof typecodeArg !== 'string' || strLen(typecodeArg) !== 1) {
    throw typeError(`array() argument 1 must be a unicode character, not ${typeOf(typecodeArg).name}`);
  }
  if (!TYPECODES.includes(typecodeArg)) throw valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  const a = withInstanceAttrs(new PyArray(cls, typecodeArg), cls);
  if (init === undefined || init === null) return a;
  if (typeof init === 'string') {
    if (typecodeArg !== 'u') throw typeError(`cannot use a str to initialize an array with typecode '${typecodeArg}'`);
    a.items = Array.from(init);
  } else if (init instanceof PyArray && init.typecode === 'u' && typecodeArg !== 'u') {
    throw typeError(`cannot use a unicode array to initialize an array with typecode '${typecodeArg}'`);
  } else if (!(init instanceof PyArray) && !(init instanceof PyList) && bufferOf(init) !== undefined) {
    a.items = decode(typecodeArg, bufferOf(init)!);
  } else if (init instanceof PyArray) {
    a.items = init.items.map((v) => toItem(typecodeArg, v));
  } else {
    extendFrom(a, init);
  }
  return a;
});

defGetSet(arrayType, 'typecode', (self) => asArray(self).typecode, null);
defGetSet(arrayType, 'itemsize', (self) => ITEMSIZE[asArray(self).typecode], null);

defMethod(arrayType, '__len__', 0, (self: PyArray) => self.items.length);
defMethod(arrayType, '__repr__', 0, (self: PyArray) => {
  const name = self.cls === arrayType ? 'array' : self.cls.name;
  if (self.items.length === 0) return `${name}('${self.typecode}')`;
  const body = self.typecode === 'u' ? reprOf(self.items.join('')) : reprOf(newList(self.items));
  return `${name}('${self.typecode}', ${body})`;
});

defMethod(arrayType, '__getitem__', 1, (self: PyArray, key: PyValue) => {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, self.items.length);
    const out: PyValue[] = [];
    for (let i = 0, k = start; i < count; i++, k += step) out.push(self.items[k]);
    return new PyArray(self.cls === arrayType ? arrayType : self.cls, self.typecode, out);
  }
  if (!hasIndex(key)) throw badIndexType('array', key);
  return self.items[seqIndex(key, self.items.length, 'array index')];
});

defMethod(arrayType, '__setitem__', 2, (self: PyArray, key: PyValue, value: PyValue) => {
  if (key instanceof PySlice) {
    if (!(value instanceof PyArray)) throw typeError(`can only assign array (not "${typeOf(value).name}") to array slice`);
    if (value.typecode !== self.typecode) throw typeError('bad argument type for built-in operation');
    const [start, stop, step, count] = sliceIndices(key, self.items.length);
    const src = value.items.slice();
    if (step === 1) {
      self.items.splice(start, Math.max(0, stop - start), ...src);
      return null;
    }
    if (src.length !== count) throw valueError(`attempt to assign array of size ${src.length} to extended slice of size ${count}`);
    for (let i = 0, k = start; i < count; i++, k += step) self.items[k] = src[i];
    return null;
  }
  if (!hasIndex(key)) throw badIndexType('array', key);
  self.items[seqIndex(key, self.items.length, 'array assignment index')] = toItem(self.typecode, value);
  return null;
});

defMethod(arrayType, '__delitem__', 1, (self: PyArray, key: PyValue) => {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, self.items.length);
    const doomed = new Set<number>();
    for (let i = 0, k = start; i < count; i++, k += step) doomed.add(k);
    self.items = self.items.filter((_, k) => !doomed.has(k));
    return null;
  }
  if (!hasIndex(key)) throw badIndexType('array', key);
  self.items.splice(seqIndex(key, self.items.length, 'array assignment index'), 1);
  return null;
});

defMethod(arrayType, '__contains__', 1, (self: PyArray, x: PyValue) => self.items.some((v) => eq(v, x)));

class ArrayIterator extends PyIterator {
  override cls: PyType = arrayIteratorType;
  private i = 0;
  constructor(private readonly a: PyArray) {
    super();
  }
  next(): PyValue | undefined {
    return this.i < this.a.items.length ? this.a.items[this.i++] : undefined;
  }
}
const arrayIteratorType = newIteratorType('arrayiterator', { module: 'array' });
defMethod(arrayType, '__iter__', 0, (self: PyArray) => new ArrayIterator(self));

defRichCompare(arrayType, (self: PyValue, other: PyValue, op: number) =>
  other instanceof PyArray ? seqRichCompare((self as PyArray).items, other.items, op) : NotImplemented,
);

function sameKind(self: PyArray, other: PyValue): PyArray {
  if (!(other instanceof PyArray)) {
    throw typeError(`can only append array (not "${typeOf(other).name}") to array`);
  }
  if (other.typecode !== self.typecode) throw typeError('bad argument type for built-in operation');
  return other;
}

defSequenceMethod(arrayType, '__add__', (self: PyArray, other: PyValue) => new PyArray(arrayType, self.typecode, [...self.items, ...sameKind(self, other).items]));
defSequenceMethod(arrayType, '__iadd__', (self: PyArray, other: PyValue) => {
  self.items.push(...sameKind(self, other).items);
  return self;
});
defSequenceMethod(arrayType, '__mul__', (self: PyArray, n: number | bigint) => new PyArray(arrayType, self.typecode, repeatItems(self.items, n)));
defSequenceMethod(arrayType, '__rmul__', (self: PyArray, n: number | bigint) => new PyArray(arrayType, self.typecode, repeatItems(self.items, n)));
defSequenceMethod(arrayType, '__imul__', (self: PyArray, n: number | bigint) => {
  self.items = repeatItems(self.items, n);
  return self;
});

defMethod(arrayType, 'append', 1, (self: PyArray, v: PyValue) => {
  self.items.push(toItem(self.typecode, v));
  return null;
});
defMethod(arrayType, 'extend', 1, (self: PyArray, it: PyValue) => {
  extendFrom(self, it);
  return null;
});
defMethod(arrayType, 'insert', 2, (self: PyArray, i: PyValue, v: PyValue) => {
  const item = toItem(self.typecode, v);
  const n = self.items.length;
  let k = Number(toIndex(i));
  if (k < 0) k = Math.max(0, k + n);
  self.items.splice(Math.min(k, n), 0, item);
  return null;
});
defMethod(arrayType, 'pop', '(i=-1, /)', (self: PyArray, i?: PyValue) => {
  if (self.items.length === 0) throw indexError('pop from empty array');
  const k = seqIndex(i ?? -1, self.items.length, 'pop index');
  return self.items.splice(k, 1)[0];
});
defMethod(arrayType, 'remove', 1, (self: PyArray, x: PyValue) => {
  const k = self.items.findIndex((v) => eq(v, x));
  if (k < 0) throw valueError('array.remove(x): x not in array');
  self.items.splice(k, 1);
  return null;
});
defMethod(arrayType, 'index', '(v, start=0, stop=sys.maxsize, /)', (self: PyArray, x: PyValue, start?: PyValue, stop?: PyValue) => {
  const n = self.items.length;
  const k = seqIndexOf(self.items, x, boundArg(start, n, 0), boundArg(stop, n, n));
  if (k < 0) throw valueError('array.index(x): x not in array');
  return k;
});
defMethod(arrayType, 'count', 1, (self: PyArray, x: PyValue) => seqCount(self.items, x));
defMethod(arrayType, 'reverse', 0, (self: PyArray) => {
  self.items.reverse();
  return null;
});
defMethod(arrayType, 'tolist', 0, (self: PyArray) => newList(self.items.slice()));
defMethod(arrayType, 'fromlist', 1, (self: PyArray, list: PyValue) => {
  if (!(list instanceof PyList)) throw typeError('arg must be list');
  self.items.push(...list.items.map((v) => toItem(self.typecode, v)));
  return null;
});
defMethod(arrayType, 'tobytes', 0, (self: PyArray) => new PyBytes(encode(self)));
defMethod(arrayType, 'frombytes', 1, (self: PyArray, b: PyValue) => {
  const data = bufferOf(b);
  if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(b).name}'`);
  self.items.push(...decode(self.typecode, data));
  return null;
});
defMethod(arrayType, 'tounicode', 0, (self: PyArray) => {
  if (self.typecode !== 'u') throw valueError('tounicode() may only be called on unicode type arrays');
  return self.items.join('');
});
defMethod(arrayType, 'fromunicode', 1, (self: PyArray, s: PyValue) => {
  if (typeof s !== 'string') throw typeError(`fromunicode() argument must be str, not ${typeOf(s).name}`);
  if (self.typecode !== 'u') throw valueError('fromunicode() may only be called on unicode type arrays');
  self.items.push(...Array.from(s));
  return null;
});
defMethod(arrayType, 'byteswap', 0, (self: PyArray) => {
  const size = ITEMSIZE[self.typecode];
  const data = encode(self);
  for (let at = 0; at < data.length; at += size) data.subarray(at, at + size).reverse();
  self.items = decode(self.typecode, data);
  return null;
});
defMethod(arrayType, 'buffer_info', 0, (self: PyArray) => newTuple([idOf(self), self.items.length]));
defMethod(arrayType, '__copy__', 0, (self: PyArray) => new PyArray(self.cls, self.typecode, self.items.slice()));

registerModule('array', () => {
  const m = newModule('array');
  m.set('array', arrayType);
  m.set('ArrayType', arrayType);
  m.set('typecodes', TYPECODES);
  return m;
});
