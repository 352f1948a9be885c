// How Python exceptions exist and travel in JS.
//
// A Python exception is a PyBaseException object and is thrown AS IS (`throw exc`): it does
// not extend JS Error, so throwing captures no JS stack (bench/micro/values.mjs measures the
// difference). Catch sites test `e instanceof PyBaseException`; anything else that reaches
// Python code (e.g. V8's RangeError on stack overflow) is converted by `toPyException`.
//
// This module is a leaf (value.ts, object.ts only): the exception TYPE objects are created in
// exceptions.ts and registered into `EXC` here, so low-level modules (type.ts, ...) can raise
// without importing the module that builds the hierarchy.
import { PyObject } from './value.js';
import { type AttrStore, type HasAttrs, type PyValue } from './object.js';
import type { PyType } from './type.js';
import type { PyDict } from './dict.js';

export class PyBaseException extends PyObject implements HasAttrs {
  /** Instance attributes start in "dict mode" with no dict: raising stays one allocation;
   * the first attribute write creates the dict (attr.ts). */
  attrs: AttrStore | null = null;
  dict: PyDict | null = null;
  /** `args` as a JS array; exception-methods.ts exposes it as a (cached) tuple. */
  args: readonly PyValue[];
  argsTuple: PyObject | null = null;
  /** Traceback object (built by the interpreter), or null. */
  traceback: PyValue = null;
  cause: PyValue = null;
  context: PyValue = null;
  suppressContext = false;
  /** Left a frame by RERAISE before any frame gave it a traceback (the group that except*
   * builds): the frames it passes through then must not set `__context__`, which CPython
   * sets only where an exception is raised. */
  contextFixed = false;
  /** Builtin per-type fields (StopIteration.value, OSError.errno, SyntaxError.lineno, ...),
   * exposed as data descriptors by exceptions.ts; not part of `__dict__`. */
  fields: Record<string, PyValue> | null = null;
  constructor(
    public override cls: PyType,
    args: readonly PyValue[],
  ) {
    super();
    this.args = args;
  }
}

/** Every builtin exception type by its Python name (filled by exceptions.ts at load). */
export const EXC: Record<string, PyType> = Object.create(null);

/** A fresh instance of a builtin exception type, with `args` and no Python-level __init__
 * run (what CPython's PyErr_SetString/PyErr_Format do). */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  const exc = type.alloc(type) as PyBaseException;
  exc.args = args;
  return exc;
}

function make(name: string, msg: string): PyBaseException {
  const type = EXC[name];
  if (type === undefined) throw new Error(`pytier runtime not initialised: ${name}: ${msg}`);
  return newException(type, msg);
}

// Helpers for TS code: `throw typeError("...")`. They return (not throw) so TS sees `throw`.
export const typeError = (msg: string) => make('TypeError', msg);
export const valueError = (msg: string) => make('ValueError', msg);
export const attributeError = (msg: string) => make('AttributeError', msg);
export const indexError = (msg: string) => make('IndexError', msg);
export const overflowError = (msg: string) => make('OverflowError', msg);
export const zeroDivisionError = (msg: string) => make('ZeroDivisionError', msg);
export const nameError = (msg: string) => make('NameError', msg);
export const runtimeError = (msg: string) => make('RuntimeError', msg);
export const recursionError = (msg: string) => make('RecursionError', msg);

/** Recursion inside the runtime that counts against sys.getrecursionlimit() together with
 * Python frames (CPython's _Py_EnterRecursiveCall / _Py_LeaveRecursiveCall); the interpreter
 * installs the counting (interp/index.ts). `where` ends the message, as CPython's. */
export const recursionGuard = {
  enter: (_where: string): void => {},
  leave: (): void => {},
};
export const notImplementedError = (msg: string) => make('NotImplementedError', msg);
export const systemError = (msg: string) => make('SystemError', msg);
export const unboundLocalError = (msg: string) => make('UnboundLocalError', msg);
export const assertionError = (msg: string) => make('AssertionError', msg);
export const lookupError = (msg: string) => make('LookupError', msg);
export const memoryError = (msg: string) => make('MemoryError', msg);
/** KeyError's single arg is the key itself (its str() is the key's repr). */
export const keyError = (key: PyValue) => newException(EXC['KeyError'], key);
/** StopIteration carrying a return value (no args when the value is None, as CPython). */
export const stopIteration = (value: PyValue = null) =>
  value === null ? newException(EXC['StopIteration']) : newException(EXC['StopIteration'], value);

/** Is `e` an instance of the builtin exception type `name` (or a subclass)? */
export function excMatches(e: unknown, name: string): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(EXC[name]);
}

/** Convert anything thrown by JS code into a Python exception: Python exceptions pass
 * through; V8's stack overflow becomes RecursionError; other JS errors are runtime bugs and
 * become SystemError carrying the JS message (never silently swallowed). */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return recursionError('maximum recursion depth exceeded');
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return systemError(`internal error: ${detail}`);
}
