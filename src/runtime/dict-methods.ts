// The Python-level behaviour of `dict`: construction and update (from mappings, from
// iterables of pairs, from keywords), every method, `|`/`|=`, `__missing__` for subclasses,
// repr and equality; plus the helpers the interpreter needs for {**a} (DICT_UPDATE) and
// f(**a) (DICT_MERGE). Views and iterators live in dict-views.ts.
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, NotImplemented } from './builtin-types.js';
import { typeError, valueError, keyError, runtimeError, excMatches } from './errors.js';
import { defMethod, defNew, defClassMethod } from './builtin-function.js';
import { PyDict, dictType } from './dict.js';
import { PyList } from './list.js';
import { PyTuple, newTuple } from './tuple.js';
import { getIter, iterNext, getItem, setItem, toArray, exactItems } from './ops-protocols.js';
import { getAttrOrUndefined } from './attr.js';
import { call, callMethod } from './call.js';
import { eq } from './ops-compare.js';
import { withReprGuard, reprOf } from './ops-repr.js';
import { genericAlias } from './generic-alias.js';

/** Does `v` look like a mapping to dict.update (has a `keys` attribute)? */
function hasKeys(v: PyValue): boolean {
  return v instanceof PyDict || getAttrOrUndefined(v, 'keys') !== undefined;
}

/** Merge a mapping into `d`: exact dicts directly, others through keys() and [key].
 * `onDuplicate` (for f(**a)) is called instead of overwriting an existing key. */
/** PyMapping_Keys: m.keys() as a list; a TypeError of iter() over the result is reworded as
 * CPython's method_output_as_list does ("M.keys() returned a non-iterable (type int)"). */
function mappingKeys(m: PyValue): PyValue[] {
  const out = call(getAttrOrUndefined(m, 'keys')!, []);
  let it: PyValue;
  try {
    it = getIter(out);
  } catch (e) {
    if (excMatches(e, 'TypeError')) throw typeError(`${typeOf(m).name}.keys() returned a non-iterable (type ${typeOf(out).name})`);
    throw e;
  }
  return toArray(it);
}

function mergeMapping(d: PyDict, other: PyValue, onDuplicate: ((key: PyValue) => never) | null): void {
  if (other instanceof PyDict && other.cls.lookup('__iter__') === dictType.ns.get('__iter__')) {
    // Entries are merged with their stored hashes (no __hash__ calls), as CPython does.
    const version = other.version;
    const n = other.keys.length;
    for (let i = 0; i < n; i++) {
      if (other.keys[i] === undefined) continue;
      if (!d.mergeEntry(other, i, onDuplicate !== null)) onDuplicate!(other.keys[i]!);
      if (other.version !== version) throw runtimeError('dict mutated during update');
    }
    return;
  }
  for (const k of mappingKeys(other)) {
    if (onDuplicate !== null && d.has(k)) onDuplicate(k);
    d.set(k, getItem(other, k));
  }
}

/** dict.update(iterable of pairs) with CPython's messages. */
function mergePairs(d: PyDict, iterable: PyValue): void {
  const it = getIter(iterable);
  let index = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), index++) {
    let pair: readonly PyValue[];
    const exact = exactItems(item);
    if (exact !== undefined) pair = exact;
    else {
      const t = typeOf(item);
      if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
        throw typeError(`cannot convert dictionary update sequence element #${index} to a sequence`);
      }
      pair = toArray(item);
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

/** The positional argument of dict() / dict.update(). */
export function dictUpdateFrom(d: PyDict, arg: PyValue): void {
  if (hasKeys(arg)) mergeMapping(d, arg, null);
  else mergePairs(d, arg);
}

/** DICT_UPDATE ({**a}): `other` must be a mapping. */
export function dictUpdate(d: PyDict, other: PyValue): void {
  if (!hasKeys(other)) throw typeError(`'${typeOf(other).name}' object is not a mapping`);
  mergeMapping(d, other, null);
}

/** DICT_MERGE (f(**a)): `funcName` is how CPython names the callee ("f()"). */
export function dictMerge(d: PyDict, other: PyValue, funcName: string): void {
  if (!hasKeys(other)) {
    throw typeError(`${funcName} argument after ** must be a mapping, not ${typeOf(other).name}`);
  }
  mergeMapping(d, other, (key) => {
    throw typeError(`${funcName} got multiple values for keyword argument '${typeof key === 'string' ? key : reprOf(key)}'`);
  });
}

function updateFromArgs(d: PyDict, args: PyValue[], kw: PyDict, name: string): void {
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateFrom(d, args[0]);
  if (kw.size > 0) for (const [k, v] of kw.entries()) d.set(k, v);
}

// ---------- construction ----------

defNew(dictType, '(*args, **kwargs)', (cls: PyType) => cls.alloc(cls));
defMethod(dictType, '__init__', '(*args, **kwargs)', (self: PyDict, args: PyValue[], kw: PyDict) => {
  updateFromArgs(self, args, kw, 'dict');
  return null;
});
defMethod(dictType, 'update', '(*args, **kwargs)', (self: PyDict, args: PyValue[], kw: PyDict) => {
  updateFromArgs(self, args, kw, 'update');
  return null;
});
defClassMethod(dictType, 'fromkeys', '(iterable, value=None, /)', (cls: PyType, iterable: PyValue, value?: PyValue) => {
  const v = value === undefined ? null : value;
  const d = call(cls, []);
  if (d instanceof PyDict && typeOf(d).lookup('__setitem__') === dictSetItemSlot) {
    const it = getIter(iterable);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, v);
    return d;
  }
  const it = getIter(iterable);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItem(d, k, v);
  return d;
});

// ---------- item access ----------

/** d[key], with `__missing__` for subclasses. */
export function dictGetItem(self: PyDict, key: PyValue): PyValue {
  const v = self.get(key);
  if (v !== undefined) return v;
  if (self.cls !== dictType) {
    const missing = self.cls.lookup('__missing__');
    if (missing !== undefined) return callMethod(missing, self, [key]);
  }
  throw keyError(key);
}

defMethod(dictType, '__getitem__', 1, dictGetItem);
const dictSetItemSlot = defMethod(dictType, '__setitem__', 2, (self: PyDict, k: PyValue, v: PyValue) => {
  self.set(k, v);
  return null;
});
defMethod(dictType, '__delitem__', 1, (self: PyDict, k: PyValue) => {
  if (self.delete(k) === undefined) throw keyError(k);
  return null;
});
defMethod(dictType, '__contains__', 1, (self: PyDict, k: PyValue) => self.has(k));
defMethod(dictType, '__len__', 0, (self: PyDict) => self.size);
defMethod(dictType, 'get', '(key, default=None, /)', (self: PyDict, k: PyValue, dflt?: PyValue) => {
  const v = self.get(k);
  return v !== undefined ? v : dflt === undefined ? null : dflt;
});
defMethod(dictType, 'setdefault', '(key, default=None, /)', (self: PyDict, k: PyValue, dflt?: PyValue) => {
  const v = self.get(k);
  if (v !== undefined) return v;
  const value = dflt === undefined ? null : dflt;
  self.set(k, value);
  return value;
});
defMethod(dictType, 'pop', '(key, default=<unrepresentable>, /)', (self: PyDict, k: PyValue, dflt?: PyValue) => {
  // An empty dict answers without hashing the key, as CPython's _PyDict_Pop ({}.pop([1], 0) is 0).
  if (self.size === 0) {
    if (dflt !== undefined) return dflt;
    throw keyError(k);
  }
  const v = self.delete(k);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw keyError(k);
});
defMethod(dictType, 'popitem', 0, (self: PyDict) => {
  for (let i = self.keys.length - 1; i >= 0; i--) {
    const k = self.keys[i];
    if (k !== undefined) return newTuple([k, self.deleteAt(i)]);
  }
  throw keyError('popitem(): dictionary is empty');
});
defMethod(dictType, 'clear', 0, (self: PyDict) => {
  self.clear();
  return null;
});

/** dict.copy(): always a plain dict, in the same order. */
export function dictCopy(d: PyDict): PyDict {
  return d.copy();
}
defMethod(dictType, 'copy', 0, dictCopy);

// ---------- repr, equality, operators ----------

defMethod(dictType, '__repr__', 0, (self: PyDict) => {
  if (self.size === 0) return '{}';
  return withReprGuard(self, '{...}', () => {
    const parts: string[] = [];
    for (let i = 0; i < self.keys.length; i++) {
      const k = self.keys[i];
      if (k !== undefined) parts.push(`${reprOf(k)}: ${reprOf(self.values[i])}`);
    }
    return `{${parts.join(', ')}}`;
  });
});
dictType.setMember('__hash__', null);

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

defMethod(dictType, '__eq__', 1, (self: PyDict, other: PyValue) =>
  other instanceof PyDict ? dictEqual(self, other) : NotImplemented,
);
defMethod(dictType, '__ne__', 1, (self: PyDict, other: PyValue) =>
  other instanceof PyDict ? !dictEqual(self, other) : NotImplemented,
);
defMethod(dictType, '__or__', 1, (self: PyDict, other: PyValue) => {
  if (!(other instanceof PyDict)) return NotImplemented;
  const d = dictCopy(self);
  dictUpdateFrom(d, other);
  return d;
});
defMethod(dictType, '__ror__', 1, (self: PyDict, other: PyValue) => {
  if (!(other instanceof PyDict)) return NotImplemented;
  const d = dictCopy(other);
  dictUpdateFrom(d, self);
  return d;
});
defMethod(dictType, '__ior__', 1, (self: PyDict, other: PyValue) => {
  dictUpdateFrom(self, other);
  return self;
});
defMethod(dictType, '__sizeof__', 0, (self: PyDict) => 48 + 24 * self.keys.length);
defClassMethod(dictType, '__class_getitem__', 1, (cls: PyType, arg: PyValue) => genericAlias(cls, arg));
