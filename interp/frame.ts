// An interpreter frame: plain data, so a JIT can build or rebuild one exactly. The value
// stack and the fast locals are JS arrays; `pc` is the index of the next instruction.
// Module and class bodies read names through `locals` (a mapping); functions use `fast`.
import type { CodeObject } from '../src/compile/code.js';
import type { PyValue } from '../src/runtime/object.js';
import type { PyDict } from '../src/runtime/dict.js';
import type { PyCell, PyFunction } from '../src/runtime/function.js';

export class Frame {
  /** Next instruction to execute (saved when the frame suspends or calls out). */
  pc = 0;
  /** Number of values on `stack`. */
  sp = 0;
  /** The caller (for sys._getframe and f_back); set while the frame runs. */
  back: Frame | null = null;
  /** Index of the instruction that raised, for f_lineno while an exception unwinds. */
  lasti = -1;
  /** True once RETURN_VALUE (or an uncaught exception) finished the frame. */
  done = false;
  readonly stack: (PyValue | undefined)[];

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The NAME-op mapping (module globals, class namespace), null for function scopes. */
    readonly locals: PyValue | null,
    /** Fast locals by varnames index (undefined = unbound). */
    readonly fast: (PyValue | undefined)[],
    /** cellvars ++ freevars. */
    readonly cells: PyCell[],
    /** The running function, null for module code and exec(). */
    readonly func: PyFunction | null,
  ) {
    this.stack = new Array(code.stacksize);
  }

  /** The current source line (f_lineno). */
  get lineno(): number {
    return this.code.lineAt(this.lasti >= 0 ? this.lasti : Math.max(0, this.pc - 1));
  }
}
