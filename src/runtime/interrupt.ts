// How a host interrupts a running program (the CLI's Ctrl-C): a non-zero `flag[0]` raises
// KeyboardInterrupt at the next loop back-edge, in the looping frame, or at the next Python
// call, in the caller (interp/calls.ts runFunction); CPython checks its eval breaker at the
// same points. Not at other frame entries: a paused frame's re-entry has no instruction to
// raise at. A host's stdin reader that returns early because of it makes input() and
// sys.stdin raise (stream.ts). `flag` may be a view of a SharedArrayBuffer, so that another
// thread can set it while Python runs.
import { type PyBaseException, newException, EXC } from './errors.js';

export const interrupt = {
  flag: new Int32Array(1) as Int32Array<ArrayBufferLike>,
};

/** The KeyboardInterrupt to raise now; clears the flag. */
export function takeInterrupt(): PyBaseException {
  Atomics.store(interrupt.flag, 0, 0);
  return newException(EXC['KeyboardInterrupt']);
}
