// Profiling feedback for the JIT: per CodeObject, how often it was called and how many loop
// back-edges it ran; per instruction, the operand kinds seen by arithmetic, comparisons and
// subscripts, the receiver class of attribute loads/method lookups, and the call targets.
// These are the facts a JIT speculates on. Recording is cheap (a bit-or or a compare per
// instruction), happens during a code object's warm-up window only (FEEDBACK.window) and can
// be switched off: FEEDBACK.enabled = false (or PYTIER_FEEDBACK=0).
import type { PyValue } from '../src/runtime/object.js';
import { PyFloat } from '../src/runtime/value.js';
import { typeOf, floatType } from '../src/runtime/builtin-types.js';
import { PyBoundMethod } from '../src/runtime/function.js';


const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;

export const FEEDBACK = {
  enabled: env?.PYTIER_FEEDBACK !== '0',
  /** Per-instruction facts are recorded while a CodeObject is warming up: for its first
   * `window` calls plus loop back-edges (what a JIT compiles from; it tiers up within that
   * window, and a later type change deoptimizes it). The counters always tick. */
  window: 2000,
};

/** Operand kind bits (one byte per operand). */
export const Kind = { INT: 1, BIGINT: 2, FLOAT: 4, STR: 8, BOOL: 16, NONE: 32, OTHER: 64 } as const;

export function kindOf(v: PyValue): number {
  switch (typeof v) {
    case 'number':
      return Kind.INT;
    case 'bigint':
      return Kind.BIGINT;
    case 'string':
      return Kind.STR;
    case 'boolean':
      return Kind.BOOL;
    default:
      if (v === null) return Kind.NONE;
      return v instanceof PyFloat && v.cls === floatType ? Kind.FLOAT : Kind.OTHER;
  }
}

/** operandKinds values of the interpreter's fast paths (int op int, container[int]). */
export const INT_INT = Kind.INT | (Kind.INT << 8);
export const OTHER_INT = Kind.OTHER | (Kind.INT << 8);

/** Marks a site that saw more than one class / target. */
export const MEGAMORPHIC = Symbol('megamorphic');

export class Feedback {
  calls = 0;
  backedges = 0;
  /** Calls plus back-edges left in the recording window (see FEEDBACK.window). */
  remaining = FEEDBACK.window;
  /** Per instruction: kinds of the left (low byte) and right (high byte) operand seen so
   * far by arithmetic, comparisons and subscripts. */
  readonly operandKinds: Uint16Array;
  /** Per instruction: the single receiver class seen, or MEGAMORPHIC. Recorded when the
   * attribute inline cache misses: a hit means the same class as the cached one. */
  readonly receivers: unknown[];
  /** Per instruction: the single callee seen, or MEGAMORPHIC. */
  readonly targets: unknown[];

  constructor(size: number) {
    this.operandKinds = new Uint16Array(size);
    this.receivers = new Array(size);
    this.targets = new Array(size);
  }

  operands(pc: number, a: PyValue, b: PyValue): void {
    this.operandKinds[pc] |= kindOf(a) | (kindOf(b) << 8);
  }

  receiver(pc: number, obj: PyValue): void {
    const seen = this.receivers[pc];
    if (seen === MEGAMORPHIC) return;
    const t = typeOf(obj);
    if (seen === undefined) this.receivers[pc] = t;
    else if (seen !== t) this.receivers[pc] = MEGAMORPHIC;
  }

  /** A bound method counts as its function (a new bound object is made per access). */
  callTarget(pc: number, fn: PyValue): void {
    const seen = this.targets[pc];
    if (seen === MEGAMORPHIC || seen === fn) return;
    const target = fn instanceof PyBoundMethod ? fn.func : fn;
    if (seen === undefined) this.targets[pc] = target;
    else if (seen !== target) this.targets[pc] = MEGAMORPHIC;
  }
}
