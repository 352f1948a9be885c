// Call arguments and container building that need CPython's call-site messages:
// LIST_EXTEND ("Value after * must be an iterable"), CALL_FUNCTION_EX (*args/**kwargs),
// MATCH_KEYS. Sets, slices and dict merging are the containers' own functions.
import type { PyValue } from '../src/runtime/object.js';
import { typeOf } from '../src/runtime/builtin-types.js';
import { typeError, EXC, PyBaseException } from '../src/runtime/errors.js';
import { PyDict } from '../src/runtime/dict.js';
import { PyList } from '../src/runtime/list.js';
import { PyTuple } from '../src/runtime/tuple.js';
import { call } from '../src/runtime/call.js';
import { toArray, exactItems } from '../src/runtime/ops-protocols.js';
import { dictMerge } from '../src/runtime/dict-methods.js';
import { getAttr, getAttrOrUndefined } from '../src/runtime/attr.js';
import { reprOf } from '../src/runtime/ops-repr.js';

export function listExtend(list: PyValue, iterable: PyValue): void {
  const l = list as PyList;
  const items = exactItems(iterable);
  if (items !== undefined) {
    for (const x of items) l.items.push(x);
    return;
  }
  const t = typeOf(iterable);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`Value after * must be an iterable, not ${t.name}`);
  }
  for (const x of toArray(iterable, true)) l.items.push(x);
}

/** How CPython names a callable in call errors (_PyObject_FunctionStr): `module.qualname()`
 * unless the module is builtins, so `__main__.f()` and `__main__.A.m()` for Python code. */
export function funcDescription(f: PyValue): string {
  const qn = getAttrOrUndefined(f, '__qualname__');
  if (typeof qn === 'string') {
    const mod = getAttrOrUndefined(f, '__module__');
    if (typeof mod === 'string' && mod !== 'builtins') return `${mod}.${qn}()`;
    return `${qn}()`;
  }
  return `${typeOf(f).name} object`;
}

/** CALL_FUNCTION_EX's positional arguments. */
export function starArgs(func: PyValue, args: PyValue): PyValue[] {
  const items = exactItems(args);
  if (items !== undefined) return items.slice();
  const t = typeOf(args);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`${funcDescription(func)} argument after * must be an iterable, not ${t.name}`);
  }
  return toArray(args, true);
}

/** CALL_FUNCTION_EX's keyword arguments: [names, values]. */
export function starKwargs(func: PyValue, kwargs: PyValue): [string[], PyValue[]] {
  let d: PyDict;
  if (kwargs instanceof PyDict) d = kwargs;
  else {
    d = new PyDict();
    dictMerge(d, kwargs, funcDescription(func));
  }
  const names: string[] = [];
  const values: PyValue[] = [];
  for (const [k, v] of d.entries()) {
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    names.push(k);
    values.push(v);
  }
  return [names, values];
}

/** MATCH_KEYS: values for `keys` via subj.get(k, marker); null if any is missing. */
export function matchKeys(subj: PyValue, keys: PyTuple): PyValue[] | null {
  const get = getAttr(subj, 'get');
  const marker = new PyTuple([]);
  const out: PyValue[] = [];
  const seen: PyValue[] = [];
  for (const k of keys.items) {
    for (const s of seen) {
      if (s === k || reprOf(s) === reprOf(k)) throw new PyBaseException(EXC['ValueError'], [`mapping pattern checks duplicate key (${reprOf(k)})`]);
    }
    seen.push(k);
    const v = call(get, [k, marker]);
    if (v === marker) return null;
    out.push(v);
  }
  return out;
}
