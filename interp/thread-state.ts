// Per-thread interpreter state: the running frame (top of the frame chain), the Python
// recursion depth and limit, and the stack of "handled exceptions" (sys.exc_info), which
// PUSH_EXC_INFO/POP_EXCEPT change and generators swap in and out (CPython's gi_exc_state).
import type { PyValue } from '../src/runtime/object.js';
import type { Frame } from './frame.js';

/** One level of the handled-exception stack: the thread's own, or a running generator's. */
export interface ExcStackItem {
  value: PyValue;
  prev: ExcStackItem | null;
}

export const tstate = {
  depth: 0,
  recursionLimit: 1000,
  excInfo: { value: null, prev: null } as ExcStackItem,
};

/** The exception being handled (sys.exception()), or None: the innermost non-None item. */
export function handledException(): PyValue {
  for (let item: ExcStackItem | null = tstate.excInfo; item !== null; item = item.prev) {
    if (item.value !== null) return item.value;
  }
  return null;
}

/** The running frame (the top of the frame chain), in a small box of its own that
 * renewFrameBox replaces now and then. Every call and return stores a frame here; into a
 * long-lived object (old in V8's heap) each store of a new frame took the write barrier's
 * slow path, while stores into a young box do not. */
export let running: { frame: Frame | null } = { frame: null };

export function renewFrameBox(): void {
  running = { frame: running.frame };
}
