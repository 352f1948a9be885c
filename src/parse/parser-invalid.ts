// The `invalid_*` rules of python.gram: checks that run only in the second (error) pass and
// raise CPython's specific messages. Each is called at the point where CPython's grammar
// tries it; when it does not apply it leaves the position unchanged and returns.
import type * as A from './ast.js';
import { MemoRule, type Parser, T } from './parser.js';
import type { Token } from './token.js';
import { exprName, raiseAt, raiseLocated, raiseAtToken, raiseFrom, raiseRange } from './parser-errors.js';
import {
  atom, bitwiseOr, disjunction, expression, expressionBody, forIfClauses, starExpressions, starNamedExpression,
  starNamedExpressions, yieldExpr,
} from './parser-expressions.js';
import { invalidTarget, starTarget, starTargets, TargetsType } from './parser-targets.js';
import { probeSimpleStatement } from './parser-statements.js';

type E = A.expr;

/** The last token fetched so far: where RAISE_SYNTAX_ERROR(msg) without a location points. */
function lastFetched(p: Parser): Token {
  return p.toks[p.fetched - 1];
}

/** Run `fn` with the invalid rules off (CPython's `*_without_invalid` rules), restoring
 * the position. */
export function withoutInvalid<R>(p: Parser, fn: () => R): R {
  const saved = p.invalidPass;
  p.invalidPass = false;
  try {
    return fn();
  } finally {
    p.invalidPass = saved;
  }
}

/** `&&tok`: a forced token; its absence is an error in both passes. */
export function expectForced(p: Parser, code: T, text: string): void {
  if (p.code() !== code) raiseAt(p.tok(), `expected '${text}'`);
  p.pos++;
}

export function expectedColon(p: Parser): never {
  return raiseAtToken(lastFetched(p), "expected ':'");
}

// invalid_block and the "expected an indented block after ..." rules: at NEWLINE !INDENT
export function invalidIndentedBlock(p: Parser, kw: Token, what: string): void {
  if (p.code() === T.NEWLINE && p.codeAt(1) !== T.INDENT) {
    raiseAtToken(lastFetched(p), `expected an indented block after ${what} on line ${kw.lineno}`, 'IndentationError');
  }
}

export function invalidBlock(p: Parser): void {
  if (p.code() === T.NEWLINE && p.codeAt(1) !== T.INDENT) {
    raiseAtToken(lastFetched(p), 'expected an indented block', 'IndentationError');
  }
}

function isLegacyName(e: E): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

// invalid_expression:
//   !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid -> "Perhaps you forgot a comma?"
//   disjunction 'if' disjunction !('else' | ':') -> "expected 'else' after 'if' expression"
export function invalidExpression(p: Parser): void {
  const m = p.pos;
  const t = p.tok();
  const soft = t.value === 'match' || t.value === 'case' || t.value === '_';
  if (!(p.code() === T.NAME && (p.codeAt(1) === T.STRING || soft))) {
    const a = disjunction(p);
    if (a !== null) {
      const b = withoutInvalid(p, () => expressionWithoutInvalid(p));
      if (b !== null && !isLegacyName(a) && p.levels[p.pos - 1] !== 0) {
        raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
      }
    }
    p.pos = m;
  }
  const a = disjunction(p);
  if (a !== null && p.eat(T.IF)) {
    const b = disjunction(p);
    if (b !== null && p.code() !== T.ELSE && p.code() !== T.COLON) raiseRange(a, b, "expected 'else' after 'if' expression");
  }
  p.pos = m;
}

// expression_without_invalid: a rule of its own, so not memoized as `expression`
function expressionWithoutInvalid(p: Parser): E | null {
  const m = p.pos;
  const e = expressionBody(p);
  if (e === null) p.pos = m;
  return e;
}

// invalid_legacy_expression: NAME !'(' star_expressions -> "Missing parentheses in call to ..."
export function invalidLegacyExpression(p: Parser): void {
  if (p.code() !== T.NAME || p.codeAt(1) === T.LPAR) return;
  const m = p.pos;
  const a = p.next();
  const b = starExpressions(p);
  p.pos = m;
  if (b !== null && (a.value === 'print' || a.value === 'exec')) {
    raiseRange(a, b, `Missing parentheses in call to '${a.value}'. Did you mean ${a.value}(...)?`);
  }
}

// invalid_named_expression:
//   expression ':=' expression -> "cannot use assignment expressions with %s"
//   NAME '=' bitwise_or !('=' | ':=') -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//   !(list | tuple | genexp | 'True' | 'None' | 'False') bitwise_or '=' bitwise_or !('=' | ':=')
//     -> "cannot assign to %s here. Maybe you meant '==' instead of '='?"
export function invalidNamedExpression(p: Parser): void {
  p.memoized(MemoRule.INVALID_NAMED_EXPRESSION, checkNamedExpression);
}

function checkNamedExpression(p: Parser): null {
  const m = p.pos;
  const a = expression(p);
  if (a !== null && p.eat(T.COLONEQUAL) && expression(p) !== null) {
    raiseAt(a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.pos = m;
  if (p.code() === T.NAME && p.codeAt(1) === T.EQUAL) {
    const name = p.next();
    p.pos++;
    const b = bitwiseOr(p);
    if (b !== null && p.code() !== T.EQUAL && p.code() !== T.COLONEQUAL) {
      raiseRange(name, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p.pos = m;
  }
  const c = p.code();
  if (c === T.TRUE || c === T.NONE || c === T.FALSE) return null;
  if (c === T.LSQB || c === T.LPAR) {
    const e = atom(p);
    p.pos = m;
    if (e !== null && (e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp')) return null;
  }
  const target = bitwiseOr(p);
  if (target !== null && p.eat(T.EQUAL)) {
    const value = bitwiseOr(p);
    if (value !== null && p.code() !== T.EQUAL && p.code() !== T.COLONEQUAL) {
      raiseAt(target, `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`);
    }
  }
  p.pos = m;
  return null;
}

// invalid_assignment, tried at the start of a simple statement once the valid assignment
// alternatives have failed.
export function invalidAssignmentStart(p: Parser): void {
  const m = p.pos;
  const valid = probeSimpleStatement(p);
  p.pos = m;
  if (valid !== null && (valid._type === 'Assign' || valid._type === 'AnnAssign' || valid._type === 'AugAssign')) return;
  // invalid_ann_assign_target ':' expression
  if (p.code() === T.LPAR || p.code() === T.LSQB) {
    const e = atom(p);
    if (e !== null && (e._type === 'List' || e._type === 'Tuple') && p.eat(T.COLON) && expression(p) !== null) {
      raiseAt(e, `only single target (not ${exprName(e)}) can be annotated`);
    }
    p.pos = m;
  }
  // star_named_expression ',' star_named_expressions* ':' expression
  const first = starNamedExpression(p);
  if (first !== null && p.eat(T.COMMA)) {
    starNamedExpressions(p, []);
    if (p.eat(T.COLON) && expression(p) !== null) raiseAt(first, 'only single target (not tuple) can be annotated');
  }
  p.pos = m;
  // expression ':' expression
  const target = expression(p);
  if (target !== null && p.eat(T.COLON) && expression(p) !== null) raiseAt(target, 'illegal target for annotation');
  p.pos = m;
  // (star_targets '=')* (star_expressions | yield_expr) '='
  for (;;) {
    const mt = p.pos;
    if (starTargets(p) !== null && p.eat(T.EQUAL)) continue;
    p.pos = mt;
    break;
  }
  const mv = p.pos;
  const value = starExpressions(p);
  if (value !== null && p.code() === T.EQUAL) {
    const bad = invalidTarget(value, TargetsType.STAR);
    if (bad !== null) raiseAt(bad, `cannot assign to ${exprName(bad)}`);
  }
  p.pos = mv;
  if (p.code() === T.YIELD) {
    const y = yieldExpr(p);
    if (y !== null && p.code() === T.EQUAL) raiseAt(y, 'assignment to yield expression not possible');
  }
  p.pos = m;
  // star_expressions augassign (yield_expr | star_expressions)
  const aug = starExpressions(p);
  if (aug !== null && isAugAssign(p.code())) {
    p.pos++;
    const rhs = p.code() === T.YIELD ? yieldExpr(p) : starExpressions(p);
    if (rhs !== null) raiseAt(aug, `'${exprName(aug)}' is an illegal expression for augmented assignment`);
  }
  p.pos = m;
}

function isAugAssign(c: T): boolean {
  return c >= T.PLUSEQUAL && c <= T.DOUBLESTAREQUAL || c === T.DOUBLESLASHEQUAL || c === T.ATEQUAL;
}

// invalid_del_stmt: 'del' star_expressions -> "cannot delete %s"
export function invalidDelStatement(p: Parser): void {
  const m = p.pos;
  const a = starExpressions(p);
  p.pos = m;
  const bad = invalidTarget(a, TargetsType.DEL);
  if (bad !== null) raiseAt(bad, `cannot delete ${exprName(bad)}`);
}

// invalid_for_target: ASYNC? 'for' star_expressions -> "cannot assign to %s"
export function invalidForTarget(p: Parser): void {
  const m = p.pos;
  if (p.code() === T.ASYNC) p.pos++;
  p.pos++;
  const a = starExpressions(p);
  p.pos = m;
  const bad = invalidTarget(a, TargetsType.FOR);
  if (bad !== null) raiseAt(bad, `cannot assign to ${exprName(bad)}`);
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':') -> "cannot assign to %s"
export function invalidWithItem(p: Parser): void {
  const m = p.pos;
  p.pos++;
  const a = expression(p);
  const c = p.code();
  p.pos = m;
  if (a !== null && (c === T.COMMA || c === T.RPAR || c === T.COLON)) {
    const bad = invalidTarget(a, TargetsType.STAR);
    if (bad !== null) raiseAt(bad, `cannot assign to ${exprName(bad)}`);
  }
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
export function invalidGroupStarred(e: E): never {
  return raiseAt(e, 'cannot use starred expression here');
}

export function invalidGroupDoubleStar(p: Parser): void {
  if (p.code() !== T.DOUBLESTAR) return;
  const m = p.pos;
  const star = p.next();
  const e = expression(p);
  const close = p.code() === T.RPAR;
  p.pos = m;
  if (e !== null && close) raiseAt(star, 'cannot use double starred expression here');
}

// invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses
export function invalidComprehensionStarred(p: Parser, e: E): void {
  const m = p.pos;
  const gens = forIfClauses(p);
  p.pos = m;
  if (gens !== null) raiseAt(e, 'iterable unpacking cannot be used in comprehension');
}

// invalid_comprehension: ('[' | '{') star_named_expression ',' [star_named_expressions] for_if_clauses
export function invalidComprehensionTuple(p: Parser, elts: E[]): void {
  const c = p.code();
  if (elts.length === 0 || !(c === T.FOR || (c === T.ASYNC && p.codeAt(1) === T.FOR))) return;
  const m = p.pos;
  const gens = forIfClauses(p);
  p.pos = m;
  if (gens === null) return;
  const msg = 'did you forget parentheses around the comprehension target?';
  if (elts.length > 1) raiseRange(elts[0], elts[elts.length - 1], msg);
  if (p.codes[p.pos - 1] === T.COMMA) raiseRange(elts[0], p.toks[p.pos - 1], msg);
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
export function invalidDictUnpackComprehension(p: Parser, starPos: number): void {
  const m = p.pos;
  const gens = forIfClauses(p);
  const close = p.code() === T.RBRACE;
  p.pos = m;
  if (gens !== null && close) raiseAt(p.toks[starPos], 'dict unpacking cannot be used in dict comprehension');
}

// invalid_kvpair / invalid_double_starred_kvpairs, right after a key's ':'
export function invalidKvpairValue(p: Parser): void {
  const c = p.code();
  if (c === T.STAR) {
    const m = p.pos;
    const star = p.next();
    const v = bitwiseOr(p);
    p.pos = m;
    if (v !== null) raiseFrom(star, 'cannot use a starred expression in a dictionary value');
  } else if (c === T.RBRACE || c === T.COMMA) {
    raiseAt(p.toks[p.pos - 1], "expression expected after dictionary key and ':'");
  }
}

// invalid_kvpair: expression !(':') -> "':' expected after dictionary key"
export function invalidKvpairMissingColon(key: E): never {
  return raiseLocated('SyntaxError', "':' expected after dictionary key", key.lineno, (key.end_col_offset ?? 0) - 1, key.end_lineno ?? key.lineno, -1);
}

// invalid_kwarg, tried at each call argument
export function invalidKwarg(p: Parser): void {
  const c = p.code();
  if ((c === T.TRUE || c === T.FALSE || c === T.NONE) && p.codeAt(1) === T.EQUAL) {
    raiseRange(p.tok(), p.tokAt(1), `cannot assign to ${p.tok().value}`);
  }
  const m = p.pos;
  if (c === T.NAME && p.codeAt(1) === T.EQUAL) {
    const name = p.next();
    const eq = p.next();
    const v = expression(p);
    const gens = v !== null && (p.code() === T.FOR || p.code() === T.ASYNC) ? forIfClauses(p) : null;
    p.pos = m;
    if (gens !== null) raiseRange(name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return;
  }
  const a = expression(p);
  if (a !== null && p.code() === T.EQUAL) {
    const eq = p.tok();
    p.pos = m;
    raiseRange(a, eq, 'expression cannot contain assignment, perhaps you meant "=="?');
  }
  p.pos = m;
}

/** The last item of a comprehension (_PyPegen_get_last_comprehension_item). */
function lastComprehensionItem(gens: A.comprehension[]): E {
  const g = gens[gens.length - 1];
  return g.ifs.length > 0 ? g.ifs[g.ifs.length - 1] : g.iter;
}

interface ArgItem {
  kind: 'pos' | 'star' | 'kw' | 'dstar';
  node: E;
  first: Token;
  gens: A.comprehension[] | null;
}

// invalid_arguments, after the call arguments at '(' failed to parse
export function invalidArguments(p: Parser): void {
  const m = p.pos;
  p.pos++;
  const items: ArgItem[] = [];
  for (;;) {
    const first = p.tok();
    const c = p.code();
    let kind: ArgItem['kind'] = 'pos';
    if (c === T.STAR) kind = 'star';
    else if (c === T.DOUBLESTAR) kind = 'dstar';
    else if (c === T.NAME && p.codeAt(1) === T.EQUAL) kind = 'kw';
    if (kind === 'star' && items.some((i) => i.kind === 'dstar')) {
      raiseAt(first, 'iterable argument unpacking follows keyword argument unpacking');
    }
    if (kind !== 'pos') p.pos += kind === 'kw' ? 2 : 1;
    const node = withoutInvalid(p, () => expression(p));
    if (node === null) break;
    const k = p.code();
    const gens = k === T.FOR || (k === T.ASYNC && p.codeAt(1) === T.FOR) ? withoutInvalid(p, () => forIfClauses(p)) : null;
    items.push({ kind, node, first, gens });
    if (gens !== null) break;
    if (!p.eat(T.COMMA)) break;
  }
  const last = items[items.length - 1];
  const after = p.code();
  p.pos = m;
  if (last === undefined) return;
  const genMsg = 'Generator expression must be parenthesized';
  if (last.gens !== null) {
    if (last.kind === 'kw') {
      raiseRange(last.first, p.toks[p.toks.indexOf(last.first) + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (last.kind === 'pos') {
      if (items.length === 1 && after === T.COMMA) raiseRange(last.node, lastComprehensionItem(last.gens), genMsg);
      const positional = items.filter((i) => i.kind === 'pos' || i.kind === 'star');
      if (items.length > 1 && positional.length > 1) raiseRange(last.node, lastComprehensionItem(last.gens), genMsg);
    }
    return;
  }
  const kwIndex = items.findIndex((i) => i.kind === 'kw' || i.kind === 'dstar');
  if (kwIndex >= 0 && items.slice(kwIndex).some((i) => i.kind === 'pos')) {
    const unpacking = items.slice(0, items.findIndex((i, j) => j > kwIndex && i.kind === 'pos')).some((i) => i.kind === 'dstar');
    raiseAtToken(lastFetched(p), unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  }
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
export function invalidImportFromTargets(p: Parser): void {
  if (p.code() === T.NEWLINE) raiseAtToken(lastFetched(p), 'trailing comma not allowed without surrounding parentheses');
}

// invalid_try_stmt
export function expectedExceptOrFinally(p: Parser): never {
  return raiseAtToken(lastFetched(p), "expected 'except' or 'finally' block");
}

// at an 'except' ('except*' when `isStar`) following handlers of the other kind
export function mixedExcept(p: Parser, isStar: boolean): void {
  const m = p.pos;
  const kw = p.next();
  const star = isStar ? p.next() : null;
  let ok = true;
  if (isStar || p.code() !== T.COLON) {
    ok = expression(p) !== null;
    if (ok && p.code() === T.AS) ok = p.codeAt(1) === T.NAME && (p.pos += 2) > 0;
  }
  ok = ok && p.code() === T.COLON;
  p.pos = m;
  const msg = "cannot have both 'except' and 'except*' on the same 'try'";
  if (ok && star !== null) raiseRange(kw, star, msg);
  if (ok) raiseAt(kw, msg);
}

// invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
export function invalidWithStatement(p: Parser, afterWith: number): void {
  const m = p.pos;
  p.pos = afterWith;
  const items = (paren: boolean): boolean => {
    for (;;) {
      if ((paren ? starExpressionsList(p) : expression(p) !== null) === false) return false;
      if (p.code() === T.AS) {
        p.pos++;
        if (starTarget(p) === null) return false;
      }
      if (!p.eat(T.COMMA)) return true;
      if (paren && p.code() === T.RPAR) return true;
    }
  };
  if (items(false) && p.code() === T.NEWLINE) expectedColon(p);
  p.pos = afterWith;
  if (p.eat(T.LPAR) && items(true) && p.eat(T.RPAR) && p.code() === T.NEWLINE) expectedColon(p);
  p.pos = m;
}

// invalid_except_stmt, after 'except' ['*']
export function invalidExceptStatement(p: Parser, isStar: boolean): void {
  const c = p.code();
  if (isStar && (c === T.NEWLINE || c === T.COLON)) raiseAtToken(lastFetched(p), 'expected one or more exception types');
  if (c === T.NEWLINE) expectedColon(p);
  const m = p.pos;
  const a = expression(p);
  if (a !== null && p.eat(T.COMMA) && starExpressionsList(p)) {
    if (p.code() === T.AS && p.codeAt(1) === T.NAME) p.pos += 2;
    if (p.code() === T.COLON) raiseFrom(a, 'multiple exception types must be parenthesized');
  }
  p.pos = m;
}

// expressions, as a yes/no
function starExpressionsList(p: Parser): boolean {
  const e = expression(p);
  if (e === null) return false;
  while (p.code() === T.COMMA) {
    p.pos++;
    const m = p.pos;
    if (expression(p) === null) {
      p.pos = m;
      break;
    }
  }
  return true;
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression (at the token after 'as')
export function invalidAsPattern(p: Parser): void {
  if (p.code() === T.NAME && p.tok().value === '_') raiseAt(p.tok(), "cannot use '_' as a target");
  if (p.code() !== T.NAME) {
    const m = p.pos;
    const e = expression(p);
    p.pos = m;
    if (e !== null) raiseAt(e, 'invalid pattern target');
  }
}

// invalid_class_pattern: positional patterns after keyword patterns
export function positionalPatternsFollowKeywords(first: A.pattern, last: A.pattern): never {
  return raiseRange(first, last, 'positional patterns follow keyword patterns');
}

// invalid_default: '=' &(')' | ',') (for lambdas: &(':' | ','))
export function invalidDefault(p: Parser, term: T): void {
  const c = p.codeAt(1);
  if (c === term || c === T.COMMA) raiseAt(p.tok(), 'expected default value expression');
}

// invalid_star_etc / invalid_lambda_star_etc: '*' (')' | ',' (')' | '**'))
export function namedArgumentsMustFollowBareStar(p: Parser, star: Token, lambda: boolean): never {
  if (lambda) return raiseAtToken(lastFetched(p), 'named arguments must follow bare *');
  return raiseAt(star, 'named arguments must follow bare *');
}

// invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
export function parenthesizedParameters(p: Parser, lambda: boolean): void {
  const m = p.pos;
  const open = p.next();
  let n = 0;
  while (p.code() === T.NAME) {
    p.pos++;
    n++;
    if (!lambda && p.code() === T.COLON) {
      p.pos++;
      if (expression(p) === null) break;
    }
    if (!p.eat(T.COMMA)) break;
  }
  const close = p.tok();
  p.pos = m;
  if (n > 0 && close.value === ')') {
    raiseRange(open, close, lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized');
  }
}
