// Parameter lists of `def` and `lambda` (python.gram "Function parameters" and
// lambda_parameters): positional-only before '/', defaults that may not be followed by
// a parameter without one, '*' or '*args' then keyword-only parameters, '**kwargs' last.
import type * as A from './ast.js';
import { type Parser, T } from './parser.js';
import type { Token } from './token.js';
import { expression, starExpression } from './parser-expressions.js';
import * as inv from './parser-invalid.js';
import { raiseAt } from './parser-errors.js';

type E = A.expr;

/** The parameters of a `def`, between '(' and ')' (the ')' is not consumed). */
export function functionParameters(p: Parser): A.arguments | null {
  return parameters(p, false);
}

/** The parameters of a `lambda`, up to its ':' (not consumed). */
export function lambdaParameters(p: Parser): A.arguments | null {
  return parameters(p, true);
}

function parameters(p: Parser, lambda: boolean): A.arguments | null {
  const start = p.pos;
  const r = parseParameters(p, lambda);
  if (r === null) p.pos = start;
  return r;
}

function parseParameters(p: Parser, lambda: boolean): A.arguments | null {
  const term = lambda ? T.COLON : T.RPAR;
  const check = p.invalidPass;
  let posonlyargs: A.arg[] = [];
  let args: A.arg[] = [];
  const defaults: E[] = [];
  const kwonlyargs: A.arg[] = [];
  const kw_defaults: (E | null)[] = [];
  let vararg: A.arg | null = null;
  let kwarg: A.arg | null = null;
  let phase = 0; // 0: positional, 1: after '*', 2: after '**'
  let seenSlash = false;
  let bareStar: Token | null = null;
  // '*' ',' must be followed by a keyword-only parameter
  const bareStarUnfollowed = (): boolean => {
    if (bareStar === null || kwonlyargs.length > 0) return false;
    if (check) inv.namedArgumentsMustFollowBareStar(p, bareStar, lambda);
    return true;
  };
  while (p.code() !== term) {
    const c = p.code();
    const t = p.tok();
    if (c === T.NAME) {
      if (phase === 2) {
        if (check) raiseAt(param(p, lambda, false), 'arguments cannot follow var-keyword argument');
        return null;
      }
      const a = param(p, lambda, false);
      let d: E | null = null;
      if (p.code() === T.EQUAL) {
        if (check) inv.invalidDefault(p, term);
        p.pos++;
        d = expression(p);
        if (d === null) return null;
      }
      if (phase === 0) {
        if (d !== null) defaults.push(d);
        else if (defaults.length > 0) {
          if (check && (p.code() === T.COMMA || p.code() === term)) raiseAt(a, 'non-default argument follows default argument');
          return null;
        }
        args.push(a);
      } else {
        kwonlyargs.push(a);
        kw_defaults.push(d);
      }
    } else if (c === T.SLASH) {
      if (check) {
        if (phase === 2) raiseAt(t, 'arguments cannot follow var-keyword argument');
        if (phase === 1) raiseAt(t, '/ must be ahead of *');
        if (seenSlash) raiseAt(t, '/ may appear only once');
        if (args.length === 0 && p.codeAt(1) === T.COMMA) raiseAt(t, 'at least one argument must precede /');
      }
      if (phase !== 0 || seenSlash || args.length === 0) return null;
      posonlyargs = args;
      args = [];
      seenSlash = true;
      p.pos++;
      if (check && p.code() === T.STAR) raiseAt(p.tok(), 'expected comma between / and *');
    } else if (c === T.STAR) {
      if (phase !== 0) {
        if (check && phase === 1 && (p.codeAt(1) === T.NAME || p.codeAt(1) === T.COMMA)) raiseAt(t, '* argument may appear only once');
        if (check && phase === 2) raiseAt(t, 'arguments cannot follow var-keyword argument');
        return null;
      }
      p.pos++;
      phase = 1;
      if (p.code() === T.NAME) {
        vararg = param(p, lambda, !lambda);
        if (p.code() === T.EQUAL) {
          if (check) raiseAt(p.tok(), 'var-positional argument cannot have default value');
          return null;
        }
      } else if (p.code() === T.COMMA) bareStar = t;
      else {
        if (check && p.code() === term) inv.namedArgumentsMustFollowBareStar(p, t, lambda);
        return null;
      }
    } else if (c === T.DOUBLESTAR) {
      if (bareStarUnfollowed()) return null;
      if (phase === 2) {
        if (check) raiseAt(t, 'arguments cannot follow var-keyword argument');
        return null;
      }
      p.pos++;
      if (p.code() !== T.NAME) return null;
      kwarg = param(p, lambda, false);
      if (p.code() === T.EQUAL) {
        if (check) raiseAt(p.tok(), 'var-keyword argument cannot have default value');
        return null;
      }
      phase = 2;
    } else {
      if (check && c === T.LPAR && phase === 0) inv.parenthesizedParameters(p, lambda);
      return null;
    }
    if (!p.eat(T.COMMA)) {
      if (p.code() !== term) return null;
      break;
    }
  }
  if (bareStarUnfollowed()) return null;
  return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kw_defaults as E[], kwarg, defaults };
}

// param: NAME annotation? ; param_star_annotation: NAME ':' star_expression
function param(p: Parser, lambda: boolean, starAnnotation: boolean): A.arg {
  const s = p.next();
  let annotation: E | null = null;
  if (!lambda && p.code() === T.COLON) {
    const m = p.pos++;
    annotation = starAnnotation ? starExpression(p) : expression(p);
    if (annotation === null) p.pos = m;
  }
  return p.finishAt<A.arg>({ _type: 'arg', arg: s.value, annotation, type_comment: null }, s);
}
