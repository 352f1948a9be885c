// The object protocols that are not operators: truth, len, iteration, containment,
// subscription, context managers. Each dispatches on type(obj)'s dunders, with fast paths for
// JS primitives and for iterators implemented in JS (PyIterator subclasses).
import { PyObject, PyFloat, PyBytes } from './value.js';
import { type PyValue } from './object.js';
import { typeOf, newBuiltinType, bytesType, intType, NotImplemented } from './builtin-types.js';
import { typeError, valueError, keyError, excMatches, overflowError, stopIteration, newException, EXC, type PyBaseException } from './errors.js';
import { callMethod, callMethod1, call, callMethod0 } from './call.js';
import { eq } from './ops-compare.js';
import { seqContains } from './sequence.js';
import { toIndex, fitsSsize } from './ops-number.js';
import { typeGetAttr, descrGet } from './attr.js';
import { PyType, SLOT } from './type.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyList, listType } from './list.js';
import { MAX_LIST_LENGTH } from './limits.js';
import { PyDict, dictType } from './dict.js';
import { strContains } from './str-search.js';
import { PySet, setType, frozensetType } from './set.js';
import { PyByteArray, bytearrayType, byteIndexOf } from './bytes.js';

// ---------- truth ----------

/** bool(v) as a JS boolean. */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true; // a bigint is never 0 (normalised)
  }
  if (v === null) return false;
  const t = v.cls;
  const b = t.lookupSlot(SLOT.bool);
  if (v instanceof PyFloat && b === floatBoolSlot.value) return v.value !== 0;
  if (b !== undefined) {
    const r = callMethod0(b, v);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  if (t.lookupSlot(SLOT.len) !== undefined) return len(v) !== 0;
  return true;
}

/** Set by the float type file so exact floats test truth without a call. */
export const floatBoolSlot = { value: undefined as PyValue | undefined };

// ---------- len ----------

/** len(v): `__len__` must return a non-negative index-sized int. */
export function len(v: PyValue): number {
  const n = lenIndex(v);
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/** The builtin len(v): lengths up to sys.maxsize are valid even beyond 2^53
 * (len(range(2**62))), as a bigint. */
export function lenIndex(v: PyValue): number | bigint {
  const f = typeOf(v).lookupSlot(SLOT.len);
  if (f === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  const r = callMethod0(f, v);
  if (typeof r === 'number' && r >= 0) return r;
  const n = toIndex(r);
  if (n < 0) throw valueError('__len__() should return >= 0');
  if (typeof n === 'bigint' && !fitsSsize(n)) throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

// ---------- iteration ----------

/** Base of iterators implemented in JS (list_iterator, range_iterator, generators, ...):
 * `next()` returns the next value or undefined when exhausted (no StopIteration thrown
 * inside the runtime). Subclasses set `cls`; iterator-type.ts-style files install
 * `__iter__`/`__next__` for Python code with `defIteratorMethods`. */
export abstract class PyIterator extends PyObject {
  abstract next(): PyValue | undefined;
}

/** `iter(v)`. */
export function getIter(v: PyValue): PyValue {
  if (v instanceof PyIterator && v.cls.lookupSlot(SLOT.iter) === iteratorSelfSlot.value) return v;
  const t = typeOf(v);
  const f = t.lookupSlot(SLOT.iter);
  if (f === undefined || f === null) {
    if (f === undefined && t.lookupSlot(SLOT.getitem) !== undefined) return new PySeqIterator(v);
    throw typeError(`'${t.name}' object is not iterable`);
  }
  // A builtin type's __iter__ returns one of our iterators: no __next__ lookup needed.
  const it = callMethod0(f, v);
  if (!(it instanceof PyIterator) && typeOf(it).lookupSlot(SLOT.next) === undefined) {
    throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

/** Set by iterator installation: the shared `__iter__` returning self. */
export const iteratorSelfSlot = { value: undefined as PyValue | undefined };

/** The StopIteration caught by the latest iterNext call (CPython keeps it as the pending
 * exception, so `next(enumerate(it))` re-raises the very StopIteration `it` raised). */
let caughtStop: PyBaseException | null = null;

/** next(it): the next value, or undefined when the iterator is exhausted. */
export function iterNext(it: PyValue): PyValue | undefined {
  caughtStop = null;
  if (it instanceof PyIterator) return it.next();
  const f = typeOf(it).lookupSlot(SLOT.next);
  if (f === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return callMethod0(f, it);
  } catch (e) {
    if (excMatches(e, 'StopIteration')) {
      caughtStop = e;
      return undefined;
    }
    throw e;
  }
}

/** The exception a JS iterator's Python-level `__next__` raises on exhaustion: the
 * StopIteration its source raised (when its last step was an iterNext that caught one),
 * else a fresh StopIteration. */
export function takeStopIteration(): PyBaseException {
  const e = caughtStop ?? stopIteration();
  caughtStop = null;
  return e;
}

/** The items of an exact list or tuple (read in place), else undefined. CPython's fast paths
 * (PyList_CheckExact, PyTuple_CheckExact) skip subclasses, whose __iter__ may be overridden. */
export function exactItems(v: PyValue): readonly PyValue[] | undefined {
  return (v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType) ? v.items : undefined;
}

/** All values of an iterable (list(v)) as a JS array. `sized`: first ask v for its length,
 * as CPython's list(), tuple(), list.extend and f(*v) do after iter(v) (so a failing
 * __len__ or __length_hint__ raises before any item is read). */
export function toArray(v: PyValue, sized = false): PyValue[] {
  const items = exactItems(v);
  if (items !== undefined) return items.slice();
  const out: PyValue[] = [];
  forEachItem(v, sized, (x) => {
    if (out.length >= MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
    out.push(x);
  });
  return out;
}

/** Call `fn` on each value of an iterable as it comes (`sized` as for toArray): list.extend
 * appends each item at once, so an iterator over the list itself sees them. */
export function forEachItem(v: PyValue, sized: boolean, fn: (x: PyValue) => void): void {
  const it = getIter(v);
  // CPython preallocates the hinted length: a failing __len__/__length_hint__ raises before
  // any item is read, and a range too long to store fails at once (MemoryError past pytier's
  // list limit, OverflowError past Py_ssize_t) rather than after 100M items.
  if (sized && lengthHint(v, 0) > MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) fn(x);
}

/** CPython's PyObject_LengthHint: len(v) if it has __len__ (a TypeError from it is
 * ignored), else __length_hint__() (TypeError or NotImplemented give `dflt`), else `dflt`. */
export function lengthHint(v: PyValue, dflt: number): number {
  const t = typeOf(v);
  const f = t.lookupSlot(SLOT.len);
  if (f !== undefined && f !== null) {
    try {
      return Number(lenIndex(v));
    } catch (e) {
      if (!excMatches(e, 'TypeError')) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === undefined) return dflt;
  let r: PyValue;
  try {
    r = callMethod0(hint, v);
  } catch (e) {
    if (excMatches(e, 'TypeError')) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (!(typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean' || typeOf(r).isSubtypeOf(intType))) {
    throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  }
  const n = toIndex(r);
  if (typeof n === 'bigint' && !fitsSsize(n)) throw overflowError('Python int too large to convert to C ssize_t');
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
  return Number(n);
}

/** Unpack exactly `n` values (a, b = v) with CPython's messages. */
export function unpack(v: PyValue, n: number): PyValue[] {
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === undefined) {
      throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
    }
    out.push(x);
  }
  if (iterNext(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
  return out;
}

/** The iterator over an object with only `__getitem__` (type 'iterator'). */
export class PySeqIterator extends PyIterator {
  override cls: PyType = seqIteratorType;
  /** Items taken so far; seq is dropped (undefined) once exhausted. */
  index = 0;
  seq: PyValue | undefined;
  constructor(seq: PyValue) {
    super();
    this.seq = seq;
  }
  override next(): PyValue | undefined {
    if (this.seq === undefined) return undefined;
    try {
      // The index moves on only past a value: after another error next() retries it.
      const v = getItem(this.seq, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (excMatches(e, 'IndexError') || excMatches(e, 'StopIteration')) {
        this.seq = undefined;
        return undefined;
      }
      throw e;
    }
  }
}

export const seqIteratorType = newBuiltinType('iterator', { final: true });

/** iterator.__length_hint__ (CPython's iter_len): len(seq) minus the items taken, 0 once
 * exhausted, NotImplemented when seq has no __len__. */
export function seqIteratorLengthHint(it: PySeqIterator): PyValue {
  const seq = it.seq;
  if (seq === undefined) return 0;
  const f = typeOf(seq).lookupSlot(SLOT.len);
  if (f === undefined || f === null) return NotImplemented;
  return Math.max(0, len(seq) - it.index);
}

// ---------- containment ----------

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string' && typeof item === 'string') return strContains(container, item); // str.__contains__
  if (container instanceof PyDict && container.cls === dictType) return container.has(item); // dict.__contains__
  if ((container instanceof PyList && container.cls === listType) || (container instanceof PyTuple && container.cls === tupleType)) {
    return seqContains(container.items, item); // list/tuple.__contains__
  }
  if (container instanceof PySet && (container.cls === setType || container.cls === frozensetType) && !(item instanceof PySet)) {
    return container.has(item); // set.__contains__ (an unhashable set item is retried as a frozenset there)
  }
  if (typeof item === 'number' && item >= 0 && item <= 255 && isExactBytesLike(container)) {
    return byteIndexOf(container, item) >= 0; // bytes/bytearray.__contains__ of an int
  }
  const t = typeOf(container);
  const f = t.lookupSlot(SLOT.contains);
  if (f !== undefined && f !== null) return isTrue(callMethod1(f, container, item));
  if (f === null) throw typeError(`'${t.name}' object is not a container`); // __contains__ = None
  // CPython's _PySequence_IterSearch: any TypeError of iter() (no __iter__, a non-iterator
  // returned, one raised inside __iter__) becomes 'argument of type ... is not iterable'.
  let it: PyValue;
  try {
    it = getIter(container);
  } catch (e) {
    if (excMatches(e, 'TypeError')) throw typeError(`argument of type '${t.name}' is not iterable`);
    throw e;
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, item)) return true;
  return false;
}

// ---------- subscription ----------

/** An exact bytes or bytearray (whose item access has a direct path here). */
function isExactBytesLike(v: PyValue): v is PyBytes | PyByteArray {
  return (v instanceof PyBytes && v.cls === bytesType) || (v instanceof PyByteArray && v.cls === bytearrayType);
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyDict && obj.cls === dictType) {
    // dict.__getitem__ of an exact dict (no __missing__): one lookup, as CPython's.
    const v = obj.get(key);
    if (v === undefined) throw keyError(key);
    return v;
  }
  if (typeof key === 'number') {
    // bytes/bytearray.__getitem__ of an in-range int; anything else takes the method (errors).
    if (obj instanceof PyBytes && obj.cls === bytesType) {
      const b = obj.bytes;
      const i = key < 0 ? key + b.length : key;
      if (i >= 0 && i < b.length) return b[i];
    } else if (obj instanceof PyByteArray && obj.cls === bytearrayType) {
      const i = key < 0 ? key + obj.length : key;
      if (i >= 0 && i < obj.length) return obj.buf[i];
    }
  }
  const f = typeOf(obj).lookupSlot(SLOT.getitem);
  if (f !== undefined) return callMethod1(f, obj, key);
  if (obj instanceof PyType) {
    const cg = typeGetAttr(obj, '__class_getitem__');
    if (cg !== undefined) return call(cg, [key]);
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  throw typeError(`'${typeOf(obj).name}' object is not subscriptable`);
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyDict && obj.cls === dictType) return obj.set(key, value); // dict.__setitem__
  if (typeof key === 'number' && typeof value === 'number' && obj instanceof PyByteArray && obj.cls === bytearrayType) {
    // bytearray.__setitem__ of a byte value at an in-range int; anything else takes the method.
    const i = key < 0 ? key + obj.length : key;
    if (i >= 0 && i < obj.length && value >= 0 && value <= 255) {
      obj.buf[i] = value;
      return;
    }
  }
  const f = typeOf(obj).lookupSlot(SLOT.setitem);
  if (f === undefined) throw typeError(`'${typeOf(obj).name}' object does not support item assignment`);
  callMethod(f, obj, [key, value]);
}

export function delItem(obj: PyValue, key: PyValue): void {
  const f = typeOf(obj).lookupSlot(SLOT.delitem);
  if (f === undefined) throw typeError(`'${typeOf(obj).name}' object doesn't support item deletion`);
  callMethod1(f, obj, key);
}

// ---------- context managers ----------

/** `with mgr:` entry: returns [the bound __exit__, the value of __enter__()]. */
export function enterContext(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === undefined) {
    throw typeError(`'${t.name}' object does not support the context manager protocol`);
  }
  if (exit === undefined) {
    throw typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundExit = descrGet(exit, mgr, t);
  return [boundExit, callMethod0(enter, mgr)];
}
