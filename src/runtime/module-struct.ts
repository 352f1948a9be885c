// `struct`: packing Python values into bytes and back, with CPython 3.11's format language,
// sizes, alignment and error messages (Modules/_struct.c).
import { PyBytes, PyFloat } from './value.js';
import type { PyValue } from './object.js';
import { newBuiltinType, typeOf } from './builtin-types.js';
import { EXC, newException, typeError } from './errors.js';
import { defFunction, defMethod, defNew, defGetSet } from './builtin-function.js';
import { newModule, registerModule } from './modules.js';
import { hasIndex, toIndex } from './ops-number.js';
import { newTuple, type PyTuple } from './tuple.js';
import { bufferOf, needBuffer, PyByteArray } from './bytes.js';
import { realAsDouble } from './float-methods.js';
import { isTrue } from './ops-protocols.js';
import { PyObject } from './value.js';
import type { PyType } from './type.js';
import { PyIterator } from './ops-protocols.js';
import { newIteratorType } from './iterator-type.js';

const structError = newBuiltinType('error', { base: EXC['Exception'], module: 'struct' });
const fail = (msg: string) => newException(structError, msg);

interface Item {
  code: string;
  /** Repeat count, or the byte length for 's' and 'p'. */
  count: number;
  size: number;
  offset: number;
}

interface Layout {
  format: string;
  items: Item[];
  size: number;
  little: boolean;
  native: boolean;
  /** Number of Python values packed/unpacked. */
  nvalues: number;
}

const STANDARD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};
const NATIVE_SIZE: Record<string, number> = { ...STANDARD_SIZE, l: 8, L: 8, n: 8, N: 8, P: 8 };
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const layoutCache = new Map<string, Layout>();

function parseFormat(format: string): Layout {
  const cached = layoutCache.get(format);
  if (cached) return cached;
  let i = 0;
  let little = LITTLE_ENDIAN_HOST;
  let native = true;
  const first = format[0];
  if (first === '<' || first === '>' || first === '!' || first === '=' || first === '@') {
    i = 1;
    native = first === '@';
    if (first === '<') little = true;
    else if (first === '>' || first === '!') little = false;
  }
  const sizes = native ? NATIVE_SIZE : STANDARD_SIZE;
  const items: Item[] = [];
  let size = 0;
  let nvalues = 0;
  while (i < format.length) {
    const ch = format[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let count = 1;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < format.length && format[j] >= '0' && format[j] <= '9') j++;
      count = Number(format.slice(i, j));
      i = j;
      if (i >= format.length) throw fail('repeat count given without format specifier');
    }
    const code = format[i++];
    const itemSize = sizes[code];
    if (itemSize === undefined) throw fail('bad char in struct format');
    if (native && code !== 's' && code !== 'p') size = Math.ceil(size / itemSize) * itemSize;
    if (code === 's' || code === 'p') {
      items.push({ code, count, size: count, offset: size });
      size += count;
      nvalues++;
    } else {
      for (let k = 0; k < count; k++) {
        if (code !== 'x') items.push({ code, count: 1, size: itemSize, offset: size });
        size += itemSize;
      }
      if (code !== 'x') nvalues += count;
    }
  }
  const layout = { format, items, size, little, native, nvalues };
  layoutCache.set(format, layout);
  return layout;
}

function formatText(v: PyValue): string {
  if (typeof v === 'string') return v;
  const b = v instanceof PyBytes ? v.bytes : undefined;
  if (b) return String.fromCharCode(...b);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(v).name}`);
}

const INT_LIMITS: Record<string, [bigint, bigint, string]> = {
  b: [-128n, 127n, 'byte'],
  B: [0n, 255n, 'ubyte'],
  h: [-32768n, 32767n, 'short'],
  H: [0n, 65535n, 'ushort'],
};

function integerArg(v: PyValue): bigint {
  if (!hasIndex(v)) throw fail('required argument is not an integer');
  return BigInt(toIndex(v));
}

function fitsBits(n: bigint, bits: number, unsigned: boolean): boolean {
  const b = BigInt(bits);
  return unsigned ? n >= 0n && n < 1n << b : n >= -(1n << (b - 1n)) && n < 1n << (b - 1n);
}

/** CPython first converts to a C long (unsigned long for I/L/Q/N/P): failing that is
 * "argument out of range"; then the value must fit the item's size. */
function checkRange(code: string, size: number, little: boolean, n: bigint): void {
  // CPython's big-endian table packs h/H with the generic functions; b/B and host-order
  // (little-endian here) h/H have their own messages.
  const named = code === 'b' || code === 'B' || little ? INT_LIMITS[code] : undefined;
  // Big-endian q/Q and native P convert through _PyLong_AsByteArray: one message for all.
  if (code === 'P' ? n < -(1n << 63n) || n >= 1n << 64n : !little && (code === 'q' || code === 'Q') && !fitsBits(n, 64, code === 'Q')) {
    throw fail('int too large to convert');
  }
  const unsigned = named === undefined && code === code.toUpperCase();
  if (code === 'P') return;
  if (unsigned ? n < 0n || n >= 1n << 64n : n < -(1n << 63n) || n >= 1n << 63n) throw fail('argument out of range');
  if (named) {
    if (n < named[0] || n > named[1]) throw fail(`${named[2]} format requires ${named[0]} <= number <= ${named[1]}`);
    return;
  }
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(1n << (bits - 1n));
  const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (n < lo || n > hi) throw fail(`'${code}' format requires ${lo} <= number <= ${hi}`);
}

function packInto(layout: Layout, target: Uint8Array, base: number, values: PyValue[]): void {
  if (values.length !== layout.nvalues) {
    throw fail(`pack expected ${layout.nvalues} items for packing (got ${values.length})`);
  }
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  const little = layout.little;
  layout.items.forEach((item, k) => {
    const v = values[k];
    const at = base + item.offset;
    switch (item.code) {
      case 'c': {
        const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferOf(v)! : undefined;
        if (!b || b.length !== 1) throw fail('char format requires a bytes object of length 1');
        target[at] = b[0];
        return;
      }
      case 's':
      case 'p': {
        const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferOf(v)! : undefined;
        if (!b) throw fail(`argument for '${item.code}' must be a bytes object`);
        if (item.code === 's') {
          target.set(b.subarray(0, item.count), at);
        } else if (item.count > 0) {
          const n = Math.min(b.length, item.count - 1, 255);
          target[at] = n;
          target.set(b.subarray(0, n), at + 1);
        }
        return;
      }
      case '?':
        target[at] = isTrue(v) ? 1 : 0;
        return;
      case 'e':
      case 'f':
      case 'd': {
        if (!(v instanceof PyFloat) && typeOf(v).lookup('__float__') === undefined && !hasIndex(v)) {
          throw fail('required argument is not a float');
        }
        const isInt = typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
        if (isInt && !Number.isFinite(Number(v))) throw fail('required argument is not a float');
        const x = realAsDouble(v);
        if (item.code === 'e' && isInt && Math.abs(x) >= 65520) throw fail('int too large to convert');
        if (item.code === 'd') view.setFloat64(at, x, little);
        else if (item.code === 'f') {
          if (!layout.native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw newException(EXC['OverflowError'], 'float too large to pack with f format');
          view.setFloat32(at, x, little);
        } else view.setUint16(at, toHalf(x), little);
        return;
      }
      default: {
        const n = integerArg(v);
        checkRange(item.code, item.size, little, n);
        let u = BigInt.asUintN(item.size * 8, n);
        for (let j = 0; j < item.size; j++) {
          target[at + (little ? j : item.size - 1 - j)] = Number(u & 0xffn);
          u >>= 8n;
        }
      }
    }
  });
}

function unpackFrom(layout: Layout, source: Uint8Array, base: number): PyTuple {
  const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
  const little = layout.little;
  const out: PyValue[] = [];
  for (const item of layout.items) {
    const at = base + item.offset;
    switch (item.code) {
      case 'c':
        out.push(new PyBytes(source.slice(at, at + 1)));
        break;
      case 's':
        out.push(new PyBytes(source.slice(at, at + item.count)));
        break;
      case 'p': {
        const n = item.count === 0 ? 0 : Math.min(source[at], item.count - 1);
        out.push(new PyBytes(source.slice(at + 1, at + 1 + n)));
        break;
      }
      case '?':
        out.push(source[at] !== 0);
        break;
      case 'e':
        out.push(new PyFloat(fromHalf(view.getUint16(at, little))));
        break;
      case 'f':
        out.push(new PyFloat(view.getFloat32(at, little)));
        break;
      case 'd':
        out.push(new PyFloat(view.getFloat64(at, little)));
        break;
      default: {
        let u = 0n;
        for (let j = 0; j < item.size; j++) u = (u << 8n) | BigInt(source[at + (little ? item.size - 1 - j : j)]);
        const signed = item.code === item.code.toLowerCase();
        const n = signed ? BigInt.asIntN(item.size * 8, u) : u;
        out.push(n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n);
      }
    }
  }
  return newTuple(out);
}

/** IEEE 754 binary16 from a double, rounding half to even (as PyFloat_Pack2). */
function toHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a >= 65520) throw newException(EXC['OverflowError'], 'float too large to pack with e format');
  if (a < 2 ** -24 / 2 || a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (e < -14) {
    const m = roundHalfEven(a / 2 ** -24);
    return sign | m;
  }
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  return sign | ((e + 15) << 10) | m;
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function pack(format: PyValue, values: PyValue[]): PyBytes {
  const layout = parseFormat(formatText(format));
  const out = new Uint8Array(layout.size);
  packInto(layout, out, 0, values);
  return new PyBytes(out);
}

function unpack(format: PyValue, buffer: PyValue): PyTuple {
  const layout = parseFormat(formatText(format));
  const data = needBuffer(buffer);
  if (data.length !== layout.size) throw fail(`unpack requires a buffer of ${layout.size} bytes`);
  return unpackFrom(layout, data, 0);
}

function offsetArg(offset: PyValue | undefined, length: number, need: number, what: 'pack' | 'unpack'): number {
  let at = offset === undefined ? 0 : Number(toIndex(offset));
  if (at < 0) {
    if (at + length < 0) throw fail(`offset ${at} out of range for ${length}-byte buffer`);
    at += length;
  }
  if (length - at < need) {
    if (what === 'unpack') {
      throw fail(`unpack_from requires a buffer of at least ${need + at} bytes for unpacking ${need} bytes at offset ${at} (actual buffer size is ${length})`);
    }
    throw fail(`pack_into requires a buffer of at least ${need + at} bytes for packing ${need} bytes at offset ${at} (actual buffer size is ${length})`);
  }
  return at;
}

function unpackFromOffset(format: PyValue, buffer: PyValue, offset: PyValue | undefined): PyTuple {
  const layout = parseFormat(formatText(format));
  const data = needBuffer(buffer);
  return unpackFrom(layout, data, offsetArg(offset, data.length, layout.size, 'unpack'));
}

function packIntoBuffer(format: PyValue, buffer: PyValue, offset: PyValue, values: PyValue[]): null {
  const layout = parseFormat(formatText(format));
  if (!(buffer instanceof PyByteArray) && bufferOf(buffer) === undefined) {
    throw typeError(`argument must be read-write bytes-like object, not ${typeOf(buffer).name}`);
  }
  if (buffer instanceof PyBytes) throw typeError('argument must be read-write bytes-like object, not bytes');
  const data = needBuffer(buffer);
  packInto(layout, data, offsetArg(offset, data.length, layout.size, 'pack'), values);
  return null;
}

class StructUnpackIterator extends PyIterator {
  override cls: PyType = unpackIteratorType;
  private at = 0;
  constructor(
    private readonly layout: Layout,
    private readonly data: Uint8Array,
  ) {
    super();
  }
  next(): PyValue | undefined {
    if (this.at + this.layout.size > this.data.length) return undefined;
    const t = unpackFrom(this.layout, this.data, this.at);
    this.at += this.layout.size;
    return t;
  }
}
const unpackIteratorType = newIteratorType('unpack_iterator', { module: 'struct' });

function iterUnpack(format: PyValue, buffer: PyValue): StructUnpackIterator {
  const layout = parseFormat(formatText(format));
  const data = needBuffer(buffer);
  if (layout.size === 0) throw fail('cannot iteratively unpack with a struct of length 0');
  if (data.length % layout.size !== 0) throw fail(`iterative unpacking requires a buffer of a multiple of ${layout.size} bytes`);
  return new StructUnpackIterator(layout, data);
}

class PyStruct extends PyObject {
  constructor(
    public override cls: PyType,
    public layout: Layout,
    public formatObj: PyValue,
  ) {
    super();
  }
}
const structType = newBuiltinType('Struct', { module: '_struct', alloc: (cls) => new PyStruct(cls, parseFormat(''), '') });
defNew(structType, '(format)', (cls: PyType, format: PyValue) => new PyStruct(cls, parseFormat(formatText(format)), format));
defGetSet(structType, 'format', (self) => formatText((self as PyStruct).formatObj), null);
defGetSet(structType, 'size', (self) => (self as PyStruct).layout.size, null);
defMethod(structType, 'pack', '(*values)', (self: PyStruct, values: PyValue[]) => pack(self.layout.format, values));
defMethod(structType, 'unpack', '(buffer, /)', (self: PyStruct, b: PyValue) => unpack(self.layout.format, b));
defMethod(structType, 'unpack_from', '(buffer, offset=0)', (self: PyStruct, b: PyValue, o?: PyValue) => unpackFromOffset(self.layout.format, b, o));
defMethod(structType, 'pack_into', '(buffer, offset, /, *values)', (self: PyStruct, b: PyValue, o: PyValue, values: PyValue[]) =>
  packIntoBuffer(self.layout.format, b, o, values),
);
defMethod(structType, 'iter_unpack', '(buffer, /)', (self: PyStruct, b: PyValue) => iterUnpack(self.layout.format, b));

registerModule('struct', () => {
  const m = newModule('struct');
  m.set('error', structError);
  m.set('Struct', structType);
  const fns = [
    defFunction('calcsize', '(format, /)', (f: PyValue) => parseFormat(formatText(f)).size, 'struct'),
    defFunction('pack', '(format, /, *values)', pack, 'struct'),
    defFunction('unpack', '(format, buffer, /)', unpack, 'struct'),
    defFunction('unpack_from', '(format, /, buffer, offset=0)', unpackFromOffset, 'struct'),
    defFunction('pack_into', '(format, buffer, offset, /, *values)', packIntoBuffer, 'struct'),
    defFunction('iter_unpack', '(format, buffer, /)', iterUnpack, 'struct'),
  ];
  for (const f of fns) m.set(f.name, f);
  return m;
});
