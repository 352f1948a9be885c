// Expression unparsing as CPython's Python/ast_unparse.c does it: under
// `from __future__ import annotations` every annotation is stored as this string.
import type * as A from '../parse/ast.js';
import { ELLIPSIS, PyBytes, PyComplex, PyFloat, type ConstantValue } from '../runtime/value.js';

const enum PR {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  BOR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP: Record<string, [string, PR]> = {
  Add: [' + ', PR.ARITH],
  Sub: [' - ', PR.ARITH],
  Mult: [' * ', PR.TERM],
  MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM],
  Mod: [' % ', PR.TERM],
  LShift: [' << ', PR.SHIFT],
  RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR.BOR],
  BitXor: [' ^ ', PR.BXOR],
  BitAnd: [' & ', PR.BAND],
  FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};
const UNOP: Record<string, [string, PR]> = { Invert: ['~', PR.FACTOR], Not: ['not ', PR.NOT], UAdd: ['+', PR.FACTOR], USub: ['-', PR.FACTOR] };
const CMPOP: Record<string, string> = { Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ' };

export function unparse(e: A.expr): string {
  return expr(e, PR.TEST);
}

const paren = (cond: boolean, s: string): string => (cond ? `(${s})` : s);

function expr(e: A.expr, level: PR): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR.AND : PR.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op._type === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op._type];
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNOP[e.op._type];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > PR.TEST, `${a ? 'lambda ' : 'lambda'}${a}: ${expr(e.body, PR.TEST)}`);
    }
    case 'IfExp':
      return paren(level > PR.TEST, `${expr(e.body, PR.TEST + 1)} if ${expr(e.test, PR.TEST + 1)} else ${expr(e.orelse, PR.TEST)}`);
    case 'Dict':
      return `{${e.keys.map((k, i) => (k ? `${expr(k, PR.TEST)}: ${expr(e.values[i], PR.TEST)}` : `**${expr(e.values[i], PR.BOR)}`)).join(', ')}}`;
    case 'Set':
      return e.elts.length ? `{${e.elts.map((x) => expr(x, PR.TEST)).join(', ')}}` : '{*()}';
    case 'ListComp':
      return `[${expr(e.elt, PR.TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, PR.TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, PR.TEST)}: ${expr(e.value, PR.TEST)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp':
      return `(${expr(e.elt, PR.TEST)}${comprehensions(e.generators)})`;
    case 'Await':
      return paren(level > PR.AWAIT, `await ${expr(e.value, PR.ATOM)}`);
    case 'Yield':
      return e.value ? `(yield ${expr(e.value, PR.TEST)})` : '(yield)';
    case 'YieldFrom':
      return `(yield from ${expr(e.value, PR.TEST)})`;
    case 'Compare':
      return paren(level > PR.CMP, expr(e.left, PR.CMP + 1) + e.ops.map((op, i) => CMPOP[op._type] + expr(e.comparators[i], PR.CMP + 1)).join(''));
    case 'Call': {
      const f = expr(e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') return f + expr(e.args[0], PR.TEST);
      const parts = e.args.map((a) => expr(a, PR.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, PR.TEST)}` : `${k.arg}=${expr(k.value, PR.TEST)}`);
      return `${f}(${parts.join(', ')})`;
    }
    case 'JoinedStr':
    case 'FormattedValue':
      return `f${reprStr(fstringBody(e, false))}`;
    case 'Constant':
      if (e.value === ELLIPSIS) return '...';
      return (e.kind === 'u' ? 'u' : '') + reprConstant(e.value, true);
    case 'Attribute': {
      const v = e.value;
      const period = v._type === 'Constant' && (typeof v.value === 'number' || typeof v.value === 'bigint') ? ' .' : '.';
      return expr(v, PR.ATOM) + period + e.attr;
    }
    case 'Subscript':
      return `${expr(e.value, PR.ATOM)}[${expr(e.slice, PR.TUPLE)}]`;
    case 'Starred':
      return `*${expr(e.value, PR.BOR)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${e.elts.map((x) => expr(x, PR.TEST)).join(', ')}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(level > PR.TUPLE, e.elts.map((x) => expr(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'Slice':
      return (e.lower ? expr(e.lower, PR.TEST) : '') + ':' + (e.upper ? expr(e.upper, PR.TEST) : '') + (e.step ? ':' + expr(e.step, PR.TEST) : '');
    case 'NamedExpr':
      return paren(level > PR.TUPLE, `${expr(e.target, PR.ATOM)} := ${expr(e.value, PR.ATOM)}`);
  }
}

function comprehensions(gens: A.comprehension[]): string {
  return gens
    .map((g) => `${g.is_async ? ' async for ' : ' for '}${expr(g.target, PR.TUPLE)} in ${expr(g.iter, PR.TEST + 1)}${g.ifs.map((i) => ` if ${expr(i, PR.TEST + 1)}`).join('')}`)
    .join('');
}

function fstringBody(e: A.expr, isSpec: boolean): string {
  if (e._type === 'JoinedStr') return e.values.map((v) => fstringBody(v, isSpec)).join('');
  if (e._type === 'Constant' && typeof e.value === 'string') return e.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
  if (e._type === 'FormattedValue') {
    let inner = expr(e.value, PR.TEST + 1);
    if (inner.startsWith('{')) inner = ' ' + inner;
    let out = `{${inner}`;
    if (e.conversion > 0) out += '!' + String.fromCharCode(e.conversion);
    if (e.format_spec) out += ':' + fstringBody(e.format_spec, true);
    return out + '}';
  }
  return `{${expr(e, PR.TEST + 1)}}`;
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((arg, i) => {
    parts.push(i >= firstDefault ? `${arg.arg}=${expr(a.defaults[i - firstDefault], PR.TEST)}` : arg.arg);
    if (i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg || a.kwonlyargs.length) parts.push(a.vararg ? `*${a.vararg.arg}` : '*');
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${arg.arg}=${expr(d, PR.TEST)}` : arg.arg);
  });
  if (a.kwarg) parts.push(`**${a.kwarg.arg}`);
  return parts.join(', ');
}

// ---- repr of constants ----

/** Python's repr of a constant; `unparsing` spells infinity 1e309 as ast_unparse does. */
export function reprConstant(v: ConstantValue, unparsing: boolean): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return reprStr(v);
  if (v instanceof PyFloat) return reprFloat(v.value, unparsing);
  if (v instanceof PyComplex) {
    const imag = reprFloat(v.imag, unparsing, true) + 'j';
    if (v.real === 0 && !Object.is(v.real, -0)) return imag;
    const re = reprFloat(v.real, unparsing, true);
    return `(${re}${imag.startsWith('-') ? '' : '+'}${imag})`; // -0.0 prints as -0j
  }
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  return 'Ellipsis';
}

function reprFloat(x: number, unparsing: boolean, inComplex = false): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return (x < 0 ? '-' : '') + (unparsing ? '1e309' : 'inf');
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (inComplex ? '' : '.0');
  const [mantissa, expPart] = x.toExponential().split('e');
  const exp = Number(expPart);
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  let out: string;
  if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length <= exp + 1) out = digits + '0'.repeat(exp + 1 - digits.length) + (inComplex ? '' : '.0');
  else out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return sign + out;
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (NON_PRINTABLE.test(ch)) out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    else out += ch;
  }
  return out + quote;
}

function reprBytes(bytes: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of bytes) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of bytes) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
