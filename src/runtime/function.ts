// Python functions (`def`/`lambda`), bound methods and closure cells. Executing a function's
// code is the interpreter's job: it installs itself with `setCodeRunner` (interp/), and
// `callFunction` binds the arguments (args.ts) and hands the filled locals to it.
import { PyObject } from './value.js';
import { AttrStore, type HasAttrs, type PyValue } from './object.js';
import type { PyType } from './type.js';
import type { PyDict } from './dict.js';
import { newBuiltinType } from './builtin-types.js';
import { bindArguments } from './args.js';
import { holeyArray } from './array-kinds.js';

/** CPython's co_flags bits that the object model looks at. */
export const CO_VARARGS = 0x04;
export const CO_VARKEYWORDS = 0x08;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ASYNC_GENERATOR = 0x200;

/** What the runtime needs from a CodeObject (src/compile's CodeObject satisfies it).
 * `varnames` starts with the parameters in CPython order: positional (positional-only
 * first), keyword-only, then the *args name, then the **kwargs name. */
export interface FunctionCode {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly varnames: readonly string[];
  readonly flags: number;
  /** Value-stack size: the interpreter keeps the stack in the same array as the locals. */
  readonly stacksize?: number;
}

/** Length of the locals array a call allocates: parameters and locals, then the value stack
 * (interp/frame.ts), so a call needs one array. */
export function localsSize(code: FunctionCode): number {
  return code.varnames.length + (code.stacksize ?? 0);
}

/** A new locals array for `code` (length localsSize(code), all unbound). */
export function newLocals(code: FunctionCode): (PyValue | undefined)[] {
  return holeyArray<PyValue>(localsSize(code));
}

export class PyCell extends PyObject {
  override cls: PyType = cellType;
  /** undefined = empty cell ("free variable referenced before assignment"). */
  constructor(public value: PyValue | undefined = undefined) {
    super();
  }
}

export class PyFunction extends PyObject implements HasAttrs {
  override cls: PyType = functionType;
  attrs: AttrStore | null = new AttrStore();
  dict: PyDict | null = null;
  name: string;
  qualname: string;
  /** `__module__` (taken from globals['__name__'] at creation). */
  module: PyValue;
  doc: PyValue = null;
  /** Positional defaults (`__defaults__`), null when none. */
  defaults: readonly PyValue[] | null = null;
  /** Keyword-only defaults (`__kwdefaults__`), null when none. */
  kwdefaults: PyDict | null = null;
  annotations: PyDict | null = null;
  /** The interpreter's per-function slot (e.g. compiled code, call counters). */
  jitState: unknown = undefined;
  constructor(
    public code: FunctionCode,
    readonly globals: PyDict,
    /** Cells for the code's free variables, in co_freevars order. */
    public closure: readonly PyCell[] | null = null,
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
    const modname = globals.getStr('__name__');
    this.module = modname === undefined ? null : modname;
  }
}

/** A function bound to an instance (`obj.method`): `__func__` and `__self__`. */
export class PyBoundMethod extends PyObject {
  override cls: PyType = methodType;
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super();
  }
}

export const functionType = newBuiltinType('function', { final: true });
export const methodType = newBuiltinType('method', { final: true });
export const cellType = newBuiltinType('cell', { final: true });

/** Runs a function's code with its parameters bound into `locals` (length >= the number of
 * parameters; the rest undefined). Returns the result (or a generator for generator code). */
export type CodeRunner = (func: PyFunction, locals: (PyValue | undefined)[]) => PyValue;

let runCode: CodeRunner = (func) => {
  throw new Error(`no interpreter installed to run ${func.qualname}()`);
};

/** The interpreter installs how a function's code executes. */
export function setCodeRunner(runner: CodeRunner): void {
  runCode = runner;
}

/** Call a Python function: bind the arguments, then run. */
export function callFunction(func: PyFunction, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  return runCode(func, bindArguments(func, args, kwnames));
}

/** `func(self, arg)` without building an argument array when the code takes exactly two
 * plain positional parameters (binary dunders, __getitem__, __contains__, ...). */
export function callFunctionSelfArg(func: PyFunction, self: PyValue, arg: PyValue): PyValue {
  const code = func.code;
  if (code.argcount === 2 && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    const locals = newLocals(code);
    locals[0] = self;
    locals[1] = arg;
    return runCode(func, locals);
  }
  return runCode(func, bindArguments(func, [self, arg], null));
}

/** Call a function as a method of `self` (self is the first positional argument) without
 * building a new argument array on the common path. */
export function callFunctionWithSelf(
  func: PyFunction,
  self: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const code = func.code;
  if (
    kwnames === null &&
    args.length + 1 === code.argcount &&
    code.kwonlyargcount === 0 &&
    (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0
  ) {
    const locals = newLocals(code);
    locals[0] = self;
    for (let i = 0; i < args.length; i++) locals[i + 1] = args[i];
    return runCode(func, locals);
  }
  return runCode(func, bindArguments(func, [self, ...args], kwnames));
}
