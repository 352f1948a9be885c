// Builds one CodeObject's instruction stream. It tracks, as it emits, the state a later
// flow analysis would compute: the value-stack depth and the stack of active exception
// handlers. A jump records that state at its target label; placing a label after an
// unconditional transfer restores it (CPython's label_exception_targets and stackdepth
// passes, done on the fly for structured code). Code that no path reaches is not emitted.
import { CodeObject, ConstFrozenset, ConstTuple, type Const, type ExceptionEntry } from './code.js';
import { FLAG_JUMP, FLAG_TERMINAL, OPCODES, Op, encode } from './opcodes.js';
import { PyBytes, PyComplex, PyFloat, PyEllipsis } from '../runtime/value.js';

export interface Handler {
  readonly target: Label;
  readonly depth: number;
  readonly lasti: boolean;
}

/** An immutable stack of handlers (innermost first), cheap to snapshot. */
export interface HandlerStack {
  readonly top: Handler;
  readonly rest: HandlerStack | null;
}

export class Label {
  pos = -1;
  depth = -1;
  handlers: HandlerStack | null = null;
}

/** A source position: an AST node itself (no copy is made per node). */
export interface Location {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number | null;
  readonly end_col_offset: number | null;
}

export class CompilerBug extends Error {}

// Typed arrays of compiled code are views into shared slabs: an ArrayBuffer per array
// makes compiling many small functions GC-bound (ArrayBuffers are costly to create).
const SLAB_WORDS = 1 << 16;
let slab = new ArrayBuffer(4 * SLAB_WORDS);
let slabUsed = 0;

/** Room for `words` 32-bit values: a buffer and a byte offset. */
export function slabAlloc(words: number): { buffer: ArrayBuffer; offset: number } {
  if (words > SLAB_WORDS / 4) return { buffer: new ArrayBuffer(4 * words), offset: 0 };
  if (slabUsed + words > SLAB_WORDS) {
    slab = new ArrayBuffer(4 * SLAB_WORDS);
    slabUsed = 0;
  }
  const offset = 4 * slabUsed;
  slabUsed += words;
  return { buffer: slab, offset };
}

export class CodeBuilder {
  private readonly words: number[] = [];
  private readonly lines: number[] = [];
  private readonly endLines: number[] = [];
  private readonly cols: number[] = [];
  private readonly endCols: number[] = [];
  private readonly covering: (Handler | null)[] = [];
  private readonly fixups: { at: number; label: Label }[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIndex = new Map<string, number>();

  depth = 0;
  maxDepth = 0;
  reachable = true;
  handlers: HandlerStack | null = null;
  loc: Location;

  constructor(firstLine: number) {
    this.loc = { lineno: firstLine, col_offset: -1, end_lineno: null, end_col_offset: null };
  }

  emit(op: number, arg = 0): void {
    if (!this.reachable) return;
    const info = OPCODES[op];
    if (info.flags & FLAG_JUMP) throw new CompilerBug(`${info.name} needs a label`);
    this.append(op, arg);
  }

  emitJump(op: number, label: Label): void {
    if (!this.reachable) return;
    const info = OPCODES[op];
    const at = this.words.length;
    const before = this.depth;
    this.fixups.push({ at, label });
    this.append(op, 0);
    this.arrive(label, before - info.jumpPop(0) + info.jumpPush(0), this.handlers);
  }

  private append(op: number, arg: number): void {
    const info = OPCODES[op];
    const pop = info.pop(arg);
    if (this.depth < pop) throw new CompilerBug(`stack underflow at ${info.name} (depth ${this.depth}, line ${this.loc.lineno})`);
    this.words.push(encode(op, arg));
    const loc = this.loc;
    this.lines.push(loc.lineno);
    this.endLines.push(loc.end_lineno ?? -1);
    this.cols.push(loc.col_offset);
    this.endCols.push(loc.end_col_offset ?? -1);
    this.covering.push(this.handlers ? this.handlers.top : null);
    this.depth += info.push(arg) - pop;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (info.flags & FLAG_TERMINAL) this.reachable = false;
  }

  private arrive(label: Label, depth: number, handlers: HandlerStack | null): void {
    if (depth > this.maxDepth) this.maxDepth = depth;
    if (label.depth < 0) {
      label.depth = depth;
      label.handlers = handlers;
    } else if (label.depth !== depth) {
      throw new CompilerBug(`inconsistent stack depth at a label: ${label.depth} vs ${depth} (line ${this.loc.lineno})`);
    }
  }

  place(label: Label): void {
    if (label.pos >= 0) throw new CompilerBug('label placed twice');
    label.pos = this.words.length;
    if (this.reachable) {
      this.arrive(label, this.depth, this.handlers);
    } else if (label.depth >= 0) {
      this.reachable = true;
      this.depth = label.depth;
      this.handlers = label.handlers;
    }
  }

  /** SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH: instructions emitted from here on raise
   * into `target`, with the stack cut to the current depth + depthAdjust. */
  pushHandler(target: Label, lasti: boolean, depthAdjust = 0): void {
    if (!this.reachable) return;
    const handler: Handler = { target, depth: this.depth + depthAdjust, lasti };
    this.arrive(target, handler.depth + (lasti ? 1 : 0) + 1, this.handlers);
    this.handlers = { top: handler, rest: this.handlers };
  }

  /** POP_BLOCK. */
  popHandler(): void {
    if (!this.reachable) return;
    if (!this.handlers) throw new CompilerBug('POP_BLOCK without a handler');
    this.handlers = this.handlers.rest;
  }

  // ---- pools ----

  constIndexOf(value: Const): number {
    const key = constKey(value);
    if (key !== null) {
      const found = this.constIndex.get(key);
      if (found !== undefined) return found;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(value);
    return this.consts.length - 1;
  }

  nameIndexOf(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  varIndexOf(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIndex.set(name, i);
    }
    return i;
  }

  emitConst(value: Const): void {
    this.emit(Op.LOAD_CONST, this.constIndexOf(value));
  }

  // ---- assembly ----

  finish(fields: Omit<ConstructorParameters<typeof CodeObject>[0], 'code' | 'consts' | 'names' | 'varnames' | 'stacksize' | 'lines' | 'endLines' | 'cols' | 'endCols' | 'exceptionTable'>): CodeObject {
    const n = this.words.length;
    const at = slabAlloc(5 * n);
    const code = new Uint32Array(at.buffer, at.offset, n);
    const lines = new Int32Array(at.buffer, at.offset + 4 * n, n);
    const endLines = new Int32Array(at.buffer, at.offset + 8 * n, n);
    const cols = new Int32Array(at.buffer, at.offset + 12 * n, n);
    const endCols = new Int32Array(at.buffer, at.offset + 16 * n, n);
    for (let i = 0; i < n; i++) {
      code[i] = this.words[i];
      lines[i] = this.lines[i];
      endLines[i] = this.endLines[i];
      cols[i] = this.cols[i];
      endCols[i] = this.endCols[i];
    }
    for (const { at, label } of this.fixups) {
      if (label.pos < 0) throw new CompilerBug('jump to a label that was never placed');
      code[at] = encode(code[at] & 0xff, label.pos);
    }
    // Fields are listed one by one: an object spread here costs more than the rest of
    // the assembly (V8 builds it on a slow path).
    return new CodeObject({
      name: fields.name,
      qualname: fields.qualname,
      filename: fields.filename,
      firstlineno: fields.firstlineno,
      argcount: fields.argcount,
      posonlyargcount: fields.posonlyargcount,
      kwonlyargcount: fields.kwonlyargcount,
      flags: fields.flags,
      cellvars: fields.cellvars,
      freevars: fields.freevars,
      cell2arg: fields.cell2arg,
      code,
      consts: this.consts,
      names: this.names,
      varnames: this.varnames,
      stacksize: this.maxDepth,
      lines,
      endLines,
      cols,
      endCols,
      exceptionTable: this.exceptionTable(),
    });
  }

  private exceptionTable(): ExceptionEntry[] {
    const table: ExceptionEntry[] = [];
    let i = 0;
    const n = this.covering.length;
    while (i < n) {
      const h = this.covering[i];
      let j = i + 1;
      while (j < n && this.covering[j] === h) j++;
      if (h) {
        if (h.target.pos < 0) throw new CompilerBug('handler label never placed');
        table.push({ start: i, end: j, target: h.target.pos, depth: h.depth, lasti: h.lasti });
      }
      i = j;
    }
    return table;
  }
}

/** Constants equal as CPython's const cache sees them (type and value; -0.0 apart from
 * 0.0) share one slot; code objects never do. */
export function constKey(v: Const): string | null {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'number':
      return `i${v}`;
    case 'bigint':
      return `I${v}`;
    case 'string':
      return `s${v}`;
  }
  if (v instanceof PyFloat) return Number.isNaN(v.value) ? null : `f${Object.is(v.value, -0) ? '-0' : v.value}`;
  if (v instanceof PyComplex) return Number.isNaN(v.real) || Number.isNaN(v.imag) ? null : `c${Object.is(v.real, -0) ? '-0' : v.real},${Object.is(v.imag, -0) ? '-0' : v.imag}`;
  if (v instanceof PyBytes) return `b${Array.from(v.bytes).join(',')}`;
  if (v instanceof PyEllipsis) return 'E';
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) {
    const parts: string[] = [];
    for (const item of v.items) {
      const k = constKey(item);
      if (k === null) return null;
      parts.push(JSON.stringify(k));
    }
    return `${v instanceof ConstTuple ? 't' : 'F'}(${parts.join(',')})`;
  }
  return null;
}
