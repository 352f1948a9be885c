// An interpreter frame: plain data, so a JIT can build or rebuild one exactly. The fast
// locals and the value stack share one JS array (one allocation per call): locals at
// [0, base), the stack from `base` up; `sp` is an index into that array and `pc` the index
// of the next instruction.
// Module and class bodies read names through `locals` (a mapping); functions use `fast`.
import type { CodeObject } from '../src/compile/code.js';
import type { PyValue } from '../src/runtime/object.js';
import type { PyDict } from '../src/runtime/dict.js';
import type { PyCell, PyFunction } from '../src/runtime/function.js';

export class Frame {
  /** Next instruction to execute. runFrame keeps it in a local and stores it here when the
   * frame suspends, before calls and slow attribute loads (what f_lineno can observe). */
  pc = 0;
  /** Index of the first stack slot (= code.varnames.length). */
  readonly base: number;
  /** Index above the top of the value stack (base when it is empty). */
  sp: number;
  /** The caller (for sys._getframe and f_back); set while the frame runs. */
  back: Frame | null = null;
  /** True once RETURN_VALUE (or an uncaught exception) finished the frame. */
  done = false;
  /** The same array as `fast`: the value stack lives above the locals. runFrame replaces
   * both with a copy whenever a long-running frame pauses. */
  stack: (PyValue | undefined)[];

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The NAME-op mapping (module globals, class namespace), null for function scopes. */
    readonly locals: PyValue | null,
    /** Fast locals by varnames index (undefined = unbound); grown to hold the stack. */
    public fast: (PyValue | undefined)[],
    /** cellvars ++ freevars. */
    readonly cells: PyCell[],
    /** The running function, null for module code and exec(). */
    readonly func: PyFunction | null,
  ) {
    const base = code.varnames.length;
    if (fast.length < base + code.stacksize) fast.length = base + code.stacksize;
    this.base = base;
    this.sp = base;
    this.stack = fast;
  }

  /** The current source line (f_lineno). A generator or coroutine not started yet is at its
   * def line, where CPython 3.11's RETURN_GENERATOR stands. */
  get lineno(): number {
    if (this.pc === 0) return this.code.firstlineno;
    return this.code.lineAt(this.pc - 1);
  }
}
