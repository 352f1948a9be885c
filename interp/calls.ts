// Running code: frames for Python functions (plain, generator, coroutine), class bodies,
// module code and exec(); the recursion limit; and the hooks through which the object model
// reaches the interpreter (function calls, class bodies, zero-argument super(), generators).
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_SUSPENDABLE,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeObject,
} from '../src/compile/code.js';
import type { PyValue } from '../src/runtime/object.js';
import { PyType, SLOT, typeType, objectType } from '../src/runtime/type.js';
import { PyObject } from '../src/runtime/value.js';
import { PyBaseException, runtimeError } from '../src/runtime/errors.js';
import { PyDict } from '../src/runtime/dict.js';
import { PyFunction, PyCell, setCodeRunner, callFunction, newLocals } from '../src/runtime/function.js';
import { call, callMethod, typeCallHook } from '../src/runtime/call.js';
import { PyBuiltinFunction, PyBuiltinNew, PyMethodDescriptor, type NativeFn } from '../src/runtime/builtin-function.js';
import type { NativeSignature } from '../src/runtime/native-signature.js';
import { classBodyHooks } from '../src/runtime/build-class.js';
import { superHooks } from '../src/runtime/super.js';
import { typeHooks, initNew, initialized } from '../src/runtime/type-methods.js';
import { isObjectInit, isObjectNew, objectNew } from '../src/runtime/object-methods.js';
import { typeOf, strType } from '../src/runtime/builtin-types.js';
import { strObject } from '../src/runtime/ops-repr.js';
import { PyGenerator, generatorHooks } from '../src/runtime/generator.js';
import { builtinsDict } from '../src/runtime/modules.js';
import { Frame } from './frame.js';
import { tstate, running } from './thread-state.js';
import { runFrame } from './eval.js';
import { interrupt, takeInterrupt } from '../src/runtime/interrupt.js';
import { O } from './opnums.js';
import { FEEDBACK } from './feedback.js';
import { feedbackOf } from './code-runtime.js';

const NO_CELLS: PyCell[] = [];

let builtinsCache: PyDict | null = null;
function builtins(): PyDict {
  return (builtinsCache ??= builtinsDict());
}


function cellsFor(code: CodeObject, fast: (PyValue | undefined)[], closure: readonly PyCell[] | null): PyCell[] {
  const ncell = code.cellvars.length;
  const nfree = code.freevars.length;
  if (ncell + nfree === 0) return NO_CELLS;
  const cells = new Array<PyCell>(ncell + nfree);
  for (let i = 0; i < ncell; i++) {
    const a = code.cell2arg[i];
    cells[i] = new PyCell(a >= 0 ? fast[a] : undefined);
  }
  for (let j = 0; j < nfree; j++) cells[ncell + j] = closure![j];
  return cells;
}

/** The code runner for Python functions: `fast` holds the bound parameters. */
export function runFunction(func: PyFunction, fast: (PyValue | undefined)[]): PyValue {
  if (interrupt.flag[0] !== 0) throw takeInterrupt();
  const code = func.code as CodeObject;
  if (FEEDBACK.enabled) {
    const fb = feedbackOf(code);
    fb.calls++;
    fb.remaining--;
  }
  const frame = new Frame(code, func.globals, builtins(), null, fast, cellsFor(code, fast, func.closure), func);
  const flags = code.flags;
  if (flags & CO_SUSPENDABLE) {
    const kind = flags & CO_COROUTINE ? 'coroutine' : flags & CO_ASYNC_GENERATOR ? 'async_generator' : 'generator';
    return new PyGenerator(frame, kind);
  }
  return runFrame(frame, undefined);
}

/** The fast locals for a call whose `n` positional arguments on a value stack (after
 * `self`, when not undefined) map 1:1 onto the parameters; undefined when they do not. */
function positionalLocals(
  code: CodeObject,
  self: PyValue | undefined,
  stack: (PyValue | undefined)[],
  start: number,
  n: number,
): (PyValue | undefined)[] | undefined {
  const nargs = self === undefined ? n : n + 1;
  if (code.argcount !== nargs || code.kwonlyargcount !== 0 || (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) {
    return undefined;
  }
  const fast = newLocals(code);
  let j = 0;
  if (self !== undefined) fast[j++] = self;
  for (let i = 0; i < n; i++) fast[j++] = stack[start + i];
  return fast;
}

/** Call a Python function with positional arguments taken from a value stack (no array
 * for the arguments when they map 1:1 onto the parameters). `self` undefined = none. */
export function callFunctionFast(
  fn: PyFunction,
  self: PyValue | undefined,
  stack: (PyValue | undefined)[],
  start: number,
  n: number,
): PyValue {
  const fast = positionalLocals(fn.code as CodeObject, self, stack, start, n);
  if (fast !== undefined) return runFunction(fn, fast);
  const args = stack.slice(start, start + n) as PyValue[];
  if (self !== undefined) args.unshift(self);
  return callFunction(fn, args, null);
}

/** Whether a builtin with signature `sig` can take `n` positional arguments directly. */
export function nativeTakes(sig: NativeSignature, n: number): boolean {
  return sig.direct && n >= sig.required && n <= sig.positional;
}

/** Call a builtin's JS implementation with `n` arguments from a value stack (`self`
 * undefined = none); only when nativeTakes(sig, n). */
export function callNativeFromStack(
  fn: NativeFn,
  self: PyValue | undefined,
  stack: (PyValue | undefined)[],
  start: number,
  n: number,
): PyValue {
  if (self === undefined) {
    switch (n) {
      case 0: return fn();
      case 1: return fn(stack[start]);
      case 2: return fn(stack[start], stack[start + 1]);
      case 3: return fn(stack[start], stack[start + 1], stack[start + 2]);
      default: return fn(...stack.slice(start, start + n));
    }
  }
  switch (n) {
    case 0: return fn(self);
    case 1: return fn(self, stack[start]);
    case 2: return fn(self, stack[start], stack[start + 1]);
    case 3: return fn(self, stack[start], stack[start + 1], stack[start + 2]);
    default: return fn(self, ...stack.slice(start, start + n));
  }
}

/** CALL_FUNCTION / CALL_METHOD: call `fn` with `n` positional arguments from a value stack,
 * after `self` (an unbound method found by LOAD_METHOD and its receiver) unless undefined.
 * Python functions and builtins whose parameters take the arguments as they are skip the
 * argument array. */
export function callFromStack(
  fn: PyValue,
  self: PyValue | undefined,
  stack: (PyValue | undefined)[],
  start: number,
  n: number,
): PyValue {
  if (fn instanceof PyFunction) return callFunctionFast(fn, self, stack, start, n);
  if (self === undefined) {
    if (fn instanceof PyBuiltinFunction && fn.constructor === PyBuiltinFunction && nativeTakes(fn.sig, n)) {
      return callNativeFromStack(fn.fn, fn.self, stack, start, n);
    }
    if (fn instanceof PyType) return fn.isHeapType ? callClass(fn, stack, start, n) : callBuiltinType(fn, stack, start, n);
    // An instance of a class with a Python __call__ (bm_chaos's splines): the method takes
    // the arguments from the stack.
    if (fn instanceof PyObject && fn.cls.isHeapType) {
      const dunder = fn.cls.lookupSlot(SLOT.call);
      if (dunder instanceof PyFunction) return callFunctionFast(dunder, fn, stack, start, n);
    }
    return call(fn, stack.slice(start, start + n) as PyValue[], null);
  }
  if (fn instanceof PyMethodDescriptor) {
    return nativeTakes(fn.sig, n)
      ? callNativeFromStack(fn.fn, self, stack, start, n)
      : fn.callWithSelf(self, stack.slice(start, start + n) as PyValue[], null);
  }
  return callWithSelf(fn, self, stack.slice(start, start + n) as PyValue[], null);
}

/** Calling a builtin type (str(x), int(x), range(n), ValueError(m), ...): its native
 * `__new__` takes the arguments from the stack, as CPython's vectorcall of builtin types,
 * instead of type.__call__'s argument array and binder. Builtin types cannot be changed, so
 * their metatype is `type` and their __new__ and __init__ are the ones they were built with. */
function callBuiltinType(cls: PyType, stack: (PyValue | undefined)[], start: number, n: number): PyValue {
  // One argument to str or type: what their __new__ returns, without the lookups (CPython
  // 3.11's PRECALL_NO_KW_STR_1 and PRECALL_NO_KW_TYPE_1). Neither type has an __init__.
  if (n === 1) {
    if (cls === strType) return strObject(stack[start] as PyValue);
    if (cls === typeType) return typeOf(stack[start] as PyValue);
  }
  const nf = cls.lookupSlot(SLOT.new);
  if (nf instanceof PyBuiltinNew && cls.cls === typeType && cls !== typeType && cls !== objectType) {
    let obj: PyValue;
    if (nativeTakes(nf.sig, n)) obj = callNativeFromStack(nf.impl, cls, stack, start, n);
    // `(*args, **kwargs)`, as range's: the arguments as an array and no keywords. Not
    // object.__new__, whose checks are type.__call__'s (callType).
    else if (nf.sig.starOnly && !isObjectNew(nf)) obj = nf.impl(cls, stack.slice(start, start + n), new PyDict());
    else return call(cls, stack.slice(start, start + n) as PyValue[], null);
    // object.__init__ accepts and ignores the arguments when __new__ is not object's.
    if (typeOf(obj) === cls && isObjectInit(cls.lookupSlot(SLOT.init))) return obj;
    return initNew(cls, obj, stack.slice(start, start + n) as PyValue[], null);
  }
  return call(cls, stack.slice(start, start + n) as PyValue[], null);
}

/** Calling a Python class whose instances come from object.__new__ and whose __init__ is a
 * Python function (the usual `Vec(x, y, z)`): type.__call__ without its argument arrays,
 * __init__ takes the arguments from the stack. Other classes take type.__call__. */
function callClass(cls: PyType, stack: (PyValue | undefined)[], start: number, n: number): PyValue {
  const init = cls.lookupSlot(SLOT.init);
  if (init instanceof PyFunction && isObjectNew(cls.lookupSlot(SLOT.new)) && cls.cls.lookupSlot(SLOT.call) === typeCallHook.defaultTypeCall) {
    const obj = objectNew(cls, 0);
    return initialized(obj, callFunctionFast(init, obj, stack, start, n));
  }
  return call(cls, stack.slice(start, start + n) as PyValue[], null);
}

/** Call an unbound method found by LOAD_METHOD with its receiver. */
export function callWithSelf(meth: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  return callMethod(meth, self, args, kwnames);
}

/** Run module-level code (a program, exec/eval) with the given namespaces; `closure` holds
 * the cells of its free variables (exec's closure=), which other code does not have. */
export function runCode(code: CodeObject, globals: PyDict, locals: PyValue, closure: readonly PyCell[] | null = null): PyValue {
  const fast = newLocals(code);
  const frame = new Frame(code, globals, builtins(), locals, fast, cellsFor(code, fast, closure), null);
  return runFrame(frame, undefined);
}

function runClassBody(body: PyFunction, ns: PyValue): PyCell | null {
  const code = body.code as CodeObject;
  const fast = newLocals(code);
  const frame = new Frame(code, body.globals, builtins(), ns, fast, cellsFor(code, fast, body.closure), body);
  const r = runFrame(frame, undefined);
  return r instanceof PyCell ? r : null;
}

/** Zero-argument super(): (__class__, first argument) of the calling frame. */
function superZeroArgs(): [PyValue, PyValue] {
  const f = running.frame;
  if (f === null) throw runtimeError('super(): no current frame');
  const code = f.code;
  if (code.argcount === 0 && (code.flags & CO_VARARGS) === 0) throw runtimeError('super(): no arguments');
  let first = f.fast[0];
  const ci = Array.prototype.indexOf.call(code.cell2arg, 0);
  if (ci >= 0) first = f.cells[ci].value;
  if (first === undefined) throw runtimeError('super(): arg[0] deleted');
  const fi = code.freevars.indexOf('__class__');
  if (fi < 0) throw runtimeError('super(): __class__ cell not found');
  const cls = f.cells[code.cellvars.length + fi].value;
  if (cls === undefined) throw runtimeError('super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw runtimeError('super(): __class__ is not a type');
  return [cls, first];
}

/** Generators: run their frame with their own handled-exception state swapped in. */
function runGenerator(gen: PyGenerator, exc: PyBaseException | undefined): PyValue {
  const es = gen.excState;
  es.prev = tstate.excInfo;
  tstate.excInfo = es;
  try {
    return runFrame(gen.frame as Frame, exc);
  } finally {
    tstate.excInfo = es.prev!;
    es.prev = null;
  }
}

/** Install the interpreter into the object model (idempotent). */
export function installInterpreter(): void {
  setCodeRunner(runFunction);
  classBodyHooks.run = runClassBody;
  superHooks.zeroArgs = superZeroArgs;
  typeHooks.callerModuleName = () => running.frame?.globals.getStr('__name__');
  generatorHooks.run = runGenerator;
  generatorHooks.YIELD_VALUE = O.YIELD_VALUE;
  generatorHooks.SEND = O.SEND;
}
