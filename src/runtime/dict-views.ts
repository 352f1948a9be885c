// dict views (dict_keys, dict_values, dict_items) with the set operations of keys/items
// views, and the dict iterators (forward and reversed) with CPython's "dictionary changed
// size during iteration" / "dictionary keys changed during iteration" checks.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, NotImplemented } from './builtin-types.js';
import { runtimeError } from './errors.js';
import { defMethod, defGetSet } from './builtin-function.js';
import { newMappingProxy } from './mappingproxy.js';
import { PyDict, dictType } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyIterator, getIter, iterNext } from './ops-protocols.js';
import { eq } from './ops-compare.js';
import { withReprGuard } from './ops-repr.js';
import { reprItems } from './sequence.js';
import { newIteratorType } from './iterator-type.js';
import { PySet, setType, makeSet } from './set.js';
import { setDifferenceUpdate, setSymmetricDifferenceUpdate } from './set-methods.js';
import { len as pyLen } from './ops-protocols.js';

const enum Kind {
  Keys,
  Values,
  Items,
}

export class PyDictView extends PyObject {
  constructor(
    public override cls: PyType,
    readonly dict: PyDict,
    readonly kind: Kind,
  ) {
    super();
  }
}

export const dictKeysType = newBuiltinType('dict_keys', { final: true, alloc: noBlankInstances });
export const dictValuesType = newBuiltinType('dict_values', { final: true, alloc: noBlankInstances });
export const dictItemsType = newBuiltinType('dict_items', { final: true, alloc: noBlankInstances });

// ---------- iterators ----------

const iteratorTypes = [
  newIteratorType('dict_keyiterator'),
  newIteratorType('dict_valueiterator'),
  newIteratorType('dict_itemiterator'),
];
const reverseIteratorTypes = [
  newIteratorType('dict_reversekeyiterator'),
  newIteratorType('dict_reversevalueiterator'),
  newIteratorType('dict_reverseitemiterator'),
];

export class PyDictIterator extends PyIterator {
  override cls: PyType;
  private pos: number;
  private used: number;
  private remaining: number;
  private dict: PyDict | null;
  constructor(
    dict: PyDict,
    private readonly kind: Kind,
    private readonly reversed = false,
  ) {
    super();
    this.dict = dict;
    this.cls = (reversed ? reverseIteratorTypes : iteratorTypes)[kind];
    this.used = dict.size;
    this.remaining = dict.size;
    this.pos = reversed ? dict.keys.length - 1 : 0;
  }

  override next(): PyValue | undefined {
    const d = this.dict;
    if (d === null) return undefined;
    if (d.size !== this.used) {
      this.used = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    const keys = d.keys;
    let i = this.pos;
    if (this.reversed) {
      if (i >= keys.length) i = keys.length - 1;
      while (i >= 0 && keys[i] === undefined) i--;
      this.pos = i - 1;
      if (i < 0) return this.finish();
    } else {
      while (i < keys.length && keys[i] === undefined) i++;
      this.pos = i + 1;
      if (i >= keys.length) return this.finish();
    }
    if (this.remaining === 0) {
      this.remaining = -1;
      throw runtimeError('dictionary keys changed during iteration');
    }
    this.remaining--;
    switch (this.kind) {
      case Kind.Keys:
        return keys[i]!;
      case Kind.Values:
        return d.values[i];
      default:
        return newTuple([keys[i]!, d.values[i]]);
    }
  }

  private finish(): undefined {
    this.dict = null;
    return undefined;
  }

  lengthHint(): number {
    return this.dict === null || this.dict.size !== this.used ? 0 : Math.max(0, this.remaining);
  }
}

for (const t of [...iteratorTypes, ...reverseIteratorTypes]) {
  defMethod(t, '__length_hint__', 0, (self: PyDictIterator) => self.lengthHint());
}

defMethod(dictType, '__iter__', 0, (self: PyDict) => new PyDictIterator(self, Kind.Keys));
defMethod(dictType, '__reversed__', 0, (self: PyDict) => new PyDictIterator(self, Kind.Keys, true));

// ---------- views ----------

const viewTypes = [dictKeysType, dictValuesType, dictItemsType];
defMethod(dictType, 'keys', 0, (self: PyDict) => new PyDictView(dictKeysType, self, Kind.Keys));
defMethod(dictType, 'values', 0, (self: PyDict) => new PyDictView(dictValuesType, self, Kind.Values));
defMethod(dictType, 'items', 0, (self: PyDict) => new PyDictView(dictItemsType, self, Kind.Items));

/** An item view's `(key, value) in view`. */
function itemsContain(d: PyDict, item: PyValue): boolean {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const v = d.get(item.items[0]);
  return v !== undefined && eq(v, item.items[1]);
}

function viewContains(view: PyDictView, x: PyValue): boolean {
  if (view.kind === Kind.Keys) return view.dict.has(x);
  if (view.kind === Kind.Items) return itemsContain(view.dict, x);
  const d = view.dict;
  for (const [, v] of d.entries()) if (eq(v, x)) return true;
  return false;
}

for (const t of viewTypes) {
  defMethod(t, '__len__', 0, (self: PyDictView) => self.dict.size);
  defMethod(t, '__iter__', 0, (self: PyDictView) => new PyDictIterator(self.dict, self.kind));
  defMethod(t, '__reversed__', 0, (self: PyDictView) => new PyDictIterator(self.dict, self.kind, true));
  defMethod(t, '__contains__', 1, (self: PyDictView, x: PyValue) => viewContains(self, x));
  defGetSet(t, 'mapping', (self) => newMappingProxy((self as PyDictView).dict));
  defMethod(t, '__repr__', 0, (self: PyDictView) =>
    withReprGuard(self, '...', () => {
      const items: PyValue[] = [];
      const it = new PyDictIterator(self.dict, self.kind);
      for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
      return `${self.cls.name}([${reprItems(items)}])`;
    }),
  );
}

// ---------- set operations of keys and items views ----------

const isSetView = (v: PyValue): v is PyDictView => v instanceof PyDictView && v.kind !== Kind.Values;

/** dictviews_to_set: a keys view of an exact dict converts through the dict itself. */
function viewToSet(v: PyValue): PySet {
  if (v instanceof PyDictView && v.kind === Kind.Keys && v.dict.cls === dictType) return makeSet(setType, v.dict);
  return makeSet(setType, v);
}

function viewIntersect(a: PyValue, b: PyValue): PyValue {
  let self = a;
  let other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = view.dict.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.used) {
    const result = makeSet(setType);
    const it = getIter(view);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (other.has(k)) result.add(k);
    return result;
  }
  let container: PyDictView = view;
  if (isSetView(other) && other.dict.size > lenSelf) [container, other] = [other, view];
  const result = makeSet(setType);
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (viewContains(container, k)) result.add(k);
  return result;
}

/** dictitems_xor: two items views compare their values with ==, so unhashable values
 * that are equal cancel out; the pairs left are added to a set (and must be hashable). */
function itemsXor(a: PyDictView, b: PyDictView): PySet {
  const rest = a.dict.copy();
  const result = makeSet(setType);
  for (const [k, v2] of b.dict.entries()) {
    const v1 = rest.get(k);
    if (v1 !== undefined && eq(v1, v2)) rest.delete(k);
    else result.add(newTuple([k, v2]));
  }
  result.update(new PyDictView(dictItemsType, rest, Kind.Items));
  return result;
}

// CPython's dictviews_* number slots never return NotImplemented: `self` is whichever operand
// is the view for &, but the left operand for |, ^ and - (so `5 | d.keys()` fails converting
// 5 to a set: "'int' object is not iterable", and `[1] | d.keys()` starts from the list).
for (const t of [dictKeysType, dictItemsType]) {
  const union = (a: PyValue, b: PyValue) => {
    const s = viewToSet(a);
    s.update(b);
    return s;
  };
  const xor = (a: PyValue, b: PyValue) => {
    if (a instanceof PyDictView && a.kind === Kind.Items && b instanceof PyDictView && b.kind === Kind.Items) return itemsXor(a, b);
    const s = viewToSet(a);
    setSymmetricDifferenceUpdate(s, b);
    return s;
  };
  const sub = (a: PyValue, b: PyValue) => {
    const s = viewToSet(a);
    setDifferenceUpdate(s, b);
    return s;
  };
  defMethod(t, '__and__', 1, viewIntersect);
  defMethod(t, '__rand__', 1, (a: PyValue, b: PyValue) => viewIntersect(b, a));
  defMethod(t, '__or__', 1, union);
  defMethod(t, '__ror__', 1, (a: PyValue, b: PyValue) => union(b, a));
  defMethod(t, '__xor__', 1, xor);
  defMethod(t, '__rxor__', 1, (a: PyValue, b: PyValue) => xor(b, a));
  defMethod(t, '__sub__', 1, sub);
  defMethod(t, '__rsub__', 1, (a: PyValue, b: PyValue) => sub(b, a));
  // dictviews_isdisjoint: against a set or set-like view, the shorter side is iterated and
  // looked up in the longer (so which side's items get hashed depends on the sizes).
  defMethod(t, 'isdisjoint', 1, (self: PyDictView, other: PyValue) => {
    if (other === self) return self.dict.size === 0;
    let container: PyValue = self;
    if ((other instanceof PySet || isSetView(other)) && pyLen(other) > self.dict.size) [container, other] = [other, self];
    const it = getIter(other);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
      if (container instanceof PyDictView ? viewContains(container, k) : (container as PySet).has(k)) return false;
    }
    return true;
  });

  const allIn = (a: PyValue, b: PyValue) => {
    const it = getIter(a);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
      if (b instanceof PyDictView ? !viewContains(b, k) : b instanceof PySet ? !b.has(k) : true) return false;
    }
    return true;
  };
  const compare = (fn: (a: PyValue, b: PyValue, la: number, lb: number) => boolean) => (self: PyValue, other: PyValue) => {
    if (!(other instanceof PySet) && !isSetView(other)) return NotImplemented;
    return fn(self, other, pyLen(self), pyLen(other));
  };
  defMethod(t, '__eq__', 1, compare((a, b, la, lb) => la === lb && allIn(a, b)));
  defMethod(t, '__ne__', 1, compare((a, b, la, lb) => !(la === lb && allIn(a, b))));
  defMethod(t, '__le__', 1, compare((a, b, la, lb) => la <= lb && allIn(a, b)));
  defMethod(t, '__lt__', 1, compare((a, b, la, lb) => la < lb && allIn(a, b)));
  defMethod(t, '__ge__', 1, compare((a, b, la, lb) => la >= lb && allIn(b, a)));
  defMethod(t, '__gt__', 1, compare((a, b, la, lb) => la > lb && allIn(b, a)));
  t.setMember('__hash__', null);
}
