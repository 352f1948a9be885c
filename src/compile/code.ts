// The CodeObject: one compiled function, class body, comprehension, lambda or module.
// A program is a tree of them (children sit in `consts`). It is plain data: the
// interpreter, the JITs, the wire format and the disassembler all read these fields and
// nothing else. Instruction encoding and semantics: opcodes.ts.
import type { ConstantValue } from '../runtime/value.js';
import { packedCopy } from '../runtime/array-kinds.js';
import type { CompileWarning } from '../parse/syntax-error.js';

export type { CompileWarning };

/** CodeObject.flags bits (CPython's CO_* values). */
export const CO_OPTIMIZED = 0x1; // locals are fast locals (function scopes)
export const CO_NEWLOCALS = 0x2; // a fresh locals namespace per call
export const CO_VARARGS = 0x4; // has *args
export const CO_VARKEYWORDS = 0x8; // has **kwargs
export const CO_NESTED = 0x10; // defined inside another function
export const CO_GENERATOR = 0x20; // calling it returns a generator
export const CO_COROUTINE = 0x80; // async def: calling it returns a coroutine
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200; // async def containing yield
export const CO_ALL_FLAGS = 0x3ff;
/** Code whose frames suspend: generators, coroutines, async generators. */
export const CO_SUSPENDABLE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** A tuple constant (kwnames, import fromlists, folded tuples). */
export class ConstTuple {
  constructor(readonly items: readonly Const[]) {}
}

/** A frozenset constant (CPython's folding of a set display of constants), items in source
 * order; the runtime builds it as CPython's compiler does (code-type.ts constValue). */
export class ConstFrozenset {
  constructor(readonly items: readonly Const[]) {}
}

export type Const = ConstantValue | ConstTuple | ConstFrozenset | CodeObject;

/** One exception-table entry: instructions [start, end) raise into `target` (see the
 * header of opcodes.ts for what the unwinder does). */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Value-stack depth to truncate to before pushing (lasti and) the exception. */
  readonly depth: number;
  /** Push the raising instruction's index (an int) below the exception. */
  readonly lasti: boolean;
}

export interface CodeObjectFields {
  /** co_name: function/class name, '<module>', '<lambda>', '<listcomp>', '<genexpr>'... */
  name: string;
  /** co_qualname, as CPython 3.11 computes it ('f.<locals>.g', 'C.m'). */
  qualname: string;
  filename: string;
  firstlineno: number;
  /** Positional parameters including positional-only ones (co_argcount). */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** One word per instruction: opcode | arg << 8. */
  code: Uint32Array;
  consts: Const[];
  /** Global, attribute and import names (LOAD_NAME/LOAD_GLOBAL/LOAD_ATTR/...). */
  names: string[];
  /** Fast locals. The parameters come first, in order: positional (argcount),
   * keyword-only (kwonlyargcount), then *args if CO_VARARGS, then **kwargs if
   * CO_VARKEYWORDS. The interpreter binds arguments into these slots. */
  varnames: string[];
  /** Variables of this scope captured by inner scopes; live in cells, not fast locals. */
  cellvars: string[];
  /** Variables captured from enclosing scopes; cells come from the function's closure. */
  freevars: string[];
  /** For each cellvar: the index of the parameter (in varnames) whose argument value
   * initialises the cell, or -1 for a cell that starts empty. */
  cell2arg: Int32Array;
  /** Maximum value-stack depth (verified). */
  stacksize: number;
  /** Per instruction: source line, or 0 for an instruction with no line (traceback shows
   * the previous line). */
  lines: Int32Array;
  /** Per instruction: end line, start column, end column (0-based UTF-8 byte columns as
   * CPython's co_positions); -1 where unknown. */
  endLines: Int32Array;
  cols: Int32Array;
  endCols: Int32Array;
  /** Sorted by start, disjoint. */
  exceptionTable: ExceptionEntry[];
}

export class CodeObject implements CodeObjectFields {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  code: Uint32Array;
  consts: Const[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  cell2arg: Int32Array;
  stacksize: number;
  lines: Int32Array;
  endLines: Int32Array;
  cols: Int32Array;
  endCols: Int32Array;
  exceptionTable: ExceptionEntry[];
  /** The interpreter's per-code data (caches, feedback; interp/code-runtime.ts). Not part of
   * the wire format. Declared here so every CodeObject has one hidden class from birth. */
  interp: unknown;

  constructor(f: CodeObjectFields) {
    this.name = f.name;
    this.qualname = f.qualname;
    this.filename = f.filename;
    this.firstlineno = f.firstlineno;
    this.argcount = f.argcount;
    this.posonlyargcount = f.posonlyargcount;
    this.kwonlyargcount = f.kwonlyargcount;
    this.flags = f.flags;
    this.code = f.code;
    this.consts = f.consts;
    this.names = packedCopy(f.names);
    this.varnames = packedCopy(f.varnames);
    this.cellvars = packedCopy(f.cellvars);
    this.freevars = packedCopy(f.freevars);
    this.cell2arg = f.cell2arg;
    this.stacksize = f.stacksize;
    this.lines = f.lines;
    this.endLines = f.endLines;
    this.cols = f.cols;
    this.endCols = f.endCols;
    this.exceptionTable = f.exceptionTable;
    this.interp = undefined;
  }

  /** Number of parameters occupying the first varnames slots. */
  get totalArgs(): number {
    return this.argcount + this.kwonlyargcount + (this.flags & CO_VARARGS ? 1 : 0) + (this.flags & CO_VARKEYWORDS ? 1 : 0);
  }

  /** Child code objects (nested functions, classes, lambdas, comprehensions). */
  children(): CodeObject[] {
    return this.consts.filter((c): c is CodeObject => c instanceof CodeObject);
  }

  /** The exception-table entry covering instruction pc, or undefined. */
  handlerAt(pc: number): ExceptionEntry | undefined {
    const t = this.exceptionTable;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid].end <= pc) lo = mid + 1;
      else hi = mid;
    }
    return lo < t.length && t[lo].start <= pc ? t[lo] : undefined;
  }

  /** The line of instruction pc for tracebacks: its own, else the nearest earlier one. */
  lineAt(pc: number): number {
    for (let i = pc; i >= 0; i--) if (this.lines[i] > 0) return this.lines[i];
    return this.firstlineno;
  }
}

export type CompileMode = 'exec' | 'eval' | 'single';

/** What `compile()` returns and the wire format carries: the module/expression code, and
 * the warnings found compiling it (not carried by the wire format). */
export interface Program {
  readonly code: CodeObject;
  readonly filename: string;
  readonly mode: CompileMode;
  readonly warnings: readonly CompileWarning[];
}
