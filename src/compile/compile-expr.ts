// Expressions, including assignment targets and conditional jumps (CPython 3.11
// compile.c: compiler_visit_expr, compiler_jump_if, compiler_call_helper,
// starunpack_helper, assignment_helper).
import type * as A from '../parse/ast.js';
import { PyBytes, PyComplex, PyFloat, type ConstantValue } from '../runtime/value.js';
import { checkCompare, checkCaller, checkSubscript } from './compile-warnings.js';
import { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { compileComprehension, compileLambda } from './compile-def.js';
import { CMP_OPS, Op } from './opcodes.js';
import { unparse } from './unparse.js';
import { foldConstant, foldNumber } from './fold.js';
import { ConstFrozenset, type Const } from './code.js';
import { constKey } from './assembler.js';

/** CPython's STACK_USE_GUIDELINE: beyond this many items, build collections incrementally. */
const STACK_USE_GUIDELINE = 30;

const BINARY: Record<string, number> = {
  Add: Op.BINARY_ADD,
  Sub: Op.BINARY_SUBTRACT,
  Mult: Op.BINARY_MULTIPLY,
  MatMult: Op.BINARY_MATRIX_MULTIPLY,
  Div: Op.BINARY_TRUE_DIVIDE,
  Mod: Op.BINARY_MODULO,
  Pow: Op.BINARY_POWER,
  LShift: Op.BINARY_LSHIFT,
  RShift: Op.BINARY_RSHIFT,
  BitOr: Op.BINARY_OR,
  BitXor: Op.BINARY_XOR,
  BitAnd: Op.BINARY_AND,
  FloorDiv: Op.BINARY_FLOOR_DIVIDE,
};

const UNARY: Record<string, number> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

const CMP: Record<string, string> = { Lt: '<', LtE: '<=', Eq: '==', NotEq: '!=', Gt: '>', GtE: '>=', In: 'in', NotIn: 'not in', Is: 'is', IsNot: 'is not' };

function cmpArg(op: A.cmpop): number {
  return CMP_OPS.indexOf(CMP[op._type] as (typeof CMP_OPS)[number]);
}

export function unparseAnnotation(e: A.expr): string {
  return unparse(e);
}

export function compileExpr(c: Compiler, e: A.expr): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr(c, e);
  c.restoreLoc(saved);
}

function visitExpr(c: Compiler, e: A.expr): void {
  const b = c.b;
  switch (e._type) {
    case 'NamedExpr':
      compileExpr(c, e.value);
      b.emit(Op.COPY, 1);
      compileExpr(c, e.target);
      return;
    case 'BoolOp': {
      const op = e.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      const end = new Label();
      const last = e.values.length - 1;
      for (let i = 0; i < last; i++) {
        compileExpr(c, e.values[i]);
        b.emitJump(op, end);
      }
      compileExpr(c, e.values[last]);
      b.place(end);
      return;
    }
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      b.emit(BINARY[e.op._type]);
      return;
    case 'UnaryOp': {
      const folded = e.op._type === 'USub' ? foldNumber(e) : undefined;
      if (folded !== undefined) {
        b.emitConst(folded);
        return;
      }
      compileExpr(c, e.operand);
      b.emit(UNARY[e.op._type]);
      return;
    }
    case 'Lambda':
      return compileLambda(c, e);
    case 'IfExp': {
      const end = new Label();
      const next = new Label();
      jumpIf(c, e.test, next, false);
      compileExpr(c, e.body);
      b.emitJump(Op.JUMP, end);
      b.place(next);
      compileExpr(c, e.orelse);
      b.place(end);
      return;
    }
    case 'Dict':
      return compileDict(c, e);
    case 'Set': {
      // CPython compiles a display of more than two constants as BUILD_SET 0, LOAD_CONST
      // frozenset, SET_UPDATE 1: the frozenset's build decides the set's order.
      const folded = e.elts.length > 2 ? frozensetConst(c, e.elts) : undefined;
      if (folded === undefined) return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      b.emit(Op.BUILD_SET, 0);
      b.emitConst(folded);
      b.emit(Op.SET_UPDATE, 1);
      return;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (e.value) compileExpr(c, e.value);
      else b.emitConst(null);
      b.emit(Op.YIELD_VALUE, 0);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (c.u.scopeType === 'async') c.error("'yield from' inside async function", e);
      compileExpr(c, e.value);
      b.emit(Op.GET_YIELD_FROM_ITER);
      b.emitConst(null);
      c.yieldFrom();
      return;
    case 'Await':
      if (c.u.ste.type !== 'function') c.error("'await' outside function", e);
      if (c.u.scopeType !== 'async' && c.u.scopeType !== 'comprehension') c.error("'await' outside async function", e);
      compileExpr(c, e.value);
      b.emit(Op.GET_AWAITABLE, 0);
      b.emitConst(null);
      c.yieldFrom();
      return;
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'FormattedValue': {
      compileExpr(c, e.value);
      const conv = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      let arg = conv;
      if (e.format_spec) {
        compileExpr(c, e.format_spec);
        arg |= 4;
      }
      b.emit(Op.FORMAT_VALUE, arg);
      return;
    }
    case 'JoinedStr':
      for (const v of e.values) compileExpr(c, v);
      if (e.values.length !== 1) b.emit(Op.BUILD_STRING, e.values.length);
      return;
    case 'Constant':
      b.emitConst(e.value);
      return;
    case 'Attribute':
      compileExpr(c, e.value);
      c.setLoc(e);
      if (e.ctx._type === 'Store' && e.attr === '__debug__') c.error('cannot assign to __debug__', e);
      c.emitName(e.ctx._type === 'Load' ? Op.LOAD_ATTR : e.ctx._type === 'Store' ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr);
      return;
    case 'Subscript':
      if (e.ctx._type === 'Load') checkSubscript(c, e);
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      b.emit(e.ctx._type === 'Load' ? Op.LOAD_SUBSCR : e.ctx._type === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case 'Starred':
      if (e.ctx._type === 'Store') c.error('starred assignment target must be in a list or tuple', e);
      c.error("can't use starred expression here", e);
      return;
    case 'Name':
      // CPython's AST optimizer turns a load of __debug__ into the constant True.
      if (e.id === '__debug__' && e.ctx._type === 'Load') b.emitConst(true);
      else c.nameOp(e.id, e.ctx._type, e);
      return;
    case 'List':
    case 'Tuple':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Del') {
        for (const elt of e.elts) compileExpr(c, elt);
        return;
      }
      if (e._type === 'Tuple') {
        const folded = foldConstant(e);
        if (folded !== undefined) {
          b.emitConst(folded);
          return;
        }
      }
      return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e._type === 'Tuple');
    case 'Slice': {
      let n = 2;
      if (e.lower) compileExpr(c, e.lower);
      else b.emitConst(null);
      if (e.upper) compileExpr(c, e.upper);
      else b.emitConst(null);
      if (e.step) {
        compileExpr(c, e.step);
        n = 3;
      }
      b.emit(Op.BUILD_SLICE, n);
      return;
    }
  }
}

/** Python truthiness of a constant, as the optimizer folds `while 1:` / `if False:`. */
function constTruth(v: ConstantValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  return true;
}

/** Jump to `next` when the truth of `e` equals `cond`; fall through otherwise. */
export function jumpIf(c: Compiler, e: A.expr, next: Label, cond: boolean): void {
  const b = c.b;
  switch (e._type) {
    case 'Constant':
      if (constTruth(e.value) === cond) {
        const saved = c.saveLoc();
        c.setLoc(e);
        b.emitJump(Op.JUMP, next);
        c.restoreLoc(saved);
      }
      return;
    case 'UnaryOp':
      if (e.op._type === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const cond2 = e.op._type === 'Or';
      const next2 = cond2 !== cond ? new Label() : next;
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
      jumpIf(c, e.values[n], next, cond);
      if (next2 !== next) b.place(next2);
      return;
    }
    case 'IfExp': {
      const end = new Label();
      const next2 = new Label();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      b.emitJump(Op.JUMP, end);
      b.place(next2);
      jumpIf(c, e.orelse, next, cond);
      b.place(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        const saved = c.saveLoc();
        c.setLoc(e);
        checkCompare(c, e);
        const cleanup = new Label();
        compileExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          compileExpr(c, e.comparators[i]);
          b.emit(Op.SWAP, 2);
          b.emit(Op.COPY, 2);
          b.emit(Op.COMPARE_OP, cmpArg(e.ops[i]));
          b.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
        }
        compileExpr(c, e.comparators[n]);
        b.emit(Op.COMPARE_OP, cmpArg(e.ops[n]));
        b.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = new Label();
        b.emitJump(Op.JUMP, end);
        b.place(cleanup);
        b.emit(Op.POP_TOP);
        if (!cond) b.emitJump(Op.JUMP, next);
        b.place(end);
        c.restoreLoc(saved);
        return;
      }
      break;
    }
    default:
      break;
  }
  compileExpr(c, e);
  const saved = c.saveLoc();
  c.setLoc(e);
  b.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  c.restoreLoc(saved);
}

function compileCompare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  const b = c.b;
  const n = e.ops.length - 1;
  compileExpr(c, e.left);
  if (n === 0) {
    compileExpr(c, e.comparators[0]);
    b.emit(Op.COMPARE_OP, cmpArg(e.ops[0]));
    return;
  }
  const cleanup = new Label();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]);
    b.emit(Op.SWAP, 2);
    b.emit(Op.COPY, 2);
    b.emit(Op.COMPARE_OP, cmpArg(e.ops[i]));
    b.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileExpr(c, e.comparators[n]);
  b.emit(Op.COMPARE_OP, cmpArg(e.ops[n]));
  const end = new Label();
  b.emitJump(Op.JUMP, end);
  b.place(cleanup);
  b.emit(Op.SWAP, 2);
  b.emit(Op.POP_TOP);
  b.place(end);
}

/** Builds a list/tuple/set from `elts` (which may contain *starred items) on top of
 * `pushed` items already on the stack. */
/** The frozenset constant a set display of constants folds to, or undefined. */
function frozensetConst(c: Compiler, elts: A.expr[]): ConstFrozenset | undefined {
  const items: Const[] = [];
  for (const elt of elts) {
    const v = foldConstant(elt);
    if (v === undefined) return undefined;
    items.push(v);
  }
  const keys = items.map(constKey);
  if (keys.some((k) => k === null)) return new ConstFrozenset(items);
  const key = [...new Set(keys)].sort().join('\u0000');
  let fs = c.frozensets.get(key);
  if (fs === undefined) c.frozensets.set(key, (fs = new ConstFrozenset(items)));
  return fs;
}

/** The iterable of a `for` statement or comprehension: CPython's AST optimizer turns a set
 * display of constants there into a frozenset constant (fold_iter), whose order is not the
 * display's. */
export function compileIterable(c: Compiler, e: A.expr): void {
  const folded = e._type === 'Set' ? frozensetConst(c, e.elts) : undefined;
  if (folded !== undefined) c.b.emitConst(folded);
  else compileExpr(c, e);
}

function starunpackHelper(c: Compiler, elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const b = c.b;
  const n = elts.length;
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === 'Starred');
  if (!seenStar && !big) {
    for (const e of elts) compileExpr(c, e);
    b.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    b.emit(build, pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e._type === 'Starred') {
      if (!built) {
        b.emit(build, i + pushed);
        built = true;
      }
      compileExpr(c, e.value);
      b.emit(extend, 1);
    } else {
      compileExpr(c, e);
      if (built) b.emit(add, 1);
    }
  });
  if (tuple) b.emit(Op.LIST_TO_TUPLE);
}

function assignmentHelper(c: Compiler, elts: A.expr[]): void {
  const b = c.b;
  const n = elts.length;
  let seenStar = false;
  elts.forEach((e, i) => {
    if (e._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 1 << 16) c.errorHere('too many expressions in star-unpacking assignment');
      b.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (e._type === 'Starred') {
      c.errorHere('multiple starred expressions in assignment');
    }
  });
  if (!seenStar) b.emit(Op.UNPACK_SEQUENCE, n);
  for (const e of elts) compileExpr(c, e._type === 'Starred' ? e.value : e);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const b = c.b;
  let haveDict = false;
  let elements = 0;
  const subdict = (begin: number, end: number): void => {
    for (let i = begin; i < end; i++) {
      compileExpr(c, e.keys[i] as A.expr);
      compileExpr(c, e.values[i]);
    }
    b.emit(Op.BUILD_MAP, end - begin);
  };
  const flush = (end: number): void => {
    subdict(end - elements, end);
    if (haveDict) b.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
    elements = 0;
  };
  for (let i = 0; i < e.values.length; i++) {
    if (e.keys[i] === null) {
      if (elements) flush(i);
      if (!haveDict) {
        b.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]);
      b.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      elements++;
      flush(i + 1);
    } else {
      elements++;
    }
  }
  if (elements) flush(e.values.length);
  if (!haveDict) b.emit(Op.BUILD_MAP, 0);
}

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    if (k.arg === '__debug__') c.error('cannot assign to __debug__', k);
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === k.arg) c.error(`keyword argument repeated: ${k.arg}`, keywords[j]);
    }
  });
}

function compileCall(c: Compiler, e: A.Call): void {
  checkCaller(c, e);
  if (maybeMethodCall(c, e)) return;
  compileExpr(c, e.func);
  c.setLoc(e);
  callHelper(c, 0, e.args, e.keywords);
}

function maybeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  const nargs = e.args.length;
  const nkw = e.keywords.length;
  if (nargs + nkw + (nkw ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  const b = c.b;
  compileExpr(c, meth.value);
  const loc = c.saveLoc();
  // As CPython, LOAD_METHOD and the call report the line where the method name ends.
  const line = meth.end_lineno ?? meth.lineno;
  c.b.loc = { lineno: line, col_offset: meth.col_offset, end_lineno: meth.end_lineno, end_col_offset: meth.end_col_offset };
  c.emitName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) compileExpr(c, a);
  for (const k of e.keywords) compileExpr(c, k.value);
  c.b.loc = { lineno: line, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  if (nkw) {
    b.emitConst(c.constTuple(e.keywords.map((k) => k.arg as string)));
    b.emit(Op.CALL_METHOD_KW, nargs + nkw);
  } else {
    b.emit(Op.CALL_METHOD, nargs);
  }
  c.restoreLoc(loc);
  return true;
}

/** Emits the arguments and the call for a callable already on the stack, under `n`
 * extra positional arguments already pushed (class statements push the body function
 * and the name). */
export function callHelper(c: Compiler, n: number, args: A.expr[], keywords: A.keyword[]): void {
  const b = c.b;
  validateKeywords(c, keywords);
  const nargs = args.length;
  const nkw = keywords.length;
  const simple = nargs + nkw * 2 <= STACK_USE_GUIDELINE && !args.some((a) => a._type === 'Starred') && !keywords.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) compileExpr(c, a);
    for (const k of keywords) compileExpr(c, k.value);
    if (nkw) {
      b.emitConst(c.constTuple(keywords.map((k) => k.arg as string)));
      b.emit(Op.CALL_FUNCTION_KW, n + nargs + nkw);
    } else {
      b.emit(Op.CALL_FUNCTION, n + nargs);
    }
    return;
  }
  if (n === 0 && nargs === 1 && args[0]._type === 'Starred') compileExpr(c, args[0].value);
  else starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  if (nkw) {
    let haveDict = false;
    let seen = 0;
    const subkwargs = (begin: number, end: number): void => {
      const count = end - begin;
      const big = count * 2 > STACK_USE_GUIDELINE;
      if (big) b.emit(Op.BUILD_MAP, 0);
      for (let i = begin; i < end; i++) {
        b.emitConst(keywords[i].arg as string);
        compileExpr(c, keywords[i].value);
        if (big) b.emit(Op.MAP_ADD, 1);
      }
      if (!big) b.emit(Op.BUILD_MAP, count);
    };
    keywords.forEach((k, i) => {
      if (k.arg === null) {
        if (seen) {
          subkwargs(i - seen, i);
          if (haveDict) b.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          seen = 0;
        }
        if (!haveDict) {
          b.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        compileExpr(c, k.value);
        b.emit(Op.DICT_MERGE, 1);
      } else {
        seen++;
      }
    });
    if (seen) {
      subkwargs(nkw - seen, nkw);
      if (haveDict) b.emit(Op.DICT_MERGE, 1);
    }
  }
  b.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}
