// Expression rules of python.gram (EXPRESSIONS .. LITERALS): from star_expressions down to
// atom. Each rule returns its node, or null with the position restored when it does not
// match. Left-recursive rules (bitwise_or .. term, primary) are loops.
import type * as A from './ast.js';
import { ELLIPSIS } from '../runtime/value.js';
import { MemoRule, type Parser, T } from './parser.js';
import type { Token } from './token.js';
import { lambdaParameters } from './parser-params.js';
import { starTargets } from './parser-targets.js';
import { callArguments } from './parser-arguments.js';
import * as inv from './parser-invalid.js';

type E = A.expr;

export const LOAD: A.Load = { _type: 'Load' };
export const STORE: A.Store = { _type: 'Store' };
export const DEL: A.Del = { _type: 'Del' };

const OP = <K extends string>(k: K) => ({ _type: k }) as { _type: K };
const AND = OP('And'), OR = OP('Or');
const NOT = OP('Not'), UADD = OP('UAdd'), USUB = OP('USub'), INVERT = OP('Invert');

/** Binary operator node per token code (null: not a binary operator at that level). */
export const BINOPS: Partial<Record<T, A.operator>> = {
  [T.VBAR]: OP('BitOr'), [T.CIRCUMFLEX]: OP('BitXor'), [T.AMPER]: OP('BitAnd'),
  [T.LEFTSHIFT]: OP('LShift'), [T.RIGHTSHIFT]: OP('RShift'), [T.PLUS]: OP('Add'), [T.MINUS]: OP('Sub'),
  [T.STAR]: OP('Mult'), [T.SLASH]: OP('Div'), [T.DOUBLESLASH]: OP('FloorDiv'), [T.PERCENT]: OP('Mod'),
  [T.AT]: OP('MatMult'), [T.DOUBLESTAR]: OP('Pow'),
};

const CMPOPS: Partial<Record<T, A.cmpop>> = {
  [T.EQEQUAL]: OP('Eq'), [T.NOTEQUAL]: OP('NotEq'), [T.LESSEQUAL]: OP('LtE'), [T.LESS]: OP('Lt'),
  [T.GREATEREQUAL]: OP('GtE'), [T.GREATER]: OP('Gt'), [T.IN]: OP('In'), [T.IS]: OP('Is'),
};
const NOT_IN = OP('NotIn'), IS_NOT = OP('IsNot');

export function nameNode(tok: { value: string; lineno: number; col: number; endLineno: number; endCol: number }, ctx: A.expr_context): A.Name {
  return { _type: 'Name', id: tok.value, ctx, lineno: tok.lineno, col_offset: tok.col, end_lineno: tok.endLineno, end_col_offset: tok.endCol };
}

// star_expressions: star_expression (',' star_expression)* [','] -> Tuple when a comma is seen
export function starExpressions(p: Parser): E | null {
  const s = p.tok();
  const first = starExpression(p);
  if (first === null) return null;
  if (p.code() !== T.COMMA) return first;
  const elts = [first];
  while (p.code() === T.COMMA) {
    p.pos++;
    const m = p.pos;
    const e = starExpression(p);
    if (e === null) {
      p.pos = m;
      break;
    }
    elts.push(e);
  }
  return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

// star_expression: '*' bitwise_or | expression
export function starExpression(p: Parser): E | null {
  return p.errorPass ? p.memoized(MemoRule.STAR_EXPRESSION, parseStarExpression) : parseStarExpression(p);
}

function parseStarExpression(p: Parser): E | null {
  if (p.code() === T.STAR) return starred(p, bitwiseOr);
  return expression(p);
}

// '*' rule -> Starred(Load)
function starred(p: Parser, rule: (p: Parser) => E | null): E | null {
  const s = p.next();
  const v = rule(p);
  if (v === null) {
    p.pos--;
    return null;
  }
  return p.finishAt<A.Starred>({ _type: 'Starred', value: v, ctx: LOAD }, s);
}

// star_named_expressions: ','.star_named_expression+ [','] (the list only)
export function starNamedExpressions(p: Parser, elts: E[]): boolean {
  for (;;) {
    const m = p.pos;
    const e = starNamedExpression(p);
    if (e === null) {
      p.pos = m;
      return elts.length > 0;
    }
    elts.push(e);
    if (p.code() !== T.COMMA) return true;
    p.pos++;
  }
}

// star_named_expression: '*' bitwise_or | named_expression
export function starNamedExpression(p: Parser): E | null {
  if (p.code() === T.STAR) return starred(p, bitwiseOr);
  return namedExpression(p);
}

/** At `NAME ':='`: a named expression without parentheses, which is not an `expression`. */
function isBareWalrus(p: Parser): boolean {
  return p.code() === T.NAME && p.codeAt(1) === T.COLONEQUAL;
}

// assignment_expression: NAME ':=' ~ expression
function assignmentExpression(p: Parser): E | null {
  const s = p.next();
  p.pos++;
  const value = expression(p);
  if (value === null) {
    p.pos -= 2;
    return null;
  }
  const target = nameNode(s, STORE);
  return p.finishAt<A.NamedExpr>({ _type: 'NamedExpr', target, value }, s);
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
export function namedExpression(p: Parser): E | null {
  if (p.code() === T.NAME && p.codeAt(1) === T.COLONEQUAL) return assignmentExpression(p);
  if (p.invalidPass) inv.invalidNamedExpression(p);
  const m = p.pos;
  const e = expression(p);
  if (e !== null && p.code() === T.COLONEQUAL) {
    p.pos = m;
    return null;
  }
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): E | null {
  return p.errorPass ? p.memoized(MemoRule.EXPRESSION, expressionBody) : expressionBody(p);
}

/** The expression rule without its memo. */
export function expressionBody(p: Parser): E | null {
  p.enter();
  if (p.invalidPass) {
    inv.invalidExpression(p);
    inv.invalidLegacyExpression(p);
  }
  let r: E | null;
  if (p.code() === T.LAMBDA) r = lambdef(p);
  else {
    const s = p.tok();
    r = disjunction(p);
    if (r !== null && p.code() === T.IF) {
      const m = p.pos;
      p.pos++;
      const test = disjunction(p);
      if (test !== null && p.eat(T.ELSE)) {
        const orelse = expression(p);
        if (orelse !== null) r = p.finishAt<A.IfExp>({ _type: 'IfExp', test, body: r, orelse }, s);
        else p.pos = m;
      } else p.pos = m;
    }
  }
  p.depth--;
  return r;
}

// expressions: expression (',' expression)* [','] -> Tuple when a comma is seen
export function expressions(p: Parser): E | null {
  const s = p.tok();
  const first = expression(p);
  if (first === null || p.code() !== T.COMMA) return first;
  const elts = [first];
  while (p.code() === T.COMMA) {
    p.pos++;
    const m = p.pos;
    const e = expression(p);
    if (e === null) {
      p.pos = m;
      break;
    }
    elts.push(e);
  }
  return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yieldExpr(p: Parser): E | null {
  const s = p.next();
  if (p.code() === T.FROM) {
    p.pos++;
    const v = expression(p);
    if (v === null) {
      p.pos -= 2;
      return null;
    }
    return p.finishAt<A.YieldFrom>({ _type: 'YieldFrom', value: v }, s);
  }
  const m = p.pos;
  const v = starExpressions(p);
  if (v === null) p.pos = m;
  return p.finishAt<A.Yield>({ _type: 'Yield', value: v }, s);
}

// lambdef: 'lambda' [lambda_params] ':' expression
function lambdef(p: Parser): E | null {
  const s = p.tok();
  const m = p.pos;
  p.pos++;
  const args = lambdaParameters(p);
  if (args === null || !p.eat(T.COLON)) {
    p.pos = m;
    return null;
  }
  p.enter();
  const body = expression(p);
  p.depth--;
  if (body === null) {
    p.pos = m;
    return null;
  }
  return p.finishAt<A.Lambda>({ _type: 'Lambda', args, body }, s);
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
export function disjunction(p: Parser): E | null {
  return p.errorPass ? p.memoized(MemoRule.DISJUNCTION, parseDisjunction) : parseDisjunction(p);
}

function parseDisjunction(p: Parser): E | null {
  const s = p.tok();
  const a = conjunction(p);
  if (a === null || p.code() !== T.OR) return a;
  const values = [a];
  while (p.code() === T.OR) {
    const m = p.pos++;
    const b = conjunction(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    values.push(b);
  }
  if (values.length === 1) return a;
  return p.finishAt<A.BoolOp>({ _type: 'BoolOp', op: OR, values }, s);
}

// conjunction: inversion ('and' inversion)+ | inversion
function conjunction(p: Parser): E | null {
  const s = p.tok();
  const a = inversion(p);
  if (a === null || p.code() !== T.AND) return a;
  const values = [a];
  while (p.code() === T.AND) {
    const m = p.pos++;
    const b = inversion(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    values.push(b);
  }
  if (values.length === 1) return a;
  return p.finishAt<A.BoolOp>({ _type: 'BoolOp', op: AND, values }, s);
}

// inversion: 'not' inversion | comparison
function inversion(p: Parser): E | null {
  if (p.code() !== T.NOT) return comparison(p);
  p.enter();
  const s = p.next();
  const operand = inversion(p);
  p.depth--;
  if (operand === null) {
    p.pos--;
    return null;
  }
  return p.finishAt<A.UnaryOp>({ _type: 'UnaryOp', op: NOT, operand }, s);
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
function comparison(p: Parser): E | null {
  const s = p.tok();
  const a = bitwiseOr(p);
  if (a === null) return null;
  let ops: A.cmpop[] | null = null;
  let comparators: E[] | null = null;
  for (;;) {
    const c = p.code();
    let op: A.cmpop | undefined;
    const m = p.pos;
    if (c === T.NOT) {
      if (p.codeAt(1) !== T.IN) break;
      op = NOT_IN;
      p.pos += 2;
    } else if (c === T.IS && p.codeAt(1) === T.NOT) {
      op = IS_NOT;
      p.pos += 2;
    } else {
      op = CMPOPS[c];
      if (op === undefined) break;
      p.pos++;
    }
    const b = bitwiseOr(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    (ops ??= []).push(op);
    (comparators ??= []).push(b);
  }
  if (ops === null) return a;
  return p.finishAt<A.Compare>({ _type: 'Compare', left: a, ops, comparators: comparators as E[] }, s);
}

// A left-associative binary level: operand (op operand)*
function binaryLevel(p: Parser, operand: (p: Parser) => E | null, op1: T, op2: T, op3: T, op4: T, op5: T): E | null {
  const s = p.tok();
  let a = operand(p);
  if (a === null) return null;
  for (;;) {
    const c = p.code();
    if (c !== op1 && c !== op2 && c !== op3 && c !== op4 && c !== op5) return a;
    const m = p.pos++;
    const b = operand(p);
    if (b === null) {
      p.pos = m;
      return a;
    }
    a = p.finishAt<A.BinOp>({ _type: 'BinOp', left: a, op: BINOPS[c]!, right: b }, s);
  }
}

export function bitwiseOr(p: Parser): E | null {
  return p.errorPass ? p.memoized(MemoRule.BITWISE_OR, parseBitwiseOr) : parseBitwiseOr(p);
}

function parseBitwiseOr(p: Parser): E | null {
  return binaryLevel(p, bitwiseXor, T.VBAR, T.VBAR, T.VBAR, T.VBAR, T.VBAR);
}
function bitwiseXor(p: Parser): E | null {
  return binaryLevel(p, bitwiseAnd, T.CIRCUMFLEX, T.CIRCUMFLEX, T.CIRCUMFLEX, T.CIRCUMFLEX, T.CIRCUMFLEX);
}
function bitwiseAnd(p: Parser): E | null {
  return binaryLevel(p, shiftExpr, T.AMPER, T.AMPER, T.AMPER, T.AMPER, T.AMPER);
}
function shiftExpr(p: Parser): E | null {
  return binaryLevel(p, sum, T.LEFTSHIFT, T.RIGHTSHIFT, T.RIGHTSHIFT, T.RIGHTSHIFT, T.RIGHTSHIFT);
}
function sum(p: Parser): E | null {
  return binaryLevel(p, term, T.PLUS, T.MINUS, T.MINUS, T.MINUS, T.MINUS);
}
function term(p: Parser): E | null {
  return binaryLevel(p, factor, T.STAR, T.SLASH, T.DOUBLESLASH, T.PERCENT, T.AT);
}

// factor: '+' factor | '-' factor | '~' factor | power
function factor(p: Parser): E | null {
  const c = p.code();
  const op = c === T.PLUS ? UADD : c === T.MINUS ? USUB : c === T.TILDE ? INVERT : null;
  if (op === null) return power(p);
  p.enter();
  const s = p.next();
  const operand = factor(p);
  p.depth--;
  if (operand === null) {
    p.pos--;
    return null;
  }
  return p.finishAt<A.UnaryOp>({ _type: 'UnaryOp', op, operand }, s);
}

// power: await_primary '**' factor | await_primary
function power(p: Parser): E | null {
  const s = p.tok();
  const a = awaitPrimary(p);
  if (a === null || p.code() !== T.DOUBLESTAR) return a;
  const m = p.pos++;
  p.enter();
  p.enter();
  const b = factor(p);
  p.depth -= 2;
  if (b === null) {
    p.pos = m;
    return a;
  }
  return p.finishAt<A.BinOp>({ _type: 'BinOp', left: a, op: BINOPS[T.DOUBLESTAR]!, right: b }, s);
}

// await_primary: AWAIT primary | primary
function awaitPrimary(p: Parser): E | null {
  if (p.code() !== T.AWAIT) return primary(p);
  const s = p.next();
  const v = primary(p);
  if (v === null) {
    p.pos--;
    return null;
  }
  return p.finishAt<A.Await>({ _type: 'Await', value: v }, s);
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): E | null {
  return p.errorPass ? p.memoized(MemoRule.PRIMARY, parsePrimary) : parsePrimary(p);
}

function parsePrimary(p: Parser): E | null {
  const s = p.tok();
  let a = atom(p);
  if (a === null) return null;
  for (;;) {
    const c = p.code();
    if (c === T.DOT) {
      if (p.codeAt(1) !== T.NAME) return a;
      p.pos++;
      const attr = p.next().value;
      a = p.finishAt<A.Attribute>({ _type: 'Attribute', value: a, attr, ctx: LOAD }, s);
    } else if (c === T.LPAR) {
      const m = p.pos;
      const call = callArguments(p, a, s);
      if (call === null) {
        p.pos = m;
        return a;
      }
      a = call;
    } else if (c === T.LSQB) {
      const m = p.pos++;
      const slice = slices(p);
      if (slice === null || !p.eat(T.RSQB)) {
        p.pos = m;
        return a;
      }
      a = p.finishAt<A.Subscript>({ _type: 'Subscript', value: a, slice, ctx: LOAD }, s);
    } else return a;
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
function slices(p: Parser): E | null {
  const s = p.tok();
  const first = sliceOrStarred(p);
  if (first === null) return null;
  if (p.code() !== T.COMMA && !first.starred) return first.e;
  const elts = [first.e];
  while (p.code() === T.COMMA) {
    p.pos++;
    const m = p.pos;
    const e = sliceOrStarred(p);
    if (e === null) {
      p.pos = m;
      break;
    }
    elts.push(e.e);
  }
  return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

function sliceOrStarred(p: Parser): { e: E; starred: boolean } | null {
  if (p.code() === T.STAR) {
    const e = starred(p, expression);
    return e === null ? null : { e, starred: true };
  }
  const e = slice(p);
  return e === null ? null : { e, starred: false };
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
function slice(p: Parser): E | null {
  const s = p.tok();
  let lower: E | null = null;
  if (p.code() !== T.COLON) {
    const walrus = isBareWalrus(p);
    const e = namedExpression(p);
    if (e === null || walrus || p.code() !== T.COLON) return e;
    lower = e;
  }
  p.pos++;
  const upper = optionalExpression(p);
  let step: E | null = null;
  if (p.code() === T.COLON) {
    p.pos++;
    step = optionalExpression(p);
  }
  return p.finishAt<A.Slice>({ _type: 'Slice', lower, upper, step }, s);
}

function optionalExpression(p: Parser): E | null {
  const c = p.code();
  if (c === T.RSQB || c === T.COMMA || c === T.COLON) return null;
  const m = p.pos;
  const e = expression(p);
  if (e === null) p.pos = m;
  return e;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp | list/listcomp
//     | dict/set/dictcomp/setcomp | '...'
export function atom(p: Parser): E | null {
  const t = p.tok();
  switch (p.code()) {
    case T.NAME:
      p.pos++;
      return nameNode(t, LOAD);
    case T.NUMBER:
      p.pos++;
      return constant(t, p.literals.numberValue(t));
    case T.STRING:
      return strings(p);
    case T.TRUE:
      p.pos++;
      return constant(t, true);
    case T.FALSE:
      p.pos++;
      return constant(t, false);
    case T.NONE:
      p.pos++;
      return constant(t, null);
    case T.ELLIPSIS:
      p.pos++;
      return constant(t, ELLIPSIS);
    case T.LPAR:
      return parenAtom(p);
    case T.LSQB:
      return listAtom(p);
    case T.LBRACE:
      return braceAtom(p);
    default:
      return null;
  }
}

export function constant(t: { lineno: number; col: number; endLineno: number; endCol: number }, value: A.Constant['value']): A.Constant {
  return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

// strings: STRING+
export function strings(p: Parser): E {
  const toks = [p.next()];
  while (p.code() === T.STRING) toks.push(p.next());
  return p.literals.strings(toks);
}

// tuple | group | genexp, all starting with '('
function parenAtom(p: Parser): E | null {
  const s = p.tok();
  const m = p.pos++;
  p.enter();
  const r = parenBody(p, s);
  p.depth--;
  if (r === null) p.pos = m;
  return r;
}

function parenBody(p: Parser, start: Token): E | null {
  if (p.eat(T.RPAR)) return p.finishAt<A.Tuple>({ _type: 'Tuple', elts: [], ctx: LOAD }, start);
  if (p.code() === T.YIELD) {
    const y = yieldExpr(p);
    return y !== null && p.eat(T.RPAR) ? y : null;
  }
  const first = starNamedExpression(p);
  if (first === null) {
    if (p.invalidPass) inv.invalidGroupDoubleStar(p);
    return null;
  }
  const c = p.code();
  if (c === T.COMMA) {
    const elts = [first];
    p.pos++;
    if (p.code() !== T.RPAR && !starNamedExpressions(p, elts)) return null;
    if (!p.eat(T.RPAR)) return null;
    return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, start);
  }
  if (c === T.RPAR) {
    if (first._type === 'Starred') {
      if (p.invalidPass) inv.invalidGroupStarred(first);
      return null;
    }
    p.pos++;
    return first;
  }
  if (c === T.FOR || (c === T.ASYNC && p.codeAt(1) === T.FOR)) {
    if (first._type === 'Starred') {
      if (p.invalidPass) inv.invalidComprehensionStarred(p, first);
      return null;
    }
    const generators = forIfClauses(p);
    if (generators === null || !p.eat(T.RPAR)) return null;
    return p.finishAt<A.GeneratorExp>({ _type: 'GeneratorExp', elt: first, generators }, start);
  }
  return null;
}

// list | listcomp
function listAtom(p: Parser): E | null {
  const s = p.tok();
  const m = p.pos++;
  p.enter();
  const r = listBody(p, s);
  p.depth--;
  if (r === null) p.pos = m;
  return r;
}

function listBody(p: Parser, s: Token): E | null {
  if (p.eat(T.RSQB)) return p.finishAt<A.List>({ _type: 'List', elts: [], ctx: LOAD }, s);
  const first = starNamedExpression(p);
  if (first === null) return null;
  const c = p.code();
  if (c === T.FOR || (c === T.ASYNC && p.codeAt(1) === T.FOR)) {
    if (first._type === 'Starred') {
      if (p.invalidPass) inv.invalidComprehensionStarred(p, first);
      return null;
    }
    const generators = forIfClauses(p);
    if (generators === null || !p.eat(T.RSQB)) return null;
    return p.finishAt<A.ListComp>({ _type: 'ListComp', elt: first, generators }, s);
  }
  const elts = [first];
  if (p.eat(T.COMMA) && p.code() !== T.RSQB) {
    if (!starNamedExpressions(p, elts)) return null;
  }
  if (p.code() !== T.RSQB) {
    if (p.invalidPass) inv.invalidComprehensionTuple(p, elts);
    return null;
  }
  p.pos++;
  return p.finishAt<A.List>({ _type: 'List', elts, ctx: LOAD }, s);
}

// dict | set | dictcomp | setcomp
function braceAtom(p: Parser): E | null {
  const s = p.tok();
  const m = p.pos++;
  p.enter();
  const r = braceBody(p, s);
  p.depth--;
  if (r === null) p.pos = m;
  return r;
}

function braceBody(p: Parser, s: Token): E | null {
  if (p.eat(T.RBRACE)) return p.finishAt<A.Dict>({ _type: 'Dict', keys: [], values: [] }, s);
  if (p.code() === T.DOUBLESTAR) return dictBody(p, s, [], []);
  const walrus = isBareWalrus(p);
  const first = starNamedExpression(p);
  if (first === null) return null;
  const c = p.code();
  if (c === T.COLON && first._type !== 'Starred' && !walrus) {
    p.pos++;
    if (p.invalidPass) inv.invalidKvpairValue(p);
    const value = expression(p);
    if (value === null) return null;
    const c2 = p.code();
    if (c2 === T.FOR || (c2 === T.ASYNC && p.codeAt(1) === T.FOR)) {
      const generators = forIfClauses(p);
      if (generators === null || !p.eat(T.RBRACE)) return null;
      return p.finishAt<A.DictComp>({ _type: 'DictComp', key: first, value, generators }, s);
    }
    return dictBody(p, s, [first], [value]);
  }
  if (c === T.FOR || (c === T.ASYNC && p.codeAt(1) === T.FOR)) {
    if (first._type === 'Starred') {
      if (p.invalidPass) inv.invalidComprehensionStarred(p, first);
      return null;
    }
    const generators = forIfClauses(p);
    if (generators === null || !p.eat(T.RBRACE)) return null;
    return p.finishAt<A.SetComp>({ _type: 'SetComp', elt: first, generators }, s);
  }
  const elts = [first];
  if (p.eat(T.COMMA) && p.code() !== T.RBRACE) {
    if (!starNamedExpressions(p, elts)) return null;
  }
  if (p.code() !== T.RBRACE) {
    if (p.invalidPass) inv.invalidComprehensionTuple(p, elts);
    return null;
  }
  p.pos++;
  return p.finishAt<A.Set>({ _type: 'Set', elts }, s);
}

// The rest of a dict display after the pairs already parsed: (',' double_starred_kvpair)* [','] '}'
function dictBody(p: Parser, s: Token, keys: (E | null)[], values: E[]): E | null {
  if (keys.length > 0 && !p.eat(T.COMMA)) {
    if (p.code() !== T.RBRACE) return null;
  }
  while (p.code() !== T.RBRACE) {
    if (p.code() === T.DOUBLESTAR) {
      const m = p.pos++;
      const v = bitwiseOr(p);
      if (v === null) {
        p.pos = m;
        return null;
      }
      if (p.invalidPass && keys.length === 0 && (p.code() === T.FOR || p.code() === T.ASYNC)) inv.invalidDictUnpackComprehension(p, m);
      keys.push(null);
      values.push(v);
    } else {
      const k = expression(p);
      if (k === null) return null;
      if (!p.eat(T.COLON)) {
        if (p.invalidPass) inv.invalidKvpairMissingColon(k);
        return null;
      }
      if (p.invalidPass) inv.invalidKvpairValue(p);
      const v = expression(p);
      if (v === null) return null;
      keys.push(k);
      values.push(v);
    }
    if (!p.eat(T.COMMA)) break;
  }
  if (!p.eat(T.RBRACE)) return null;
  return p.finishAt<A.Dict>({ _type: 'Dict', keys: keys as E[], values }, s);
}

// for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
export function forIfClauses(p: Parser): A.comprehension[] | null {
  const gens: A.comprehension[] = [];
  for (;;) {
    const c = p.code();
    let isAsync = 0;
    if (c === T.ASYNC && p.codeAt(1) === T.FOR) isAsync = 1;
    else if (c !== T.FOR) break;
    const m = p.pos;
    p.pos += 1 + isAsync;
    const target = starTargets(p);
    if (target === null || !p.eat(T.IN)) {
      if (p.invalidPass) {
        p.pos = m;
        inv.invalidForTarget(p);
      }
      p.pos = m;
      break;
    }
    const iter = disjunction(p);
    if (iter === null) return null; // the cut after 'in': no other alternative
    const ifs: E[] = [];
    while (p.code() === T.IF) {
      const mi = p.pos++;
      const cond = disjunction(p);
      if (cond === null) {
        p.pos = mi;
        break;
      }
      ifs.push(cond);
    }
    gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return gens.length > 0 ? gens : null;
}
