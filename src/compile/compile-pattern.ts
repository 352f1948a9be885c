// The match statement (CPython 3.11 compile.c: compiler_match and compiler_pattern_*).
// A pattern consumes the subject on top of the stack; on failure it jumps to a "fail pop"
// label that pops whatever the pattern left on the stack. Captured values stay on the
// stack, rotated below the working items, and are stored only once the case matched.
import type * as A from '../parse/ast.js';
import { PyBytes, PyComplex, PyFloat, type ConstantValue } from '../runtime/value.js';
import { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { compileExpr, jumpIf } from './compile-expr.js';
import { compileStmts } from './compile-stmt.js';
import { CMP_OPS, Op } from './opcodes.js';
import { constRepr } from './dis.js';
import { foldNumber } from './fold.js';

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const EQ = CMP_OPS.indexOf('==');
const GTE = CMP_OPS.indexOf('>=');
const IS = CMP_OPS.indexOf('is');
const IS_NOT = CMP_OPS.indexOf('is not');

const isWildcard = (p: A.pattern): boolean => p._type === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: A.pattern): boolean => p._type === 'MatchStar' && p.name === null;

export function compileMatch(c: Compiler, s: A.Match): void {
  const b = c.b;
  compileExpr(c, s.subject);
  const end = new Label();
  const ncases = s.cases.length;
  const last = s.cases[ncases - 1];
  const hasDefault = isWildcard(last.pattern) && last.guard === null && ncases > 1;
  for (let i = 0; i < ncases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i];
    c.setLoc(m.pattern);
    const notLast = i !== ncases - (hasDefault ? 1 : 0) - 1;
    if (notLast) b.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === ncases - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, 'Store', m.pattern);
    if (m.guard) {
      ensureFailPop(pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (notLast) b.emit(Op.POP_TOP);
    compileStmts(c, m.body);
    b.emitJump(Op.JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    c.setLoc(last.pattern);
    if (ncases === 1) b.emit(Op.POP_TOP);
    else b.emit(Op.NOP);
    if (last.guard) jumpIf(c, last.guard, end, false);
    compileStmts(c, last.body);
  }
  b.place(end);
}

function ensureFailPop(pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(new Label());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(pc, pops);
  c.b.emitJump(op, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.b.place(pc.failPop[n]);
    c.b.emit(Op.POP_TOP);
  }
  c.b.place(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (count > 1) c.b.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext, p: A.pattern): void {
  if (name === null) {
    c.b.emit(Op.POP_TOP);
    return;
  }
  if (name === '__debug__') c.error('cannot assign to __debug__', p);
  if (pc.stores.includes(name)) c.errorHere(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  // Like CPython, the location stays at the innermost pattern compiled so far.
  c.setLoc(p);
  const b = c.b;
  switch (p._type) {
    case 'MatchValue':
      if (p.value._type !== 'Attribute' && foldNumber(p.value) === undefined) c.error('patterns may only match literals and attribute lookups', p);
      compileExpr(c, p.value);
      b.emit(Op.COMPARE_OP, EQ);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      break;
    case 'MatchSingleton':
      b.emitConst(p.value);
      b.emit(Op.COMPARE_OP, IS);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      break;
    case 'MatchSequence':
      sequencePattern(c, p, pc);
      break;
    case 'MatchMapping':
      mappingPattern(c, p, pc);
      break;
    case 'MatchClass':
      classPattern(c, p, pc);
      break;
    case 'MatchStar':
      storeName(c, p.name, pc, p);
      break;
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`, p);
          c.error('wildcard makes remaining patterns unreachable', p);
        }
        storeName(c, p.name, pc, p);
        break;
      }
      pc.onTop++;
      b.emit(Op.COPY, 1);
      compilePattern(c, p.pattern, pc);
      pc.onTop--;
      storeName(c, p.name, pc, p);
      break;
    case 'MatchOr':
      orPattern(c, p, pc);
      break;
  }
}

function sequencePattern(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const b = c.b;
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((q, i) => {
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern', q);
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
    } else {
      onlyWildcard &&= isWildcard(q);
    }
  });
  pc.onTop++;
  b.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    b.emit(Op.GET_LEN);
    b.emitConst(size);
    b.emit(Op.COMPARE_OP, EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    b.emit(Op.GET_LEN);
    b.emitConst(size - 1);
    b.emit(Op.COMPARE_OP, GTE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    b.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    if (star < 0) b.emit(Op.UNPACK_SEQUENCE, size);
    else b.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8));
    pc.onTop += size;
    for (const q of patterns) {
      pc.onTop--;
      subpattern(c, q, pc);
    }
  }
}

function sequenceSubscr(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  const b = c.b;
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((q, i) => {
    if (isWildcard(q) || i === star) return;
    b.emit(Op.COPY, 1);
    if (i < star) {
      b.emitConst(i);
    } else {
      b.emit(Op.GET_LEN);
      b.emitConst(size - i);
      b.emit(Op.BINARY_SUBTRACT);
    }
    b.emit(Op.LOAD_SUBSCR);
    subpattern(c, q, pc);
  });
  pc.onTop--;
  b.emit(Op.POP_TOP);
}

/** A key for CPython's duplicate-key check (a set of constants: 1 == 1.0 == True). */
function keyOf(v: ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return `n${v ? 1 : 0}`;
  if (typeof v === 'number' || typeof v === 'bigint') return `n${v}`;
  if (typeof v === 'string') return `s${v}`;
  if (v instanceof PyFloat) return Number.isInteger(v.value) ? `n${BigInt(v.value)}` : `n${v.value}`;
  if (v instanceof PyComplex) return v.imag === 0 ? keyOf(new PyFloat(v.real)) : `c${v.real},${v.imag}`;
  if (v instanceof PyBytes) return `b${Array.from(v.bytes).join(',')}`;
  return 'Ellipsis';
}

function mappingPattern(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const b = c.b;
  const keys = p.keys;
  let size = keys.length;
  pc.onTop++;
  b.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && p.rest === null) {
    pc.onTop--;
    b.emit(Op.POP_TOP);
    return;
  }
  if (size) {
    b.emit(Op.GET_LEN);
    b.emitConst(size);
    b.emit(Op.COMPARE_OP, GTE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    const folded = foldNumber(key);
    if (folded !== undefined) {
      const k = keyOf(folded);
      if (seen.has(k)) c.errorHere(`mapping pattern checks duplicate key (${constRepr(folded)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.errorHere('mapping pattern keys may only match literals and attribute lookups');
    }
    compileExpr(c, key);
  }
  b.emit(Op.BUILD_TUPLE, size);
  b.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  b.emit(Op.COPY, 1);
  b.emitConst(null);
  b.emit(Op.COMPARE_OP, IS_NOT);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  b.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (p.rest !== null) {
    b.emit(Op.BUILD_MAP, 0);
    b.emit(Op.SWAP, 3);
    b.emit(Op.DICT_UPDATE, 2);
    b.emit(Op.UNPACK_SEQUENCE, size);
    while (size) {
      b.emit(Op.COPY, 1 + size--);
      b.emit(Op.SWAP, 2);
      b.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, p.rest, pc, p);
  } else {
    b.emit(Op.POP_TOP);
    b.emit(Op.POP_TOP);
  }
}

function classPattern(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const b = c.b;
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  p.kwd_attrs.forEach((attr, i) => {
    if (attr === '__debug__') c.error('cannot assign to __debug__', p.kwd_patterns[i]);
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[j] === attr) c.error(`attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[j]);
    }
  });
  compileExpr(c, p.cls);
  b.emitConst(c.constTuple(p.kwd_attrs));
  b.emit(Op.MATCH_CLASS, nargs);
  b.emit(Op.COPY, 1);
  b.emitConst(null);
  b.emit(Op.COMPARE_OP, IS_NOT);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  b.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(q)) {
      b.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function orPattern(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const b = c.b;
  const end = new Label();
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    b.emit(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      c.errorHere('alternative patterns bind different names');
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.errorHere('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    b.emitJump(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  b.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  b.place(end);
  const names = control as string[] | null ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.errorHere(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  b.emit(Op.POP_TOP);
}
