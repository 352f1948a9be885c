// The Python-level behaviour of `list`: construction, every method, subscription with ints
// and slices (incl. extended-slice assignment and deletion), operators, repr, and the
// list_iterator / list_reverseiterator types. The representation is PyList (list.ts).
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { typeOf, NotImplemented } from './builtin-types.js';
import { typeError, valueError, indexError, newException, EXC } from './errors.js';
import { defMethod, defNew, defSequenceMethod, defClassMethod, defRichCompare } from './builtin-function.js';
import { PyList, listType, newList } from './list.js';
import { MAX_LIST_LENGTH } from './limits.js';
import { PyTuple } from './tuple.js';
import { PySlice, sliceIndices, seqIndex, badIndexType, sliceItems } from './slice.js';
import { PyIterator, toArray, getIter, iterNext, exactItems, forEachItem } from './ops-protocols.js';
import { hasIndex, toIndex, toSsizeArg } from './ops-number.js';
import { withReprGuard, reprOf } from './ops-repr.js';
import { PyDict } from './dict.js';
import { seqRichCompare, repeatItems, concatItems, boundArg, seqIndexOf, seqCount, seqContains, reprItems } from './sequence.js';
import { sortValues, sortKeys } from './list-sort.js';
import { newIteratorType } from './iterator-type.js';
import { genericAlias } from './generic-alias.js';

/** The items of any iterable as a fresh JS array (fast paths for list/tuple), asking for
 * its length first as CPython's list()/tuple() do. */
export function itemsOf(v: PyValue): PyValue[] {
  return toArray(v, true);
}

/** LIST_EXTEND and list.extend. */
export function listExtend(list: PyList, iterable: PyValue): void {
  const src = exactItems(iterable);
  if (src !== undefined) {
    const n = src.length;
    if (list.items.length + n > MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
    for (let i = 0; i < n; i++) list.items.push(src[i]);
    return;
  }
  // Appended one by one, as CPython's list_extend: a generator reading the list sees them.
  forEachItem(iterable, true, (x) => {
    if (list.items.length >= MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
    list.items.push(x);
  });
}


// ---------- construction ----------

defNew(listType, '(*args, **kwargs)', (cls: PyType) => cls.alloc(cls));

defMethod(listType, '__init__', '(*args, **kwargs)', (self: PyList, args: PyValue[], kw: PyDict) => {
  if (kw.size > 0 && self.cls === listType) throw typeError('list() takes no keyword arguments');
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  const items = args.length === 1 ? itemsOf(args[0]) : [];
  self.items.length = 0;
  for (const x of items) self.items.push(x);
  return null;
});

// ---------- subscription ----------

export function listGetItem(self: PyList, key: PyValue): PyValue {
  if (typeof key === 'number') {
    const items = self.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw indexError('list index out of range');
  }
  if (key instanceof PySlice) return newList(sliceItems(self.items, key));
  if (!hasIndex(key)) throw badIndexType('list', key);
  return self.items[seqIndex(key, self.items.length, 'list index')];
}

/** Replace items[start:stop] with `values` (a plain slice assignment). */
function assignSlice(items: PyValue[], start: number, stop: number, values: PyValue[]): void {
  if (stop < start) stop = start;
  items.splice(start, stop - start, ...values);
}

export function listSetItem(self: PyList, key: PyValue, value: PyValue): void {
  const items = self.items;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, items.length);
    if (step === 1) {
      if (!isIterable(value)) throw typeError('can only assign an iterable');
      assignSlice(items, start, stop, itemsOf(value));
      return;
    }
    if (!isIterable(value)) throw typeError('must assign iterable to extended slice');
    const values = itemsOf(value);
    if (values.length !== count) {
      throw valueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${count}`);
    }
    for (let i = 0, j = start; i < count; i++, j += step) items[j] = values[i];
    return;
  }
  if (!hasIndex(key)) throw badIndexType('list', key);
  items[seqIndex(key, items.length, 'list assignment index')] = value;
}

function isIterable(v: PyValue): boolean {
  const t = typeOf(v);
  const it = t.lookup('__iter__');
  return (it !== undefined && it !== null) || t.lookup('__getitem__') !== undefined;
}

export function listDelItem(self: PyList, key: PyValue): void {
  const items = self.items;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, items.length);
    if (step === 1) {
      if (stop > start) items.splice(start, stop - start);
      return;
    }
    if (count === 0) return;
    const drop = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
    let w = 0;
    for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r];
    items.length = w;
    return;
  }
  if (!hasIndex(key)) throw badIndexType('list', key);
  items.splice(seqIndex(key, items.length, 'list assignment index'), 1);
}

defMethod(listType, '__getitem__', 1, listGetItem);
defMethod(listType, '__setitem__', 2, (self: PyList, k: PyValue, v: PyValue) => {
  listSetItem(self, k, v);
  return null;
});
defMethod(listType, '__delitem__', 1, (self: PyList, k: PyValue) => {
  listDelItem(self, k);
  return null;
});

// ---------- methods ----------

defMethod(listType, 'append', 1, (self: PyList, x: PyValue) => {
  if (self.items.length >= MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
  self.items.push(x);
  return null;
});
defMethod(listType, 'extend', 1, (self: PyList, it: PyValue) => {
  listExtend(self, it === self ? newList(self.items.slice()) : it);
  return null;
});
defMethod(listType, 'insert', 2, (self: PyList, index: PyValue, x: PyValue) => {
  const n = self.items.length;
  let i = toSsizeArg(index);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) i = n;
  self.items.splice(i, 0, x);
  return null;
});
defMethod(listType, 'pop', '(index=-1, /)', (self: PyList, index: PyValue | undefined) => {
  const items = self.items;
  // The argument is converted before the list is looked at: [].pop('1') is a TypeError.
  let i = index === undefined ? -1 : toSsizeArg(index);
  if (items.length === 0) throw indexError('pop from empty list');
  if (index === undefined) return items.pop()!;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('pop index out of range');
  return items.splice(i, 1)[0];
});
defMethod(listType, 'remove', 1, (self: PyList, x: PyValue) => {
  const i = seqIndexOf(self.items, x, 0, self.items.length);
  if (i < 0) throw valueError('list.remove(x): x not in list');
  self.items.splice(i, 1);
  return null;
});
defMethod(listType, 'index', '(value, start=0, stop=sys.maxsize, /)', (self: PyList, x: PyValue, start?: PyValue, stop?: PyValue) => {
  const n = self.items.length;
  const i = seqIndexOf(self.items, x, boundArg(start, n, 0), boundArg(stop, n, Number.MAX_SAFE_INTEGER));
  if (i < 0) throw valueError(`${reprOf(x)} is not in list`);
  return i;
});
defMethod(listType, 'count', 1, (self: PyList, x: PyValue) => seqCount(self.items, x));
defMethod(listType, 'clear', 0, (self: PyList) => {
  self.items.length = 0;
  return null;
});
defMethod(listType, 'copy', 0, (self: PyList) => newList(self.items.slice()));
defMethod(listType, 'reverse', 0, (self: PyList) => {
  self.items.reverse();
  return null;
});

/** The `reverse=` argument of sort/sorted: an int-like flag (CPython parses it as an int). */
export function reverseFlag(v: PyValue | undefined): boolean {
  return v !== undefined && toIndex(v) !== 0;
}

/** list.sort: the list looks empty while sorting; changing it meanwhile is an error. */
export function listSort(self: PyList, key: PyValue | undefined, reverse: boolean): void {
  const values = self.items;
  const marker: PyValue[] = [];
  self.items = marker;
  let failed = true;
  try {
    const keys = sortKeys(values, key);
    if (reverse) {
      values.reverse();
      keys?.reverse();
    }
    try {
      sortValues(values, keys);
    } finally {
      // CPython reverses back even when a comparison failed (the list keeps its partial order).
      if (reverse) values.reverse();
    }
    failed = false;
  } finally {
    const modified = self.items !== marker || marker.length !== 0;
    self.items = values;
    if (modified && !failed) throw valueError('list modified during sort');
  }
}

defMethod(listType, 'sort', '(*, key=None, reverse=False)', (self: PyList, key?: PyValue, reverse?: PyValue) => {
  listSort(self, key, reverseFlag(reverse));
  return null;
});

// ---------- protocols and operators ----------

defMethod(listType, '__len__', 0, (self: PyList) => self.items.length);
defMethod(listType, '__contains__', 1, (self: PyList, x: PyValue) => seqContains(self.items, x));
defMethod(listType, '__repr__', 0, (self: PyList) => withReprGuard(self, '[...]', () => `[${reprItems(self.items)}]`));
listType.setMember('__hash__', null);

defRichCompare(listType, (self: PyValue, other: PyValue, op: number) =>
  other instanceof PyList ? seqRichCompare((self as PyList).items, other.items, op) : NotImplemented,
);

defSequenceMethod(listType, '__add__', (self: PyList, other: PyValue) => {
  if (!(other instanceof PyList)) {
    throw typeError(`can only concatenate list (not "${typeOf(other).name}") to list`);
  }
  return newList(concatItems(self.items, other.items));
});
defSequenceMethod(listType, '__iadd__', (self: PyList, other: PyValue) => {
  listExtend(self, other === self ? newList(self.items.slice()) : other);
  return self;
});
defSequenceMethod(listType, '__mul__', (self: PyList, n: number | bigint) => newList(repeatItems(self.items, n)));
defSequenceMethod(listType, '__rmul__', (self: PyList, n: number | bigint) => newList(repeatItems(self.items, n)));
defSequenceMethod(listType, '__imul__', (self: PyList, n: number | bigint) => {
  const items = repeatItems(self.items, n);
  self.items.length = 0;
  for (const x of items) self.items.push(x);
  return self;
});

defMethod(listType, '__sizeof__', 0, (self: PyList) => 40 + 8 * self.items.length);
defClassMethod(listType, '__class_getitem__', 1, (cls: PyType, arg: PyValue) => genericAlias(cls, arg));

// ---------- iterators ----------

export const listIteratorType = newIteratorType('list_iterator');
export const listReverseIteratorType = newIteratorType('list_reverseiterator');

export class PyListIterator extends PyIterator {
  override cls: PyType = listIteratorType;
  private index = 0;
  constructor(private list: PyList | null) {
    super();
  }
  override next(): PyValue | undefined {
    const list = this.list;
    if (list === null) return undefined;
    if (this.index < list.items.length) return list.items[this.index++];
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.list.items.length - this.index);
  }
}

export class PyListReverseIterator extends PyIterator {
  override cls: PyType = listReverseIteratorType;
  private index: number;
  constructor(private list: PyList | null) {
    super();
    this.index = list!.items.length - 1;
  }
  override next(): PyValue | undefined {
    const list = this.list;
    if (list === null) return undefined;
    if (this.index >= 0 && this.index < list.items.length) return list.items[this.index--];
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    return this.list === null || this.index >= this.list.items.length ? 0 : this.index + 1;
  }
}

defMethod(listType, '__iter__', 0, (self: PyList) => new PyListIterator(self));
defMethod(listType, '__reversed__', 0, (self: PyList) => new PyListReverseIterator(self));
defMethod(listIteratorType, '__length_hint__', 0, (self: PyListIterator) => self.lengthHint());
defMethod(listReverseIteratorType, '__length_hint__', 0, (self: PyListReverseIterator) => self.lengthHint());
