// The mutating side of bytearray: construction/__init__, item and slice assignment and
// deletion (incl. extended slices), append/extend/insert/pop/remove/clear/reverse/copy,
// += and *=. The read-only methods are shared with bytes (bytes-methods.ts).
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { typeError, valueError, indexError, newException, EXC } from './errors.js';

const bufferError = (msg: string) => newException(EXC['BufferError'], msg);
import { defMethod, defNew, defSequenceMethod } from './builtin-function.js';
import { PyByteArray, bytearrayType, newByteArray, bufferOf, needBuffer, byteValue, bytesFromArgs } from './bytes.js';
import { PySlice, sliceIndices, seqIndex } from './slice.js';
import { hasIndex, toIndex, fitsSsize } from './ops-number.js';
import { getIter, iterNext } from './ops-protocols.js';
import { repeatItems } from './sequence.js';

defNew(bytearrayType, '(*args, **kwargs)', (cls: PyType) => cls.alloc(cls));
defMethod(bytearrayType, '__init__', '(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)',
  (self: PyByteArray, source?: PyValue, encoding?: PyValue, errors?: PyValue) => {
    checkResizable(self);
    self.setBytes(bytesFromArgs('bytearray', source, encoding, errors));
    return null;
  });
bytearrayType.setMember('__hash__', null);

function checkResizable(self: PyByteArray): void {
  if (self.exports > 0) throw bufferError('Existing exports of data: object cannot be re-sized');
}

/** The bytes assigned to a slice: a buffer, or an iterable of ints (not an int, not str). */
function assignedBytes(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b !== undefined) return b.slice();
  if (typeof v === 'string' || hasIndex(v)) {
    throw typeError(`can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
  }
  const out: number[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(byteValue(x));
  return Uint8Array.from(out);
}

/** Py_ssize_t's range: an index outside it cannot even be converted. */

defMethod(bytearrayType, '__setitem__', 2, (self: PyByteArray, key: PyValue, value: PyValue) => {
  if (key instanceof PySlice) {
    const cur = self.bytes;
    const [start, stop, step, count] = sliceIndices(key, cur.length);
    const vals = assignedBytes(value);
    if (step === 1) {
      if (vals.length !== Math.max(0, stop - start)) checkResizable(self);
      const end = Math.max(start, stop);
      const out = new Uint8Array(cur.length - (end - start) + vals.length);
      out.set(cur.subarray(0, start));
      out.set(vals, start);
      out.set(cur.subarray(end), start + vals.length);
      self.setBytes(out);
      return null;
    }
    if (vals.length !== count) {
      throw valueError(`attempt to assign bytes of size ${vals.length} to extended slice of size ${count}`);
    }
    for (let i = 0, j = start; i < count; i++, j += step) cur[j] = vals[i];
    return null;
  }
  if (!hasIndex(key)) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(key).name}`);
  // CPython's order: the index is converted (an int beyond Py_ssize_t fails here), then the
  // value is checked, and only then the index is bounds-checked.
  const index = toIndex(key);
  if (typeof index === 'bigint' && !fitsSsize(index)) {
    throw indexError(`cannot fit '${typeOf(key).name}' into an index-sized integer`);
  }
  const b = byteValue(value);
  self.buf[seqIndex(index, self.length, 'bytearray index')] = b;
  return null;
});

defMethod(bytearrayType, '__delitem__', 1, (self: PyByteArray, key: PyValue) => {
  const cur = Array.from(self.bytes);
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, cur.length);
    if (count === 0) return null;
    checkResizable(self);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
    self.setBytes(Uint8Array.from(cur.filter((_, i) => !drop.has(i))));
    return null;
  }
  if (!hasIndex(key)) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(key).name}`);
  const i = seqIndex(key, cur.length, 'bytearray index');
  checkResizable(self);
  cur.splice(i, 1);
  self.setBytes(Uint8Array.from(cur));
  return null;
});

defMethod(bytearrayType, 'append', 1, (self: PyByteArray, x: PyValue) => {
  const b = byteValue(x);
  checkResizable(self);
  self.push(b);
  return null;
});
defMethod(bytearrayType, 'extend', 1, (self: PyByteArray, it: PyValue) => {
  if (typeof it === 'string') throw typeError('expected iterable of integers; got: \'str\'');
  const vals = bufferOf(it) !== undefined ? needBuffer(it).slice() : assignedBytes(it);
  checkResizable(self);
  for (const b of vals) self.push(b);
  return null;
});
defMethod(bytearrayType, 'insert', 2, (self: PyByteArray, index: PyValue, x: PyValue) => {
  const cur = Array.from(self.bytes);
  const n = cur.length;
  const big = toIndex(index);
  let i = typeof big === 'bigint' ? (big < 0n ? 0 : n) : big;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const b = byteValue(x);
  checkResizable(self);
  cur.splice(i, 0, b);
  self.setBytes(Uint8Array.from(cur));
  return null;
});
defMethod(bytearrayType, 'pop', '(index=-1, /)', (self: PyByteArray, index?: PyValue) => {
  const cur = Array.from(self.bytes);
  if (cur.length === 0) throw indexError('pop from empty bytearray');
  let i = index === undefined ? -1 : Number(toIndex(index));
  if (i < 0) i += cur.length;
  if (i < 0 || i >= cur.length) throw indexError('pop index out of range');
  checkResizable(self);
  const [b] = cur.splice(i, 1);
  self.setBytes(Uint8Array.from(cur));
  return b;
});
defMethod(bytearrayType, 'remove', 1, (self: PyByteArray, x: PyValue) => {
  const b = byteValue(x);
  const cur = Array.from(self.bytes);
  const i = cur.indexOf(b);
  if (i < 0) throw valueError('value not found in bytearray');
  checkResizable(self);
  cur.splice(i, 1);
  self.setBytes(Uint8Array.from(cur));
  return null;
});
defMethod(bytearrayType, 'clear', 0, (self: PyByteArray) => {
  checkResizable(self);
  self.setBytes(new Uint8Array(0));
  return null;
});
defMethod(bytearrayType, 'reverse', 0, (self: PyByteArray) => {
  self.bytes.reverse();
  return null;
});
defMethod(bytearrayType, 'copy', 0, (self: PyByteArray) => newByteArray(self.bytes.slice()));
defMethod(bytearrayType, '__alloc__', 0, (self: PyByteArray) => self.buf.length + 1);

defSequenceMethod(bytearrayType, '__iadd__', (self: PyByteArray, other: PyValue) => {
  const o = bufferOf(other);
  if (o === undefined) throw typeError(`can't concat ${typeOf(other).name} to bytearray`);
  const vals = o.slice();
  checkResizable(self);
  for (const b of vals) self.push(b);
  return self;
});
defSequenceMethod(bytearrayType, '__imul__', (self: PyByteArray, n: number | bigint) => {
  checkResizable(self);
  self.setBytes(Uint8Array.from(repeatItems(Array.from(self.bytes), n)));
  return self;
});
