// Calling any Python object. Calling convention everywhere (CPython's vectorcall):
//   call(f, args, kwnames)  args = positional values followed by the keyword values,
//                           kwnames = the keyword names (null when there are none).
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType, SLOT } from './type.js';
import { typeOf } from './builtin-types.js';
import { typeError } from './errors.js';
import { PyFunction, PyBoundMethod, callFunction, callFunctionWithSelf, callFunctionSelfArg } from './function.js';
import { PyBuiltinFunction, PyMethodDescriptor } from './builtin-function.js';
import { descrGet } from './attr.js';
import type { PyDict } from './dict.js';

/** Set by type-methods.ts: `type.__call__` (creating instances: __new__ then __init__). */
export const typeCallHook = {
  defaultTypeCall: undefined as PyValue | undefined,
  callType: undefined as unknown as (cls: PyType, args: readonly PyValue[], kwnames: readonly string[] | null) => PyValue,
};

export function call(f: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (f instanceof PyFunction) return callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.call(args, kwnames);
  if (f instanceof PyBoundMethod) return callMethod(f.func, f.self, args, kwnames);
  if (f instanceof PyType) {
    const meta = f.cls;
    const dunder = meta.lookupSlot(SLOT.call);
    if (dunder === typeCallHook.defaultTypeCall) return typeCallHook.callType(f, args, kwnames);
    return callMethod(dunder!, f, args, kwnames);
  }
  if (f instanceof PyMethodDescriptor) return f.call(args, kwnames);
  const dunder = typeOf(f).lookupSlot(SLOT.call);
  if (dunder === undefined) throw typeError(`'${typeOf(f).name}' object is not callable`);
  return callMethod(dunder, f, args, kwnames);
}

/** `f(*args, **kw)` with the keywords in a dict (string keys). */
export function callWithDict(f: PyValue, args: readonly PyValue[], kw: PyDict): PyValue {
  const entries = kw.entries();
  return call(f, [...args, ...entries.map(([, v]) => v)], entries.length ? entries.map(([k]) => k as string) : null);
}

/** Call `fn` (found on `self`'s type, not yet bound) as a method of `self`. */
export function callMethod(
  fn: PyValue,
  self: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null = null,
): PyValue {
  if (fn instanceof PyFunction) return callFunctionWithSelf(fn, self, args, kwnames);
  if (fn instanceof PyMethodDescriptor) {
    fn.checkSelf(self);
    return fn.callWithSelf(self, args, kwnames);
  }
  return call(descrGet(fn, self, typeOf(self)), args, kwnames);
}

/** callMethod(fn, self, [arg]) without allocating on the common paths (operator dunders). */
export function callMethod1(fn: PyValue, self: PyValue, arg: PyValue): PyValue {
  if (fn instanceof PyFunction) return callFunctionSelfArg(fn, self, arg);
  if (fn instanceof PyMethodDescriptor && fn.sig.direct && fn.sig.required <= 1 && fn.sig.positional >= 1) {
    fn.checkSelf(self);
    return fn.fn(self, arg);
  }
  return callMethod(fn, self, [arg]);
}

/** callMethod(fn, self, []) without the argument array and binder when `fn` is a builtin's
 * (__iter__, __next__, __len__, __hash__ of builtin types): its JS implementation directly. */
export function callMethod0(fn: PyValue, self: PyValue): PyValue {
  if (fn instanceof PyMethodDescriptor && fn.sig.direct && fn.sig.required === 0) {
    fn.checkSelf(self);
    return fn.fn(self);
  }
  return callMethod(fn, self, []);
}

/** Call the special method `name` looked up on type(obj) (never the instance); undefined
 * when the type has no such method. */
export function callSpecial(obj: PyValue, name: string, args: readonly PyValue[]): PyValue | undefined {
  const fn = typeOf(obj).lookup(name);
  return fn === undefined ? undefined : callMethod(fn, obj, args);
}

/** Is the object callable (builtin `callable`)? */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType) {
    return true;
  }
  return v instanceof PyObject && v.cls.lookupSlot(SLOT.call) !== undefined;
}

/** Call with keyword arguments given as a JS record (convenience for TS code). */
export function callKw(f: PyValue, args: readonly PyValue[], kwargs: Record<string, PyValue>): PyValue {
  const names = Object.keys(kwargs);
  return call(f, [...args, ...names.map((n) => kwargs[n])], names.length === 0 ? null : names);
}
