// Call arguments (python.gram "FUNCTION CALL ARGUMENTS"): positional arguments, then
// keywords mixed with `*iterables`, then keywords mixed with `**mappings`; a lone
// generator expression argument `f(x for x in y)` is the `primary genexp` alternative.
import type * as A from './ast.js';
import { type Parser, T } from './parser.js';
import type { Token } from './token.js';
import { expression, forIfClauses, namedExpression, LOAD } from './parser-expressions.js';
import * as inv from './parser-invalid.js';

type E = A.expr;

/** `func` followed by '(' [arguments] ')' — or by a generator expression when `genexp`
 * (calls, not class bases): the Call, or null. */
export function callArguments(p: Parser, func: E, start: Token, genexp = true): A.Call | null {
  const open = p.tok();
  const m = p.pos;
  p.enter();
  const call = parseCall(p, func, open, start, genexp);
  p.depth--;
  if (call === null && p.invalidPass) {
    p.pos = m;
    inv.invalidArguments(p);
  }
  return call;
}

function parseCall(p: Parser, func: E, open: Token, start: Token, genexp: boolean): A.Call | null {
  p.pos++;
  const args: E[] = [];
  const keywords: A.keyword[] = [];
  let phase = 0; // 0: positional, 1: after a keyword, 2: after '**'
  while (p.code() !== T.RPAR) {
    if (p.invalidPass) inv.invalidKwarg(p);
    const c = p.code();
    const s = p.tok();
    if (c === T.STAR) {
      if (phase === 2) return null;
      p.pos++;
      const v = expression(p);
      if (v === null) return null;
      args.push(p.finishAt<A.Starred>({ _type: 'Starred', value: v, ctx: LOAD }, s));
    } else if (c === T.DOUBLESTAR) {
      p.pos++;
      const v = expression(p);
      if (v === null) return null;
      keywords.push(p.finishAt<A.keyword>({ _type: 'keyword', arg: null, value: v }, s));
      phase = 2;
    } else if (c === T.NAME && p.codeAt(1) === T.EQUAL) {
      p.pos += 2;
      const v = expression(p);
      if (v === null) return null;
      keywords.push(p.finishAt<A.keyword>({ _type: 'keyword', arg: s.value, value: v }, s));
      if (phase === 0) phase = 1;
    } else {
      if (phase !== 0) return null;
      const e = c === T.NAME && p.codeAt(1) === T.COLONEQUAL ? namedExpression(p) : plainExpression(p);
      if (e === null || p.code() === T.EQUAL) return null;
      const c2 = p.code();
      // `primary genexp`: only a first argument can start a generator expression
      if (genexp && args.length === 0 && keywords.length === 0 && (c2 === T.FOR || (c2 === T.ASYNC && p.codeAt(1) === T.FOR))) {
        const generators = forIfClauses(p);
        if (generators === null || p.code() !== T.RPAR) return null;
        p.pos++;
        const genexp = p.finishAt<A.GeneratorExp>({ _type: 'GeneratorExp', elt: e, generators }, open);
        return p.finish<A.Call>({ _type: 'Call', func, args: [genexp], keywords: [] }, start.lineno, start.col);
      }
      args.push(e);
    }
    if (!p.eat(T.COMMA)) break;
  }
  if (!p.eat(T.RPAR)) return null;
  return p.finish<A.Call>({ _type: 'Call', func, args, keywords }, start.lineno, start.col);
}

// expression !':='
function plainExpression(p: Parser): E | null {
  const e = expression(p);
  return e !== null && p.code() === T.COLONEQUAL ? null : e;
}
