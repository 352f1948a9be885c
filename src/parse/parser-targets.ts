// Assignment and deletion targets (python.gram "ASSIGNMENT TARGETS"). `for` and
// comprehension targets are parsed as targets (so `in` is not read as a comparison);
// the left side of `=` is parsed as an expression first and converted by `toTarget`,
// which accepts exactly what star_targets accepts.
import type * as A from './ast.js';
import { type Parser, T } from './parser.js';
import { DEL, primary, STORE } from './parser-expressions.js';

type E = A.expr;

// star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple
export function starTargets(p: Parser): E | null {
  const s = p.tok();
  const first = starTarget(p);
  if (first === null || p.code() !== T.COMMA) return first;
  const elts = [first];
  while (p.code() === T.COMMA) {
    p.pos++;
    const m = p.pos;
    const t = starTarget(p);
    if (t === null) {
      p.pos = m;
      break;
    }
    elts.push(t);
  }
  return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx: STORE }, s);
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
export function starTarget(p: Parser): E | null {
  if (p.code() !== T.STAR) return targetAtom(p, STORE);
  if (p.codeAt(1) === T.STAR) return null;
  const s = p.next();
  p.enter();
  const value = starTarget(p);
  p.depth--;
  if (value === null) {
    p.pos--;
    return null;
  }
  return p.finishAt<A.Starred>({ _type: 'Starred', value, ctx: STORE }, s);
}

// target_with_star_atom / del_target: t_primary '.' NAME | t_primary '[' slices ']' | NAME
//   | '(' target ')' | '(' [targets] ')' | '[' [targets] ']'
function targetAtom(p: Parser, ctx: A.Store | A.Del): E | null {
  const c = p.code();
  const m = p.pos;
  const e = primary(p);
  if (e !== null) {
    if (e._type === 'Attribute' || e._type === 'Subscript' || (e._type === 'Name' && c === T.NAME)) {
      e.ctx = ctx;
      return e;
    }
  }
  p.pos = m;
  if (c !== T.LPAR && c !== T.LSQB) return null;
  p.enter();
  const r = bracketedTargets(p, ctx);
  p.depth--;
  if (r === null) p.pos = m;
  return r;
}

function bracketedTargets(p: Parser, ctx: A.Store | A.Del): E | null {
  const s = p.next();
  const item = ctx === STORE ? starTarget : delTarget;
  if (s.value === '(') {
    if (p.eat(T.RPAR)) return p.finishAt<A.Tuple>({ _type: 'Tuple', elts: [], ctx }, s);
    // '(' target ')' is the target itself; '(' target ',' ... ')' a tuple. One parse of the
    // first item serves both (parsing it twice would be exponential in the nesting).
    const first = item(p);
    if (first === null) return null;
    if (p.eat(T.RPAR)) return first._type === 'Starred' ? null : first;
    if (!p.eat(T.COMMA)) return null;
    const elts = [first];
    if (!targetList(p, item, elts, T.RPAR)) return null;
    return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx }, s);
  }
  const elts: E[] = [];
  if (!targetList(p, item, elts, T.RSQB)) return null;
  return p.finishAt<A.List>({ _type: 'List', elts, ctx }, s);
}

// [','.target+ [',']] followed by the closing bracket `close` (consumed)
function targetList(p: Parser, item: (p: Parser) => E | null, elts: E[], close: T): boolean {
  while (p.code() !== close) {
    const t = item(p);
    if (t === null) return false;
    elts.push(t);
    if (!p.eat(T.COMMA)) break;
  }
  return p.eat(close);
}

// del_targets: ','.del_target+ [',']
export function delTargets(p: Parser): E[] | null {
  const elts: E[] = [];
  for (;;) {
    const m = p.pos;
    const t = delTarget(p);
    if (t === null) {
      p.pos = m;
      break;
    }
    elts.push(t);
    if (p.code() !== T.COMMA) break;
    p.pos++;
  }
  return elts.length > 0 ? elts : null;
}

function delTarget(p: Parser): E | null {
  return targetAtom(p, DEL);
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
export function isSingleTarget(e: E): boolean {
  return e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript';
}

/** Turn an expression parsed as star_expressions into a Store target, in place; false when
 * it is not something star_targets accepts. */
export function toTarget(e: E): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = STORE;
      return true;
    case 'Starred':
      if (e.value._type === 'Starred' || !toTarget(e.value)) return false;
      e.ctx = STORE;
      return true;
    case 'Tuple':
    case 'List':
      for (const x of e.elts) if (!toTarget(x)) return false;
      e.ctx = STORE;
      return true;
    default:
      return false;
  }
}

export const enum TargetsType {
  STAR,
  DEL,
  FOR,
}

/** _PyPegen_get_invalid_target: the sub-expression that makes `e` an invalid target. */
export function invalidTarget(e: E | null, type: TargetsType): E | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return type === TargetsType.DEL ? e : invalidTarget(e.value, type);
    case 'Compare':
      if (type === TargetsType.FOR) return e.ops[0]._type === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}
