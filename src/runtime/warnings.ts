// The runtime's own warnings (CPython's PyErr_WarnEx and PyErr_WarnExplicitObject): runtime
// code that meets a deprecated or dubious use calls `warn`. The warning goes through the
// `_warnings` module (module-warnings.ts), so the warnings filters decide whether it is
// shown, ignored or raised; `_warnings` installs itself in `warningsHooks` because the core
// modules that warn cannot import the module machinery (README, load order).
import type { PyValue } from './object.js';
import type { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { EXC } from './errors.js';

export const warningsHooks = {
  warn: (_category: PyType, _message: string, _stacklevel: number): void => {
    throw new Error('_warnings is not loaded');
  },
  warnExplicit: (_category: PyType, _message: string, _filename: string, _lineno: number): void => {
    throw new Error('_warnings is not loaded');
  },
};

/** Issue a warning about the running Python code (`stacklevel` 1), or about the code
 * `stacklevel - 1` calls further out. An "error" filter makes this raise the warning. */
export function warn(category: PyType, message: string, stacklevel = 1): void {
  warningsHooks.warn(category, message, stacklevel);
}

/** Issue a warning located at `filename`:`lineno` (the compiler's warnings), outside any
 * module's registry. */
export function warnExplicit(category: PyType, message: string, filename: string, lineno: number): void {
  warningsHooks.warnExplicit(category, message, filename, lineno);
}

/** The DeprecationWarning for a conversion dunder (`__index__`, `__int__`, `X.__float__`,
 * `__complex__`) that returned an instance of a strict subclass of the type it must return:
 * CPython still accepts the value (True from `__index__` counts as 1). */
export function warnStrictSubclass(dunder: string, typeName: string, result: PyValue): void {
  warn(
    EXC['DeprecationWarning'],
    `${dunder} returned non-${typeName} (type ${typeOf(result).name}).  The ability to return an instance of a strict subclass of ${typeName} is deprecated, and may be removed in a future version of Python.`,
  );
}
