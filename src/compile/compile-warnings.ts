// The compiler's SyntaxWarnings, as CPython 3.11's compile.c raises them: comparisons with
// `is` against a literal (check_compare), calling or subscripting a literal that cannot be
// called or subscripted (check_caller, check_subscripter, check_index: usually a missing
// comma), and asserting a non-empty tuple. They are recorded with Compiler.warn and issued
// through the warnings module when the code is compiled (runtime/builtins-exec.ts
// issueCompileWarnings).
import type * as A from '../parse/ast.js';
import { PyBytes, PyComplex, PyFloat, ELLIPSIS } from '../runtime/value.js';
import { ConstTuple, type Const } from './code.js';
import type { Compiler } from './compiler.js';
import { foldConstant } from './fold.js';

/** The type name of what `e` evaluates to when that is known at compile time (CPython's
 * infer_type, on the AST after constant folding). */
function inferType(e: A.expr): string | undefined {
  const v = foldConstant(e);
  if (v !== undefined) return constType(v);
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    default:
      return undefined;
  }
}

function constType(v: Const): string {
  if (v === null) return 'NoneType';
  if (v === ELLIPSIS) return 'ellipsis';
  if (v instanceof ConstTuple) return 'tuple';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyBytes) return 'bytes';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    default:
      return 'object';
  }
}

/** `x is 1`, `x is not "a"` (check_compare; None, True, False and ... are fine). */
export function checkCompare(c: Compiler, e: A.Compare): void {
  if (!e.ops.some((op) => op._type === 'Is' || op._type === 'IsNot')) return;
  const isArgOk = (x: A.expr): boolean => {
    const v = foldConstant(x);
    return v === undefined || v === null || v === true || v === false || v === ELLIPSIS;
  };
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && !(left && right)) {
      c.warn(e, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** `(1, 2)(3, 4)`: calling a literal (check_caller). */
export function checkCaller(c: Compiler, call: A.Call): void {
  const f = call.func;
  if (f._type === 'Name' || f._type === 'Attribute') return;
  const literal = foldConstant(f) !== undefined || NOT_CALLABLE.has(f._type);
  if (literal) c.warn(call, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
}

const NOT_CALLABLE = new Set(['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue']);
const NOT_SUBSCRIPTABLE = new Set(['Set', 'SetComp', 'GeneratorExp', 'Lambda']);
const SEQUENCE_DISPLAYS = new Set(['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue']);

/** `[1, 2][3, 4]`, `5[0]`: subscripting (loading) a literal that cannot be subscripted or
 * with an index it cannot take (check_subscripter, check_index). */
export function checkSubscript(c: Compiler, e: A.Subscript): void {
  const t = e.value._type;
  if (t === 'Name' || t === 'Attribute' || t === 'Subscript' || t === 'Call') return;
  const v = foldConstant(e.value);
  const scalar =
    v === null || v === ELLIPSIS || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat || v instanceof PyComplex;
  if (scalar || (v === undefined && NOT_SUBSCRIPTABLE.has(e.value._type))) {
    c.warn(e, `'${inferType(e.value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const index = inferType(e.slice);
  if (index === undefined || index === 'int' || index === 'bool') return;
  const sequence =
    v !== undefined ? typeof v === 'string' || v instanceof PyBytes || v instanceof ConstTuple : SEQUENCE_DISPLAYS.has(e.value._type);
  if (sequence) c.warn(e, `${inferType(e.value)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`);
}

/** `assert (x, "message")`: a non-empty tuple is always true. */
export function checkAssert(c: Compiler, s: A.Assert): void {
  if (s.test._type === 'Tuple' && s.test.elts.length > 0) c.warn(s, 'assertion is always true, perhaps remove parentheses?');
}
