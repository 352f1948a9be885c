// The compiler core: compilation units (one per CodeObject), name resolution into
// FAST/DEREF/GLOBAL/NAME ops, the frame-block stack used to unwind for return/break/
// continue, and code-object creation (functions, lambdas, classes, comprehensions).
// Statements, expressions and patterns live in compile-stmt.ts, compile-expr.ts and
// compile-pattern.ts. The shapes follow CPython 3.11's Python/compile.c.
import type * as A from '../parse/ast.js';
import { CodeBuilder, Label, slabAlloc, type Location } from './assembler.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CodeObject, type CompileMode, type Const, ConstFrozenset, ConstTuple, type Program, type CompileWarning } from './code.js';
import { compileError, type NodeLocation } from './errors.js';
import { MF_CLOSURE, Op } from './opcodes.js';
import { DEF_FREE_CLASS, Scope, type SymbolTable, type SymbolTableEntry, buildSymbolTable, mangle } from './symtable.js';
import { compileExpr } from './compile-expr.js';
import { compileBody, compileStmts } from './compile-stmt.js';
import { futureFeatures } from './future.js';

export type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension';

export type FBlock =
  | { kind: 'while'; start: Label; exit: Label }
  | { kind: 'for'; start: Label; exit: Label }
  | { kind: 'try_except' }
  | { kind: 'finally_try'; body: A.stmt[] }
  | { kind: 'finally_end' }
  | { kind: 'with'; node: A.With | A.AsyncWith; isAsync: boolean }
  | { kind: 'handler_cleanup'; name: string | null }
  | { kind: 'pop_value' }
  | { kind: 'exception_handler' }
  | { kind: 'exception_group_handler' }
  | { kind: 'async_comprehension_generator' };

export class Unit {
  readonly b: CodeBuilder;
  readonly fblocks: FBlock[] = [];
  readonly cellvars: string[];
  readonly freevars: string[];
  private readonly cellIndex: Map<string, number>;
  private readonly freeIndex: Map<string, number>;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly qualname: string,
    readonly scopeType: ScopeType,
    public privateName: string | null,
    readonly firstlineno: number,
  ) {
    this.b = new CodeBuilder(firstlineno);
    for (const p of ste.params) this.b.varIndexOf(p);
    // CPython 3.11's layout: the __class__ cell of a class body, then parameters that are
    // cells in parameter order, then the other cells sorted; free variables sorted.
    const paramCells = ste.params.filter((p) => ste.scopeOf(p) === Scope.Cell);
    const otherCells = [...ste.scopes].filter(([n, scope]) => scope === Scope.Cell && !paramCells.includes(n)).map(([n]) => n);
    const cells = [...(ste.needsClassClosure ? ['__class__'] : []), ...paramCells, ...otherCells.sort(byCodePoint)];
    const frees = [...ste.symbols].filter(([n, flags]) => ste.scopeOf(n) === Scope.Free || flags & DEF_FREE_CLASS).map(([n]) => n);
    frees.sort(byCodePoint);
    this.cellvars = cells;
    this.freevars = frees;
    this.cellIndex = new Map(cells.map((n, i) => [n, i]));
    this.freeIndex = new Map(frees.map((n, i) => [n, i + cells.length]));
  }

  cellSlot(name: string): number | undefined {
    return this.cellIndex.get(name);
  }
  freeSlot(name: string): number | undefined {
    return this.freeIndex.get(name);
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class Compiler {
  readonly units: Unit[] = [];
  /** Frozenset constants by their items' keys in any order: as CPython's const cache, an
   * equal set display later in the module reuses the first one (and so its order). */
  readonly frozensets = new Map<string, ConstFrozenset>();
  u!: Unit;
  readonly interactive: boolean;
  readonly futureAnnotations: boolean;
  readonly futureLineno: number;
  private symtable!: SymbolTable;

  constructor(
    readonly filename: string,
    readonly source: string,
    readonly mode: CompileMode,
    mod: A.mod,
    /** Where the SyntaxWarnings go (after the parser's warnings). */
    readonly warnings: CompileWarning[],
  ) {
    this.interactive = mode === 'single';
    const future = futureFeatures(mod, filename, source);
    this.futureAnnotations = future.features.has('annotations');
    this.futureLineno = future.lineno;
  }

  get b(): CodeBuilder {
    return this.u.b;
  }

  error(msg: string, loc: NodeLocation): never {
    throw compileError(msg, this.filename, this.source, loc);
  }

  /** A SyntaxWarning at `node` (CPython's compiler_warn; compile-warnings.ts). */
  warn(node: NodeLocation, message: string): void {
    this.warnings.push({ category: 'SyntaxWarning', message, lineno: node.lineno, error: compileError(message, this.filename, this.source, node) });
  }

  /** An error at the current location (CPython's compiler_error). */
  errorHere(msg: string): never {
    throw compileError(msg, this.filename, this.source, this.b.loc);
  }

  compileModule(mod: A.mod): CodeObject {
    this.symtable = buildSymbolTable(mod, this.filename, this.source, this.futureAnnotations);
    this.enterScope('<module>', 'module', mod, 1);
    if (mod._type === 'Expression') {
      compileExpr(this, mod.body);
      this.b.emit(Op.RETURN_VALUE);
    } else if (mod._type === 'Module' || mod._type === 'Interactive') {
      if (mod.body.length > 0) this.setLoc(mod.body[0]);
      compileBody(this, mod.body, mod._type === 'Module');
      this.b.emitConst(null);
      this.b.emit(Op.RETURN_VALUE);
    } else {
      throw new Error(`cannot compile a ${mod._type}`);
    }
    return this.exitScope();
  }

  // ---- locations ----

  setLoc(n: A.Located): void {
    this.b.loc = n;
  }
  saveLoc(): Location {
    return this.b.loc;
  }
  restoreLoc(loc: Location): void {
    this.b.loc = loc;
  }

  // ---- scopes ----

  enterScope(name: string, scopeType: ScopeType, node: object, firstlineno: number): Unit {
    const ste = this.symtable.byNode.get(node);
    if (!ste) throw new Error(`no symbol table for ${name}`);
    const qualname = this.qualnameFor(name, scopeType);
    const privateName = this.units.length ? this.u.privateName : null;
    const unit = new Unit(ste, name, qualname, scopeType, privateName, firstlineno);
    this.units.push(unit);
    this.u = unit;
    return unit;
  }

  private qualnameFor(name: string, scopeType: ScopeType): string {
    if (this.units.length < 2) return name; // module-level definitions (or the module)
    const parent = this.u;
    if (scopeType === 'function' || scopeType === 'async' || scopeType === 'class') {
      if (parent.ste.scopeOf(mangle(parent.privateName, name)) === Scope.GlobalExplicit) return name;
    }
    const p = parent.scopeType;
    const base = p === 'function' || p === 'async' || p === 'lambda' ? `${parent.qualname}.<locals>` : parent.qualname;
    return `${base}.${name}`;
  }

  exitScope(): CodeObject {
    const u = this.units.pop() as Unit;
    if (u.b.reachable) {
      // Falling off the end returns None (functions and class bodies add it explicitly).
      u.b.emitConst(null);
      u.b.emit(Op.RETURN_VALUE);
    }
    const code = u.b.finish({
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags: codeFlags(u.ste),
      cellvars: u.cellvars,
      freevars: u.freevars,
      cell2arg: this.cell2arg(u),
    });
    if (this.units.length) this.u = this.units[this.units.length - 1];
    return code;
  }

  private cell2arg(u: Unit): Int32Array {
    const at = slabAlloc(u.cellvars.length);
    const out = new Int32Array(at.buffer, at.offset, u.cellvars.length);
    u.cellvars.forEach((n, i) => (out[i] = u.ste.params.indexOf(n)));
    return out;
  }

  // ---- names ----

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  emitName(op: number, name: string): void {
    this.b.emit(op, this.b.nameIndexOf(this.mangle(name)));
  }

  nameOp(name: string, ctx: 'Load' | 'Store' | 'Del', loc: NodeLocation): void {
    if (name === '__debug__' && ctx !== 'Load') this.error(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__', loc);
    const u = this.u;
    const mangled = this.mangle(name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === 'function';
    const b = this.b;
    switch (scope) {
      case Scope.Free:
      case Scope.Cell: {
        const slot = scope === Scope.Cell ? u.cellSlot(mangled) : u.freeSlot(mangled);
        if (slot === undefined) throw new Error(`no cell for ${mangled}`);
        if (ctx === 'Load') b.emit(u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, slot);
        else b.emit(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, slot);
        return;
      }
      case Scope.Local:
        if (isFunction) {
          const slot = b.varIndexOf(mangled);
          b.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, slot);
          return;
        }
        break;
      case Scope.GlobalImplicit:
        if (isFunction) return this.globalOp(mangled, ctx);
        break;
      case Scope.GlobalExplicit:
        return this.globalOp(mangled, ctx);
      default:
        break;
    }
    b.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, b.nameIndexOf(mangled));
  }

  private globalOp(mangled: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.b.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.b.nameIndexOf(mangled));
  }

  // ---- frame blocks and unwinding ----

  pushFBlock(fb: FBlock): void {
    this.u.fblocks.push(fb);
  }
  popFBlock(): void {
    this.u.fblocks.pop();
  }

  /** Emits the code leaving every frame block up to (not including) the innermost loop
   * when `wantLoop`, else all of them; returns that loop. */
  unwindStack(preserveTos: boolean, wantLoop: boolean, loc: NodeLocation): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1];
    if (top.kind === 'exception_group_handler') this.error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
    if (wantLoop && (top.kind === 'while' || top.kind === 'for')) return top;
    fbs.pop();
    try {
      this.unwindBlock(top, preserveTos);
      return this.unwindStack(preserveTos, wantLoop, loc);
    } finally {
      fbs.push(top);
    }
  }

  unwindBlock(fb: FBlock, preserveTos: boolean): void {
    const b = this.b;
    switch (fb.kind) {
      case 'while':
      case 'exception_handler':
      case 'exception_group_handler':
      case 'async_comprehension_generator':
        return;
      case 'for':
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
        return;
      case 'try_except':
        b.popHandler();
        return;
      case 'finally_try':
        b.popHandler();
        if (preserveTos) this.pushFBlock({ kind: 'pop_value' });
        compileStmts(this, fb.body);
        if (preserveTos) this.popFBlock();
        return;
      case 'finally_end':
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.popHandler();
        b.emit(Op.POP_EXCEPT);
        return;
      case 'with': {
        const loc = this.saveLoc();
        this.setLoc(fb.node);
        b.popHandler();
        if (preserveTos) b.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (fb.isAsync) {
          b.emit(Op.GET_AWAITABLE, 2);
          b.emitConst(null);
          this.yieldFrom();
        }
        b.emit(Op.POP_TOP);
        this.restoreLoc(loc);
        return;
      }
      case 'handler_cleanup':
        if (fb.name !== null) b.popHandler();
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.popHandler();
        b.emit(Op.POP_EXCEPT);
        if (fb.name !== null) this.clearName(fb.name);
        return;
      case 'pop_value':
        if (preserveTos) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
        return;
    }
  }

  /** `name = None; del name` after an `except ... as name` body. */
  clearName(name: string): void {
    const noLoc = { lineno: this.b.loc.lineno, col_offset: 0, end_lineno: null, end_col_offset: null };
    this.b.emitConst(null);
    this.nameOp(name, 'Store', noLoc);
    this.nameOp(name, 'Del', noLoc);
  }

  callExitWithNones(): void {
    this.b.emitConst(null);
    this.b.emitConst(null);
    this.b.emitConst(null);
    this.b.emit(Op.CALL_FUNCTION, 3);
  }

  /** The delegation loop of `yield from` / `await`: [receiver, value] -> [result]. */
  yieldFrom(): void {
    const b = this.b;
    const send = new Label();
    const exit = new Label();
    b.place(send);
    b.emitJump(Op.SEND, exit);
    b.emit(Op.YIELD_VALUE, 1);
    b.emitJump(Op.JUMP, send);
    b.place(exit);
  }

  // ---- code objects ----

  /** Pushes a function object for `code` (closure tuple, then MAKE_FUNCTION). The
   * defaults/kwdefaults/annotations named by `flags` must already be on the stack. */
  makeClosure(code: CodeObject, flags: number): void {
    const b = this.b;
    if (code.freevars.length) {
      for (const name of code.freevars) {
        let slot: number | undefined;
        if (this.u.scopeType === 'class' && name === '__class__') slot = this.u.cellSlot(name);
        else if (this.u.ste.scopeOf(name) === Scope.Cell) slot = this.u.cellSlot(name);
        else slot = this.u.freeSlot(name);
        if (slot === undefined) throw new Error(`closure variable ${name} not found in ${this.u.name}`);
        b.emit(Op.LOAD_CLOSURE, slot);
      }
      b.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= MF_CLOSURE;
    }
    b.emitConst(code);
    b.emit(Op.MAKE_FUNCTION, flags);
  }

  constTuple(items: Const[]): ConstTuple {
    return new ConstTuple(items);
  }
}

function codeFlags(ste: SymbolTableEntry): number {
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  return flags;
}

export function compileAst(mod: A.mod, filename: string, source: string, mode: CompileMode, warnings: CompileWarning[] = []): Program {
  const c = new Compiler(filename, source, mode, mod, warnings);
  const code = c.compileModule(mod);
  return { code, filename, mode, warnings };
}
