// The dispatch loop: runs one frame until it returns, yields or raises. One `switch` over
// the instruction words; the value stack, locals and pc live in JS locals while the frame
// runs and are written back to the Frame when it suspends. Exceptions: a Python raise in
// this frame (raise, re-raise, a dict miss) leaves the loop with `break dispatch`, and every
// JS throw inside the loop lands in the single catch; both reach the unwinding code below
// the loop, which adds the traceback entry, looks up the exception table and either jumps
// to the handler or throws the exception out of the frame. A JS throw costs 100-300 ns in
// V8; a break costs nothing, which matters for exceptions raised and caught in one frame.
import { O } from './opnums.js';
import { CMP_OPS } from '../src/compile/opcodes.js';
import { CO_SUSPENDABLE } from '../src/compile/code.js';
import { PyFloat, PyComplex, PyObject } from '../src/runtime/value.js';
import type { PyValue, HasAttrs } from '../src/runtime/object.js';
import { typeOf, floatType, complexType } from '../src/runtime/builtin-types.js';
import { PyBaseException, EXC, typeError, newException, recursionError, keyError } from '../src/runtime/errors.js';
import { PyDict, dictType } from '../src/runtime/dict.js';
import { PyList, listType } from '../src/runtime/list.js';
import { MAX_LIST_LENGTH } from '../src/runtime/limits.js';
import { listGetItem, listSetItem } from '../src/runtime/list-methods.js';
import { PySlice, newSlice } from '../src/runtime/slice.js';
import { PyTuple, newTuple, tupleType } from '../src/runtime/tuple.js';
import { PyBoundMethod } from '../src/runtime/function.js';
import { setAttr, lookupMethod } from '../src/runtime/attr.js';
import { add, sub, binaryFunction, inplaceOp } from '../src/runtime/ops-binary.js';
import { richCompare } from '../src/runtime/ops-compare.js';
import { isTrue, getIter, iterNext, getItem, setItem, contains, PyIterator } from '../src/runtime/ops-protocols.js';
import { delegateSend, delegateDone } from '../src/runtime/generator.js';
import { strGetItem } from '../src/runtime/str.js';
import { Frame } from './frame.js';
import { interrupt, takeInterrupt } from '../src/runtime/interrupt.js';
import { runRareOp } from './eval-rare.js';
import { tstate, handledException, running, renewFrameBox } from './thread-state.js';
import {
  asPyException,
  setContext,
  doRaise,
  unboundLocal,
  emptyCell,
  loadGlobal,
  loadName,
  storeName,
  unpackSequence,
} from './support.js';
import { loadAttr } from './eval-support.js';
import { callFromStack } from './calls.js';
import { addTraceback } from './traceback.js';
import { Feedback, FEEDBACK, INT_INT, OTHER_INT } from './feedback.js';
import { codeRuntime, type GlobalCache } from './code-runtime.js';
import { withLoadEntry, withStoreEntry, heldValue, IC_INSTANCE, IC_METHOD, IC_NATIVE_METHOD, IC_GENERIC, IC_MODULE } from './inline-cache.js';

/** NB_* operator numbers for BINARY_POWER..BINARY_OR (and INPLACE_* in the same order). */
const NB_OF = [8, 5, 4, 2, 11, 6, 0, 10, 3, 9, 1, 12, 7];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** LOAD_GLOBAL's slow path: look the name up and remember where it was found (GlobalCache). */
function loadGlobalCached(f: Frame, name: string, caches: (GlobalCache | undefined)[], at: number): PyValue {
  const g = f.globals;
  const b = f.builtins;
  let index = g.keys.indexOf(name);
  let inBuiltins = false;
  if (index < 0) {
    index = b.keys.indexOf(name);
    inBuiltins = true;
  }
  const v = loadGlobal(g, b, name);
  caches[at] = index < 0 ? undefined : { globals: g, globalsVersion: g.version, builtinsVersion: b.version, index, inBuiltins };
  return v;
}

/** runFrameSlice calls so far: the frame box is renewed every 4096 (thread-state.ts). */
let entries = 0;

/** What runFrameSlice returns when the frame has only paused (see SLICE_BACKEDGES). */
const PAUSED = Symbol('paused');

/** A frame that has taken this many loop back-edges in one runFrameSlice call returns PAUSED
 * and is entered again at once, so a long loop picks up runFrameSlice's optimized code
 * when V8 finishes it (what on-stack replacement would do). The CLI turns V8's own OSR off
 * (src/cli/run-command.ts): with OSR, later calls of runFrameSlice could enter the OSR code
 * at their first back-edge and never get the regular optimized code (attr_particles ran
 * 1.6x slower in such processes). A pause costs one return and one call. */
const SLICE_BACKEDGES = 1 << 10;

/**
 * Run frame `f` from f.pc until it returns (f.done, the return value), yields (the yielded
 * value) or raises. `throwIn` is raised at the resume point (generator.throw()).
 */
export function runFrame(f: Frame, throwIn: PyBaseException | undefined): PyValue {
  let r = runFrameSlice(f, throwIn);
  while (r === PAUSED) {
    renewFrameBox();
    // A fresh copy of the locals and stack each pause: a long-running frame's array would
    // otherwise be promoted to V8's old space, and every store of a new object (each float
    // result) into an old array takes the write barrier's slow path (12% of float_nbody).
    f.fast = f.stack = f.stack.slice();
    r = runFrameSlice(f, undefined);
  }
  return r;
}

/** runFrame until the frame returns, yields, raises or pauses. */
function runFrameSlice(f: Frame, throwIn: PyBaseException | undefined): PyValue | typeof PAUSED {
  const code = f.code;
  const rt = codeRuntime(code);
  const words = rt.words;
  const consts = rt.consts;
  const caches = rt.caches;
  const globalCaches = rt.globalCaches;
  const names = code.names;
  const stack = f.stack;
  const fast = f.fast;
  const cells = f.cells;
  const counters = FEEDBACK.enabled ? (rt.feedback ??= new Feedback(words.length)) : null;
  // Per-instruction recording: only inside the warm-up window.
  let fb = counters !== null && counters.remaining > 0 ? counters : null;
  let sp = f.sp;
  let pc = f.pc;
  // What leaves the dispatch loop: set before `break dispatch` or by the catch.
  let raised: unknown = throwIn;
  // Enter: recursion limit and the frame chain (restored on every exit below).
  if (++tstate.depth > tstate.recursionLimit) {
    tstate.depth--;
    throw recursionError('maximum recursion depth exceeded');
  }
  if ((++entries & 4095) === 0) renewFrameBox();
  f.back = running.frame;
  running.frame = f;
  // A finished function's frame keeps its caller (f_back), as CPython's; a generator's
  // frame has none once it is suspended or finished.
  const suspendable = (code.flags & CO_SUSPENDABLE) !== 0;
  // Set just before re-raising without a new traceback entry (RERAISE, bare raise).
  let reraise = false;
  let backedges = 0;
  for (;;) {
    if (raised === undefined) {
      try {
        dispatch: for (;;) {
          const w = words[pc++];
          // The operand, decoded once here: a decode inside a case that V8 has not yet seen run
          // would throw the optimized loop away on its first use (no type feedback).
          const arg = w >>> 8;
          const op = w & 0xff;
          switch (op) {
            case O.NOP:
              continue;
            case O.POP_TOP:
              stack[--sp] = undefined;
              continue;
            case O.COPY:
              stack[sp] = stack[sp - arg];
              sp++;
              continue;
            case O.SWAP: {
              const i = sp - arg;
              const t = stack[sp - 1];
              stack[sp - 1] = stack[i];
              stack[i] = t;
              continue;
            }

            // ---- unary ----
            case O.UNARY_NOT: {
              const v = stack[sp - 1];
              stack[sp - 1] = v === true ? false : v === false ? true : !isTrue(v as PyValue);
              continue;
            }

            // ---- binary ----
            case O.BINARY_ADD:
            case O.INPLACE_ADD: {
              const b = stack[--sp] as PyValue;
              const a = stack[sp - 1] as PyValue;
              stack[sp] = undefined;
              if (typeof a === 'number' && typeof b === 'number') {
                const r = a + b;
                if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                  if (fb !== null) fb.operandKinds[pc - 1] |= INT_INT;
                  stack[sp - 1] = r;
                  continue;
                }
              }
              if (fb !== null) fb.operands(pc - 1, a, b);
              stack[sp - 1] = op === O.BINARY_ADD ? add(a, b) : isImmutableScalar(a) ? add(a, b, true) : inplaceOp(a, b, 0);
              continue;
            }
            case O.BINARY_SUBTRACT: {
              const b = stack[--sp] as PyValue;
              const a = stack[sp - 1] as PyValue;
              stack[sp] = undefined;
              if (typeof a === 'number' && typeof b === 'number') {
                const r = a - b;
                if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                  if (fb !== null) fb.operandKinds[pc - 1] |= INT_INT;
                  stack[sp - 1] = r;
                  continue;
                }
              }
              if (fb !== null) fb.operands(pc - 1, a, b);
              stack[sp - 1] = sub(a, b);
              continue;
            }
            case O.BINARY_POWER:
            case O.BINARY_MULTIPLY:
            case O.BINARY_MATRIX_MULTIPLY:
            case O.BINARY_FLOOR_DIVIDE:
            case O.BINARY_TRUE_DIVIDE:
            case O.BINARY_MODULO:
            case O.BINARY_LSHIFT:
            case O.BINARY_RSHIFT:
            case O.BINARY_AND:
            case O.BINARY_XOR:
            case O.BINARY_OR: {
              const b = stack[--sp] as PyValue;
              const a = stack[sp - 1] as PyValue;
              stack[sp] = undefined;
              if (fb !== null) fb.operands(pc - 1, a, b);
              stack[sp - 1] = binaryFunction(NB_OF[op - O.BINARY_POWER], a, b, false);
              continue;
            }
            case O.INPLACE_POWER:
            case O.INPLACE_MULTIPLY:
            case O.INPLACE_MATRIX_MULTIPLY:
            case O.INPLACE_FLOOR_DIVIDE:
            case O.INPLACE_TRUE_DIVIDE:
            case O.INPLACE_MODULO:
            case O.INPLACE_SUBTRACT:
            case O.INPLACE_LSHIFT:
            case O.INPLACE_RSHIFT:
            case O.INPLACE_AND:
            case O.INPLACE_XOR:
            case O.INPLACE_OR: {
              const b = stack[--sp] as PyValue;
              const a = stack[sp - 1] as PyValue;
              stack[sp] = undefined;
              if (fb !== null) fb.operands(pc - 1, a, b);
              const nb = NB_OF[op - O.INPLACE_POWER];
              stack[sp - 1] = isImmutableScalar(a) ? binaryFunction(nb, a, b, true) : inplaceOp(a, b, nb);
              continue;
            }

            // ---- comparisons ----
            case O.COMPARE_OP: {
              const b = stack[--sp] as PyValue;
              const a = stack[sp - 1] as PyValue;
              stack[sp] = undefined;
              if (typeof a === 'number' && typeof b === 'number') {
                if (fb !== null) fb.operandKinds[pc - 1] |= INT_INT;
                switch (arg) {
                  case 0: stack[sp - 1] = a < b; continue;
                  case 1: stack[sp - 1] = a <= b; continue;
                  case 2: stack[sp - 1] = a === b; continue;
                  case 3: stack[sp - 1] = a !== b; continue;
                  case 4: stack[sp - 1] = a > b; continue;
                  case 5: stack[sp - 1] = a >= b; continue;
                }
              }
              if (fb !== null) fb.operands(pc - 1, a, b);
              stack[sp - 1] = compareOp(a, b, arg);
              continue;
            }
            // ---- loads, stores, deletes ----
            case O.LOAD_CONST:
              stack[sp++] = consts[arg];
              continue;
            case O.LOAD_FAST: {
              const v = fast[arg];
              if (v === undefined) throw unboundLocal(code.varnames[arg]);
              stack[sp++] = v;
              continue;
            }
            case O.LOAD_FAST__LOAD_FAST: {
              const v = fast[arg];
              if (v === undefined) throw unboundLocal(code.varnames[arg]);
              stack[sp++] = v;
              const a2 = words[pc++] >>> 8;
              const v2 = fast[a2];
              if (v2 === undefined) throw unboundLocal(code.varnames[a2]);
              stack[sp++] = v2;
              continue;
            }
            case O.LOAD_FAST__LOAD_CONST: {
              const v = fast[arg];
              if (v === undefined) throw unboundLocal(code.varnames[arg]);
              stack[sp++] = v;
              stack[sp++] = consts[words[pc++] >>> 8];
              continue;
            }
            case O.STORE_FAST__LOAD_FAST: {
              fast[arg] = stack[--sp];
              stack[sp] = undefined;
              const a2 = words[pc++] >>> 8;
              const v2 = fast[a2];
              if (v2 === undefined) throw unboundLocal(code.varnames[a2]);
              stack[sp++] = v2;
              continue;
            }
            case O.FOR_ITER__STORE_FAST: {
              const it = stack[sp - 1] as PyValue;
              const v = it instanceof PyIterator ? it.next() : iterNext(it);
              if (v === undefined) {
                stack[--sp] = undefined;
                pc = arg;
              } else fast[words[pc++] >>> 8] = v;
              continue;
            }
            case O.STORE_FAST:
              fast[arg] = stack[--sp];
              stack[sp] = undefined;
              continue;
            case O.LOAD_GLOBAL: {
              const c = globalCaches[pc - 1];
              if (c !== undefined && c.globals === f.globals && c.globalsVersion === c.globals.version) {
                if (!c.inBuiltins) {
                  stack[sp++] = c.globals.values[c.index];
                  continue;
                }
                if (c.builtinsVersion === f.builtins.version) {
                  stack[sp++] = f.builtins.values[c.index];
                  continue;
                }
              }
              stack[sp++] = loadGlobalCached(f, names[arg], globalCaches, pc - 1);
              continue;
            }
            case O.STORE_GLOBAL:
              f.globals.setStr(names[arg], stack[--sp] as PyValue);
              stack[sp] = undefined;
              continue;
            case O.LOAD_NAME:
              stack[sp++] = loadName(f, names[arg]);
              continue;
            case O.STORE_NAME:
              storeName(f, names[arg], stack[--sp] as PyValue);
              stack[sp] = undefined;
              continue;
            case O.LOAD_DEREF: {
              const v = cells[arg].value;
              if (v === undefined) throw emptyCell(code, arg);
              stack[sp++] = v;
              continue;
            }
            case O.STORE_DEREF:
              cells[arg].value = stack[--sp];
              stack[sp] = undefined;
              continue;
            case O.LOAD_ATTR: {
              const obj = stack[sp - 1] as PyValue;
              const name = names[arg];
              // The type by a load of this site's own: typeOf's one `cls` load, shared by every
              // caller, sees every class of object and is megamorphic (interp/README.md,
              // "Shared feedback"); the receivers here are a few classes.
              const t = typeof obj === 'object' && obj !== null ? obj.cls : typeOf(obj);
              let c = caches[pc - 1];
              while (c !== undefined && c.type !== t) c = c.other;
              if (c !== undefined && t.version === c.version) {
                const store = (obj as PyObject & HasAttrs).attrs;
                if (c.kind >= IC_MODULE) {
                  const v = heldValue(c, obj);
                  if (v !== undefined) {
                    stack[sp - 1] = v;
                    continue;
                  }
                  caches[pc - 1] = withLoadEntry(caches[pc - 1], obj, t, name);
                } else if (store !== null && store !== undefined && c.kind !== IC_GENERIC) {
                  const i = c.indexIn(store, name);
                  if (c.kind === IC_INSTANCE) {
                    if (i >= 0) {
                      stack[sp - 1] = store.values[i];
                      continue;
                    }
                  } else if (i < 0) {
                    stack[sp - 1] = c.kind === IC_METHOD ? new PyBoundMethod(c.value, obj) : c.value;
                    continue;
                  }
                }
              } else caches[pc - 1] = withLoadEntry(caches[pc - 1], obj, t, name);
              if (fb !== null) fb.receiver(pc - 1, obj);
              f.pc = pc;
              stack[sp - 1] = loadAttr(obj, name);
              continue;
            }
            case O.STORE_ATTR: {
              const obj = stack[--sp] as PyValue;
              const v = stack[--sp] as PyValue;
              stack[sp] = stack[sp + 1] = undefined;
              const name = names[arg];
              // As LOAD_ATTR's.
              const t = typeof obj === 'object' && obj !== null ? obj.cls : typeOf(obj);
              let c = caches[pc - 1];
              while (c !== undefined && c.type !== t) c = c.other;
              if (c !== undefined && t.version === c.version) {
                const store = (obj as PyObject & HasAttrs).attrs;
                if (store !== null && c.kind !== IC_GENERIC && c.store(store, name, v)) continue;
              } else caches[pc - 1] = withStoreEntry(caches[pc - 1], obj, t, name);
              if (fb !== null) fb.receiver(pc - 1, obj);
              setAttr(obj, name, v);
              continue;
            }
            case O.LOAD_SUBSCR: {
              const key = stack[--sp] as PyValue;
              const obj = stack[sp - 1] as PyValue;
              stack[sp] = undefined;
              if (typeof key === 'number' && ((obj instanceof PyList && obj.cls === listType) || (obj instanceof PyTuple && obj.cls === tupleType))) {
                const items = obj.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  if (fb !== null) fb.operandKinds[pc - 1] |= OTHER_INT;
                  stack[sp - 1] = items[i];
                  continue;
                }
              }
              if (fb !== null) fb.operands(pc - 1, obj, key);
              if (key instanceof PySlice && obj instanceof PyList && obj.cls === listType) {
                stack[sp - 1] = listGetItem(obj, key);
                continue;
              }
              if (obj instanceof PyDict && obj.cls === dictType) {
                const v = obj.get(key);
                if (v !== undefined) {
                  stack[sp - 1] = v;
                  continue;
                }
                raised = keyError(key);
                break dispatch;
              }
              stack[sp - 1] = typeof obj === 'string' && typeof key === 'number' ? strGetItem(obj, key) : getItem(obj, key);
              continue;
            }
            case O.STORE_SUBSCR: {
              const key = stack[--sp] as PyValue;
              const obj = stack[--sp] as PyValue;
              const v = stack[--sp] as PyValue;
              stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
              if (obj instanceof PyList && obj.cls === listType) {
                if (typeof key === 'number') {
                  const items = obj.items;
                  const i = key < 0 ? key + items.length : key;
                  if (i >= 0 && i < items.length) {
                    items[i] = v;
                    continue;
                  }
                } else if (key instanceof PySlice) {
                  listSetItem(obj, key, v);
                  continue;
                }
              }
              setItem(obj, key, v);
              continue;
            }
            case O.JUMP:
              pc = arg;
              continue;
            case O.JUMP_BACKWARD:
              // Raised here, the interrupt's traceback shows the loop's line.
              if (interrupt.flag[0] !== 0) throw takeInterrupt();
              pc = arg;
              if (counters !== null) {
                counters.backedges++;
                if (fb !== null && --fb.remaining <= 0) fb = null;
              }
              if (++backedges === SLICE_BACKEDGES) {
                f.sp = sp;
                f.pc = pc;
                running.frame = f.back;
                tstate.depth--;
                return PAUSED;
              }
              continue;
            case O.POP_JUMP_IF_FALSE: {
              const v = stack[--sp];
              stack[sp] = undefined;
              if (v === false || (v !== true && !isTrue(v as PyValue))) pc = arg;
              continue;
            }
            case O.POP_JUMP_IF_TRUE: {
              const v = stack[--sp];
              stack[sp] = undefined;
              if (v === true || (v !== false && isTrue(v as PyValue))) pc = arg;
              continue;
            }
            case O.POP_JUMP_IF_NONE:
              if (stack[--sp] === null) pc = arg;
              stack[sp] = undefined;
              continue;
            case O.POP_JUMP_IF_NOT_NONE:
              if (stack[--sp] !== null) pc = arg;
              stack[sp] = undefined;
              continue;
            case O.JUMP_IF_FALSE_OR_POP: {
              const v = stack[sp - 1];
              if (v === false || (v !== true && !isTrue(v as PyValue))) pc = arg;
              else stack[--sp] = undefined;
              continue;
            }
            case O.JUMP_IF_TRUE_OR_POP: {
              const v = stack[sp - 1];
              if (v === true || (v !== false && isTrue(v as PyValue))) pc = arg;
              else stack[--sp] = undefined;
              continue;
            }
            case O.GET_ITER:
              stack[sp - 1] = getIter(stack[sp - 1] as PyValue);
              continue;
            case O.FOR_ITER: {
              const it = stack[sp - 1] as PyValue;
              const v = it instanceof PyIterator ? it.next() : iterNext(it);
              if (v === undefined) {
                stack[--sp] = undefined;
                pc = arg;
              } else stack[sp++] = v;
              continue;
            }
            case O.CALL_FUNCTION: {
              const n = arg;
              f.pc = pc;
              const base = sp - n - 1;
              const fn = stack[base] as PyValue;
              if (fb !== null) fb.callTarget(pc - 1, fn);
              const r = callFromStack(fn, undefined, stack, base + 1, n);
              for (let i = base + 1; i < sp; i++) stack[i] = undefined;
              stack[base] = r;
              sp = base + 1;
              continue;
            }
            case O.LOAD_METHOD: {
              const obj = stack[sp - 1] as PyValue;
              const name = names[arg];
              // As LOAD_ATTR's.
              const t = typeof obj === 'object' && obj !== null ? obj.cls : typeOf(obj);
              let c = caches[pc - 1];
              while (c !== undefined && c.type !== t) c = c.other;
              if (c !== undefined && t.version === c.version) {
                if (c.kind === IC_NATIVE_METHOD) {
                  stack[sp - 1] = c.value;
                  stack[sp++] = obj;
                  continue;
                }
                if (c.kind >= IC_MODULE) {
                  const v = heldValue(c, obj);
                  if (v !== undefined) {
                    stack[sp - 1] = undefined;
                    stack[sp++] = v;
                    continue;
                  }
                  caches[pc - 1] = withLoadEntry(caches[pc - 1], obj, t, name);
                }
                const store = (obj as PyObject & HasAttrs).attrs;
                if (c.kind === IC_METHOD && (store === undefined || (store !== null && c.indexIn(store, name) < 0))) {
                  stack[sp - 1] = c.value;
                  stack[sp++] = obj;
                  continue;
                }
              } else caches[pc - 1] = withLoadEntry(caches[pc - 1], obj, t, name);
              if (fb !== null) fb.receiver(pc - 1, obj);
              const m = lookupMethod(obj, name);
              if (m !== undefined) {
                stack[sp - 1] = m;
                stack[sp++] = obj;
              } else {
                stack[sp - 1] = undefined;
                stack[sp++] = loadAttr(obj, name);
              }
              continue;
            }
            case O.CALL_METHOD: {
              const n = arg;
              f.pc = pc;
              const base = sp - n - 2;
              const meth = stack[base];
              const callee = (meth === undefined ? stack[base + 1] : meth) as PyValue;
              if (fb !== null) fb.callTarget(pc - 1, callee);
              const r = callFromStack(callee, meth === undefined ? undefined : (stack[base + 1] as PyValue), stack, base + 2, n);
              for (let i = base + 1; i < sp; i++) stack[i] = undefined;
              stack[base] = r;
              sp = base + 1;
              continue;
            }
            case O.RETURN_VALUE: {
              const v = stack[--sp] as PyValue;
              stack[sp] = undefined;
              f.sp = sp;
              f.pc = pc;
              f.done = true;
              running.frame = f.back;
              if (suspendable) f.back = null;
              tstate.depth--;
              return v;
            }
            case O.YIELD_VALUE: {
              const v = stack[--sp] as PyValue;
              stack[sp] = undefined;
              f.sp = sp;
              f.pc = pc;
              running.frame = f.back;
              f.back = null;
              tstate.depth--;
              return v;
            }
            case O.END_ASYNC_FOR: {
              const exc = stack[--sp] as PyBaseException;
              stack[sp] = undefined;
              if (!(exc instanceof PyBaseException && exc.cls.isSubtypeOf(EXC['StopAsyncIteration']))) {
                reraise = true;
                raised = exc;
                break dispatch;
              }
              stack[--sp] = undefined;
              continue;
            }
            case O.RERAISE: {
              const n = arg;
              const exc = stack[--sp];
              // The original raise is the frame's current instruction (f_lineno) while unwinding.
              if (n > 0) f.pc = (stack[sp - n] as number) + 1;
              reraise = true;
              raised = exc;
              break dispatch;
            }
            case O.RAISE_VARARGS: {
              const n = arg;
              if (n === 0) {
                const h = handledException();
                if (h === null) throw newException(EXC['RuntimeError'], 'No active exception to reraise');
                reraise = true;
                raised = h;
                break dispatch;
              }
              const cause = n === 2 ? (stack[--sp] as PyValue) : undefined;
              const exc = stack[--sp] as PyValue;
              raised = doRaise(exc, cause);
              break dispatch;
            }
            case O.BUILD_SLICE: {
              const step = arg === 3 ? (stack[--sp] as PyValue) : null;
              const hi = stack[--sp] as PyValue;
              const lo = stack[sp - 1] as PyValue;
              stack[sp] = stack[sp + 1] = undefined;
              stack[sp - 1] = newSlice(lo, hi, step);
              continue;
            }
            case O.BUILD_TUPLE: {
              const n = arg;
              const items = stack.slice(sp - n, sp) as PyValue[];
              for (let i = sp - n; i < sp; i++) stack[i] = undefined;
              sp -= n;
              stack[sp++] = newTuple(items);
              continue;
            }
            case O.BUILD_LIST: {
              const n = arg;
              const items = stack.slice(sp - n, sp) as PyValue[];
              for (let i = sp - n; i < sp; i++) stack[i] = undefined;
              sp -= n;
              stack[sp++] = new PyList(items);
              continue;
            }
            case O.LIST_APPEND: {
              const v = stack[--sp] as PyValue;
              stack[sp] = undefined;
              const items = (stack[sp - arg] as PyList).items;
              if (items.length >= MAX_LIST_LENGTH) throw newException(EXC['MemoryError']);
              items.push(v);
              continue;
            }
            case O.UNPACK_SEQUENCE: {
              const n = arg;
              const v = stack[--sp] as PyValue;
              unpackSequence(v, n, stack, sp);
              sp += n;
              continue;
            }
            case O.SEND: {
              const v = stack[--sp] as PyValue;
              const recv = stack[sp - 1] as PyValue;
              const r = delegateSend(recv, v);
              if (delegateDone) {
                stack[sp - 1] = r;
                pc = arg;
              } else stack[sp++] = r;
              continue;
            }
            default:
              f.pc = pc;
              sp = runRareOp(f, w, stack, sp, pc - 1, fb);
              continue;
          }
        }
      } catch (err) {
        raised = err;
      }
    }
    // Leave first (plain stores: safe even right after a JS stack overflow), re-enter
    // below if this frame handles the exception.
    running.frame = f.back;
    tstate.depth--;
    const exc = asPyException(raised);
    raised = undefined;
    const raisedAt = pc - 1;
    if (reraise) {
      reraise = false;
      if (exc.traceback === null) exc.contextFixed = true;
    } else {
      if (exc.traceback === null && !exc.contextFixed) setContext(exc);
      addTraceback(exc, f, raisedAt);
    }
    const h = code.handlerAt(raisedAt);
    if (h === undefined) {
      for (let i = f.base; i < sp; i++) stack[i] = undefined;
      f.sp = f.base;
      f.pc = pc;
      f.done = true;
      if (suspendable) f.back = null;
      throw exc;
    }
    running.frame = f;
    tstate.depth++;
    const depth = f.base + h.depth;
    for (let i = depth; i < sp; i++) stack[i] = undefined;
    sp = depth;
    if (h.lasti) stack[sp++] = raisedAt;
    stack[sp++] = exc;
    pc = h.target;
  }
}

/** Comparisons other than the int/int fast path. */
function compareOp(a: PyValue, b: PyValue, op: number): PyValue {
  switch (op) {
    case 6:
      return contains(b, a);
    case 7:
      return !contains(b, a);
    case 8:
      return isSame(a, b);
    case 9:
      return !isSame(a, b);
    default:
      if (op > 9) throw typeError(`bad comparison ${CMP_OPS[op]}`);
      return richCompare(a, b, op);
  }
}

/** `a is b`: identity; exact floats are boxed per value, so compare them as boxes. */
function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

function isImmutableScalar(a: PyValue): boolean {
  const t = typeof a;
  return (
    t === 'number' ||
    t === 'string' ||
    t === 'bigint' ||
    t === 'boolean' ||
    (a instanceof PyFloat && a.cls === floatType) ||
    (a instanceof PyComplex && a.cls === complexType) ||
    (a instanceof PyTuple && a.cls === tupleType)
  );
}

