// The Python-level behaviour of `tuple`: construction, index/count, subscription, operators,
// repr, hash (CPython 3.11's xxHash-based tuplehash, in hash.ts/ops-hash.ts), and the
// tuple_iterator type. The representation is PyTuple (tuple.ts).
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { typeOf, NotImplemented } from './builtin-types.js';
import { typeError, valueError, indexError } from './errors.js';
import { defMethod, defNew, defSequenceMethod, defClassMethod, defRichCompare } from './builtin-function.js';
import { PyTuple, tupleType, newTuple, EMPTY_TUPLE } from './tuple.js';
import { PySlice, seqIndex, badIndexType, sliceItems, sliceIndices } from './slice.js';
import { PyIterator } from './ops-protocols.js';
import { hasIndex } from './ops-number.js';
import { withReprGuard } from './ops-repr.js';
import { tupleHash } from './ops-hash.js';
import { PyDict } from './dict.js';
import { seqRichCompare, repeatItems, concatItems, boundArg, seqIndexOf, seqCount, seqContains, reprItems } from './sequence.js';
import { newIteratorType } from './iterator-type.js';
import { genericAlias } from './generic-alias.js';
import { itemsOf } from './list-methods.js';

// ---------- construction ----------

/** tuple(iterable) for `cls` (tuple or a subclass). */
export function tupleNew(cls: PyType, iterable: PyValue | undefined): PyTuple {
  if (cls === tupleType) {
    if (iterable === undefined) return EMPTY_TUPLE;
    if (iterable instanceof PyTuple && iterable.cls === tupleType) return iterable;
    return newTuple(itemsOf(iterable));
  }
  return withInstanceAttrs(new PyTuple(iterable === undefined ? [] : itemsOf(iterable), cls), cls);
}

defNew(tupleType, '(*args, **kwargs)', (cls: PyType, args: PyValue[], kw: PyDict) => {
  if (kw.size > 0 && cls === tupleType) throw typeError('tuple() takes no keyword arguments');
  if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
  return tupleNew(cls, args[0]);
});

// ---------- subscription and methods ----------

export function tupleGetItem(self: PyTuple, key: PyValue): PyValue {
  if (typeof key === 'number') {
    const items = self.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw indexError('tuple index out of range');
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, self.items.length);
    if (start === 0 && step === 1 && count === self.items.length && self.cls === tupleType) return self;
    return newTuple(sliceItems(self.items, key));
  }
  if (!hasIndex(key)) throw badIndexType('tuple', key);
  return self.items[seqIndex(key, self.items.length, 'tuple index')];
}

defMethod(tupleType, '__getitem__', 1, tupleGetItem);
defMethod(tupleType, 'index', '(value, start=0, stop=sys.maxsize, /)', (self: PyTuple, x: PyValue, start?: PyValue, stop?: PyValue) => {
  const n = self.items.length;
  const i = seqIndexOf(self.items, x, boundArg(start, n, 0), boundArg(stop, n, Number.MAX_SAFE_INTEGER));
  if (i < 0) throw valueError('tuple.index(x): x not in tuple');
  return i;
});
defMethod(tupleType, 'count', 1, (self: PyTuple, x: PyValue) => seqCount(self.items, x));
defMethod(tupleType, '__len__', 0, (self: PyTuple) => self.items.length);
defMethod(tupleType, '__contains__', 1, (self: PyTuple, x: PyValue) => seqContains(self.items, x));
defMethod(tupleType, '__hash__', 0, (self: PyTuple) => tupleHash(self.items));
defMethod(tupleType, '__repr__', 0, (self: PyTuple) => {
  if (self.items.length === 0) return '()';
  return withReprGuard(self, '(...)', () =>
    self.items.length === 1 ? `(${reprItems(self.items)},)` : `(${reprItems(self.items)})`,
  );
});
defMethod(tupleType, '__getnewargs__', 0, (self: PyTuple) => newTuple([newTuple(self.items.slice())]));

defRichCompare(tupleType, (self: PyValue, other: PyValue, op: number) =>
  other instanceof PyTuple ? seqRichCompare((self as PyTuple).items, other.items, op) : NotImplemented,
);

defSequenceMethod(tupleType, '__add__', (self: PyTuple, other: PyValue) => {
  if (!(other instanceof PyTuple)) {
    throw typeError(`can only concatenate tuple (not "${typeOf(other).name}") to tuple`);
  }
  if (other.items.length === 0 && self.cls === tupleType) return self;
  if (self.items.length === 0 && other.cls === tupleType) return other;
  return newTuple(concatItems(self.items, other.items));
});
const repeat = (self: PyTuple, n: number | bigint) =>
  (n === 1 || n === 1n) && self.cls === tupleType ? self : newTuple(repeatItems(self.items, n));
defSequenceMethod(tupleType, '__mul__', repeat);
defSequenceMethod(tupleType, '__rmul__', repeat);
defClassMethod(tupleType, '__class_getitem__', 1, (cls: PyType, arg: PyValue) => genericAlias(cls, arg));

// ---------- iterator ----------

export const tupleIteratorType = newIteratorType('tuple_iterator');

export class PyTupleIterator extends PyIterator {
  override cls: PyType = tupleIteratorType;
  index = 0;
  constructor(readonly items: readonly PyValue[]) {
    super();
  }
  override next(): PyValue | undefined {
    return this.index < this.items.length ? this.items[this.index++] : undefined;
  }
}

defMethod(tupleType, '__iter__', 0, (self: PyTuple) => new PyTupleIterator(self.items));
defMethod(tupleIteratorType, '__length_hint__', 0, (self: PyTupleIterator) => Math.max(0, self.items.length - self.index));
