// Statement rules of python.gram (GENERAL STATEMENTS, SIMPLE STATEMENTS, COMPOUND
// STATEMENTS) and the start rules file / interactive / eval / func_type.
import type * as A from './ast.js';
import { type Parser, T } from './parser.js';
import type { Token } from './token.js';
import {
  BINOPS, expression, expressions, LOAD, namedExpression, nameNode, starExpressions, STORE, yieldExpr,
} from './parser-expressions.js';
import { callArguments } from './parser-arguments.js';
import { functionParameters } from './parser-params.js';
import { delTargets, isSingleTarget, starTarget, starTargets, toTarget } from './parser-targets.js';
import { matchStatement } from './parser-patterns.js';
import * as inv from './parser-invalid.js';

type E = A.expr;
type S = A.stmt;

const AUGOPS: Partial<Record<T, A.operator>> = {
  [T.PLUSEQUAL]: BINOPS[T.PLUS], [T.MINEQUAL]: BINOPS[T.MINUS], [T.STAREQUAL]: BINOPS[T.STAR],
  [T.ATEQUAL]: BINOPS[T.AT], [T.SLASHEQUAL]: BINOPS[T.SLASH], [T.PERCENTEQUAL]: BINOPS[T.PERCENT],
  [T.AMPEREQUAL]: BINOPS[T.AMPER], [T.VBAREQUAL]: BINOPS[T.VBAR], [T.CIRCUMFLEXEQUAL]: BINOPS[T.CIRCUMFLEX],
  [T.LEFTSHIFTEQUAL]: BINOPS[T.LEFTSHIFT], [T.RIGHTSHIFTEQUAL]: BINOPS[T.RIGHTSHIFT],
  [T.DOUBLESTAREQUAL]: BINOPS[T.DOUBLESTAR], [T.DOUBLESLASHEQUAL]: BINOPS[T.DOUBLESLASH],
};

// file: [statements] ENDMARKER
export function fileRule(p: Parser): A.Module | null {
  const body: S[] = [];
  while (p.code() !== T.ENDMARKER) {
    if (!statement(p, body)) return null;
  }
  return { _type: 'Module', body, type_ignores: [] };
}

// eval: expressions NEWLINE* ENDMARKER
export function evalRule(p: Parser): A.Expression | null {
  const body = expressions(p);
  if (body === null) return null;
  while (p.eat(T.NEWLINE));
  return p.code() === T.ENDMARKER ? { _type: 'Expression', body } : null;
}

// interactive: statement_newline
export function interactiveRule(p: Parser): A.Interactive | null {
  const body: S[] = [];
  const c = p.code();
  if (c === T.NEWLINE) {
    const t = p.next();
    body.push({ _type: 'Pass', lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol });
  } else if (c === T.ENDMARKER) return null;
  else if (isCompoundStart(p)) {
    const s = compoundStatement(p);
    if (s === null || !p.eat(T.NEWLINE)) return null;
    body.push(s);
  } else if (!simpleStatements(p, body)) return null;
  return { _type: 'Interactive', body };
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
export function funcTypeRule(p: Parser): A.FunctionType | null {
  if (!p.eat(T.LPAR)) return null;
  const argtypes = p.code() === T.RPAR ? [] : typeExpressions(p);
  if (argtypes === null || !p.eat(T.RPAR) || !p.eat(T.RARROW)) return null;
  const returns = expression(p);
  if (returns === null) return null;
  while (p.eat(T.NEWLINE));
  return p.code() === T.ENDMARKER ? { _type: 'FunctionType', argtypes, returns } : null;
}

// type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression]
//   | '*' expression [',' '**' expression] | '**' expression   (the stars are dropped)
function typeExpressions(p: Parser): E[] | null {
  const types: E[] = [];
  let stars = 0; // 1 after '*', 2 after '**'
  for (;;) {
    const c = p.code();
    if (c === T.STAR || c === T.DOUBLESTAR) {
      const level = c === T.STAR ? 1 : 2;
      if (level <= stars) return null;
      stars = level;
      p.pos++;
    } else if (stars > 0) return null;
    const e = expression(p);
    if (e === null) return null;
    types.push(e);
    if (p.code() !== T.COMMA || stars === 2) return types;
    const m = p.pos++;
    if (p.code() === T.RPAR) {
      p.pos = m;
      return types;
    }
  }
}

// statement: compound_stmt | simple_stmts — appends to `body`
function statement(p: Parser, body: S[]): boolean {
  if (isCompoundStart(p)) {
    const s = compoundStatement(p);
    if (s !== null) {
      body.push(s);
      return true;
    }
    if (p.code() !== T.NAME) return false; // only `match` falls back to a simple statement
  }
  return simpleStatements(p, body);
}

function isCompoundStart(p: Parser): boolean {
  switch (p.code()) {
    case T.DEF:
    case T.AT:
    case T.ASYNC:
    case T.IF:
    case T.CLASS:
    case T.WITH:
    case T.FOR:
    case T.TRY:
    case T.WHILE:
      return true;
    case T.NAME:
      return p.tok().value === 'match';
    default:
      return false;
  }
}

// statements: statement+ (a block's body, up to DEDENT)
function statements(p: Parser): S[] | null {
  const body: S[] = [];
  do {
    if (!statement(p, body)) return null;
  } while (p.code() !== T.DEDENT && p.code() !== T.ENDMARKER);
  return body;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
export function block(p: Parser): S[] | null {
  if (p.code() === T.NEWLINE) {
    if (p.codeAt(1) !== T.INDENT) {
      if (p.invalidPass) inv.invalidBlock(p);
      return null;
    }
    const m = p.pos;
    p.pos += 2;
    const body = statements(p);
    if (body === null || !p.eat(T.DEDENT)) {
      p.pos = m;
      return null;
    }
    return body;
  }
  const body: S[] = [];
  return simpleStatements(p, body) ? body : null;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE — appends to `body`
function simpleStatements(p: Parser, body: S[]): boolean {
  const m = p.pos;
  const n = body.length;
  for (;;) {
    const s = simpleStatement(p);
    if (s === null) break;
    body.push(s);
    if (p.eat(T.NEWLINE)) return true;
    if (!p.eat(T.SEMI)) break;
    if (p.eat(T.NEWLINE)) return true;
  }
  p.pos = m;
  body.length = n;
  return false;
}

// simple_stmt: assignment | star_expressions | return | import | raise | pass | del | yield
//   | assert | break | continue | global | nonlocal
function simpleStatement(p: Parser): S | null {
  const s = p.tok();
  const m = p.pos;
  let r: S | null;
  switch (p.code()) {
    case T.RETURN: {
      p.pos++;
      const value = optional(p, starExpressions);
      r = p.finishAt<A.Return>({ _type: 'Return', value }, s);
      break;
    }
    case T.IMPORT:
      r = importName(p, s);
      break;
    case T.FROM:
      r = importFrom(p, s);
      break;
    case T.RAISE:
      r = raiseStatement(p, s);
      break;
    case T.PASS:
      p.pos++;
      r = p.finishAt<A.Pass>({ _type: 'Pass' }, s);
      break;
    case T.BREAK:
      p.pos++;
      r = p.finishAt<A.Break>({ _type: 'Break' }, s);
      break;
    case T.CONTINUE:
      p.pos++;
      r = p.finishAt<A.Continue>({ _type: 'Continue' }, s);
      break;
    case T.DEL:
      r = delStatement(p, s);
      break;
    case T.ASSERT: {
      p.pos++;
      const test = expression(p);
      if (test === null) {
        r = null;
        break;
      }
      let msg: E | null = null;
      if (p.code() === T.COMMA) {
        const mc = p.pos++;
        msg = expression(p);
        if (msg === null) p.pos = mc;
      }
      r = p.finishAt<A.Assert>({ _type: 'Assert', test, msg }, s);
      break;
    }
    case T.GLOBAL:
    case T.NONLOCAL:
      r = globalStatement(p, s);
      break;
    default:
      r = assignmentOrExpression(p, s);
  }
  if (r === null) p.pos = m;
  return r;
}

/** The simple statement at the current position, parsed without trying invalid_assignment
 * at its start: invalid_assignment applies only where the valid assignment alternatives
 * fail. */
export function probeSimpleStatement(p: Parser): S | null {
  return assignmentOrExpression(p, p.tok(), true);
}

function optional(p: Parser, rule: (p: Parser) => E | null): E | null {
  const m = p.pos;
  const e = rule(p);
  if (e === null) p.pos = m;
  return e;
}

// assignment | star_expressions | yield_stmt. The left side is parsed as an expression and
// converted to a target when '=', ':' or an augmented operator follows.
function assignmentOrExpression(p: Parser, s: Token, probe = false): S | null {
  if (p.invalidPass && !probe) inv.invalidAssignmentStart(p);
  // NAME ':' expression ['=' annotated_rhs]
  if (p.code() === T.NAME && p.codeAt(1) === T.COLON) {
    p.pos += 2;
    return annotated(p, s, nameNode(s, STORE), 1);
  }
  const e = p.code() === T.YIELD ? yieldExpr(p) : starExpressions(p);
  if (e === null) return null;
  const c = p.code();
  if (c === T.EQUAL) return assignment(p, s, e);
  if (c === T.COLON) {
    if (!isSingleTarget(e) || (e._type === 'Name' && s.value !== '(')) return null;
    p.pos++;
    (e as A.Name).ctx = STORE;
    return annotated(p, s, e, 0);
  }
  const op = AUGOPS[c];
  if (op !== undefined) {
    if (!isSingleTarget(e)) return null;
    (e as A.Name).ctx = STORE;
    p.pos++;
    const value = annotatedRhs(p);
    if (value === null) return null;
    return p.finishAt<A.AugAssign>({ _type: 'AugAssign', target: e, op, value }, s);
  }
  return p.finishAt<A.Expr>({ _type: 'Expr', value: e }, s);
}

// ... ':' expression ['=' annotated_rhs] after the target and ':'
function annotated(p: Parser, s: Token, target: E, simple: number): S | null {
  const annotation = expression(p);
  if (annotation === null) return null;
  let value: E | null = null;
  if (p.code() === T.EQUAL) {
    const m = p.pos++;
    value = annotatedRhs(p);
    if (value === null) p.pos = m;
  }
  return p.finishAt<A.AnnAssign>({ _type: 'AnnAssign', target, annotation, value, simple }, s);
}

// (star_targets '=')+ (yield_expr | star_expressions) !'='
function assignment(p: Parser, s: Token, first: E): S | null {
  const targets: E[] = [];
  let e = first;
  while (p.code() === T.EQUAL) {
    if (!toTarget(e)) return null;
    targets.push(e);
    p.pos++;
    const next = annotatedRhs(p);
    if (next === null) return null;
    e = next;
  }
  return p.finishAt<A.Assign>({ _type: 'Assign', targets, value: e, type_comment: null }, s);
}

// annotated_rhs: yield_expr | star_expressions
function annotatedRhs(p: Parser): E | null {
  return p.code() === T.YIELD ? yieldExpr(p) : starExpressions(p);
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
function raiseStatement(p: Parser, s: Token): S | null {
  p.pos++;
  const exc = optional(p, expression);
  let cause: E | null = null;
  if (exc !== null && p.code() === T.FROM) {
    const m = p.pos++;
    cause = expression(p);
    if (cause === null) p.pos = m;
  }
  return p.finishAt<A.Raise>({ _type: 'Raise', exc, cause }, s);
}

// global_stmt / nonlocal_stmt: ('global' | 'nonlocal') ','.NAME+
function globalStatement(p: Parser, s: Token): S | null {
  p.pos++;
  const names: string[] = [];
  for (;;) {
    if (p.code() !== T.NAME) return null;
    names.push(p.next().value);
    if (p.code() !== T.COMMA || p.codeAt(1) !== T.NAME) break;
    p.pos++;
  }
  const _type = s.value === 'global' ? 'Global' : 'Nonlocal';
  return p.finishAt<A.Global | A.Nonlocal>({ _type, names }, s);
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
function delStatement(p: Parser, s: Token): S | null {
  p.pos++;
  const m = p.pos;
  const targets = delTargets(p);
  if (targets === null || (p.code() !== T.SEMI && p.code() !== T.NEWLINE)) {
    if (p.invalidPass) {
      p.pos = m;
      inv.invalidDelStatement(p);
    }
    return null;
  }
  return p.finishAt<A.Delete>({ _type: 'Delete', targets }, s);
}

// import_name: 'import' dotted_as_names
function importName(p: Parser, s: Token): S | null {
  p.pos++;
  const names: A.alias[] = [];
  for (;;) {
    const a = dottedAsName(p);
    if (a === null) return null;
    names.push(a);
    if (p.code() !== T.COMMA) break;
    p.pos++;
  }
  return p.finishAt<A.Import>({ _type: 'Import', names }, s);
}

// dotted_as_name: dotted_name ['as' NAME]
function dottedAsName(p: Parser): A.alias | null {
  const s = p.tok();
  const name = dottedName(p);
  if (name === null) return null;
  let asname: string | null = null;
  if (p.code() === T.AS) {
    if (p.codeAt(1) !== T.NAME) return null;
    p.pos++;
    asname = p.next().value;
  }
  return p.finishAt<A.alias>({ _type: 'alias', name, asname }, s);
}

// dotted_name: dotted_name '.' NAME | NAME
function dottedName(p: Parser): string | null {
  if (p.code() !== T.NAME) return null;
  let name = p.next().value;
  while (p.code() === T.DOT && p.codeAt(1) === T.NAME) {
    p.pos++;
    name += '.' + p.next().value;
  }
  return name;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
function importFrom(p: Parser, s: Token): S | null {
  p.pos++;
  let level = 0;
  for (;;) {
    const c = p.code();
    if (c === T.DOT) level += 1;
    else if (c === T.ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  let module: string | null = null;
  if (p.code() === T.NAME) module = dottedName(p);
  else if (level === 0) return null;
  if (!p.eat(T.IMPORT)) return null;
  const names = importFromTargets(p);
  if (names === null) return null;
  return p.finishAt<A.ImportFrom>({ _type: 'ImportFrom', module, names, level }, s);
}

// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
function importFromTargets(p: Parser): A.alias[] | null {
  if (p.code() === T.STAR) {
    const t = p.next();
    return [{ _type: 'alias', name: '*', asname: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }];
  }
  const paren = p.eat(T.LPAR);
  const names: A.alias[] = [];
  for (;;) {
    const s = p.tok();
    if (p.code() !== T.NAME) {
      if (paren && names.length > 0 && p.code() === T.RPAR) break;
      return null;
    }
    const name = p.next().value;
    let asname: string | null = null;
    if (p.code() === T.AS) {
      if (p.codeAt(1) !== T.NAME) return null;
      p.pos++;
      asname = p.next().value;
    }
    names.push(p.finishAt<A.alias>({ _type: 'alias', name, asname }, s));
    if (p.code() !== T.COMMA) break;
    p.pos++;
    if (!paren && p.code() !== T.NAME) {
      if (p.invalidPass) inv.invalidImportFromTargets(p);
      return null;
    }
  }
  if (paren && !p.eat(T.RPAR)) return null;
  return names;
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt
//   | while_stmt | match_stmt
function compoundStatement(p: Parser): S | null {
  const m = p.pos;
  p.enter();
  let r: S | null;
  const s = p.tok();
  switch (p.code()) {
    case T.AT:
      r = decorated(p);
      break;
    case T.DEF:
      r = functionDef(p, s, [], false);
      break;
    case T.CLASS:
      r = classDef(p, s, []);
      break;
    case T.ASYNC: {
      const c = p.codeAt(1);
      p.pos++;
      r = c === T.DEF ? functionDef(p, s, [], true) : c === T.WITH ? withStatement(p, s, true) : c === T.FOR ? forStatement(p, s, true) : null;
      break;
    }
    case T.IF:
      r = ifStatement(p, s);
      break;
    case T.WITH:
      r = withStatement(p, s, false);
      break;
    case T.FOR:
      r = forStatement(p, s, false);
      break;
    case T.TRY:
      r = tryStatement(p, s);
      break;
    case T.WHILE:
      r = whileStatement(p, s);
      break;
    default:
      r = matchStatement(p, s);
  }
  p.depth--;
  if (r === null) p.pos = m;
  return r;
}

// decorators: ('@' named_expression NEWLINE)+ then class_def_raw or function_def_raw
function decorated(p: Parser): S | null {
  const decorators: E[] = [];
  while (p.eat(T.AT)) {
    const d = namedExpression(p);
    if (d === null || !p.eat(T.NEWLINE)) return null;
    decorators.push(d);
  }
  const s = p.tok();
  const c = p.code();
  if (c === T.DEF) return functionDef(p, s, decorators, false);
  if (c === T.CLASS) return classDef(p, s, decorators);
  if (c === T.ASYNC && p.codeAt(1) === T.DEF) {
    p.pos++;
    return functionDef(p, s, decorators, true);
  }
  return null;
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
function functionDef(p: Parser, s: Token, decorator_list: E[], isAsync: boolean): S | null {
  const defTok = p.next();
  if (p.code() !== T.NAME) return null;
  const name = p.next().value;
  inv.expectForced(p, T.LPAR, '(');
  const args = functionParameters(p);
  if (args === null || !p.eat(T.RPAR)) return null;
  let returns: E | null = null;
  if (p.code() === T.RARROW) {
    const m = p.pos++;
    returns = expression(p);
    if (returns === null) p.pos = m;
  }
  inv.expectForced(p, T.COLON, ':');
  if (p.invalidPass) inv.invalidIndentedBlock(p, defTok, 'function definition');
  const body = block(p);
  if (body === null) return null;
  const node = { _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null };
  return p.finishAt<A.FunctionDef>(node as A.FunctionDef, s);
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
function classDef(p: Parser, s: Token, decorator_list: E[]): S | null {
  const classTok = p.next();
  if (p.code() !== T.NAME) return null;
  const nameTok = p.next();
  let bases: E[] = [];
  let keywords: A.keyword[] = [];
  if (p.code() === T.LPAR) {
    const call = callArguments(p, nameNode(nameTok, LOAD), nameTok, false);
    if (call === null) return null;
    bases = call.args;
    keywords = call.keywords;
  }
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, classTok, 'class definition');
  const body = block(p);
  if (body === null) return null;
  return p.finishAt<A.ClassDef>({ _type: 'ClassDef', name: nameTok.value, bases, keywords, body, decorator_list }, s);
}

// 'if' named_expression ':' block (elif_stmt | [else_block]); elif_stmt has the same shape
function ifStatement(p: Parser, s: Token): S | null {
  const kw = p.next();
  const test = namedExpression(p);
  if (test === null) return null;
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, `'${kw.value}' statement`);
  const body = block(p);
  if (body === null) return null;
  let orelse: S[] = [];
  if (p.code() === T.ELIF) {
    const e = ifStatement(p, p.tok());
    if (e === null) return null;
    orelse = [e];
  } else if (p.code() === T.ELSE) {
    const e = elseBlock(p);
    if (e === null) return null;
    orelse = e;
  }
  return p.finishAt<A.If>({ _type: 'If', test, body, orelse }, s);
}

// else_block: 'else' &&':' block
function elseBlock(p: Parser): S[] | null {
  const kw = p.next();
  inv.expectForced(p, T.COLON, ':');
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'else' statement");
  return block(p);
}

// while_stmt: 'while' named_expression ':' block [else_block]
function whileStatement(p: Parser, s: Token): S | null {
  const kw = p.next();
  const test = namedExpression(p);
  if (test === null) return null;
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'while' statement");
  const body = block(p);
  if (body === null) return null;
  const orelse = p.code() === T.ELSE ? elseBlock(p) : [];
  if (orelse === null) return null;
  return p.finishAt<A.While>({ _type: 'While', test, body, orelse }, s);
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
function forStatement(p: Parser, s: Token, isAsync: boolean): S | null {
  const kw = p.next();
  const m = p.pos;
  const target = starTargets(p);
  if (target === null || !p.eat(T.IN)) {
    if (p.invalidPass) {
      p.pos = m - 1;
      inv.invalidForTarget(p);
    }
    return null;
  }
  const iter = starExpressions(p);
  if (iter === null) return null;
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'for' statement");
  const body = block(p);
  if (body === null) return null;
  const orelse = p.code() === T.ELSE ? elseBlock(p) : [];
  if (orelse === null) return null;
  const node = { _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null };
  return p.finishAt<A.For>(node as A.For, s);
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' block
function withStatement(p: Parser, s: Token, isAsync: boolean): S | null {
  const kw = p.next();
  const afterWith = p.pos;
  let items: A.withitem[] | null = null;
  if (p.code() === T.LPAR) {
    const m = p.pos++;
    items = withItems(p, true);
    if (items === null || !p.eat(T.RPAR) || p.code() !== T.COLON) {
      items = null;
      p.pos = m;
    }
  }
  if (items === null) items = withItems(p, false);
  if (items === null || !p.eat(T.COLON)) {
    if (p.invalidPass) inv.invalidWithStatement(p, afterWith);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'with' statement");
  const body = block(p);
  if (body === null) return null;
  const node = { _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null };
  return p.finishAt<A.With>(node as A.With, s);
}

function withItems(p: Parser, parenthesized: boolean): A.withitem[] | null {
  const items: A.withitem[] = [];
  for (;;) {
    const item = withItem(p);
    if (item === null) return null;
    items.push(item);
    if (p.code() !== T.COMMA) break;
    p.pos++;
    if (parenthesized && p.code() === T.RPAR) break;
  }
  return items;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
function withItem(p: Parser): A.withitem | null {
  const context_expr = expression(p);
  if (context_expr === null) return null;
  if (p.code() === T.AS) {
    const m = p.pos++;
    const t = starTarget(p);
    const c = p.code();
    if (t !== null && (c === T.COMMA || c === T.RPAR || c === T.COLON)) {
      return { _type: 'withitem', context_expr, optional_vars: t };
    }
    p.pos = m;
    if (p.invalidPass) inv.invalidWithItem(p);
  }
  return { _type: 'withitem', context_expr, optional_vars: null };
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else] [finally]
//   | except_star_block+ [else] [finally])
function tryStatement(p: Parser, s: Token): S | null {
  const kw = p.next();
  inv.expectForced(p, T.COLON, ':');
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'try' statement");
  const body = block(p);
  if (body === null) return null;
  const handlers: A.ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.code() === T.EXCEPT) {
    const isStar = p.codeAt(1) === T.STAR;
    if (star !== null && star !== isStar) {
      if (p.invalidPass) inv.mixedExcept(p, isStar);
      return null;
    }
    const h = exceptBlock(p, isStar);
    if (h === null) return null;
    star = isStar;
    handlers.push(h);
  }
  let orelse: S[] = [];
  let finalbody: S[] = [];
  if (handlers.length > 0 && p.code() === T.ELSE) {
    const e = elseBlock(p);
    if (e === null) return null;
    orelse = e;
  }
  if (p.code() === T.FINALLY) {
    const f = finallyBlock(p);
    if (f === null) return null;
    finalbody = f;
  } else if (handlers.length === 0) {
    if (p.invalidPass) inv.expectedExceptOrFinally(p);
    return null;
  }
  const _type = star ? 'TryStar' : 'Try';
  return p.finishAt<A.Try>({ _type, body, handlers, orelse, finalbody } as A.Try, s);
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
function exceptBlock(p: Parser, isStar: boolean): A.ExceptHandler | null {
  const s = p.next();
  if (isStar) p.pos++;
  let type: E | null = null;
  let name: string | null = null;
  if (p.code() !== T.COLON || isStar) {
    if (p.invalidPass) inv.invalidExceptStatement(p, isStar);
    type = expression(p);
    if (type === null) return null;
    if (p.code() === T.AS) {
      if (p.codeAt(1) !== T.NAME) return null;
      p.pos++;
      name = p.next().value;
    }
  }
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, s, isStar ? "'except*' statement" : "'except' statement");
  const body = block(p);
  if (body === null) return null;
  return p.finishAt<A.ExceptHandler>({ _type: 'ExceptHandler', type, name, body }, s);
}

// finally_block: 'finally' &&':' block
function finallyBlock(p: Parser): S[] | null {
  const kw = p.next();
  inv.expectForced(p, T.COLON, ':');
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'finally' statement");
  return block(p);
}
