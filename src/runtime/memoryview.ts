// memoryview, as far as programs use it: a one-dimensional unsigned-byte ('B') view of a
// bytes or bytearray object (writable over bytearray), slicing with step 1 (views share the
// memory), item access, tobytes/tolist/hex, release and the context-manager protocol.
// While a view of a bytearray is alive the bytearray cannot be resized (BufferError).
import { PyObject, PyBytes } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, typeOf, NotImplemented } from './builtin-types.js';
import { typeError, valueError } from './errors.js';
import { defMethod, defNew, defGetSet } from './builtin-function.js';
import { PyByteArray, bufferOf, bufferHooks, makeBytes, byteValue } from './bytes.js';
import { PySlice, sliceIndices, seqIndex } from './slice.js';
import { hasIndex } from './ops-number.js';
import { PyIterator } from './ops-protocols.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { newIteratorType } from './iterator-type.js';
import { idOf } from './id.js';
import { hexOf } from './bytes-methods.js';

export class PyMemoryView extends PyObject {
  override cls: PyType = memoryviewType;
  released = false;
  constructor(
    readonly obj: PyBytes | PyByteArray,
    readonly start: number,
    readonly length: number,
    readonly step: number,
  ) {
    super();
    if (obj instanceof PyByteArray) obj.exports++;
  }

  get readonly(): boolean {
    return !(this.obj instanceof PyByteArray);
  }

  check(): void {
    if (this.released) throw valueError('operation forbidden on released memoryview object');
  }

  /** The viewed bytes, copied when the view is strided. */
  get bytes(): Uint8Array {
    this.check();
    const all = this.obj.bytes;
    if (this.step === 1) return all.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = all[this.start + i * this.step];
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
  throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).qualname}'`);
});

const M = (v: PyValue) => v as PyMemoryView;
defGetSet(memoryviewType, 'obj', (m) => M(m).obj);
defGetSet(memoryviewType, 'readonly', (m) => M(m).readonly);
defGetSet(memoryviewType, 'nbytes', (m) => M(m).length);
defGetSet(memoryviewType, 'itemsize', () => 1);
defGetSet(memoryviewType, 'ndim', () => 1);
defGetSet(memoryviewType, 'format', () => 'B');
defGetSet(memoryviewType, 'shape', (m) => newTuple([M(m).length]));
defGetSet(memoryviewType, 'strides', (m) => newTuple([M(m).step]));
defGetSet(memoryviewType, 'contiguous', (m) => M(m).step === 1);
defGetSet(memoryviewType, 'c_contiguous', (m) => M(m).step === 1);

defMethod(memoryviewType, '__len__', 0, (m: PyMemoryView) => {
  m.check();
  return m.length;
});
defMethod(memoryviewType, '__getitem__', 1, (m: PyMemoryView, key: PyValue) => {
  m.check();
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, m.length);
    return new PyMemoryView(m.obj, m.start + start * m.step, count, m.step * step);
  }
  if (!hasIndex(key)) throw typeError('memoryview: invalid slice key');
  return m.bytes[seqIndex(key, m.length, 'index')];
});
defMethod(memoryviewType, '__setitem__', 2, (m: PyMemoryView, key: PyValue, value: PyValue) => {
  m.check();
  if (m.readonly) throw typeError('cannot modify read-only memory');
  const all = m.obj.bytes;
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, m.length);
    const src = bufferOf(value);
    if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(value).qualname}'`);
    if (src.length !== count) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    const copy = src.slice();
    for (let i = 0; i < count; i++) all[m.start + (start + i * step) * m.step] = copy[i];
    return null;
  }
  if (!hasIndex(key)) throw typeError('memoryview: invalid slice key');
  const i = seqIndex(key, m.length, 'index');
  all[m.start + i * m.step] = byteValue(value);
  return null;
});
defMethod(memoryviewType, 'tobytes', '(order=None)', (m: PyMemoryView) => makeBytes(m.bytes.slice()));
defMethod(memoryviewType, 'tolist', 0, (m: PyMemoryView) => newList(Array.from(m.bytes)));
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
    return this.view.bytes[this.index++];
  }
}
defMethod(memoryviewType, '__iter__', 0, (m: PyMemoryView) => {
  m.check();
  return new PyMemoryIterator(m);
});
