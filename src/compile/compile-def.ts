// Statements and expressions that create code objects: def, async def, class, lambda and
// the four comprehensions (CPython 3.11 compile.c: compiler_function, compiler_class,
// compiler_lambda, compiler_comprehension).
import type * as A from '../parse/ast.js';
import { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { callHelper, compileExpr, compileIterable, jumpIf, unparseAnnotation } from './compile-expr.js';
import { compileBody, compileStmts } from './compile-stmt.js';
import { isDocstring } from './future.js';
import { MF_ANNOTATIONS, MF_DEFAULTS, MF_KWDEFAULTS, Op } from './opcodes.js';

function defaultArguments(c: Compiler, args: A.arguments): number {
  const b = c.b;
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) compileExpr(c, d);
    b.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MF_DEFAULTS;
  }
  let count = 0;
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (d) {
      b.emitConst(c.mangle(a.arg));
      compileExpr(c, d);
      count++;
    }
  });
  if (count) {
    b.emit(Op.BUILD_MAP, count);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

function argAnnotation(c: Compiler, name: string, annotation: A.expr | null): number {
  if (!annotation) return 0;
  c.b.emitConst(c.mangle(name));
  if (c.futureAnnotations) {
    c.b.emitConst(unparseAnnotation(annotation));
  } else if (annotation._type === 'Starred') {
    compileExpr(c, annotation.value);
    c.b.emit(Op.UNPACK_SEQUENCE, 1);
  } else {
    compileExpr(c, annotation);
  }
  return 2;
}

/** The annotations tuple (name, value, ...) in CPython's order; returns whether pushed. */
function annotations(c: Compiler, args: A.arguments, returns: A.expr | null): boolean {
  let n = 0;
  for (const a of args.args) n += argAnnotation(c, a.arg, a.annotation);
  for (const a of args.posonlyargs) n += argAnnotation(c, a.arg, a.annotation);
  if (args.vararg) n += argAnnotation(c, args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) n += argAnnotation(c, a.arg, a.annotation);
  if (args.kwarg) n += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation);
  n += argAnnotation(c, 'return', returns);
  if (n) c.b.emit(Op.BUILD_TUPLE, n);
  return n > 0;
}

function setArgCounts(c: Compiler, args: A.arguments): void {
  c.u.argcount = args.posonlyargs.length + args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  for (const d of s.decorator_list) compileExpr(c, d);
  c.setLoc(s);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, s.args);
  if (annotations(c, s.args, s.returns)) flags |= MF_ANNOTATIONS;
  c.enterScope(s.name, s._type === 'AsyncFunctionDef' ? 'async' : 'function', s, firstlineno);
  const hasDoc = isDocstring(s.body[0]);
  c.b.constIndexOf(hasDoc ? ((s.body[0] as A.Expr).value as A.Constant).value : null);
  setArgCounts(c, s.args);
  compileStmts(c, hasDoc ? s.body.slice(1) : s.body);
  const code = c.exitScope();
  c.makeClosure(code, flags);
  for (let i = 0; i < s.decorator_list.length; i++) c.b.emit(Op.CALL_FUNCTION, 1);
  c.nameOp(s.name, 'Store', s);
}

export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) compileExpr(c, d);
  c.setLoc(s);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const u = c.enterScope(s.name, 'class', s, firstlineno);
  u.privateName = s.name;
  c.setLoc(s);
  c.nameOp('__name__', 'Load', s);
  c.nameOp('__module__', 'Store', s);
  c.b.emitConst(u.qualname);
  c.nameOp('__qualname__', 'Store', s);
  compileBody(c, s.body, true);
  if (u.ste.needsClassClosure) {
    c.b.emit(Op.LOAD_CLOSURE, u.cellSlot('__class__') as number);
    c.b.emit(Op.COPY, 1);
    c.nameOp('__classcell__', 'Store', s);
  } else {
    c.b.emitConst(null);
  }
  c.b.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.b.emit(Op.LOAD_BUILD_CLASS);
  c.makeClosure(code, 0);
  c.b.emitConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  for (let i = 0; i < s.decorator_list.length; i++) c.b.emit(Op.CALL_FUNCTION, 1);
  c.nameOp(s.name, 'Store', s);
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.b.constIndexOf(null);
  setArgCounts(c, e.args);
  compileExpr(c, e.body);
  c.b.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.makeClosure(code, flags);
}

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
const COMP_NAME = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' } as const;
const COMP_BUILD = { ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP } as const;

export function compileComprehension(c: Compiler, e: Comp): void {
  const outerScope = c.u.scopeType;
  const u = c.enterScope(COMP_NAME[e._type], 'comprehension', e, e.lineno);
  c.setLoc(e);
  const isAsync = u.ste.coroutine;
  const isGen = e._type === 'GeneratorExp';
  if (isAsync && !isGen && outerScope !== 'async' && outerScope !== 'comprehension') c.error('asynchronous comprehension outside of an asynchronous function', e);
  if (!isGen) c.b.emit(COMP_BUILD[e._type], 0);
  u.argcount = 1;
  const elt = e._type === 'DictComp' ? e.key : e.elt;
  const value = e._type === 'DictComp' ? e.value : null;
  comprehensionGenerator(c, e, 0, 0, elt, value);
  if (!isGen) c.b.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.makeClosure(code, 0);
  const outer = e.generators[0];
  compileIterable(c, outer.iter);
  c.setLoc(e);
  c.b.emit(outer.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.b.emit(Op.CALL_FUNCTION, 1);
  if (isAsync && !isGen) {
    c.b.emit(Op.GET_AWAITABLE, 0);
    c.b.emitConst(null);
    c.yieldFrom();
  }
}

function comprehensionGenerator(c: Compiler, e: Comp, index: number, depth: number, elt: A.expr, value: A.expr | null): void {
  const b = c.b;
  const gen = e.generators[index];
  const start = new Label();
  const ifCleanup = new Label();
  const anchor = new Label();
  if (index === 0) {
    b.emit(Op.LOAD_FAST, 0);
  } else {
    compileIterable(c, gen.iter);
    b.emit(gen.is_async ? Op.GET_AITER : Op.GET_ITER);
  }
  depth++;
  b.place(start);
  if (gen.is_async) {
    c.pushFBlock({ kind: 'async_comprehension_generator' });
    b.pushHandler(anchor, false);
    b.emit(Op.GET_ANEXT);
    b.emitConst(null);
    c.yieldFrom();
    b.popHandler();
  } else {
    b.emitJump(Op.FOR_ITER, anchor);
  }
  compileExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (index + 1 < e.generators.length) {
    comprehensionGenerator(c, e, index + 1, depth, elt, value);
  } else {
    switch (e._type) {
      case 'GeneratorExp':
        compileExpr(c, elt);
        b.emit(Op.YIELD_VALUE, 0);
        b.emit(Op.POP_TOP);
        break;
      case 'ListComp':
        compileExpr(c, elt);
        b.emit(Op.LIST_APPEND, depth + 1);
        break;
      case 'SetComp':
        compileExpr(c, elt);
        b.emit(Op.SET_ADD, depth + 1);
        break;
      case 'DictComp':
        compileExpr(c, elt);
        compileExpr(c, value as A.expr);
        b.emit(Op.MAP_ADD, depth + 1);
        break;
    }
  }
  if (gen.is_async) c.popFBlock();
  b.place(ifCleanup);
  b.emitJump(Op.JUMP_BACKWARD, start);
  b.place(anchor);
  if (gen.is_async) b.emit(Op.END_ASYNC_FOR);
}
