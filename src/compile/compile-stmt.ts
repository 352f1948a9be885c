// Statements (CPython 3.11 compile.c: compiler_visit_stmt and the compiler_* helpers).
import type * as A from '../parse/ast.js';
import { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { compileExpr, compileIterable, jumpIf, unparseAnnotation } from './compile-expr.js';
import { compileMatch } from './compile-pattern.js';
import { compileFunctionDef, compileClassDef } from './compile-def.js';
import { compileTryExcept, compileTryFinally, compileTryStarExcept, compileWith } from './compile-try.js';
import { isDocstring } from './future.js';
import { Op } from './opcodes.js';
import { checkAssert } from './compile-warnings.js';

const INPLACE: Record<string, number> = {
  Add: Op.INPLACE_ADD,
  Sub: Op.INPLACE_SUBTRACT,
  Mult: Op.INPLACE_MULTIPLY,
  MatMult: Op.INPLACE_MATRIX_MULTIPLY,
  Div: Op.INPLACE_TRUE_DIVIDE,
  Mod: Op.INPLACE_MODULO,
  Pow: Op.INPLACE_POWER,
  LShift: Op.INPLACE_LSHIFT,
  RShift: Op.INPLACE_RSHIFT,
  BitOr: Op.INPLACE_OR,
  BitXor: Op.INPLACE_XOR,
  BitAnd: Op.INPLACE_AND,
  FloorDiv: Op.INPLACE_FLOOR_DIVIDE,
};

/** A module or class body: SETUP_ANNOTATIONS if needed, the docstring as __doc__. */
export function compileBody(c: Compiler, body: A.stmt[], withDocstring: boolean): void {
  if (findAnnotation(body)) c.b.emit(Op.SETUP_ANNOTATIONS);
  let i = 0;
  if (withDocstring && isDocstring(body[0])) {
    const doc = body[0] as A.Expr;
    c.setLoc(doc);
    compileExpr(c, doc.value);
    c.nameOp('__doc__', 'Store', doc);
    i = 1;
  }
  for (; i < body.length; i++) compileStmt(c, body[i]);
}

function findAnnotation(body: A.stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnnotation(s.body) || findAnnotation(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnnotation(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        if (findAnnotation(s.body) || findAnnotation(s.orelse) || findAnnotation(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnnotation(h.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

export function compileStmts(c: Compiler, body: A.stmt[]): void {
  for (const s of body) compileStmt(c, s);
}

export function compileStmt(c: Compiler, s: A.stmt): void {
  c.setLoc(s);
  const b = c.b;
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunctionDef(c, s);
    case 'ClassDef':
      return compileClassDef(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) compileExpr(c, t);
      return;
    case 'Assign':
      if (s.targets.length === 1 && compileSwapAssign(c, s.targets[0], s.value)) return;
      compileExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) b.emit(Op.COPY, 1);
        compileExpr(c, t);
      });
      return;
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'AsyncFor':
      return compileAsyncFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If': {
      const end = new Label();
      const next = s.orelse.length ? new Label() : end;
      jumpIf(c, s.test, next, false);
      compileStmts(c, s.body);
      if (s.orelse.length) {
        b.emitJump(Op.JUMP, end);
        b.place(next);
        compileStmts(c, s.orelse);
      }
      b.place(end);
      return;
    }
    case 'With':
    case 'AsyncWith':
      return compileWith(c, s, 0);
    case 'Match':
      return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        compileExpr(c, s.exc);
        n++;
        if (s.cause) {
          compileExpr(c, s.cause);
          n++;
        }
      }
      b.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
    case 'TryStar':
      if (s.finalbody.length) return compileTryFinally(c, s);
      return s._type === 'Try' ? compileTryExcept(c, s) : compileTryStarExcept(c, s);
    case 'Assert': {
      checkAssert(c, s);
      const end = new Label();
      jumpIf(c, s.test, end, true);
      b.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg) {
        compileExpr(c, s.msg);
        b.emit(Op.CALL_FUNCTION, 1);
      }
      b.emit(Op.RAISE_VARARGS, 1);
      b.place(end);
      return;
    }
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      if (c.interactive && c.units.length === 1) {
        compileExpr(c, s.value);
        b.emit(Op.PRINT_EXPR);
      } else if (s.value._type === 'Constant') {
        b.emit(Op.NOP);
      } else {
        compileExpr(c, s.value);
        b.emit(Op.POP_TOP);
      }
      return;
    case 'Pass':
      b.emit(Op.NOP);
      return;
    case 'Break':
      return compileBreak(c, s);
    case 'Continue':
      return compileContinue(c, s);
  }
}

/** `a, b = b, a` and `p.x, p.y, p.z = x, y, z` without the tuple: the values, then SWAP to
 * put the first on top, then the stores in order. CPython 3.11's peephole makes the same
 * change (BUILD_TUPLE n + UNPACK_SEQUENCE n for n <= 3). False when it does not apply. */
function compileSwapAssign(c: Compiler, target: A.expr, value: A.expr): boolean {
  if ((target._type !== 'Tuple' && target._type !== 'List') || value._type !== 'Tuple') return false;
  const n = target.elts.length;
  if (n === 0 || n > 3 || value.elts.length !== n) return false;
  if (target.elts.some((e) => e._type === 'Starred') || value.elts.some((e) => e._type === 'Starred')) return false;
  for (const e of value.elts) compileExpr(c, e);
  if (n > 1) c.b.emit(Op.SWAP, n);
  for (const e of target.elts) compileExpr(c, e);
  return true;
}

function compileReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s);
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator", s);
  if (preserveTos) compileExpr(c, value);
  c.setLoc(s);
  c.unwindStack(preserveTos, false, s);
  if (value === null) c.b.emitConst(null);
  else if (!preserveTos) c.b.emitConst((value as A.Constant).value);
  c.b.emit(Op.RETURN_VALUE);
}

function compileBreak(c: Compiler, s: A.Break): void {
  c.b.emit(Op.NOP);
  const loop = c.unwindStack(false, true, s);
  if (loop === null) c.error("'break' outside loop", s);
  c.unwindBlock(loop, false);
  if (loop.kind === 'while' || loop.kind === 'for') c.b.emitJump(Op.JUMP, loop.exit);
}

function compileContinue(c: Compiler, s: A.Continue): void {
  c.b.emit(Op.NOP);
  const loop = c.unwindStack(false, true, s);
  if (loop === null) c.error("'continue' not properly in loop", s);
  if (loop.kind === 'while' || loop.kind === 'for') c.b.emitJump(Op.JUMP_BACKWARD, loop.start);
}

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const b = c.b;
  const e = s.target;
  switch (e._type) {
    case 'Attribute':
      c.setLoc(e);
      compileExpr(c, e.value);
      b.emit(Op.COPY, 1);
      c.emitName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      c.setLoc(e);
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      b.emit(Op.COPY, 2);
      b.emit(Op.COPY, 2);
      b.emit(Op.LOAD_SUBSCR);
      break;
    case 'Name':
      c.nameOp(e.id, 'Load', e);
      break;
    default:
      c.error(`illegal expression for augmented assignment`, e);
  }
  c.setLoc(s);
  compileExpr(c, s.value);
  b.emit(INPLACE[s.op._type]);
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      b.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      b.emit(Op.SWAP, 3);
      b.emit(Op.SWAP, 2);
      b.emit(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameOp(e.id, 'Store', e);
      break;
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  compileExpr(c, e);
  c.b.emit(Op.POP_TOP);
}

function checkAnnSubscript(c: Compiler, e: A.expr): void {
  if (e._type === 'Slice') {
    for (const part of [e.lower, e.upper, e.step]) if (part) checkAnnExpr(c, part);
  } else if (e._type === 'Tuple') {
    for (const elt of e.elts) checkAnnSubscript(c, elt);
  } else {
    checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const b = c.b;
  const target = s.target;
  if (s.value) {
    compileExpr(c, s.value);
    compileExpr(c, target);
  }
  const atTopOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (target._type) {
    case 'Name':
      if (target.id === '__debug__') c.error('cannot assign to __debug__', target);
      if (s.simple && atTopOrClass) {
        if (c.futureAnnotations) b.emitConst(unparseAnnotation(s.annotation));
        else compileExpr(c, s.annotation);
        c.emitName(Op.LOAD_NAME, '__annotations__');
        b.emitConst(c.mangle(target.id));
        b.emit(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, target.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, target.value);
        checkAnnSubscript(c, target.slice);
      }
      break;
    default:
      c.error(`invalid node type (${target._type}) for annotated assignment`, target);
  }
  if (!s.simple && !c.futureAnnotations && atTopOrClass) checkAnnExpr(c, s.annotation);
}

function compileWhile(c: Compiler, s: A.While): void {
  const b = c.b;
  const loop = new Label();
  const anchor = new Label();
  const end = new Label();
  b.place(loop);
  c.pushFBlock({ kind: 'while', start: loop, exit: end });
  jumpIf(c, s.test, anchor, false);
  compileStmts(c, s.body);
  c.setLoc(s);
  b.emitJump(Op.JUMP_BACKWARD, loop);
  c.popFBlock();
  b.place(anchor);
  compileStmts(c, s.orelse);
  b.place(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const b = c.b;
  const start = new Label();
  const cleanup = new Label();
  const end = new Label();
  compileIterable(c, s.iter);
  c.setLoc(s);
  b.emit(Op.GET_ITER);
  b.place(start);
  c.pushFBlock({ kind: 'for', start, exit: end });
  b.emitJump(Op.FOR_ITER, cleanup);
  compileExpr(c, s.target);
  compileStmts(c, s.body);
  c.setLoc(s);
  b.emitJump(Op.JUMP_BACKWARD, start);
  b.place(cleanup);
  c.popFBlock();
  compileStmts(c, s.orelse);
  b.place(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  const b = c.b;
  if (c.u.scopeType !== 'async') c.error("'async for' outside async function", s);
  const start = new Label();
  const except = new Label();
  const end = new Label();
  compileExpr(c, s.iter);
  c.setLoc(s);
  b.emit(Op.GET_AITER);
  b.place(start);
  c.pushFBlock({ kind: 'for', start, exit: end });
  b.pushHandler(except, false);
  b.emit(Op.GET_ANEXT);
  b.emitConst(null);
  c.yieldFrom();
  b.popHandler();
  compileExpr(c, s.target);
  compileStmts(c, s.body);
  c.setLoc(s);
  b.emitJump(Op.JUMP_BACKWARD, start);
  c.popFBlock();
  b.place(except);
  c.setLoc(s.iter);
  b.emit(Op.END_ASYNC_FOR);
  compileStmts(c, s.orelse);
  b.place(end);
}

function compileImport(c: Compiler, s: A.Import): void {
  const b = c.b;
  for (const a of s.names) {
    c.setLoc(a);
    b.emitConst(0);
    b.emitConst(null);
    c.emitName(Op.IMPORT_NAME, a.name);
    const dot = a.name.indexOf('.');
    if (a.asname !== null) {
      if (dot >= 0) {
        const parts = a.name.split('.').slice(1);
        parts.forEach((attr, i) => {
          c.emitName(Op.IMPORT_FROM, attr);
          if (i < parts.length - 1) {
            b.emit(Op.SWAP, 2);
            b.emit(Op.POP_TOP);
          }
        });
        c.nameOp(a.asname, 'Store', a);
        b.emit(Op.POP_TOP);
      } else {
        c.nameOp(a.asname, 'Store', a);
      }
    } else {
      c.nameOp(dot >= 0 ? a.name.slice(0, dot) : a.name, 'Store', a);
    }
  }
}

function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  const b = c.b;
  if (s.lineno > c.futureLineno && s.module === '__future__') c.error('from __future__ imports must occur at the beginning of the file', s);
  b.emitConst(s.level ?? 0);
  b.emitConst(c.constTuple(s.names.map((a) => a.name)));
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (const [i, a] of s.names.entries()) {
    if (i === 0 && a.name === '*') {
      b.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, a.name);
    c.nameOp(a.asname ?? a.name, 'Store', a);
  }
  b.emit(Op.POP_TOP);
}

