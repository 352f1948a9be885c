// The less frequent instructions, kept out of runFrame so the hot dispatch loop stays small
// (V8 optimizes a big function late and slowly: runFrame's size is its warm-up time). None
// of them jumps; each returns the new stack pointer. Exceptions propagate to runFrame's
// unwinder as from any instruction.

import { O } from './opnums.js';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../src/compile/code.js';
import type { PyValue } from '../src/runtime/object.js';
import { typeOf } from '../src/runtime/builtin-types.js';
import { PyBaseException, EXC, typeError, newException } from '../src/runtime/errors.js';
import { PyDict } from '../src/runtime/dict.js';
import { PyList } from '../src/runtime/list.js';
import { PyTuple, newTuple, tupleType } from '../src/runtime/tuple.js';
import { call } from '../src/runtime/call.js';
import { delAttr, getAttr } from '../src/runtime/attr.js';
import { pos, neg, invert } from '../src/runtime/ops-unary.js';
import { len, getIter, getItem, setItem, delItem, enterContext } from '../src/runtime/ops-protocols.js';
import { PyGenerator } from '../src/runtime/generator.js';
import { exceptStarMatch, prepReraiseStar } from '../src/runtime/exception-group.js';
import { sysModules } from '../src/runtime/modules.js';
import type { Frame } from './frame.js';
import { tstate } from './thread-state.js';
import {
  excMatch,
  unboundLocal,
  emptyCell,
  deleteName,
  loadClassDeref,
  deleteGlobal,
  makeFunction,
  unpackEx,
  formatValue,
  importFrom,
  importStar,
} from './support.js';
import { listExtend, starArgs, starKwargs, matchKeys, funcDescription } from './containers.js';
import { newSet, setAdd, setUpdate, type PySet } from '../src/runtime/set.js';
import { dictUpdate, dictMerge } from '../src/runtime/dict-methods.js';
import {
  getAwaitable,
  getAIter,
  getANext,
  matchClass,
  isMapping,
  isSequence,
  printExpr,
  importName,
} from './eval-support.js';
import { callWithSelf } from './calls.js';
import type { Feedback } from './feedback.js';

export function runRareOp(
  f: Frame,
  w: number,
  stack: (PyValue | undefined)[],
  sp: number,
  at: number,
  fb: Feedback | null,
): number {
  const code = f.code;
  const names = code.names;
  const fast = f.fast;
  const cells = f.cells;
  switch (w & 0xff) {
      case O.ROT_TWO: {
        const t = stack[sp - 1];
        stack[sp - 1] = stack[sp - 2];
        stack[sp - 2] = t;
        return sp;
      }
      case O.ROT_THREE: {
        const t = stack[sp - 1];
        stack[sp - 1] = stack[sp - 2];
        stack[sp - 2] = stack[sp - 3];
        stack[sp - 3] = t;
        return sp;
      }
      case O.DUP_TOP:
        stack[sp] = stack[sp - 1];
        return sp + 1;
      case O.UNARY_POSITIVE:
        stack[sp - 1] = pos(stack[sp - 1] as PyValue);
        return sp;
      case O.UNARY_NEGATIVE:
        stack[sp - 1] = neg(stack[sp - 1] as PyValue);
        return sp;
      case O.UNARY_INVERT:
        stack[sp - 1] = invert(stack[sp - 1] as PyValue);
        return sp;
      case O.CHECK_EG_MATCH: {
        const [match, rest] = exceptStarMatch(stack[sp - 2] as PyValue, stack[sp - 1] as PyValue);
        if (match === null) {
          stack[sp - 1] = null;
          return sp;
        }
        stack[sp - 2] = rest;
        stack[sp - 1] = match;
        tstate.excInfo.value = match;
        return sp;
      }
      case O.PREP_RERAISE_STAR: {
        const excs = stack[--sp] as PyList;
        stack[sp] = undefined;
        stack[sp - 1] = prepReraiseStar(stack[sp - 1] as PyValue, excs.items);
        return sp;
      }
      case O.ROT_FOUR: {
        const t = stack[sp - 1];
        stack[sp - 1] = stack[sp - 2];
        stack[sp - 2] = stack[sp - 3];
        stack[sp - 3] = stack[sp - 4];
        stack[sp - 4] = t;
        return sp;
      }
      case O.DUP_TOP_TWO:
        stack[sp] = stack[sp - 2];
        stack[sp + 1] = stack[sp - 1];
        sp += 2;
        return sp;
      case O.CHECK_EXC_MATCH:
        stack[sp - 1] = excMatch(stack[sp - 2] as PyValue, stack[sp - 1] as PyValue);
        return sp;
      case O.DELETE_FAST:
        if (fast[w >>> 8] === undefined) throw unboundLocal(code.varnames[w >>> 8]);
        fast[w >>> 8] = undefined;
        return sp;
      case O.DELETE_GLOBAL:
        deleteGlobal(f.globals, names[w >>> 8]);
        return sp;
      case O.DELETE_NAME:
        deleteName(f, names[w >>> 8]);
        return sp;
      case O.DELETE_DEREF:
        if (cells[w >>> 8].value === undefined) throw emptyCell(code, w >>> 8);
        cells[w >>> 8].value = undefined;
        return sp;
      case O.LOAD_CLASSDEREF:
        stack[sp++] = loadClassDeref(f, w >>> 8);
        return sp;
      case O.LOAD_CLOSURE:
        stack[sp++] = cells[w >>> 8];
        return sp;
      case O.DELETE_ATTR:
        delAttr(stack[--sp] as PyValue, names[w >>> 8]);
        stack[sp] = undefined;
        return sp;
      case O.DELETE_SUBSCR: {
        const key = stack[--sp] as PyValue;
        const obj = stack[--sp] as PyValue;
        stack[sp] = stack[sp + 1] = undefined;
        delItem(obj, key);
        return sp;
      }

      // ---- control flow ----
      case O.GET_YIELD_FROM_ITER: {
        const v = stack[sp - 1] as PyValue;
        if (v instanceof PyGenerator) {
          if (v.kind === 'coroutine' && (code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
            throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
          }
          return sp;
        }
        stack[sp - 1] = getIter(v);
        return sp;
      }

      // ---- calls ----
      case O.CALL_FUNCTION_KW: {
        const n = w >>> 8;
        const kwnames = (stack[--sp] as PyTuple).items as string[];
        const base = sp - n - 1;
        const fn = stack[base] as PyValue;
        if (fb !== null) fb.callTarget(at, fn);
        const r = call(fn, stack.slice(base + 1, sp) as PyValue[], kwnames);
        for (let i = base + 1; i <= sp; i++) stack[i] = undefined;
        stack[base] = r;
        sp = base + 1;
        return sp;
      }
      case O.CALL_FUNCTION_EX: {
        const kwargs = w >>> 8 & 1 ? (stack[--sp] as PyValue) : null;
        const args = stack[--sp] as PyValue;
        const fn = stack[sp - 1] as PyValue;
        stack[sp] = stack[sp + 1] = undefined;
        const pos = args instanceof PyTuple && args.cls === tupleType ? (args.items as PyValue[]) : starArgs(fn, args);
        if (kwargs === null || (kwargs instanceof PyDict && kwargs.size === 0)) {
          stack[sp - 1] = call(fn, pos, null);
        } else {
          const [kn, kv] = starKwargs(fn, kwargs);
          stack[sp - 1] = call(fn, [...pos, ...kv], kn.length > 0 ? kn : null);
        }
        return sp;
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
        return sp;
      }
      case O.MAKE_FUNCTION: {
        const flags = w >>> 8;
        const nargs = 1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
        const fn = makeFunction(f, flags, stack, sp);
        for (let i = sp - nargs; i < sp; i++) stack[i] = undefined;
        sp -= nargs;
        stack[sp++] = fn;
        return sp;
      }
      case O.GET_AWAITABLE:
        stack[sp - 1] = getAwaitable(stack[sp - 1] as PyValue, w >>> 8);
        return sp;
      case O.GET_AITER:
        stack[sp - 1] = getAIter(stack[sp - 1] as PyValue);
        return sp;
      case O.GET_ANEXT:
        stack[sp] = getANext(stack[sp - 1] as PyValue);
        sp++;
        return sp;
      case O.BEFORE_WITH: {
        const [exit, entered] = enterContext(stack[sp - 1] as PyValue);
        stack[sp - 1] = exit;
        stack[sp++] = entered;
        return sp;
      }
      case O.BEFORE_ASYNC_WITH: {
        const [exit, entered] = enterAsyncContext(stack[sp - 1] as PyValue);
        stack[sp - 1] = exit;
        stack[sp++] = entered;
        return sp;
      }
      case O.WITH_EXCEPT_START: {
        const exc = stack[sp - 1] as PyBaseException;
        const exit = stack[sp - 4] as PyValue;
        stack[sp++] = call(exit, [typeOf(exc), exc, exc.traceback]);
        return sp;
      }

      // ---- exceptions ----
      case O.PUSH_EXC_INFO: {
        const exc = stack[sp - 1];
        stack[sp - 1] = tstate.excInfo.value;
        stack[sp++] = exc;
        tstate.excInfo.value = exc as PyValue;
        return sp;
      }
      case O.POP_EXCEPT:
        tstate.excInfo.value = stack[--sp] as PyValue;
        stack[sp] = undefined;
        return sp;
      case O.LOAD_ASSERTION_ERROR:
        stack[sp++] = EXC['AssertionError'];
        return sp;

      // ---- building ----
      case O.BUILD_SET: {
        const n = w >>> 8;
        const items = stack.slice(sp - n, sp) as PyValue[];
        for (let i = sp - n; i < sp; i++) stack[i] = undefined;
        sp -= n;
        stack[sp++] = newSet(items);
        return sp;
      }
      case O.BUILD_MAP: {
        const n = w >>> 8;
        const d = new PyDict();
        for (let i = sp - 2 * n; i < sp; i += 2) d.set(stack[i] as PyValue, stack[i + 1] as PyValue);
        for (let i = sp - 2 * n; i < sp; i++) stack[i] = undefined;
        sp -= 2 * n;
        stack[sp++] = d;
        return sp;
      }
      case O.BUILD_CONST_KEY_MAP: {
        const n = w >>> 8;
        const keys = (stack[--sp] as PyTuple).items;
        const d = new PyDict();
        for (let i = 0; i < n; i++) d.set(keys[i], stack[sp - n + i] as PyValue);
        for (let i = sp - n; i <= sp; i++) stack[i] = undefined;
        sp -= n;
        stack[sp++] = d;
        return sp;
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
        return sp;
      }
      case O.SET_ADD: {
        const v = stack[--sp] as PyValue;
        stack[sp] = undefined;
        setAdd(stack[sp - (w >>> 8)] as PySet, v);
        return sp;
      }
      case O.MAP_ADD: {
        const v = stack[--sp] as PyValue;
        const k = stack[--sp] as PyValue;
        stack[sp] = stack[sp + 1] = undefined;
        (stack[sp - (w >>> 8)] as PyDict).set(k, v);
        return sp;
      }
      case O.LIST_EXTEND: {
        const v = stack[--sp] as PyValue;
        stack[sp] = undefined;
        listExtend(stack[sp - (w >>> 8)] as PyValue, v);
        return sp;
      }
      case O.SET_UPDATE: {
        const v = stack[--sp] as PyValue;
        stack[sp] = undefined;
        setUpdate(stack[sp - (w >>> 8)] as PySet, v);
        return sp;
      }
      case O.DICT_UPDATE: {
        const v = stack[--sp] as PyValue;
        stack[sp] = undefined;
        dictUpdate(stack[sp - (w >>> 8)] as PyDict, v);
        return sp;
      }
      case O.DICT_MERGE: {
        const v = stack[--sp] as PyValue;
        stack[sp] = undefined;
        const i = w >>> 8;
        dictMerge(stack[sp - i] as PyDict, v, funcDescription(stack[sp - i - 2] as PyValue));
        return sp;
      }
      case O.LIST_TO_TUPLE:
        stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
        return sp;
      case O.UNPACK_EX: {
        const v = stack[--sp] as PyValue;
        sp = unpackEx(v, (w >>> 8) & 0xff, w >>> 16, stack, sp);
        return sp;
      }
      case O.FORMAT_VALUE: {
        const flags = w >>> 8;
        const spec = flags & 4 ? (stack[--sp] as string) : '';
        stack[sp] = undefined;
        stack[sp - 1] = formatValue(stack[sp - 1] as PyValue, flags & 3, spec);
        return sp;
      }

      // ---- classes, modules, misc ----
      case O.LOAD_BUILD_CLASS: {
        const bc = f.builtins.getStr('__build_class__');
        if (bc === undefined) throw newException(EXC['NameError'], '__build_class__ not found');
        stack[sp++] = bc;
        return sp;
      }
      case O.SETUP_ANNOTATIONS:
        setupAnnotations(f);
        return sp;
      case O.IMPORT_NAME: {
        const fromlist = stack[--sp] as PyValue;
        const level = stack[sp - 1] as PyValue;
        stack[sp] = undefined;
        stack[sp - 1] = importName(f, names[w >>> 8], fromlist, level);
        return sp;
      }
      case O.IMPORT_FROM:
        stack[sp] = importFrom(stack[sp - 1] as PyValue, names[w >>> 8], sysModules);
        sp++;
        return sp;
      case O.IMPORT_STAR:
        importStar(f, stack[--sp] as PyValue);
        stack[sp] = undefined;
        return sp;
      case O.PRINT_EXPR:
        printExpr(stack[--sp] as PyValue);
        stack[sp] = undefined;
        return sp;

      // ---- pattern matching ----
      case O.GET_LEN:
        stack[sp] = len(stack[sp - 1] as PyValue);
        sp++;
        return sp;
      case O.MATCH_MAPPING:
        stack[sp] = isMapping(stack[sp - 1] as PyValue);
        sp++;
        return sp;
      case O.MATCH_SEQUENCE:
        stack[sp] = isSequence(stack[sp - 1] as PyValue);
        sp++;
        return sp;
      case O.MATCH_KEYS: {
        const vals = matchKeys(stack[sp - 2] as PyValue, stack[sp - 1] as PyTuple);
        stack[sp++] = vals === null ? null : newTuple(vals);
        return sp;
      }
      case O.MATCH_CLASS: {
        const kwnames = stack[--sp] as PyTuple;
        const cls = stack[--sp] as PyValue;
        stack[sp] = stack[sp + 1] = undefined;
        const attrs = matchClass(stack[sp - 1] as PyValue, cls, w >>> 8, kwnames);
        stack[sp - 1] = attrs === null ? null : newTuple(attrs);
        return sp;
      }
      default:
        throw newException(EXC['SystemError'], `unknown opcode ${w & 0xff}`);
  }
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
    throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
  }
  if (exit === undefined) {
    throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  const boundExit = getAttr(mgr, '__aexit__');
  return [boundExit, call(getAttr(mgr, '__aenter__'), [])];
}
