// The match statement and its patterns (python.gram "Match statement"). `match`, `case`
// and `_` are soft keywords: a statement starting with the name `match` is a match
// statement only if the whole header `match subject ':' NEWLINE INDENT` parses.
import type * as A from './ast.js';
import { type Parser, T } from './parser.js';
import type { Token } from './token.js';
import { block } from './parser-statements.js';
import {
  constant, LOAD, namedExpression, starNamedExpression, starNamedExpressions, strings,
} from './parser-expressions.js';
import { raiseAt } from './parser-errors.js';
import * as inv from './parser-invalid.js';

type E = A.expr;
type P = A.pattern;

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
export function matchStatement(p: Parser, s: Token): A.Match | null {
  if (!p.isSoft('match')) return null;
  p.pos++;
  const subject = subjectExpr(p);
  if (subject === null) return null;
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.code() !== T.NEWLINE) return null;
  if (p.codeAt(1) !== T.INDENT) {
    if (p.invalidPass) inv.invalidIndentedBlock(p, s, "'match' statement");
    return null;
  }
  p.pos += 2;
  const cases: A.match_case[] = [];
  while (p.isSoft('case')) {
    const c = caseBlock(p);
    if (c === null) return null;
    cases.push(c);
  }
  if (cases.length === 0 || !p.eat(T.DEDENT)) return null;
  return p.finishAt<A.Match>({ _type: 'Match', subject, cases }, s);
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
function subjectExpr(p: Parser): E | null {
  const s = p.tok();
  const first = starNamedExpression(p);
  if (first === null) return null;
  if (p.code() !== T.COMMA) return first._type === 'Starred' ? null : first;
  p.pos++;
  const elts = [first];
  const m = p.pos;
  if (!starNamedExpressions(p, elts)) p.pos = m;
  return p.finishAt<A.Tuple>({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

// case_block: "case" patterns guard? ':' block
function caseBlock(p: Parser): A.match_case | null {
  const kw = p.next();
  const pattern = patterns(p);
  if (pattern === null) return null;
  let guard: E | null = null;
  if (p.code() === T.IF) {
    p.pos++;
    guard = namedExpression(p);
    if (guard === null) return null;
  }
  if (!p.eat(T.COLON)) {
    if (p.invalidPass && p.code() === T.NEWLINE) inv.expectedColon(p);
    return null;
  }
  if (p.invalidPass) inv.invalidIndentedBlock(p, kw, "'case' statement");
  const body = block(p);
  if (body === null) return null;
  return { _type: 'match_case', pattern, guard, body };
}

// patterns: open_sequence_pattern -> MatchSequence | pattern
function patterns(p: Parser): P | null {
  const s = p.tok();
  const first = maybeStarPattern(p);
  if (first === null) return null;
  if (p.code() !== T.COMMA) return first._type === 'MatchStar' ? null : first;
  const items = [first];
  p.pos++;
  if (!maybeSequencePattern(p, items, T.COLON)) return null;
  return p.finishAt<A.MatchSequence>({ _type: 'MatchSequence', patterns: items }, s);
}

// ','.maybe_star_pattern+ ','? up to (not consuming) `close`; appends to items
function maybeSequencePattern(p: Parser, items: P[], close: T): boolean {
  while (p.code() !== close && p.code() !== T.IF) {
    const pat = maybeStarPattern(p);
    if (pat === null) return false;
    items.push(pat);
    if (!p.eat(T.COMMA)) break;
  }
  return true;
}

// maybe_star_pattern: star_pattern | pattern
function maybeStarPattern(p: Parser): P | null {
  if (p.code() !== T.STAR) return pattern(p);
  const s = p.next();
  if (p.code() !== T.NAME) return null;
  const t = p.next();
  if (t.value !== '_' && isCaptureFollow(p)) return null;
  return p.finishAt<A.MatchStar>({ _type: 'MatchStar', name: t.value === '_' ? null : t.value }, s);
}

// pattern: or_pattern 'as' pattern_capture_target | or_pattern
function pattern(p: Parser): P | null {
  const s = p.tok();
  p.enter();
  const orp = orPattern(p);
  p.depth--;
  if (orp === null || p.code() !== T.AS) return orp;
  p.pos++;
  if (p.code() !== T.NAME || p.tok().value === '_' || isCaptureFollow(p, 1)) {
    if (p.invalidPass) inv.invalidAsPattern(p);
    p.pos--;
    return null;
  }
  const name = p.next().value;
  return p.finishAt<A.MatchAs>({ _type: 'MatchAs', pattern: orp, name }, s);
}

/** The token after a capture NAME (at offset k) is one of '.', '(' , '=' — not a capture. */
function isCaptureFollow(p: Parser, k = 0): boolean {
  const c = p.codeAt(k);
  return c === T.DOT || c === T.LPAR || c === T.EQUAL;
}

// or_pattern: '|'.closed_pattern+
function orPattern(p: Parser): P | null {
  const s = p.tok();
  const first = closedPattern(p);
  if (first === null || p.code() !== T.VBAR) return first;
  const alts = [first];
  while (p.code() === T.VBAR) {
    const m = p.pos++;
    const next = closedPattern(p);
    if (next === null) {
      p.pos = m;
      break;
    }
    alts.push(next);
  }
  return p.finishAt<A.MatchOr>({ _type: 'MatchOr', patterns: alts }, s);
}

// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
function closedPattern(p: Parser): P | null {
  const s = p.tok();
  const m = p.pos;
  let r: P | null = null;
  switch (p.code()) {
    case T.NUMBER:
    case T.MINUS:
    case T.STRING: {
      const v = literalValue(p);
      if (v !== null) r = p.finishAt<A.MatchValue>({ _type: 'MatchValue', value: v }, s);
      break;
    }
    case T.NONE:
    case T.TRUE:
    case T.FALSE: {
      const c = p.next().value;
      r = p.finishAt<A.MatchSingleton>({ _type: 'MatchSingleton', value: c === 'None' ? null : c === 'True' }, s);
      break;
    }
    case T.NAME:
      r = namePattern(p, s);
      break;
    case T.LPAR:
      r = parenPattern(p, s);
      break;
    case T.LSQB: {
      p.pos++;
      const items: P[] = [];
      if (maybeSequencePattern(p, items, T.RSQB) && p.eat(T.RSQB)) {
        r = p.finishAt<A.MatchSequence>({ _type: 'MatchSequence', patterns: items }, s);
      }
      break;
    }
    case T.LBRACE:
      r = mappingPattern(p, s);
      break;
  }
  if (r === null) p.pos = m;
  return r;
}

// capture_pattern | wildcard_pattern | value_pattern | class_pattern, all starting with NAME
function namePattern(p: Parser, s: Token): P | null {
  const cls = nameOrAttr(p);
  if (p.code() === T.LPAR) return classPattern(p, s, cls);
  if (cls._type === 'Attribute') {
    if (p.code() === T.DOT || p.code() === T.EQUAL) return null;
    return p.finishAt<A.MatchValue>({ _type: 'MatchValue', value: cls }, s);
  }
  if (s.value === '_') return p.finishAt<A.MatchAs>({ _type: 'MatchAs', pattern: null, name: null }, s);
  if (isCaptureFollow(p)) return null;
  return p.finishAt<A.MatchAs>({ _type: 'MatchAs', pattern: null, name: s.value }, s);
}

// name_or_attr: attr | NAME ; attr: name_or_attr '.' NAME
function nameOrAttr(p: Parser): A.Name | A.Attribute {
  const t = p.next();
  let e: A.Name | A.Attribute = { _type: 'Name', id: t.value, ctx: LOAD, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  while (p.code() === T.DOT && p.codeAt(1) === T.NAME) {
    p.pos++;
    const attr = p.next().value;
    e = p.finish<A.Attribute>({ _type: 'Attribute', value: e, attr, ctx: LOAD }, t.lineno, t.col);
  }
  return e;
}

// group_pattern: '(' pattern ')' ; sequence_pattern: '(' open_sequence_pattern? ')'
function parenPattern(p: Parser, s: Token): P | null {
  p.pos++;
  if (p.eat(T.RPAR)) return p.finishAt<A.MatchSequence>({ _type: 'MatchSequence', patterns: [] }, s);
  const first = maybeStarPattern(p);
  if (first === null) return null;
  if (p.code() === T.RPAR) {
    if (first._type === 'MatchStar') return null;
    p.pos++;
    return first;
  }
  if (!p.eat(T.COMMA)) return null;
  const items = [first];
  if (!maybeSequencePattern(p, items, T.RPAR) || !p.eat(T.RPAR)) return null;
  return p.finishAt<A.MatchSequence>({ _type: 'MatchSequence', patterns: items }, s);
}

// literal values usable in patterns: signed_number !('+' | '-') | complex_number | strings
function literalValue(p: Parser): E | null {
  const c = p.code();
  if (c === T.STRING) return strings(p);
  const s = p.tok();
  const real = signedNumber(p);
  if (real === null) return null;
  const op = p.code();
  if (op !== T.PLUS && op !== T.MINUS) return real;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  if (p.codeAt(1) !== T.NUMBER) return null;
  ensure(real._type === 'UnaryOp' ? real.operand : real, false);
  p.pos++;
  const imagTok = p.next();
  const imag = constant(imagTok, p.literals.numberValue(imagTok));
  ensure(imag, true);
  const opNode = { _type: op === T.PLUS ? 'Add' : 'Sub' } as A.operator;
  return p.finishAt<A.BinOp>({ _type: 'BinOp', left: real, op: opNode, right: imag }, s);
}

// _PyPegen_ensure_real / _PyPegen_ensure_imaginary
function ensure(e: E, imaginary: boolean): void {
  const v = (e as A.Constant).value;
  const isImag = typeof v === 'object' && v !== null && v.constructor.name === 'PyComplex';
  if (isImag !== imaginary) raiseAt(e, imaginary ? 'imaginary number required in complex literal' : 'real number required in complex literal');
}

// signed_number: NUMBER | '-' NUMBER
function signedNumber(p: Parser): E | null {
  const s = p.tok();
  if (p.code() === T.NUMBER) {
    p.pos++;
    return constant(s, p.literals.numberValue(s));
  }
  if (p.code() !== T.MINUS || p.codeAt(1) !== T.NUMBER) return null;
  p.pos++;
  const t = p.next();
  const operand = constant(t, p.literals.numberValue(t));
  return p.finishAt<A.UnaryOp>({ _type: 'UnaryOp', op: { _type: 'USub' }, operand }, s);
}

// mapping_pattern: '{' [items_pattern] [',' double_star_pattern] ','? '}'
function mappingPattern(p: Parser, s: Token): P | null {
  p.pos++;
  const keys: E[] = [];
  const pats: P[] = [];
  let rest: string | null = null;
  while (p.code() !== T.RBRACE) {
    if (p.code() === T.DOUBLESTAR) {
      p.pos++;
      if (p.code() !== T.NAME || p.tok().value === '_' || isCaptureFollow(p, 1)) return null;
      rest = p.next().value;
      p.eat(T.COMMA);
      break;
    }
    const key = mappingKey(p);
    if (key === null || !p.eat(T.COLON)) return null;
    const pat = pattern(p);
    if (pat === null) return null;
    keys.push(key);
    pats.push(pat);
    if (!p.eat(T.COMMA)) break;
  }
  if (!p.eat(T.RBRACE)) return null;
  return p.finishAt<A.MatchMapping>({ _type: 'MatchMapping', keys, patterns: pats, rest }, s);
}

// key: literal_expr | attr
function mappingKey(p: Parser): E | null {
  const c = p.code();
  if (c === T.NONE || c === T.TRUE || c === T.FALSE) {
    const t = p.next();
    return constant(t, c === T.NONE ? null : c === T.TRUE);
  }
  if (c === T.NAME) {
    const e = nameOrAttr(p);
    return e._type === 'Attribute' ? e : null;
  }
  return literalValue(p);
}

// class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'
function classPattern(p: Parser, s: Token, cls: E): P | null {
  p.pos++;
  const positional: P[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: P[] = [];
  while (p.code() !== T.RPAR) {
    if (p.code() === T.NAME && p.codeAt(1) === T.EQUAL) {
      kwdAttrs.push(p.next().value);
      p.pos++;
      const pat = pattern(p);
      if (pat === null) return null;
      kwdPatterns.push(pat);
    } else {
      const pat = pattern(p);
      if (pat === null) return null;
      if (kwdAttrs.length > 0) {
        if (p.invalidPass) positionalAfterKeywordPatterns(p, pat);
        return null;
      }
      positional.push(pat);
    }
    if (!p.eat(T.COMMA)) break;
  }
  if (!p.eat(T.RPAR)) return null;
  return p.finishAt<A.MatchClass>({ _type: 'MatchClass', cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, s);
}

// invalid_class_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
function positionalAfterKeywordPatterns(p: Parser, first: P): void {
  let last = first;
  while (p.code() === T.COMMA) {
    const m = p.pos++;
    const next = pattern(p);
    if (next === null) {
      p.pos = m;
      break;
    }
    last = next;
  }
  inv.positionalPatternsFollowKeywords(first, last);
}
