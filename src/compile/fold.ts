// Constant folding, limited to what CPython's AST optimizer does and what cannot change
// behaviour: negated numeric literals, `real + imag j` literals, tuples of constants (one
// tuple object per code object, as in CPython).
import type * as A from '../parse/ast.js';
import { PyComplex, PyFloat, type ConstantValue } from '../runtime/value.js';
import { ConstTuple, type Const } from './code.js';

/** The value of a literal pattern: a constant, or the `-1` / `1 + 2j` forms the parser
 * allows, which CPython's AST optimizer folds to constants before compiling. */
export function foldNumber(e: A.expr): ConstantValue | undefined {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.op._type === 'USub') {
    const v = foldNumber(e.operand);
    if (typeof v === 'number') return v === 0 ? 0 : -v;
    if (typeof v === 'bigint') return -v;
    if (v instanceof PyFloat) return new PyFloat(-v.value);
    if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
    return undefined;
  }
  if (e._type === 'BinOp' && (e.op._type === 'Add' || e.op._type === 'Sub')) {
    const l = foldNumber(e.left);
    const r = foldNumber(e.right);
    if (!(r instanceof PyComplex) || l === undefined || l === null || typeof l === 'string' || typeof l === 'boolean') return undefined;
    const re = typeof l === 'number' ? l : typeof l === 'bigint' ? Number(l) : l instanceof PyFloat ? l.value : undefined;
    // An int too large for a float raises OverflowError at run time: leave it unfolded.
    if (re === undefined || (typeof l === 'bigint' && !Number.isFinite(re))) return undefined;
    // CPython computes real + complex as complex(real, 0.0) + complex: both parts are sums
    // (or differences), so -0.0 - 0j is (-0+0j) and -0.0 + 0j is 0j, never a negated zero.
    return e.op._type === 'Add' ? new PyComplex(re + r.real, 0 + r.imag) : new PyComplex(re - r.real, 0 - r.imag);
  }
  return undefined;
}

/** The constant an expression folds to, or undefined. */
export function foldConstant(e: A.expr): Const | undefined {
  if (e._type === 'Tuple' && e.ctx._type === 'Load') {
    const items: Const[] = [];
    for (const elt of e.elts) {
      const v = foldConstant(elt);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return new ConstTuple(items);
  }
  return foldNumber(e);
}
