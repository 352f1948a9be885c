// `atexit`: functions to call when the program ends (the host calls runExitFuncs once the
// main module has finished, normally or not, as CPython does before it flushes and exits).
import { type PyValue } from './object.js';
import { PyDict } from './dict.js';
import { typeError } from './errors.js';
import { defFunction, type NativeFn } from './builtin-function.js';
import { callWithDict, isCallable } from './call.js';
import { eq } from './ops-compare.js';
import { newModule, registerModule } from './modules.js';

interface ExitFunc {
  readonly func: PyValue;
  readonly args: PyValue[];
  readonly kwargs: PyDict;
}

let exitFuncs: ExitFunc[] = [];

/** What happens to an exception an exit function raises: set by the host to print CPython's
 * "Exception ignored in atexit callback: ..." with the traceback; the rest still run. */
export const exitHooks = {
  unraisable: (_func: PyValue, e: unknown): void => {
    throw e;
  },
  /** sys.excepthook's default: the traceback on stderr (weakref.finalize's exit function). */
  excepthook: (e: unknown): void => {
    throw e;
  },
};

/** Register `func(*args, **kwargs)` to run at exit. */
export function registerExitFunc(func: PyValue, args: PyValue[] = [], kwargs: PyDict = new PyDict()): void {
  exitFuncs.push({ func, args, kwargs });
}

/** Run the registered functions, the last registered first, and forget them all. */
export function runExitFuncs(): void {
  const funcs = exitFuncs;
  exitFuncs = [];
  for (let i = funcs.length - 1; i >= 0; i--) {
    const { func, args, kwargs } = funcs[i];
    try {
      callWithDict(func, args, kwargs);
    } catch (e) {
      exitHooks.unraisable(func, e);
    }
  }
}

registerModule('atexit', () => {
  const fn = (name: string, sig: string, impl: NativeFn) => defFunction(name, sig, impl, 'atexit');
  return newModule('atexit', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n')
    .set('register', fn('register', '(func, /, *args, **kwargs)', (func: PyValue, args: PyValue[], kwargs: PyDict) => {
      if (!isCallable(func)) throw typeError('the first argument must be callable');
      registerExitFunc(func, args, kwargs);
      return func;
    }))
    .set('unregister', fn('unregister', '(func, /)', (func: PyValue) => {
      exitFuncs = exitFuncs.filter((f) => !eq(f.func, func));
      return null;
    }))
    .set('_run_exitfuncs', fn('_run_exitfuncs', '()', () => {
      runExitFuncs();
      return null;
    }))
    .set('_clear', fn('_clear', '()', () => {
      exitFuncs = [];
      return null;
    }))
    .set('_ncallbacks', fn('_ncallbacks', '()', () => exitFuncs.length));
});
