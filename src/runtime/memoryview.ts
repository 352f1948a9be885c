// memoryview, as far as programs use it: a one-dimensional view of a bytes or bytearray
// object (format 'B', writable over bytearray) or of an array.array (its typecode and
// itemsize, writable), slicing (views share the memory), item access and assignment,
// tobytes/tolist/hex, release and the context-manager protocol. While a view of a bytearray
// is alive the bytearray cannot be resized (BufferError).
import { PyObject, PyBytes } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, typeOf, NotImplemented } from './builtin-types.js';
import { typeError, valueError, indexError } from './errors.js';
import { defMethod, defNew, defGetSet } from './builtin-function.js';
import { PyByteArray, bufferOf, bufferHooks, makeBytes } from './bytes.js';
import { PyArray } from './module-array.js';
import { getAttr } from './attr.js';
import { setItem } from './ops-protocols.js';
import { PySlice, sliceIndices } from './slice.js';
import { hasIndex, toIndex, toSize } from './ops-number.js';
import { PyIterator } from './ops-protocols.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { newIteratorType } from './iterator-type.js';
import { idOf } from './id.js';
import { hexOf } from './bytes-methods.js';

type Exporter = PyBytes | PyByteArray | PyArray;

export class PyMemoryView extends PyObject {
  override cls: PyType = memoryviewType;
  released = false;
  constructor(
    readonly obj: Exporter,
    /** In items (not bytes) of the exporter. */
    readonly start: number,
    readonly length: number,
    readonly step: number,
  ) {
    super();
    if (obj instanceof PyByteArray) obj.exports++;
  }

  get readonly(): boolean {
    return this.obj instanceof PyBytes;
  }

  get format(): string {
    return this.obj instanceof PyArray ? this.obj.typecode : 'B';
  }

  get itemsize(): number {
    return this.obj instanceof PyArray ? (getAttr(this.obj, 'itemsize') as number) : 1;
  }

  /** Item `i` of the view (an int for byte views, the array's item otherwise). */
  item(i: number): PyValue {
    const at = this.start + i * this.step;
    return this.obj instanceof PyArray ? this.obj.items[at] : this.obj.bytes[at];
  }

  setItemAt(i: number, v: PyValue): void {
    const at = this.start + i * this.step;
    if (this.obj instanceof PyArray) setItem(this.obj, at, v);
    else this.obj.bytes[at] = packByte(v, this.format);
  }

  check(): void {
    if (this.released) throw valueError('operation forbidden on released memoryview object');
  }

  /** The viewed bytes (a live view when contiguous over bytes/bytearray, else a copy). */
  get bytes(): Uint8Array {
    this.check();
    const size = this.itemsize;
    const all = this.obj instanceof PyArray ? bufferOf(this.obj)! : this.obj.bytes;
    if (this.step === 1) return all.subarray(this.start * size, (this.start + this.length) * size);
    const out = new Uint8Array(this.length * size);
    for (let i = 0; i < this.length; i++) {
      const from = (this.start + i * this.step) * size;
      out.set(all.subarray(from, from + size), i * size);
    }
    return out;
  }

  release(): void {
    if (!this.released && this.obj instanceof PyByteArray) this.obj.exports--;
    this.released = true;
  }
}

export const memoryviewType = newBuiltinType('memoryview', { final: true, alloc: noBlankInstances });
bufferHooks.memoryview = (v) => (v instanceof PyMemoryView ? v.bytes : undefined);

defNew(memoryviewType, '(object)', (_cls: PyType, obj: PyValue) => {
  if (obj instanceof PyMemoryView) return new PyMemoryView(obj.obj, obj.start, obj.length, obj.step);
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.bytes.length, 1);
  if (obj instanceof PyArray) return new PyMemoryView(obj, 0, obj.items.length, 1);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
});

const M = (v: PyValue) => v as PyMemoryView;
defGetSet(memoryviewType, 'obj', (m) => M(m).obj);
defGetSet(memoryviewType, 'readonly', (m) => M(m).readonly);
defGetSet(memoryviewType, 'nbytes', (m) => M(m).length * M(m).itemsize);
defGetSet(memoryviewType, 'itemsize', (m) => M(m).itemsize);
defGetSet(memoryviewType, 'ndim', () => 1);
defGetSet(memoryviewType, 'format', (m) => M(m).format);
defGetSet(memoryviewType, 'shape', (m) => newTuple([M(m).length]));
defGetSet(memoryviewType, 'strides', (m) => newTuple([M(m).step * M(m).itemsize]));
defGetSet(memoryviewType, 'contiguous', (m) => M(m).step === 1);
defGetSet(memoryviewType, 'c_contiguous', (m) => M(m).step === 1);

defMethod(memoryviewType, '__len__', 0, (m: PyMemoryView) => {
  m.check();
  return m.length;
});
/** An item index as CPython's memoryview converts it (one dimension). */
function itemIndex(key: PyValue, length: number): number {
  let i = toSize(key, 'IndexError');
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw indexError('index out of bounds on dimension 1');
  return i;
}

/** A byte stored through a memoryview, with the memoryview's errors rather than bytes'. */
function packByte(v: PyValue, format: string): number {
  if (!hasIndex(v)) throw typeError(`memoryview: invalid type for format '${format}'`);
  const n = toIndex(v);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError(`memoryview: invalid value for format '${format}'`);
  return n;
}

defMethod(memoryviewType, '__getitem__', 1, (m: PyMemoryView, key: PyValue) => {
  m.check();
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, m.length);
    return new PyMemoryView(m.obj, m.start + start * m.step, count, m.step * step);
  }
  if (!hasIndex(key)) throw typeError('memoryview: invalid slice key');
  return m.item(itemIndex(key, m.length));
});

/** The items a slice assignment copies from: a memoryview/buffer of the same format. */
function sourceItems(m: PyMemoryView, value: PyValue): PyValue[] {
  if (value instanceof PyMemoryView) {
    if (value.format !== m.format || value.itemsize !== m.itemsize) {
      throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    }
    return Array.from({ length: value.length }, (_, i) => value.item(i));
  }
  if (value instanceof PyArray) return sourceItems(m, new PyMemoryView(value, 0, value.items.length, 1));
  const src = bufferOf(value);
  if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(value).name}'`);
  if (m.format !== 'B') throw valueError('memoryview assignment: lvalue and rvalue have different structures');
  return Array.from(src);
}

defMethod(memoryviewType, '__setitem__', 2, (m: PyMemoryView, key: PyValue, value: PyValue) => {
  m.check();
  if (m.readonly) throw typeError('cannot modify read-only memory');
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, m.length);
    const items = sourceItems(m, value);
    if (items.length !== count) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    for (let i = 0; i < count; i++) m.setItemAt(start + i * step, items[i]);
    return null;
  }
  if (!hasIndex(key)) throw typeError('memoryview: invalid slice key');
  m.setItemAt(itemIndex(key, m.length), value);
  return null;
});
defMethod(memoryviewType, 'tobytes', '(order=None)', (m: PyMemoryView) => makeBytes(m.bytes.slice()));
defMethod(memoryviewType, 'tolist', 0, (m: PyMemoryView) => {
  m.check();
  return newList(Array.from({ length: m.length }, (_, i) => m.item(i)));
});
defMethod(memoryviewType, 'hex', '(sep=<unrepresentable>, bytes_per_sep=1)', (m: PyMemoryView, sep?: PyValue, per?: PyValue) =>
  hexOf(m.bytes, sep, per),
);
defMethod(memoryviewType, 'release', 0, (m: PyMemoryView) => {
  m.release();
  return null;
});
defMethod(memoryviewType, '__enter__', 0, (m: PyMemoryView) => {
  m.check();
  return m;
});
defMethod(memoryviewType, '__exit__', '(*args)', (m: PyMemoryView) => {
  m.release();
  return null;
});
defMethod(memoryviewType, '__eq__', 1, (m: PyMemoryView, other: PyValue) => {
  if (m.released) return m === other;
  const o = bufferOf(other);
  if (o === undefined) return NotImplemented;
  const a = m.bytes;
  return a.length === o.length && a.every((x, i) => x === o[i]);
});
defMethod(memoryviewType, '__repr__', 0, (m: PyMemoryView) =>
  `<${m.released ? 'released ' : ''}memory at 0x${idOf(m).toString(16)}>`,
);
memoryviewType.setMember('__hash__', null);

export const memoryviewIteratorType = newIteratorType('memory_iterator');
class PyMemoryIterator extends PyIterator {
  override cls: PyType = memoryviewIteratorType;
  private index = 0;
  constructor(private readonly view: PyMemoryView) {
    super();
  }
  override next(): PyValue | undefined {
    if (this.index >= this.view.length) return undefined;
    return this.view.item(this.index++);
  }
}
defMethod(memoryviewType, '__iter__', 0, (m: PyMemoryView) => {
  m.check();
  return new PyMemoryIterator(m);
});
