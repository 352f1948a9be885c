// Binary and in-place operators. One generic dispatcher implements CPython's rules
// (Objects/abstract.c binary_op1 + typeobject.c SLOT1BINFULL):
//   1. if type(b) is a proper subclass of type(a) and overrides the reflected method,
//      b.__rop__(a) goes first;
//   2. a.__op__(b); 3. b.__rop__(a) (only when the types differ);
//   NotImplemented from one side passes to the next; if all decline, sequence concat/repeat
//   (list + list, 'ab' * 3) get their turn, else TypeError "unsupported operand type(s)".
// In-place `a += b` tries a.__iadd__(b) first, then the binary protocol.
// The named functions (add, sub, ...) put JS fast paths for exact ints, floats (also mixed
// with ints) and strs in front, each taken only where no reflected or overriding dunder could
// answer instead; int/float/str behaviour proper lives in their type files (reached via the
// dunders).
import { PyFloat, PyComplex } from './value.js';
import { floatFloorDiv, floatMod, floatPow } from './float.js';
import { strRepeat } from './str.js';
import { strPercent } from './str-methods.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyList, listType, newList } from './list.js';
import { concatItems } from './sequence.js';
import { type PyValue } from './object.js';
import { typeOf, floatType, complexType, intType, NotImplemented } from './builtin-types.js';
import { type Complex, complexAdd, complexSub, complexMul, complexDiv } from './complex.js';
import { slotId, type PyType } from './type.js';
import { typeError, valueError, attributeError } from './errors.js';
import { callMethod, callMethod1 } from './call.js';
import { PyMethodDescriptor } from './builtin-function.js';
import { hasIndex } from './ops-number.js';
import { intAdd, intSub, intMul, intFloorDiv, intMod, intLshift, intRshift, intAnd, intOr, intXor } from './int.js';

/** CPython 3.11's NB_* operator numbers (the BINARY_OP oparg; in-place = +13). */
export const BinaryOp = {
  ADD: 0,
  AND: 1,
  FLOOR_DIVIDE: 2,
  LSHIFT: 3,
  MATRIX_MULTIPLY: 4,
  MULTIPLY: 5,
  REMAINDER: 6,
  OR: 7,
  POWER: 8,
  RSHIFT: 9,
  SUBTRACT: 10,
  TRUE_DIVIDE: 11,
  XOR: 12,
  /** divmod(a, b): same dispatch, its own message. */
  DIVMOD: 13,
} as const;

interface OpInfo {
  readonly dunder: string;
  readonly rdunder: string;
  readonly idunder: string;
  /** Slot ids of the three dunders (PyType.lookupSlot). */
  readonly slot: number;
  readonly rslot: number;
  readonly islot: number;
  /** As used in messages: '+', '** or pow()', 'divmod()'. */
  readonly symbol: string;
  readonly isymbol: string;
}

const op = (name: string, symbol: string, isymbol = `${symbol}=`): OpInfo => ({
  dunder: `__${name}__`,
  rdunder: `__r${name}__`,
  idunder: `__i${name}__`,
  slot: slotId(`__${name}__`),
  rslot: slotId(`__r${name}__`),
  islot: slotId(`__i${name}__`),
  symbol,
  isymbol,
});

export const OP_INFO: readonly OpInfo[] = [
  op('add', '+'),
  op('and', '&'),
  op('floordiv', '//'),
  op('lshift', '<<'),
  op('matmul', '@'),
  op('mul', '*'),
  op('mod', '%'),
  op('or', '|'),
  op('pow', '** or pow()', '**='),
  op('rshift', '>>'),
  op('sub', '-'),
  op('truediv', '/'),
  op('xor', '^'),
  op('divmod', 'divmod()', 'divmod()'),
];

const isSequenceSlot = (f: PyValue | undefined): boolean => f instanceof PyMethodDescriptor && f.sequenceSlot;

/** The numeric protocol for `a <op> b`; NotImplemented when both sides decline. */
function binaryOp1(a: PyValue, b: PyValue, info: OpInfo): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fa = ta.lookupSlot(info.slot);
  if (isSequenceSlot(fa)) fa = undefined;
  let fb: PyValue | undefined;
  if (tb !== ta) {
    fb = tb.lookupSlot(info.rslot);
    if (isSequenceSlot(fb)) fb = undefined;
  }
  if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookupSlot(info.rslot)) {
    const r = callMethod1(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callMethod1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callMethod1(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** Sequence concat/repeat after the numeric protocol declined (undefined: not applicable). */
function sequenceOp(a: PyValue, b: PyValue, opNum: number, inplace: boolean): PyValue | undefined {
  if (opNum === BinaryOp.ADD) {
    const ta = typeOf(a);
    const add = OP_INFO[BinaryOp.ADD];
    const fi = inplace ? ta.lookupSlot(add.islot) : undefined;
    if (isSequenceSlot(fi)) return callMethod(fi!, a, [b]);
    const f = ta.lookupSlot(add.slot);
    if (isSequenceSlot(f)) return callMethod(f!, a, [b]);
  } else if (opNum === BinaryOp.MULTIPLY) {
    const ta = typeOf(a);
    const mul = OP_INFO[BinaryOp.MULTIPLY];
    const fi = inplace ? ta.lookupSlot(mul.islot) : undefined;
    const fa = isSequenceSlot(fi) ? fi : ta.lookupSlot(mul.slot);
    // CPython's sequence_repeat checks the count itself (a direct seq.__mul__(x) call
    // reports a non-int differently: see repeatCount).
    if (isSequenceSlot(fa)) return callMethod(fa!, a, [repeatOperand(b)]);
    // PyNumber_InPlaceMultiply repeats b only when a's type has no sequence table at all:
    // every class statement's type has one, builtins only the container-like ones.
    if (inplace && (ta.isHeapType || ta.lookup('__len__') !== undefined || ta.lookup('__contains__') !== undefined)) return undefined;
    const fb = typeOf(b).lookupSlot(mul.rslot);
    if (isSequenceSlot(fb)) return callMethod(fb!, b, [repeatOperand(a)]);
  }
  return undefined;
}

function repeatOperand(n: PyValue): PyValue {
  if (!hasIndex(n)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  return n;
}

function unsupported(a: PyValue, b: PyValue, symbol: string) {
  return typeError(`unsupported operand type(s) for ${symbol}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** `a <op> b` with full Python semantics (no fast paths). `inplace`: `a <op>= b` of an a
 * without __iop__ (the immutable builtins), which fails naming the in-place operator. */
export function binaryOp(a: PyValue, b: PyValue, opNum: number, inplace = false): PyValue {
  const info = OP_INFO[opNum];
  const r = binaryOp1(a, b, info);
  if (r !== NotImplemented) return r;
  const s = sequenceOp(a, b, opNum, false);
  if (s !== undefined) return s;
  throw unsupported(a, b, inplace ? info.isymbol : info.symbol);
}

/** `a <op>= b`: __iop__ first, then the binary protocol. */
export function inplaceOp(a: PyValue, b: PyValue, opNum: number): PyValue {
  const info = OP_INFO[opNum];
  const fi = typeOf(a).lookupSlot(info.islot);
  if (fi !== undefined && !isSequenceSlot(fi)) {
    const r = callMethod1(fi, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binaryOp1(a, b, info);
  if (r !== NotImplemented) return r;
  const s = sequenceOp(a, b, opNum, true);
  if (s !== undefined) return s;
  throw unsupported(a, b, info.isymbol);
}

/** What a type's nb_power slot is in CPython: none (null), slot_nb_power ('py': a Python
 * __pow__ or __rpow__ on the MRO), or a builtin type's own C function (int and bool share
 * int's; a subclass that overrides neither keeps its base's). */
function powSlot(t: PyType): PyType | 'py' | null {
  const fp = t.lookup('__pow__');
  const fr = t.lookup('__rpow__');
  if (fp === undefined && fr === undefined) return null;
  if ((fp !== undefined && !(fp instanceof PyMethodDescriptor)) || (fr !== undefined && !(fr instanceof PyMethodDescriptor))) return 'py';
  return ((fp ?? fr) as PyMethodDescriptor).objclass;
}

const isIntLike = (v: PyValue): boolean => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).isSubtypeOf(intType);
const isComplexLike = (v: PyValue): boolean =>
  isIntLike(v) || typeOf(v).isSubtypeOf(floatType) || typeOf(v).isSubtypeOf(complexType);

/** One nb_power slot called as CPython's ternary_op calls it, slot(a, b, m) whichever
 * operand it came from: slot_nb_power calls a.__pow__(b, m) only when a's own slot is
 * slot_nb_power (__rpow__ never takes a modulus; a class with only __rpow__ raises
 * AttributeError), int's needs three ints, float's refuses any modulus, complex's refuses
 * one once a and b are numbers. */
function callPowSlot(slot: PyType | 'py', a: PyValue, b: PyValue, m: PyValue): PyValue {
  if (slot === 'py') {
    if (powSlot(typeOf(a)) !== 'py') return NotImplemented;
    const f = typeOf(a).lookup('__pow__');
    if (f === undefined) throw attributeError('__pow__');
    return callMethod(f, a, [b, m]);
  }
  if (slot === floatType) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  if (slot === complexType) {
    if (isComplexLike(a) && isComplexLike(b)) throw valueError('complex modulo');
    return NotImplemented;
  }
  if (isIntLike(a) && isIntLike(b) && isIntLike(m)) return callMethod(slot.lookup('__pow__')!, a, [b, m]);
  return NotImplemented;
}

/** pow(a, b, m) with m not None: CPython's ternary_op (Objects/abstract.c), which tries the
 * slots of a, b (first when its type is a proper subclass of a's) and m, each distinct slot
 * once. */
export function ternaryPow(a: PyValue, b: PyValue, m: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const sv = powSlot(ta);
  let sw = tb !== ta ? powSlot(tb) : null;
  if (sw === sv) sw = null;
  if (sv !== null) {
    if (sw !== null && tb.isSubtypeOf(ta)) {
      const r = callPowSlot(sw, a, b, m);
      if (r !== NotImplemented) return r;
      sw = null;
    }
    const r = callPowSlot(sv, a, b, m);
    if (r !== NotImplemented) return r;
  }
  if (sw !== null) {
    const r = callPowSlot(sw, a, b, m);
    if (r !== NotImplemented) return r;
  }
  const sz = powSlot(typeOf(m));
  if (sz !== null && sz !== sv && sz !== sw) {
    const r = callPowSlot(sz, a, b, m);
    if (r !== NotImplemented) return r;
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${ta.name}', '${tb.name}', '${typeOf(m).name}'`,
  );
}

// ---- fast paths: exact ints (int.ts arithmetic, exact at any size), exact floats, str ----
// bool is excluded on purpose (True + True goes through int's dunders like any subclass).

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const isExactFloat = (v: PyValue): v is PyFloat => v instanceof PyFloat && v.cls === floatType;
const isInt = (v: PyValue): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

/** `a <op> b` when one operand is an exact float and the other an exact float or a safe int
 * (converting those to a double is exact): the float result, or undefined for the full path
 * (other types, and a zero divisor, whose error message the full path knows). */
function floatArith(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  let x: number;
  let y: number;
  if (a instanceof PyFloat) {
    if (a.cls !== floatType) return undefined;
    x = a.value;
    if (typeof b === 'number') y = b;
    else if (isExactFloat(b)) y = b.value;
    else return undefined;
  } else if (typeof a === 'number' && isExactFloat(b)) {
    x = a;
    y = b.value;
  } else return undefined;
  switch (op) {
    case BinaryOp.ADD:
      return new PyFloat(x + y);
    case BinaryOp.SUBTRACT:
      return new PyFloat(x - y);
    case BinaryOp.MULTIPLY:
      return new PyFloat(x * y);
    case BinaryOp.TRUE_DIVIDE:
      return y === 0 ? undefined : new PyFloat(x / y);
    case BinaryOp.FLOOR_DIVIDE:
      return y === 0 ? undefined : new PyFloat(floatFloorDiv(x, y));
    case BinaryOp.REMAINDER:
      return y === 0 ? undefined : new PyFloat(floatMod(x, y));
    case BinaryOp.POWER: {
      const r = floatPow(x, y);
      return typeof r === 'number' ? new PyFloat(r) : new PyComplex(r.real, r.imag);
    }
    default:
      return undefined;
  }
}

/** `a <op> b` for + - * / when one operand is an exact complex and the other an exact
 * complex, an exact float or a safe int: what complex's dunders compute (the same
 * complex.ts formulas on the operands made complex), without the dunder protocol; undefined
 * for the full path. */
function complexArith(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  // Most operands reaching here are instances with dunders: two instanceof checks turn them
  // away before any operand is converted.
  if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) return undefined;
  const x = exactComplexOperand(a);
  const y = exactComplexOperand(b);
  if (x === undefined || y === undefined) return undefined;
  let r: Complex;
  switch (op) {
    case BinaryOp.ADD:
      r = complexAdd(x, y);
      break;
    case BinaryOp.SUBTRACT:
      r = complexSub(x, y);
      break;
    case BinaryOp.MULTIPLY:
      r = complexMul(x, y);
      break;
    default:
      r = complexDiv(x, y);
  }
  return new PyComplex(r.real, r.imag);
}

function exactComplexOperand(v: PyValue): Complex | undefined {
  if (v instanceof PyComplex) return v.cls === complexType ? v : undefined;
  if (typeof v === 'number') return { real: v, imag: 0 };
  return isExactFloat(v) ? { real: v.value, imag: 0 } : undefined;
}

export function add(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return intAdd(a, b);
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  // Exact lists: what list.__add__ does, without the slot lookups and the method call
  // (bm_nqueens concatenates 8k lists per run).
  if (a instanceof PyList && b instanceof PyList && a.cls === listType && b.cls === listType) return newList(concatItems(a.items, b.items));
  const f = floatArith(a, b, BinaryOp.ADD);
  if (f !== undefined) return f;
  const z = complexArith(a, b, BinaryOp.ADD);
  if (z !== undefined) return z;
  if (isInt(a) && isInt(b)) return intAdd(a, b);
  return binaryOp(a, b, BinaryOp.ADD, inplace);
}

export function sub(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return intSub(a, b);
  }
  const f = floatArith(a, b, BinaryOp.SUBTRACT);
  if (f !== undefined) return f;
  const z = complexArith(a, b, BinaryOp.SUBTRACT);
  if (z !== undefined) return z;
  if (isInt(a) && isInt(b)) return intSub(a, b);
  return binaryOp(a, b, BinaryOp.SUBTRACT, inplace);
}

/** Below this many UTF-16 units a repeat needs none of the length checks str.__mul__ makes. */
const SMALL_REPEAT = 2 ** 24;

export function mul(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  if (isInt(a) && isInt(b)) return intMul(a, b);
  if (typeof a === 'string' && typeof b === 'number' && a.length * b < SMALL_REPEAT) return strRepeat(a, b);
  if (typeof b === 'string' && typeof a === 'number' && b.length * a < SMALL_REPEAT) return strRepeat(b, a);
  const f = floatArith(a, b, BinaryOp.MULTIPLY);
  if (f !== undefined) return f;
  const z = complexArith(a, b, BinaryOp.MULTIPLY);
  if (z !== undefined) return z;
  return binaryOp(a, b, BinaryOp.MULTIPLY, inplace);
}

/** int / int of safe ints is one correctly rounded division, as CPython's. */
export function trueDiv(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return new PyFloat(a / b);
  const f = floatArith(a, b, BinaryOp.TRUE_DIVIDE);
  if (f !== undefined) return f;
  const z = complexArith(a, b, BinaryOp.TRUE_DIVIDE);
  if (z !== undefined) return z;
  return binaryOp(a, b, BinaryOp.TRUE_DIVIDE, inplace);
}

export function floorDiv(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  if (isInt(a) && isInt(b)) return intFloorDiv(a, b);
  const f = floatArith(a, b, BinaryOp.FLOOR_DIVIDE);
  if (f !== undefined) return f;
  return binaryOp(a, b, BinaryOp.FLOOR_DIVIDE, inplace);
}

export function mod(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  if (isInt(a) && isInt(b)) return intMod(a, b);
  // str % x: str.__mod__ answers unless x's type is a str subclass (its __rmod__ goes first).
  if (typeof a === 'string' && (typeof b !== 'object' || b === null || (b instanceof PyTuple && b.cls === tupleType))) {
    return strPercent(a, b);
  }
  const f = floatArith(a, b, BinaryOp.REMAINDER);
  if (f !== undefined) return f;
  return binaryOp(a, b, BinaryOp.REMAINDER, inplace);
}

export function power(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  const f = floatArith(a, b, BinaryOp.POWER);
  if (f !== undefined) return f;
  return binaryOp(a, b, BinaryOp.POWER, inplace);
}

// One function per operator, not closures made by one factory: closures of one function
// literal share its feedback, so the int operation they call would be a megamorphic call
// site that V8 cannot inline.
export function lshift(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  return isInt(a) && isInt(b) ? intLshift(a, b) : binaryOp(a, b, BinaryOp.LSHIFT, inplace);
}

export function rshift(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  return isInt(a) && isInt(b) ? intRshift(a, b) : binaryOp(a, b, BinaryOp.RSHIFT, inplace);
}

export function bitAnd(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  return isInt(a) && isInt(b) ? intAnd(a, b) : binaryOp(a, b, BinaryOp.AND, inplace);
}

export function bitOr(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  return isInt(a) && isInt(b) ? intOr(a, b) : binaryOp(a, b, BinaryOp.OR, inplace);
}

export function bitXor(a: PyValue, b: PyValue, inplace?: boolean): PyValue {
  return isInt(a) && isInt(b) ? intXor(a, b) : binaryOp(a, b, BinaryOp.XOR, inplace);
}
export const matmul = (a: PyValue, b: PyValue, inplace?: boolean): PyValue => binaryOp(a, b, BinaryOp.MATRIX_MULTIPLY, inplace);
export const divmod = (a: PyValue, b: PyValue): PyValue => binaryOp(a, b, BinaryOp.DIVMOD);

/** The operator function of NB_* number `nb` (fast paths included). The interpreter runs
 * `a <op>= b` through them too when a is an immutable builtin (no __iop__ to try), with
 * `inplace` true so that a failure names the in-place operator ('+=', '**='). A switch of
 * direct calls rather than an indexed table of functions: each call site then has one
 * target, which V8 can inline, where one call through a table saw every operator and went
 * through V8's generic Call builtin (5% of float_nbody). */
export function binaryFunction(nb: number, a: PyValue, b: PyValue, inplace: boolean): PyValue {
  switch (nb) {
    case BinaryOp.ADD: return add(a, b, inplace);
    case BinaryOp.AND: return bitAnd(a, b, inplace);
    case BinaryOp.FLOOR_DIVIDE: return floorDiv(a, b, inplace);
    case BinaryOp.LSHIFT: return lshift(a, b, inplace);
    case BinaryOp.MATRIX_MULTIPLY: return matmul(a, b, inplace);
    case BinaryOp.MULTIPLY: return mul(a, b, inplace);
    case BinaryOp.REMAINDER: return mod(a, b, inplace);
    case BinaryOp.OR: return bitOr(a, b, inplace);
    case BinaryOp.POWER: return power(a, b, inplace);
    case BinaryOp.RSHIFT: return rshift(a, b, inplace);
    case BinaryOp.SUBTRACT: return sub(a, b, inplace);
    case BinaryOp.TRUE_DIVIDE: return trueDiv(a, b, inplace);
    case BinaryOp.XOR: return bitXor(a, b, inplace);
    default: return divmod(a, b);
  }
}
