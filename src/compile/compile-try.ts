// try/except/else/finally, try/except*, with and async with (CPython 3.11 compile.c:
// compiler_try_*, compiler_with, compiler_async_with). Handler regions are pushed and
// popped on the CodeBuilder where CPython emits SETUP_* / POP_BLOCK pseudo-instructions.
import type * as A from '../parse/ast.js';
import { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { compileExpr } from './compile-expr.js';
import { compileStmts } from './compile-stmt.js';
import { Op } from './opcodes.js';

/** `except` handler tail shared by with/async with: [exit, lasti, prev, exc, res]. */
function withExceptFinish(c: Compiler, cleanup: Label): void {
  const b = c.b;
  const suppress = new Label();
  const exit = new Label();
  b.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
  b.emit(Op.RERAISE, 2);
  b.place(suppress);
  b.emit(Op.POP_TOP);
  b.popHandler();
  b.emit(Op.POP_EXCEPT);
  b.emit(Op.POP_TOP);
  b.emit(Op.POP_TOP);
  b.emitJump(Op.JUMP, exit);
  b.place(cleanup);
  popExceptAndReraise(c);
  b.place(exit);
}

function popExceptAndReraise(c: Compiler): void {
  c.b.emit(Op.COPY, 3);
  c.b.emit(Op.POP_EXCEPT);
  c.b.emit(Op.RERAISE, 1);
}

export function compileWith(c: Compiler, s: A.With | A.AsyncWith, pos: number): void {
  const b = c.b;
  const isAsync = s._type === 'AsyncWith';
  if (isAsync && c.u.scopeType !== 'async') c.error("'async with' outside async function", s);
  const item = s.items[pos];
  const final = new Label();
  const exit = new Label();
  const cleanup = new Label();
  compileExpr(c, item.context_expr);
  c.setLoc(s);
  if (isAsync) {
    b.emit(Op.BEFORE_ASYNC_WITH);
    b.emit(Op.GET_AWAITABLE, 1);
    b.emitConst(null);
    c.yieldFrom();
  } else {
    b.emit(Op.BEFORE_WITH);
  }
  b.pushHandler(final, true, -1);
  c.pushFBlock({ kind: 'with', node: s, isAsync });
  if (item.optional_vars) compileExpr(c, item.optional_vars);
  else b.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  b.popHandler();
  c.popFBlock();
  c.setLoc(s);
  c.callExitWithNones();
  if (isAsync) {
    b.emit(Op.GET_AWAITABLE, 2);
    b.emitConst(null);
    c.yieldFrom();
  }
  b.emit(Op.POP_TOP);
  b.emitJump(Op.JUMP, exit);
  b.place(final);
  b.pushHandler(cleanup, true);
  b.emit(Op.PUSH_EXC_INFO);
  b.emit(Op.WITH_EXCEPT_START);
  if (isAsync) {
    b.emit(Op.GET_AWAITABLE, 2);
    b.emitConst(null);
    c.yieldFrom();
  }
  withExceptFinish(c, cleanup);
  b.place(exit);
}

export function compileTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const b = c.b;
  const end = new Label();
  const exit = new Label();
  const cleanup = new Label();
  b.pushHandler(end, false);
  c.pushFBlock({ kind: 'finally_try', body: s.finalbody });
  if (s.handlers.length) {
    if (s._type === 'Try') compileTryExcept(c, s);
    else compileTryStarExcept(c, s);
  } else {
    compileStmts(c, s.body);
  }
  b.popHandler();
  c.popFBlock();
  compileStmts(c, s.finalbody);
  b.emitJump(Op.JUMP, exit);
  b.place(end);
  b.pushHandler(cleanup, true);
  b.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock({ kind: 'finally_end' });
  compileStmts(c, s.finalbody);
  c.popFBlock();
  b.emit(Op.RERAISE, 0);
  b.place(cleanup);
  popExceptAndReraise(c);
  b.place(exit);
}

export function compileTryExcept(c: Compiler, s: A.Try): void {
  const b = c.b;
  const except = new Label();
  const end = new Label();
  const cleanup = new Label();
  b.pushHandler(except, false);
  c.pushFBlock({ kind: 'try_except' });
  compileStmts(c, s.body);
  c.popFBlock();
  b.popHandler();
  compileStmts(c, s.orelse);
  b.emitJump(Op.JUMP, end);
  b.place(except);
  b.pushHandler(cleanup, true);
  b.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock({ kind: 'exception_handler' });
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    if (!h.type && i < s.handlers.length - 1) c.error("default 'except:' must be last", h);
    const next = new Label();
    if (h.type) {
      compileExpr(c, h.type);
      b.emit(Op.CHECK_EXC_MATCH);
      b.emitJump(Op.POP_JUMP_IF_FALSE, next);
    }
    if (h.name !== null) {
      const cleanupEnd = new Label();
      c.nameOp(h.name, 'Store', h);
      b.pushHandler(cleanupEnd, true);
      c.pushFBlock({ kind: 'handler_cleanup', name: h.name });
      compileStmts(c, h.body);
      c.popFBlock();
      b.popHandler();
      b.popHandler();
      b.emit(Op.POP_EXCEPT);
      c.clearName(h.name);
      b.emitJump(Op.JUMP, end);
      b.place(cleanupEnd);
      c.clearName(h.name);
      b.emit(Op.RERAISE, 1);
    } else {
      b.emit(Op.POP_TOP);
      c.pushFBlock({ kind: 'handler_cleanup', name: null });
      compileStmts(c, h.body);
      c.popFBlock();
      b.popHandler();
      b.emit(Op.POP_EXCEPT);
      b.emitJump(Op.JUMP, end);
    }
    b.place(next);
  });
  c.popFBlock();
  b.emit(Op.RERAISE, 0);
  b.place(cleanup);
  popExceptAndReraise(c);
  b.place(end);
}

export function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const b = c.b;
  const except = new Label();
  const orelse = new Label();
  const end = new Label();
  const cleanup = new Label();
  const reraiseStar = new Label();
  b.pushHandler(except, false);
  c.pushFBlock({ kind: 'try_except' });
  compileStmts(c, s.body);
  c.popFBlock();
  b.popHandler();
  b.emitJump(Op.JUMP, orelse);
  const n = s.handlers.length;
  b.place(except);
  b.pushHandler(cleanup, true);
  b.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock({ kind: 'exception_group_handler' });
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    const handlerExit = new Label();
    const exceptWithError = new Label();
    const noMatch = new Label();
    if (i === 0) {
      b.emit(Op.COPY, 1);
      b.emit(Op.BUILD_LIST, 0);
      b.emit(Op.SWAP, 2);
    }
    if (h.type) {
      compileExpr(c, h.type);
      b.emit(Op.CHECK_EG_MATCH);
      b.emit(Op.COPY, 1);
      b.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = new Label();
    if (h.name !== null) c.nameOp(h.name, 'Store', h);
    else b.emit(Op.POP_TOP);
    b.pushHandler(cleanupEnd, true);
    c.pushFBlock({ kind: 'handler_cleanup', name: h.name });
    compileStmts(c, h.body);
    c.popFBlock();
    b.popHandler();
    if (h.name !== null) c.clearName(h.name);
    b.emitJump(Op.JUMP, handlerExit);
    b.place(cleanupEnd);
    if (h.name !== null) c.clearName(h.name);
    b.emit(Op.LIST_APPEND, 3);
    b.emit(Op.POP_TOP);
    b.emitJump(Op.JUMP, exceptWithError);
    b.place(handlerExit);
    b.emit(Op.NOP);
    b.emitJump(Op.JUMP, exceptWithError);
    b.place(noMatch);
    b.emit(Op.POP_TOP);
    b.place(exceptWithError);
    if (i === n - 1) {
      b.emit(Op.LIST_APPEND, 1);
      b.emitJump(Op.JUMP, reraiseStar);
    }
  });
  c.popFBlock();
  const reraise = new Label();
  b.place(reraiseStar);
  b.emit(Op.PREP_RERAISE_STAR);
  b.emit(Op.COPY, 1);
  b.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  b.emit(Op.POP_TOP);
  b.popHandler();
  b.emit(Op.POP_EXCEPT);
  b.emitJump(Op.JUMP, end);
  b.place(reraise);
  b.popHandler();
  b.emit(Op.SWAP, 2);
  b.emit(Op.POP_EXCEPT);
  b.emit(Op.RERAISE, 0);
  b.place(cleanup);
  popExceptAndReraise(c);
  b.place(orelse);
  compileStmts(c, s.orelse);
  b.place(end);
}
