// The slower halves of instructions, kept out of the dispatch loop so the loop stays small:
// name lookups with their errors, raising, unpacking, f-string fields, imports, functions.
import { CodeObject } from '../src/compile/code.js';
import { MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS } from '../src/compile/opcodes.js';
import type { PyValue } from '../src/runtime/object.js';
import { PyType } from '../src/runtime/type.js';
import { typeOf } from '../src/runtime/builtin-types.js';
import {
  PyBaseException,
  EXC,
  newException,
  typeError,
  valueError,
  toPyException,
  recursionError,
} from '../src/runtime/errors.js';
import { PyDict, dictType } from '../src/runtime/dict.js';
import { PyTuple } from '../src/runtime/tuple.js';
import { PyList } from '../src/runtime/list.js';
import { PyFunction, PyCell } from '../src/runtime/function.js';
import { checkExceptType, givenExceptionMatches } from '../src/runtime/exception-match.js';
import { call } from '../src/runtime/call.js';
import { getItem, setItem, delItem, getIter, iterNext, toArray, exactItems } from '../src/runtime/ops-protocols.js';
import { getAttrOrUndefined } from '../src/runtime/attr.js';
import { strOf, reprOf, formatOf } from '../src/runtime/ops-repr.js';
import { PyModule } from '../src/runtime/modules.js';
import { handledException } from './thread-state.js';
import type { Frame } from './frame.js';

// ---------- exceptions ----------

/** PYTIER_DEBUG=1: print the JS stack of internal errors (runtime bugs) as they happen. */
const DEBUG = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.PYTIER_DEBUG === '1';

/** Anything thrown inside the interpreter as a Python exception. */
export function asPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return recursionError('maximum recursion depth exceeded');
  if (DEBUG) console.error(e);
  return toPyException(e);
}

/** Set the implicit `__context__` of a newly raised exception (CPython's _PyErr_SetObject),
 * breaking any cycle the new link would create. */
export function setContext(exc: PyBaseException): void {
  const handled = handledException();
  if (handled === null || handled === exc || !(handled instanceof PyBaseException)) return;
  let o: PyBaseException = handled;
  for (;;) {
    const c = o.context;
    if (!(c instanceof PyBaseException)) break;
    if (c === exc) {
      o.context = null;
      break;
    }
    o = c;
  }
  exc.context = handled;
}

/** The exception object for `raise v` (a class is instantiated). */
export function makeRaisable(v: PyValue): PyBaseException {
  if (v instanceof PyType && v.isSubtypeOf(EXC['BaseException'])) {
    const e = call(v, []);
    if (!(e instanceof PyBaseException)) {
      throw typeError(
        `calling ${reprOf(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`,
      );
    }
    return e;
  }
  if (v instanceof PyBaseException) return v;
  throw typeError('exceptions must derive from BaseException');
}

/** `raise exc from cause`. */
export function doRaise(excValue: PyValue, cause: PyValue | undefined): PyBaseException {
  const exc = makeRaisable(excValue);
  if (cause !== undefined) {
    if (cause === null) exc.cause = null;
    else if (cause instanceof PyType && cause.isSubtypeOf(EXC['BaseException'])) exc.cause = makeRaisable(cause);
    else if (cause instanceof PyBaseException) exc.cause = cause;
    else throw typeError('exception causes must derive from BaseException');
    exc.suppressContext = true;
  }
  setContext(exc);
  return exc;
}

/** CHECK_EXC_MATCH: is `exc` an instance of `type` (a class or tuple of classes)? */
export function excMatch(exc: PyValue, type: PyValue): boolean {
  checkExceptType(type);
  return givenExceptionMatches(exc as PyBaseException, type);
}

export function nameError(name: string): PyBaseException {
  const e = newException(EXC['NameError'], `name '${name}' is not defined`);
  e.fields = { ...(e.fields ?? {}), name };
  return e;
}

export function unboundLocal(name: string): PyBaseException {
  return newException(
    EXC['UnboundLocalError'],
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

export function unboundFree(name: string): PyBaseException {
  const e = newException(
    EXC['NameError'],
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
  e.fields = { ...(e.fields ?? {}), name };
  return e;
}

/** The error for reading an empty cell `i` (cellvars ++ freevars). */
export function emptyCell(code: CodeObject, i: number): PyBaseException {
  const nc = code.cellvars.length;
  return i < nc ? unboundLocal(code.cellvars[i]) : unboundFree(code.freevars[i - nc]);
}

// ---------- names ----------

export function loadGlobal(globals: PyDict, builtins: PyDict, name: string): PyValue {
  let v = globals.getStr(name);
  if (v === undefined) {
    v = builtins.getStr(name);
    if (v === undefined) throw nameError(name);
  }
  return v;
}

/** LOAD_NAME: the locals mapping, then globals, then builtins. */
export function loadName(f: Frame, name: string): PyValue {
  const locals = f.locals;
  if (locals instanceof PyDict && locals.cls === dictType) {
    const v = locals.getStr(name);
    if (v !== undefined) return v;
  } else if (locals !== null) {
    const v = mappingGet(locals, name);
    if (v !== undefined) return v;
  }
  return loadGlobal(f.globals, f.builtins, name);
}

/** locals[name] on an arbitrary mapping; undefined on KeyError. */
export function mappingGet(mapping: PyValue, name: string): PyValue | undefined {
  if (mapping instanceof PyDict && typeOf(mapping).lookup('__getitem__') === dictType.lookup('__getitem__')) {
    return mapping.getStr(name);
  }
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(EXC['KeyError'])) return undefined;
    throw e;
  }
}

export function storeName(f: Frame, name: string, v: PyValue): void {
  const locals = f.locals;
  if (locals === null) throw systemErrorNoLocals('storing', name);
  if (locals instanceof PyDict && typeOf(locals).lookup('__setitem__') === dictType.lookup('__setitem__')) {
    locals.setStr(name, v);
  } else setItem(locals, name, v);
}

export function deleteName(f: Frame, name: string): void {
  const locals = f.locals;
  if (locals === null) throw systemErrorNoLocals('deleting', name);
  if (locals instanceof PyDict && typeOf(locals).lookup('__delitem__') === dictType.lookup('__delitem__')) {
    if (locals.delete(name) === undefined) throw nameError(name);
    return;
  }
  try {
    delItem(locals, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(EXC['KeyError'])) throw nameError(name);
    throw e;
  }
}

function systemErrorNoLocals(what: string, name: string) {
  return newException(EXC['SystemError'], `no locals found when ${what} '${name}'`);
}

/** LOAD_CLASSDEREF: the class namespace first, then the cell. */
export function loadClassDeref(f: Frame, i: number): PyValue {
  const code = f.code;
  const nc = code.cellvars.length;
  const name = i < nc ? code.cellvars[i] : code.freevars[i - nc];
  if (f.locals !== null) {
    const v = mappingGet(f.locals, name);
    if (v !== undefined) return v;
  }
  const v = f.cells[i].value;
  if (v === undefined) throw emptyCell(code, i);
  return v;
}

export function deleteGlobal(globals: PyDict, name: string): void {
  if (globals.delete(name) === undefined) throw nameError(name);
}

// ---------- functions ----------

/** MAKE_FUNCTION: stack [defaults?, kwdefaults?, annotations?, closure?, code]. */
export function makeFunction(f: Frame, flags: number, stack: (PyValue | undefined)[], sp: number): PyFunction {
  const code = stack[--sp] as unknown as CodeObject;
  const closure = flags & MF_CLOSURE ? ((stack[--sp] as PyTuple).items as PyCell[]) : null;
  const annotations = flags & MF_ANNOTATIONS ? (stack[--sp] as PyTuple) : null;
  const kwdefaults = flags & MF_KWDEFAULTS ? (stack[--sp] as PyDict) : null;
  const defaults = flags & MF_DEFAULTS ? (stack[--sp] as PyTuple) : null;
  const fn = new PyFunction(code, f.globals, closure);
  if (defaults !== null) fn.defaults = defaults.items;
  if (kwdefaults !== null) fn.kwdefaults = kwdefaults;
  if (annotations !== null) {
    const d = new PyDict();
    const items = annotations.items;
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
    fn.annotations = d;
  }
  const doc = code.consts[0];
  fn.doc = typeof doc === 'string' ? doc : null;
  return fn;
}

// ---------- unpacking ----------

export function unpackSequence(v: PyValue, n: number, stack: (PyValue | undefined)[], sp: number): void {
  // Exact types only: a subclass's __iter__ may be overridden.
  let items = exactItems(v);
  if (items !== undefined) {
    if (items.length !== n) {
      if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
      throw valueError(`too many values to unpack (expected ${n})`);
    }
  } else {
    items = unpackIterable(v, n);
  }
  for (let i = 0; i < n; i++) stack[sp + i] = items[n - 1 - i];
}

function unpackIterable(v: PyValue, n: number): PyValue[] {
  const it = iterOrUnpackError(v);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
    out.push(x);
  }
  if (iterNext(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
  return out;
}

function iterOrUnpackError(v: PyValue): PyValue {
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  return getIter(v);
}

/** UNPACK_EX: pushes after-items reversed, the middle list, before-items reversed. */
export function unpackEx(v: PyValue, before: number, after: number, stack: (PyValue | undefined)[], sp: number): number {
  let items: PyValue[];
  const exact = exactItems(v);
  if (exact !== undefined) items = exact.slice();
  else {
    // CPython takes the items before the star one by one, then list(it) for the rest
    // (which asks the iterator for its length first).
    const it = iterOrUnpackError(v);
    items = [];
    for (let i = 0; i < before; i++) {
      const x = iterNext(it);
      if (x === undefined) throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
      items.push(x);
    }
    for (const x of toArray(it, true)) items.push(x);
  }
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = new PyList(items.slice(before, items.length - after));
  for (let i = after - 1; i >= 0; i--) stack[sp++] = items[items.length - after + i];
  stack[sp++] = middle;
  for (let i = before - 1; i >= 0; i--) stack[sp++] = items[i];
  return sp;
}

// ---------- f-strings ----------

export function formatValue(v: PyValue, conv: number, spec: string): string {
  if (conv === 1) v = strOf(v);
  else if (conv === 2) v = reprOf(v);
  else if (conv === 3) v = asciiOf(v);
  if (typeof v === 'string' && spec === '') return v;
  return formatOf(v, spec);
}

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(v: PyValue): string {
  const r = reprOf(v);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// ---------- imports ----------

/** IMPORT_FROM: module.name, else sys.modules['module.name'], else ImportError. */
export function importFrom(module: PyValue, name: string, sysModules: PyDict): PyValue {
  const v = getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const modName = module instanceof PyModule ? module.name : undefined;
  if (modName !== undefined) {
    const sub = sysModules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const where = modName === undefined ? '<unknown module name>' : modName;
  const e = newException(EXC['ImportError'], `cannot import name '${name}' from '${where}' (unknown location)`);
  e.fields = { ...(e.fields ?? {}), name: modName ?? null, path: null, msg: e.args[0] };
  throw e;
}

/** IMPORT_STAR: bind __all__ (or every public name) into the locals mapping. */
export function importStar(f: Frame, module: PyValue): void {
  if (f.locals === null) throw newException(EXC['SystemError'], 'no locals found during \'import *\'');
  const all = getAttrOrUndefined(module, '__all__');
  let names: PyValue[];
  if (all !== undefined) names = toArray(all);
  else {
    const d = getAttrOrUndefined(module, '__dict__');
    if (d === undefined) throw newException(EXC['ImportError'], 'from-import-* object has no __dict__ and no __all__');
    names = (d instanceof PyDict ? d.entries().map(([k]) => k) : toArray(d)).filter((k) => typeof k === 'string' && !k.startsWith('_'));
  }
  for (const n of names) {
    if (typeof n !== 'string') {
      const where = all !== undefined ? `${(module as PyModule).name}.__all__` : `${(module as PyModule).name}.__dict__`;
      throw typeError(`Item in ${where} must be str, not ${typeOf(n).name}`);
    }
    const v = getAttrOrUndefined(module, n);
    if (v === undefined) {
      throw newException(EXC['AttributeError'], `module '${(module as PyModule).name}' has no attribute '${n}'`);
    }
    storeName(f, n, v);
  }
}
