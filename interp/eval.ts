// The dispatch loop: runs one frame until it returns, yields or raises. One `switch` over
// the instruction words; the value stack, locals and pc live in JS locals while the frame
// runs and are written back to the Frame when it suspends. Exceptions: every throw inside
// the loop lands in the single catch below, which adds the traceback entry, looks up the
// exception table and either jumps to the handler or lets the exception leave the frame.
import { O } from './opnums.js';
import { CMP_OPS } from '../src/compile/opcodes.js';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE, type CodeObject } from '../src/compile/code.js';
import { PyFloat, PyObject } from '../src/runtime/value.js';
import type { PyValue, HasAttrs } from '../src/runtime/object.js';
import { PyType } from '../src/runtime/type.js';
import { typeOf, floatType } from '../src/runtime/builtin-types.js';
import { PyBaseException, EXC, typeError, newException, recursionError } from '../src/runtime/errors.js';
import { PyDict } from '../src/runtime/dict.js';
import { PyList, listType } from '../src/runtime/list.js';
import { PyTuple, newTuple, tupleType } from '../src/runtime/tuple.js';
import { PyFunction, PyBoundMethod } from '../src/runtime/function.js';
import { PyMethodDescriptor, PyBuiltinFunction } from '../src/runtime/builtin-function.js';
import { call } from '../src/runtime/call.js';
import { getAttr, setAttr, delAttr, lookupMethod } from '../src/runtime/attr.js';
import { BINARY_FUNCTIONS, inplaceOp } from '../src/runtime/ops-binary.js';
import { richCompare } from '../src/runtime/ops-compare.js';
import { neg, pos, invert } from '../src/runtime/ops-unary.js';
import {
  isTrue,
  len,
  getIter,
  iterNext,
  getItem,
  setItem,
  delItem,
  contains,
  enterContext,
  PyIterator,
} from '../src/runtime/ops-protocols.js';
import { PyGenerator, delegateSend } from '../src/runtime/generator.js';
import { sysModules } from '../src/runtime/modules.js';
import { Frame } from './frame.js';
import { tstate, handledException } from './thread-state.js';
import {
  asPyException,
  setContext,
  doRaise,
  excMatch,
  unboundLocal,
  emptyCell,
  loadGlobal,
  loadName,
  storeName,
  deleteName,
  loadClassDeref,
  deleteGlobal,
  constValue,
  makeFunction,
  unpackSequence,
  unpackEx,
  formatValue,
  importFrom,
  importStar,
  nameError,
} from './support.js';
import {
  buildSet,
  setAdd,
  setUpdate,
  buildSlice,
  listExtend,
  dictUpdate,
  dictMerge,
  starArgs,
  starKwargs,
  matchKeys,
} from './containers.js';
import { loadAttr, getAwaitable, getAIter, getANext, matchClass, isMapping, isSequence, printExpr, importName } from './eval-support.js';
import { callFunctionFast, callWithSelf, nativeTakes, callNativeFromStack } from './calls.js';
import { addTraceback } from './traceback.js';
import { feedbackOf, FEEDBACK } from './feedback.js';
import { AttrCache, attrCacheFor, storeCacheFor, IC_INSTANCE, IC_METHOD, IC_NATIVE_METHOD } from './inline-cache.js';

/** NB_* operator numbers for BINARY_POWER..BINARY_OR (and INPLACE_* in the same order). */
const NB_OF = [8, 5, 4, 2, 11, 6, 0, 10, 3, 9, 1, 12, 7];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Per-CodeObject data the interpreter derives once (constants as Python values). */
interface CodeRuntime {
  consts: PyValue[];
  /** Attribute inline caches by instruction index. */
  caches: (AttrCache | undefined)[];
  /** LOAD_GLOBAL caches by instruction index. */
  globalCaches: (GlobalCache | undefined)[];
}

declare module '../src/compile/code.js' {
  interface CodeObject {
    /** Interpreter data derived from the code once (constants as Python values, caches). */
    runtime?: CodeRuntime;
  }
}

function codeRuntime(code: CodeObject): CodeRuntime {
  return (code.runtime ??= {
    consts: code.consts.map((c) => constValue(c)),
    caches: new Array(code.code.length),
    globalCaches: new Array(code.code.length),
  });
}

/** Where a LOAD_GLOBAL name was found: an entry index in globals (inBuiltins false) or in
 * builtins (and absent from globals); valid while both dicts keep their key versions. */
interface GlobalCache {
  globals: PyDict;
  globalsVersion: number;
  builtinsVersion: number;
  index: number;
  inBuiltins: boolean;
}

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

/** Set by a host that wants to interrupt a running program (checked at loop back-edges). */
export const interrupt = { requested: false, exception: null as (() => PyBaseException) | null };

/**
 * Run frame `f` from f.pc until it returns (f.done, the return value), yields (the yielded
 * value) or raises. `throwIn` is raised at the resume point (generator.throw()).
 */
export function runFrame(f: Frame, throwIn: PyBaseException | undefined): PyValue {
  const code = f.code;
  const words = code.code;
  const rt = codeRuntime(code);
  const consts = rt.consts;
  const caches = rt.caches;
  const globalCaches = rt.globalCaches;
  const names = code.names;
  const stack = f.stack;
  const fast = f.fast;
  const cells = f.cells;
  const fb = FEEDBACK.enabled ? feedbackOf(code) : null;
  let sp = f.sp;
  let pc = f.pc;
  let pending: PyBaseException | undefined = throwIn;
  // Enter: recursion limit and the frame chain (restored on every exit below).
  if (++tstate.depth > tstate.recursionLimit) {
    tstate.depth--;
    throw recursionError('maximum recursion depth exceeded');
  }
  f.back = tstate.frame;
  tstate.frame = f;
  // Set just before re-raising without a new traceback entry (RERAISE, bare raise).
  let reraise = false;
  for (;;) {
    try {
      if (pending !== undefined) {
        const e = pending;
        pending = undefined;
        throw e;
      }
      for (;;) {
        const w = words[pc++];
        switch (w & 0xff) {
          case O.NOP:
            continue;
          case O.POP_TOP:
            stack[--sp] = undefined;
            continue;
          case O.ROT_TWO: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = t;
            continue;
          }
          case O.ROT_THREE: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = stack[sp - 3];
            stack[sp - 3] = t;
            continue;
          }
          case O.ROT_FOUR: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = stack[sp - 3];
            stack[sp - 3] = stack[sp - 4];
            stack[sp - 4] = t;
            continue;
          }
          case O.DUP_TOP:
            stack[sp] = stack[sp - 1];
            sp++;
            continue;
          case O.DUP_TOP_TWO:
            stack[sp] = stack[sp - 2];
            stack[sp + 1] = stack[sp - 1];
            sp += 2;
            continue;
          case O.COPY:
            stack[sp] = stack[sp - (w >>> 8)];
            sp++;
            continue;
          case O.SWAP: {
            const i = sp - (w >>> 8);
            const t = stack[sp - 1];
            stack[sp - 1] = stack[i];
            stack[i] = t;
            continue;
          }

          // ---- unary ----
          case O.UNARY_POSITIVE:
            stack[sp - 1] = pos(stack[sp - 1] as PyValue);
            continue;
          case O.UNARY_NEGATIVE:
            stack[sp - 1] = neg(stack[sp - 1] as PyValue);
            continue;
          case O.UNARY_NOT: {
            const v = stack[sp - 1];
            stack[sp - 1] = v === true ? false : v === false ? true : !isTrue(v as PyValue);
            continue;
          }
          case O.UNARY_INVERT:
            stack[sp - 1] = invert(stack[sp - 1] as PyValue);
            continue;

          // ---- binary ----
          case O.BINARY_ADD: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            stack[sp] = undefined;
            if (fb !== null) fb.operands(pc - 1, a, b);
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                stack[sp - 1] = r;
                continue;
              }
            }
            stack[sp - 1] = BINARY_FUNCTIONS[0](a, b);
            continue;
          }
          case O.BINARY_SUBTRACT: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            stack[sp] = undefined;
            if (fb !== null) fb.operands(pc - 1, a, b);
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a - b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                stack[sp - 1] = r;
                continue;
              }
            }
            stack[sp - 1] = BINARY_FUNCTIONS[10](a, b);
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
            stack[sp - 1] = BINARY_FUNCTIONS[NB_OF[(w & 0xff) - O.BINARY_POWER]](a, b);
            continue;
          }
          case O.INPLACE_ADD: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            stack[sp] = undefined;
            if (fb !== null) fb.operands(pc - 1, a, b);
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                stack[sp - 1] = r;
                continue;
              }
            }
            stack[sp - 1] = isImmutableScalar(a) ? BINARY_FUNCTIONS[0](a, b) : inplaceOp(a, b, 0);
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
            const nb = NB_OF[(w & 0xff) - O.INPLACE_POWER];
            stack[sp - 1] = isImmutableScalar(a) ? BINARY_FUNCTIONS[nb](a, b) : inplaceOp(a, b, nb);
            continue;
          }

          // ---- comparisons ----
          case O.COMPARE_OP: {
            const b = stack[--sp] as PyValue;
            const a = stack[sp - 1] as PyValue;
            stack[sp] = undefined;
            const op = w >>> 8;
            if (fb !== null) fb.operands(pc - 1, a, b);
            if (typeof a === 'number' && typeof b === 'number') {
              switch (op) {
                case 0: stack[sp - 1] = a < b; continue;
                case 1: stack[sp - 1] = a <= b; continue;
                case 2: stack[sp - 1] = a === b; continue;
                case 3: stack[sp - 1] = a !== b; continue;
                case 4: stack[sp - 1] = a > b; continue;
                case 5: stack[sp - 1] = a >= b; continue;
              }
            }
            stack[sp - 1] = compareOp(a, b, op);
            continue;
          }
          case O.CHECK_EXC_MATCH:
            stack[sp - 1] = excMatch(stack[sp - 2] as PyValue, stack[sp - 1] as PyValue);
            continue;
          case O.CHECK_EG_MATCH:
          case O.PREP_RERAISE_STAR:
            throw newException(EXC['SystemError'], 'except* is not supported by this interpreter yet');

          // ---- loads, stores, deletes ----
          case O.LOAD_CONST:
            stack[sp++] = consts[w >>> 8];
            continue;
          case O.LOAD_FAST: {
            const v = fast[w >>> 8];
            if (v === undefined) throw unboundLocal(code.varnames[w >>> 8]);
            stack[sp++] = v;
            continue;
          }
          case O.STORE_FAST:
            fast[w >>> 8] = stack[--sp];
            stack[sp] = undefined;
            continue;
          case O.DELETE_FAST:
            if (fast[w >>> 8] === undefined) throw unboundLocal(code.varnames[w >>> 8]);
            fast[w >>> 8] = undefined;
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
            stack[sp++] = loadGlobalCached(f, names[w >>> 8], globalCaches, pc - 1);
            continue;
          }
          case O.STORE_GLOBAL:
            f.globals.setStr(names[w >>> 8], stack[--sp] as PyValue);
            stack[sp] = undefined;
            continue;
          case O.DELETE_GLOBAL:
            deleteGlobal(f.globals, names[w >>> 8]);
            continue;
          case O.LOAD_NAME:
            stack[sp++] = loadName(f, names[w >>> 8]);
            continue;
          case O.STORE_NAME:
            storeName(f, names[w >>> 8], stack[--sp] as PyValue);
            stack[sp] = undefined;
            continue;
          case O.DELETE_NAME:
            deleteName(f, names[w >>> 8]);
            continue;
          case O.LOAD_DEREF: {
            const v = cells[w >>> 8].value;
            if (v === undefined) throw emptyCell(code, w >>> 8);
            stack[sp++] = v;
            continue;
          }
          case O.STORE_DEREF:
            cells[w >>> 8].value = stack[--sp];
            stack[sp] = undefined;
            continue;
          case O.DELETE_DEREF:
            if (cells[w >>> 8].value === undefined) throw emptyCell(code, w >>> 8);
            cells[w >>> 8].value = undefined;
            continue;
          case O.LOAD_CLASSDEREF:
            stack[sp++] = loadClassDeref(f, w >>> 8);
            continue;
          case O.LOAD_CLOSURE:
            stack[sp++] = cells[w >>> 8];
            continue;
          case O.LOAD_ATTR: {
            const obj = stack[sp - 1] as PyValue;
            if (fb !== null) fb.receiver(pc - 1, obj);
            const name = names[w >>> 8];
            const c = caches[pc - 1];
            if (c !== undefined && typeOf(obj) === c.type && c.type.version === c.version) {
              const store = (obj as PyObject & HasAttrs).attrs;
              if (store !== null && store !== undefined) {
                const v = store[name];
                if (c.kind === IC_INSTANCE) {
                  if (v !== undefined) {
                    stack[sp - 1] = v;
                    continue;
                  }
                } else if (v === undefined) {
                  stack[sp - 1] = c.kind === IC_METHOD ? new PyBoundMethod(c.value, obj) : c.value;
                  continue;
                }
              }
            } else if (c === undefined || c.type.version !== c.version) {
              caches[pc - 1] = attrCacheFor(obj, name);
            }
            stack[sp - 1] = loadAttr(obj, name);
            continue;
          }
          case O.STORE_ATTR: {
            const obj = stack[--sp] as PyValue;
            const v = stack[--sp] as PyValue;
            stack[sp] = stack[sp + 1] = undefined;
            if (fb !== null) fb.receiver(pc - 1, obj);
            const name = names[w >>> 8];
            const c = caches[pc - 1];
            if (c !== undefined && typeOf(obj) === c.type && c.type.version === c.version) {
              const store = (obj as PyObject & HasAttrs).attrs;
              if (store !== null) {
                store[name] = v;
                continue;
              }
            } else if (c === undefined || c.type.version !== c.version) {
              caches[pc - 1] = storeCacheFor(obj, name);
            }
            setAttr(obj, name, v);
            continue;
          }
          case O.DELETE_ATTR:
            delAttr(stack[--sp] as PyValue, names[w >>> 8]);
            stack[sp] = undefined;
            continue;
          case O.LOAD_SUBSCR: {
            const key = stack[--sp] as PyValue;
            const obj = stack[sp - 1] as PyValue;
            stack[sp] = undefined;
            if (fb !== null) fb.operands(pc - 1, obj, key);
            if (typeof key === 'number' && obj instanceof PyList && obj.cls === listType) {
              const items = obj.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                stack[sp - 1] = items[i];
                continue;
              }
            }
            stack[sp - 1] = getItem(obj, key);
            continue;
          }
          case O.STORE_SUBSCR: {
            const key = stack[--sp] as PyValue;
            const obj = stack[--sp] as PyValue;
            const v = stack[--sp] as PyValue;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
            if (typeof key === 'number' && obj instanceof PyList && obj.cls === listType) {
              const items = obj.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                continue;
              }
            }
            setItem(obj, key, v);
            continue;
          }
          case O.DELETE_SUBSCR: {
            const key = stack[--sp] as PyValue;
            const obj = stack[--sp] as PyValue;
            stack[sp] = stack[sp + 1] = undefined;
            delItem(obj, key);
            continue;
          }

          // ---- control flow ----
          case O.JUMP:
            pc = w >>> 8;
            continue;
          case O.JUMP_BACKWARD:
            pc = w >>> 8;
            if (fb !== null) fb.backedges++;
            if (interrupt.requested) throw takeInterrupt();
            continue;
          case O.POP_JUMP_IF_FALSE: {
            const v = stack[--sp];
            stack[sp] = undefined;
            if (v === false || (v !== true && !isTrue(v as PyValue))) pc = w >>> 8;
            continue;
          }
          case O.POP_JUMP_IF_TRUE: {
            const v = stack[--sp];
            stack[sp] = undefined;
            if (v === true || (v !== false && isTrue(v as PyValue))) pc = w >>> 8;
            continue;
          }
          case O.POP_JUMP_IF_NONE:
            if (stack[--sp] === null) pc = w >>> 8;
            stack[sp] = undefined;
            continue;
          case O.POP_JUMP_IF_NOT_NONE:
            if (stack[--sp] !== null) pc = w >>> 8;
            stack[sp] = undefined;
            continue;
          case O.JUMP_IF_FALSE_OR_POP: {
            const v = stack[sp - 1];
            if (v === false || (v !== true && !isTrue(v as PyValue))) pc = w >>> 8;
            else stack[--sp] = undefined;
            continue;
          }
          case O.JUMP_IF_TRUE_OR_POP: {
            const v = stack[sp - 1];
            if (v === true || (v !== false && isTrue(v as PyValue))) pc = w >>> 8;
            else stack[--sp] = undefined;
            continue;
          }
          case O.GET_ITER:
            stack[sp - 1] = getIter(stack[sp - 1] as PyValue);
            continue;
          case O.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1] as PyValue;
            if (v instanceof PyGenerator) {
              if (v.kind === 'coroutine' && (code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
              }
              continue;
            }
            stack[sp - 1] = getIter(v);
            continue;
          }
          case O.FOR_ITER: {
            const it = stack[sp - 1] as PyValue;
            const v = it instanceof PyIterator ? it.next() : iterNext(it);
            if (v === undefined) {
              stack[--sp] = undefined;
              pc = w >>> 8;
            } else stack[sp++] = v;
            continue;
          }
          case O.SEND: {
            const v = stack[--sp] as PyValue;
            const recv = stack[sp - 1] as PyValue;
            const [done, r] = delegateSend(recv, v);
            if (done) {
              stack[sp - 1] = r;
              pc = w >>> 8;
            } else stack[sp++] = r;
            continue;
          }

          // ---- calls ----
          case O.CALL_FUNCTION: {
            const n = w >>> 8;
            const base = sp - n - 1;
            const fn = stack[base] as PyValue;
            if (fb !== null) fb.callTarget(pc - 1, fn);
            let r: PyValue;
            if (fn instanceof PyFunction) r = callFunctionFast(fn, undefined, stack, base + 1, n);
            else if (fn instanceof PyBuiltinFunction && fn.constructor === PyBuiltinFunction && nativeTakes(fn.sig, n)) r = callNativeFromStack(fn.fn, fn.self, stack, base + 1, n);
            else r = call(fn, stack.slice(base + 1, sp) as PyValue[], null);
            for (let i = base + 1; i < sp; i++) stack[i] = undefined;
            stack[base] = r;
            sp = base + 1;
            continue;
          }
          case O.CALL_FUNCTION_KW: {
            const n = w >>> 8;
            const kwnames = (stack[--sp] as PyTuple).items as string[];
            const base = sp - n - 1;
            const fn = stack[base] as PyValue;
            if (fb !== null) fb.callTarget(pc - 1, fn);
            const r = call(fn, stack.slice(base + 1, sp) as PyValue[], kwnames);
            for (let i = base + 1; i <= sp; i++) stack[i] = undefined;
            stack[base] = r;
            sp = base + 1;
            continue;
          }
          case O.CALL_FUNCTION_EX: {
            const kwargs = w >>> 8 & 1 ? (stack[--sp] as PyValue) : null;
            const args = stack[--sp] as PyValue;
            const fn = stack[sp - 1] as PyValue;
            stack[sp] = stack[sp + 1] = undefined;
            const pos = args instanceof PyTuple ? (args.items as PyValue[]) : starArgs(fn, args);
            if (kwargs === null || (kwargs instanceof PyDict && kwargs.size === 0)) {
              stack[sp - 1] = call(fn, pos, null);
            } else {
              const [kn, kv] = starKwargs(fn, kwargs);
              stack[sp - 1] = call(fn, [...pos, ...kv], kn.length > 0 ? kn : null);
            }
            continue;
          }
          case O.LOAD_METHOD: {
            const obj = stack[sp - 1] as PyValue;
            if (fb !== null) fb.receiver(pc - 1, obj);
            const name = names[w >>> 8];
            const c = caches[pc - 1];
            if (c !== undefined && typeOf(obj) === c.type && c.type.version === c.version) {
              if (c.kind === IC_NATIVE_METHOD) {
                stack[sp - 1] = c.value;
                stack[sp++] = obj;
                continue;
              }
              const store = (obj as PyObject & HasAttrs).attrs;
              if (c.kind === IC_METHOD && (store === undefined || (store !== null && store[name] === undefined))) {
                stack[sp - 1] = c.value;
                stack[sp++] = obj;
                continue;
              }
            } else if (c === undefined || c.type.version !== c.version) {
              caches[pc - 1] = attrCacheFor(obj, name);
            }
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
            const n = w >>> 8;
            const base = sp - n - 2;
            const meth = stack[base];
            let r: PyValue;
            if (meth === undefined) {
              const fn = stack[base + 1] as PyValue;
              if (fb !== null) fb.callTarget(pc - 1, fn);
              if (fn instanceof PyFunction) r = callFunctionFast(fn, undefined, stack, base + 2, n);
              else if (fn instanceof PyBuiltinFunction && fn.constructor === PyBuiltinFunction && nativeTakes(fn.sig, n)) r = callNativeFromStack(fn.fn, fn.self, stack, base + 2, n);
              else r = call(fn, stack.slice(base + 2, sp) as PyValue[], null);
            } else {
              if (fb !== null) fb.callTarget(pc - 1, meth);
              const self = stack[base + 1] as PyValue;
              if (meth instanceof PyFunction) r = callFunctionFast(meth, self, stack, base + 2, n);
              else if (meth instanceof PyMethodDescriptor) {
                r = nativeTakes(meth.sig, n)
                  ? callNativeFromStack(meth.fn, self, stack, base + 2, n)
                  : meth.callWithSelf(self, stack.slice(base + 2, sp) as PyValue[], null);
              }
              else r = callWithSelf(meth, self, stack.slice(base + 2, sp) as PyValue[], null);
            }
            for (let i = base + 1; i < sp; i++) stack[i] = undefined;
            stack[base] = r;
            sp = base + 1;
            continue;
          }
          case O.CALL_METHOD_KW: {
            const n = w >>> 8;
            const kwnames = (stack[--sp] as PyTuple).items as string[];
            const base = sp - n - 2;
            const meth = stack[base];
            const args = stack.slice(base + 2, sp) as PyValue[];
            const r =
              meth === undefined
                ? call(stack[base + 1] as PyValue, args, kwnames)
                : callWithSelf(meth as PyValue, stack[base + 1] as PyValue, args, kwnames);
            for (let i = base + 1; i <= sp; i++) stack[i] = undefined;
            stack[base] = r;
            sp = base + 1;
            continue;
          }
          case O.MAKE_FUNCTION: {
            const flags = w >>> 8;
            const nargs = 1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
            const fn = makeFunction(f, flags, stack, sp);
            for (let i = sp - nargs; i < sp; i++) stack[i] = undefined;
            sp -= nargs;
            stack[sp++] = fn;
            continue;
          }
          case O.RETURN_VALUE: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            f.sp = sp;
            f.pc = pc;
            f.done = true;
            tstate.frame = f.back;
            f.back = null;
            tstate.depth--;
            return v;
          }
          case O.YIELD_VALUE: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            f.sp = sp;
            f.pc = pc;
            tstate.frame = f.back;
            f.back = null;
            tstate.depth--;
            return v;
          }
          case O.GET_AWAITABLE:
            stack[sp - 1] = getAwaitable(stack[sp - 1] as PyValue, w >>> 8);
            continue;
          case O.GET_AITER:
            stack[sp - 1] = getAIter(stack[sp - 1] as PyValue);
            continue;
          case O.GET_ANEXT:
            stack[sp] = getANext(stack[sp - 1] as PyValue);
            sp++;
            continue;
          case O.END_ASYNC_FOR: {
            const exc = stack[--sp] as PyBaseException;
            stack[sp] = undefined;
            if (!(exc instanceof PyBaseException && exc.cls.isSubtypeOf(EXC['StopAsyncIteration']))) {
              reraise = true;
              throw exc;
            }
            stack[--sp] = undefined;
            continue;
          }
          case O.BEFORE_WITH: {
            const [exit, entered] = enterContext(stack[sp - 1] as PyValue);
            stack[sp - 1] = exit;
            stack[sp++] = entered;
            continue;
          }
          case O.BEFORE_ASYNC_WITH: {
            const [exit, entered] = enterAsyncContext(stack[sp - 1] as PyValue);
            stack[sp - 1] = exit;
            stack[sp++] = entered;
            continue;
          }
          case O.WITH_EXCEPT_START: {
            const exc = stack[sp - 1] as PyBaseException;
            const exit = stack[sp - 4] as PyValue;
            stack[sp++] = call(exit, [typeOf(exc), exc, exc.traceback]);
            continue;
          }

          // ---- exceptions ----
          case O.PUSH_EXC_INFO: {
            const exc = stack[sp - 1];
            stack[sp - 1] = tstate.excInfo.value;
            stack[sp++] = exc;
            tstate.excInfo.value = exc as PyValue;
            continue;
          }
          case O.POP_EXCEPT:
            tstate.excInfo.value = stack[--sp] as PyValue;
            stack[sp] = undefined;
            continue;
          case O.RERAISE: {
            const n = w >>> 8;
            const exc = stack[--sp];
            if (n > 0) f.lasti = stack[sp - n] as number;
            reraise = true;
            throw exc;
          }
          case O.RAISE_VARARGS: {
            const n = w >>> 8;
            if (n === 0) {
              const h = handledException();
              if (h === null) throw newException(EXC['RuntimeError'], 'No active exception to reraise');
              reraise = true;
              throw h;
            }
            const cause = n === 2 ? (stack[--sp] as PyValue) : undefined;
            const exc = stack[--sp] as PyValue;
            throw doRaise(exc, cause);
          }
          case O.LOAD_ASSERTION_ERROR:
            stack[sp++] = EXC['AssertionError'];
            continue;

          // ---- building ----
          case O.BUILD_TUPLE: {
            const n = w >>> 8;
            const items = stack.slice(sp - n, sp) as PyValue[];
            for (let i = sp - n; i < sp; i++) stack[i] = undefined;
            sp -= n;
            stack[sp++] = newTuple(items);
            continue;
          }
          case O.BUILD_LIST: {
            const n = w >>> 8;
            const items = stack.slice(sp - n, sp) as PyValue[];
            for (let i = sp - n; i < sp; i++) stack[i] = undefined;
            sp -= n;
            stack[sp++] = new PyList(items);
            continue;
          }
          case O.BUILD_SET: {
            const n = w >>> 8;
            const items = stack.slice(sp - n, sp) as PyValue[];
            for (let i = sp - n; i < sp; i++) stack[i] = undefined;
            sp -= n;
            stack[sp++] = buildSet(items);
            continue;
          }
          case O.BUILD_MAP: {
            const n = w >>> 8;
            const d = new PyDict();
            for (let i = sp - 2 * n; i < sp; i += 2) d.set(stack[i] as PyValue, stack[i + 1] as PyValue);
            for (let i = sp - 2 * n; i < sp; i++) stack[i] = undefined;
            sp -= 2 * n;
            stack[sp++] = d;
            continue;
          }
          case O.BUILD_CONST_KEY_MAP: {
            const n = w >>> 8;
            const keys = (stack[--sp] as PyTuple).items;
            const d = new PyDict();
            for (let i = 0; i < n; i++) d.set(keys[i], stack[sp - n + i] as PyValue);
            for (let i = sp - n; i <= sp; i++) stack[i] = undefined;
            sp -= n;
            stack[sp++] = d;
            continue;
          }
          case O.BUILD_STRING: {
            const n = w >>> 8;
            let s = '';
            for (let i = sp - n; i < sp; i++) {
              s += stack[i] as string;
              stack[i] = undefined;
            }
            sp -= n;
            stack[sp++] = s;
            continue;
          }
          case O.BUILD_SLICE: {
            const step = w >>> 8 === 3 ? (stack[--sp] as PyValue) : null;
            const hi = stack[--sp] as PyValue;
            const lo = stack[sp - 1] as PyValue;
            stack[sp] = stack[sp + 1] = undefined;
            stack[sp - 1] = buildSlice(lo, hi, step);
            continue;
          }
          case O.LIST_APPEND: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            (stack[sp - (w >>> 8)] as PyList).items.push(v);
            continue;
          }
          case O.SET_ADD: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            setAdd(stack[sp - (w >>> 8)] as PyValue, v);
            continue;
          }
          case O.MAP_ADD: {
            const v = stack[--sp] as PyValue;
            const k = stack[--sp] as PyValue;
            stack[sp] = stack[sp + 1] = undefined;
            (stack[sp - (w >>> 8)] as PyDict).set(k, v);
            continue;
          }
          case O.LIST_EXTEND: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            listExtend(stack[sp - (w >>> 8)] as PyValue, v);
            continue;
          }
          case O.SET_UPDATE: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            setUpdate(stack[sp - (w >>> 8)] as PyValue, v);
            continue;
          }
          case O.DICT_UPDATE: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            dictUpdate(stack[sp - (w >>> 8)] as PyValue, v);
            continue;
          }
          case O.DICT_MERGE: {
            const v = stack[--sp] as PyValue;
            stack[sp] = undefined;
            const i = w >>> 8;
            dictMerge(stack[sp - i] as PyValue, v, stack[sp - i - 2] as PyValue);
            continue;
          }
          case O.LIST_TO_TUPLE:
            stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
            continue;
          case O.UNPACK_SEQUENCE: {
            const n = w >>> 8;
            const v = stack[--sp] as PyValue;
            unpackSequence(v, n, stack, sp);
            sp += n;
            continue;
          }
          case O.UNPACK_EX: {
            const v = stack[--sp] as PyValue;
            sp = unpackEx(v, (w >>> 8) & 0xff, w >>> 16, stack, sp);
            continue;
          }
          case O.FORMAT_VALUE: {
            const flags = w >>> 8;
            const spec = flags & 4 ? (stack[--sp] as string) : '';
            stack[sp] = undefined;
            stack[sp - 1] = formatValue(stack[sp - 1] as PyValue, flags & 3, spec);
            continue;
          }

          // ---- classes, modules, misc ----
          case O.LOAD_BUILD_CLASS: {
            const bc = f.builtins.getStr('__build_class__');
            if (bc === undefined) throw newException(EXC['NameError'], '__build_class__ not found');
            stack[sp++] = bc;
            continue;
          }
          case O.SETUP_ANNOTATIONS:
            setupAnnotations(f);
            continue;
          case O.IMPORT_NAME: {
            const fromlist = stack[--sp] as PyValue;
            const level = stack[sp - 1] as PyValue;
            stack[sp] = undefined;
            stack[sp - 1] = importName(f, names[w >>> 8], fromlist, level);
            continue;
          }
          case O.IMPORT_FROM:
            stack[sp] = importFrom(stack[sp - 1] as PyValue, names[w >>> 8], sysModules);
            sp++;
            continue;
          case O.IMPORT_STAR:
            importStar(f, stack[--sp] as PyValue);
            stack[sp] = undefined;
            continue;
          case O.PRINT_EXPR:
            printExpr(stack[--sp] as PyValue);
            stack[sp] = undefined;
            continue;

          // ---- pattern matching ----
          case O.GET_LEN:
            stack[sp] = len(stack[sp - 1] as PyValue);
            sp++;
            continue;
          case O.MATCH_MAPPING:
            stack[sp] = isMapping(stack[sp - 1] as PyValue);
            sp++;
            continue;
          case O.MATCH_SEQUENCE:
            stack[sp] = isSequence(stack[sp - 1] as PyValue);
            sp++;
            continue;
          case O.MATCH_KEYS: {
            const vals = matchKeys(stack[sp - 2] as PyValue, stack[sp - 1] as PyTuple);
            stack[sp++] = vals === null ? null : newTuple(vals);
            continue;
          }
          case O.MATCH_CLASS: {
            const kwnames = stack[--sp] as PyTuple;
            const cls = stack[--sp] as PyValue;
            stack[sp] = stack[sp + 1] = undefined;
            const attrs = matchClass(stack[sp - 1] as PyValue, cls, w >>> 8, kwnames);
            stack[sp - 1] = attrs === null ? null : newTuple(attrs);
            continue;
          }
          default:
            throw newException(EXC['SystemError'], `unknown opcode ${w & 0xff}`);
        }
      }
    } catch (err) {
      // Leave first (plain stores: safe even right after a JS stack overflow), re-enter
      // below if this frame handles the exception.
      tstate.frame = f.back;
      tstate.depth--;
      const exc = asPyException(err);
      const raisedAt = pc - 1;
      if (reraise) reraise = false;
      else {
        if (exc.traceback === null) setContext(exc);
        addTraceback(exc, f, raisedAt);
      }
      const h = code.handlerAt(raisedAt);
      if (h === undefined) {
        for (let i = 0; i < sp; i++) stack[i] = undefined;
        f.sp = 0;
        f.pc = pc;
        f.done = true;
        f.back = null;
        throw exc;
      }
      tstate.frame = f;
      tstate.depth++;
      for (let i = h.depth; i < sp; i++) stack[i] = undefined;
      sp = h.depth;
      if (h.lasti) stack[sp++] = raisedAt;
      stack[sp++] = exc;
      pc = h.target;
    }
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
  return t === 'number' || t === 'string' || t === 'bigint' || t === 'boolean' || (a instanceof PyFloat && a.cls === floatType) || (a instanceof PyTuple && a.cls === tupleType);
}

function setupAnnotations(f: Frame): void {
  const locals = f.locals;
  if (locals instanceof PyDict) {
    if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict());
    return;
  }
  if (locals === null) return;
  try {
    getItem(locals, '__annotations__');
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(EXC['KeyError'])) setItem(locals, '__annotations__', new PyDict());
    else throw e;
  }
}

function enterAsyncContext(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__aenter__');
  const exit = t.lookup('__aexit__');
  if (enter === undefined) {
    throw typeError(`'${t.qualname}' object does not support the asynchronous context manager protocol`);
  }
  if (exit === undefined) {
    throw typeError(`'${t.qualname}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  const boundExit = getAttr(mgr, '__aexit__');
  return [boundExit, call(getAttr(mgr, '__aenter__'), [])];
}

function takeInterrupt(): PyBaseException {
  interrupt.requested = false;
  return interrupt.exception?.() ?? newException(EXC['KeyboardInterrupt']);
}

