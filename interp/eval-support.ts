// Instruction halves that need more of the runtime: attribute loads (modules first),
// await/async iteration, pattern matching, the interactive display hook, imports.
import type { PyValue } from '../src/runtime/object.js';
import { PyType } from '../src/runtime/type.js';
import { typeOf } from '../src/runtime/builtin-types.js';
import { EXC, newException, typeError, PyBaseException } from '../src/runtime/errors.js';
import { PyDict, dictType } from '../src/runtime/dict.js';
import { listType } from '../src/runtime/list.js';
import { PyTuple, tupleType } from '../src/runtime/tuple.js';
import { call, callMethod0 } from '../src/runtime/call.js';
import { getAttr, getAttrOrUndefined } from '../src/runtime/attr.js';
import { PyGenerator, awaitableIter, isCoroutineLike } from '../src/runtime/generator.js';
import { PyModule, importModule } from '../src/runtime/modules.js';
import { isInstance } from '../src/runtime/isinstance.js';
import { importHook, defaultImport } from '../src/runtime/builtins-exec.js';
import type { Frame } from './frame.js';

/** LOAD_ATTR: module attributes straight from the module dict (with PEP 562
 * `__getattr__` and CPython's message), everything else through getattr. */
export function loadAttr(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyModule) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
    const generic = getAttrOrUndefined(obj, name);
    if (generic !== undefined) return generic;
    const hook = obj.dict.getStr('__getattr__');
    if (hook !== undefined) return call(hook, [name]);
    const e = newException(EXC['AttributeError'], `module '${obj.name}' has no attribute '${name}'`);
    e.fields = { ...(e.fields ?? {}), name, obj };
    throw e;
  }
  return getAttr(obj, name);
}

const AWAIT_WHERE = ["'await' expression", "'async with' received an object from __aenter__", "'async with' received an object from __aexit__"];

/** GET_AWAITABLE: a coroutine stays itself; else `__await__()` must give an iterator. */
export function getAwaitable(v: PyValue, where: number): PyValue {
  if (v instanceof PyGenerator && v.kind === 'coroutine' && v.delegate() !== undefined) {
    throw newException(EXC['RuntimeError'], 'coroutine is being awaited already');
  }
  if (where !== 0 && !isCoroutineLike(v) && typeOf(v).lookup('__await__') === undefined) {
    throw typeError(`${AWAIT_WHERE[where]} that does not implement __await__: ${typeOf(v).name}`);
  }
  return awaitableIter(v);
}

export function getAIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = t.lookup('__aiter__');
  if (f === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = callMethod0(f, v);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

export function getANext(aiter: PyValue): PyValue {
  const t = typeOf(aiter);
  const f = t.lookup('__anext__');
  if (f === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const aw = callMethod0(f, aiter);
  try {
    return getAwaitable(aw, 0);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(EXC['TypeError'])) {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeOf(aw).name}`);
    }
    throw e;
  }
}

// ---------- pattern matching ----------

export function isMapping(v: PyValue): boolean {
  return typeOf(v).isSubtypeOf(dictType) || typeOf(v).name === 'mappingproxy';
}

const SEQUENCE_TYPES = new Set(['range', 'memoryview', 'collections.deque', 'array.array']);

export function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isSubtypeOf(listType) || t.isSubtypeOf(tupleType)) return true;
  // collections.deque is a class statement's type in pytier (a frozen module) but a
  // builtin sequence in CPython; its C-type name sets it apart from user classes.
  return t.mro.some((b) => SEQUENCE_TYPES.has(b.name) && (!b.isHeapType || b.nameHasModule));
}

const SELF_MATCH = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** MATCH_CLASS: the matched attributes, or null when `subj` does not match. */
export function matchClass(subj: PyValue, cls: PyValue, npos: number, kwnames: PyTuple): PyValue[] | null {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a type');
  if (!isInstance(subj, cls)) return null;
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (npos > 0) {
    const matchArgs = getAttrOrUndefined(cls, '__match_args__');
    if (matchArgs === undefined) {
      if (npos === 1 && cls.mro.some((b) => !b.isHeapType && SELF_MATCH.has(b.name))) out.push(subj);
      else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) {
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      }
      if (npos > matchArgs.items.length) {
        const n = matchArgs.items.length;
        throw typeError(`${cls.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${npos} given)`);
      }
      for (let i = 0; i < npos; i++) {
        const name = matchArgs.items[i];
        if (typeof name !== 'string') {
          throw typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
        }
        if (seen.has(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
        seen.add(name);
        const v = getAttrOrUndefined(subj, name);
        if (v === undefined) return null;
        out.push(v);
      }
    }
  }
  for (const k of kwnames.items as string[]) {
    if (seen.has(k)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${k}'`);
    seen.add(k);
    const v = getAttrOrUndefined(subj, k);
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

// ---------- interactive display ----------

/** PRINT_EXPR: sys.displayhook(v). */
export function printExpr(v: PyValue): void {
  call(getAttr(importModule('sys'), 'displayhook'), [v]);
}

// ---------- imports ----------

/** IMPORT_NAME: builtins.__import__ (the default one is called directly). */
export function importName(f: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const imp = f.builtins.getStr('__import__');
  if (imp === undefined) throw newException(EXC['ImportError'], '__import__ not found');
  if (imp === importHook.defaultImportFunction) return defaultImport(name, f.globals, fromlist, level);
  const locals = f.locals ?? null;
  return call(imp, [name, f.globals, locals instanceof PyDict ? locals : null, fromlist, level]);
}
