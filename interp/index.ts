// The interpreter tier's entry: loads the runtime, installs the interpreter into it and
// runs programs. `runModule` executes a compiled module as `__main__` (or any name).
import '../src/runtime/index.js';
import '../src/runtime/builtins.js';
import '../src/runtime/module-time.js';
import '../src/runtime/module-random.js';
import '../src/runtime/module-struct.js';
import '../src/runtime/module-array.js';
import '../src/runtime/module-cmath.js';
import '../src/runtime/frozen/index.js';
import '../src/runtime/generator.js';
import '../src/runtime/module-sys.js';
import '../src/runtime/builtins-exec.js';
import '../src/runtime/module-types.js';
import '../src/runtime/module-warnings.js';
import type { CodeObject } from '../src/compile/code.js';
import type { PyValue } from '../src/runtime/object.js';
import { PyDict } from '../src/runtime/dict.js';
import { PyBaseException, recursionError, recursionGuard } from '../src/runtime/errors.js';
import { execHooks } from '../src/runtime/builtins-exec.js';
import { sysHooks } from '../src/runtime/module-sys.js';
import { PyModule, newModule, sysModules, builtinsModule } from '../src/runtime/modules.js';
import { installInterpreter, runCode } from './calls.js';
import { tstate, handledException, running } from './thread-state.js';
import { frameLocals } from './frame-locals.js';
import { getFrame } from './frame-type.js';

export { formatException, formatExceptionOnly } from './traceback.js';
export { registerSource, sourceLine } from '../src/runtime/module-linecache.js';
export { FEEDBACK } from './feedback.js';
export { feedbackOf } from './code-runtime.js';
export { interrupt } from '../src/runtime/interrupt.js';
export { tstate, running } from './thread-state.js';
export { runCode } from './calls.js';

let installed = false;

/** Connect the interpreter to the object model (safe to call more than once). */
export function installRuntime(): void {
  if (installed) return;
  installed = true;
  installInterpreter();
  execHooks.run = (code, globals, locals, closure) => runCode(code, globals, locals, closure);
  execHooks.globals = () => {
    const f = running.frame;
    if (f === null) throw new Error('globals() outside of Python code');
    return f.globals;
  };
  execHooks.locals = () => {
    const f = running.frame;
    if (f === null) throw new Error('locals() outside of Python code');
    return frameLocals(f);
  };
  sysHooks.getRecursionLimit = () => tstate.recursionLimit;
  sysHooks.setRecursionLimit = (n) => {
    tstate.recursionLimit = n;
  };
  recursionGuard.enter = (where) => {
    if (++tstate.depth > tstate.recursionLimit) {
      tstate.depth--;
      throw recursionError(`maximum recursion depth exceeded${where}`);
    }
  };
  recursionGuard.leave = () => {
    tstate.depth--;
  };
  sysHooks.handledException = handledException;
  sysHooks.getFrame = getFrame;
}

/** A fresh module namespace (`__main__` for programs). */
export function newMainModule(name = '__main__', filename?: string): PyModule {
  const m = newModule(name);
  m.dict.setStr('__builtins__', builtinsModule());
  if (filename !== undefined) m.dict.setStr('__file__', filename);
  sysModules.setStr(name, m);
  return m;
}

/** Run a module's code in `globals`; Python exceptions propagate as PyBaseException. */
export function runModule(code: CodeObject, globals: PyDict): PyValue {
  installRuntime();
  return runCode(code, globals, globals);
}

export { PyBaseException };
