// Generators and coroutines: suspendable interpreter frames behind the iterator protocol.
// The frame is run by the interpreter (installed through `generatorHooks`); this file owns
// the protocol around it: send/throw/close, `yield from`/`await` delegation for throw and
// close, PEP 479 (StopIteration escaping a generator becomes RuntimeError), GeneratorExit,
// and the per-generator handled-exception state (CPython's gi_exc_state).
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, newBuiltinType, noBlankInstances } from './builtin-types.js';
import { PyBaseException, EXC, newException, typeError, valueError, runtimeError, stopIteration } from './errors.js';
import { defMethod, defGetSet } from './builtin-function.js';
import { PyIterator } from './ops-protocols.js';
import { defIteratorProtocol } from './iterator-type.js';
import { call, callMethod } from './call.js';
import { getAttrOrUndefined } from './attr.js';
import { idOf } from './id.js';
import { CO_ITERABLE_COROUTINE } from '../compile/code.js';

/** What the generator needs from an interpreter frame (interp/frame.ts). */
export interface SuspendableFrame {
  pc: number;
  sp: number;
  done: boolean;
  readonly stack: (PyValue | undefined)[];
  readonly code: { readonly name: string; readonly qualname: string; readonly code: Uint32Array; readonly flags: number };
  readonly lineno: number;
}

/** One level of the handled-exception stack (interp/thread-state.ts). */
export interface ExcState {
  value: PyValue;
  prev: ExcState | null;
}

export const generatorHooks = {
  /** Run the frame until it yields (returns the value, frame.done false) or returns
   * (returns the return value, frame.done true); `exc` is raised at the resume point. The
   * hook also installs `gen.excState` as the current handled-exception state. */
  run: (_gen: PyGenerator, _exc: PyBaseException | undefined): PyValue => {
    throw new Error('no interpreter installed to run a generator');
  },
  /** The opcode numbers the delegation logic needs (from the opcode table). */
  YIELD_VALUE: -1,
  SEND: -1,
};

export type GenKind = 'generator' | 'coroutine' | 'async_generator';

export class PyGenerator extends PyIterator {
  override cls: PyType;
  running = false;
  started = false;
  /** The value of the last `return` (valid once the frame is done). */
  returnValue: PyValue = null;
  readonly excState: ExcState = { value: null, prev: null };
  /** Async generators (async-generator.ts): an asend/athrow is in progress across awaits
   * (CPython's ag_running_async), and the generator was closed (ag_closed). */
  runningAsync = false;
  closedAsync = false;
  name: string;
  qualname: string;
  constructor(
    readonly frame: SuspendableFrame,
    readonly kind: GenKind,
  ) {
    super();
    this.cls = kind === 'generator' ? generatorType : kind === 'coroutine' ? coroutineType : asyncGeneratorType;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }

  /** FOR_ITER / next(): the next value, undefined when the generator returns. */
  override next(): PyValue | undefined {
    return genResume(this, null, undefined);
  }

  /** The object a suspended `yield from`/`await` delegates to, or undefined. */
  delegate(): PyValue | undefined {
    const f = this.frame;
    if (f.done || !this.started) return undefined;
    const w = f.code.code[f.pc - 1];
    if ((w & 0xff) !== generatorHooks.YIELD_VALUE || w >>> 8 !== 1) return undefined;
    return f.stack[f.sp - 1];
  }
}

export const generatorType = newBuiltinType('generator', { final: true, alloc: noBlankInstances });
export const coroutineType = newBuiltinType('coroutine', { final: true });
export const asyncGeneratorType = newBuiltinType('async_generator', { final: true, alloc: noBlankInstances });

const KIND_TEXT: Record<GenKind, string> = { generator: 'generator', coroutine: 'coroutine', async_generator: 'async generator' };

/** Resume `gen`: push `sent` (unless throwing or just starting) and run. Returns the next
 * yielded value, or undefined when the generator returned (gen.returnValue). */
export function genResume(gen: PyGenerator, sent: PyValue, exc: PyBaseException | undefined): PyValue | undefined {
  const f = gen.frame;
  if (gen.running) throw valueError(`${KIND_TEXT[gen.kind]} already executing`);
  if (f.done) {
    if (gen.kind === 'coroutine') throw runtimeError('cannot reuse already awaited coroutine');
    if (exc !== undefined) throw exc;
    gen.returnValue = null;
    return undefined;
  }
  if (!gen.started) {
    if (exc === undefined && sent !== null) {
      throw typeError(`can't send non-None value to a just-started ${KIND_TEXT[gen.kind]}`);
    }
    gen.started = true;
  } else if (exc === undefined) {
    f.stack[f.sp++] = sent;
  }
  return runGen(gen, exc);
}

function runGen(gen: PyGenerator, exc: PyBaseException | undefined): PyValue | undefined {
  const f = gen.frame;
  gen.running = true;
  let result: PyValue;
  try {
    result = generatorHooks.run(gen, exc);
  } catch (e) {
    f.done = true;
    gen.excState.value = null;
    if (e instanceof PyBaseException) throw pep479(gen, e);
    throw e;
  } finally {
    gen.running = false;
  }
  if (!f.done) return result;
  gen.excState.value = null;
  gen.returnValue = result;
  return undefined;
}

/** PEP 479: StopIteration (and StopAsyncIteration in async generators) leaving the frame. */
function pep479(gen: PyGenerator, e: PyBaseException): PyBaseException {
  let what: string | null = null;
  if (e.cls.isSubtypeOf(EXC['StopIteration'])) what = 'StopIteration';
  else if (gen.kind === 'async_generator' && e.cls.isSubtypeOf(EXC['StopAsyncIteration'])) what = 'StopAsyncIteration';
  if (what === null) return e;
  const r = runtimeError(`${KIND_TEXT[gen.kind]} raised ${what}`);
  r.cause = e;
  r.context = e;
  r.suppressContext = true;
  return r;
}

/** gen.send(v): the next value, or StopIteration(return value). */
export function genSend(gen: PyGenerator, v: PyValue): PyValue {
  const r = genResume(gen, v, undefined);
  if (r === undefined) throw stopIteration(gen.returnValue);
  return r;
}

/** The arguments of throw(typ[, val[, tb]]), normalised only where the exception is raised
 * (a `yield from` delegate receives them as given, as in CPython). */
export interface ThrowArgs {
  typ: PyValue;
  val?: PyValue;
  tb?: PyValue;
}

const throwArgsOf = (exc: PyBaseException): ThrowArgs => ({ typ: exc });

/** gen.throw(...): raise at the suspension point (delegating to a `yield from` target
 * first). Returns the next yielded value; StopIteration when the generator returns. */
export function genThrow(gen: PyGenerator, args: ThrowArgs | PyBaseException): PyValue {
  const r = genThrowRaw(gen, args instanceof PyBaseException ? throwArgsOf(args) : args);
  if (r === undefined) throw stopIteration(gen.returnValue);
  return r;
}

function isGeneratorExit(typ: PyValue): boolean {
  const ge = EXC['GeneratorExit'];
  return typ instanceof PyType ? typ.isSubtypeOf(ge) : typ instanceof PyBaseException && typ.cls.isSubtypeOf(ge);
}

/** throw() without the StopIteration: the next yielded value, or undefined when the
 * generator returned. `closeOnGenExit` false (async generators' aclose/athrow) throws
 * GeneratorExit into a delegate instead of closing it, so the delegate may still await. */
export function genThrowRaw(gen: PyGenerator, args: ThrowArgs, closeOnGenExit = true): PyValue | undefined {
  if (gen.running) throw valueError(`${KIND_TEXT[gen.kind]} already executing`);
  const f = gen.frame;
  if (!gen.started || f.done) {
    // Nothing to resume: the exception is raised out of the generator (which is finished).
    const exc = throwArgument(args.typ, args.val, args.tb);
    gen.started = true;
    f.done = true;
    throw exc;
  }
  const d = gen.delegate();
  if (d !== undefined) {
    if (closeOnGenExit && isGeneratorExit(args.typ)) {
      gen.running = true;
      let closeError: PyBaseException | undefined;
      try {
        closeDelegate(d);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        closeError = e;
      } finally {
        gen.running = false;
      }
      return runGen(gen, closeError ?? throwArgument(args.typ, args.val, args.tb));
    }
    let y: PyValue | undefined;
    let raised: PyBaseException | undefined;
    gen.running = true;
    try {
      if (d instanceof PyGenerator) {
        y = genThrowRaw(d, args, closeOnGenExit);
        if (y === undefined) {
          gen.running = false;
          return finishDelegation(gen, d.returnValue);
        }
      } else {
        const meth = getAttrOrUndefined(d, 'throw');
        if (meth === undefined) {
          gen.running = false;
          return runGen(gen, throwArgument(args.typ, args.val, args.tb));
        }
        const callArgs = [args.typ];
        if (args.val !== undefined) callArgs.push(args.val);
        if (args.val !== undefined && args.tb !== undefined) callArgs.push(args.tb);
        y = call(meth, callArgs);
      }
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      raised = e;
    } finally {
      gen.running = false;
    }
    if (raised !== undefined) {
      if (raised.cls.isSubtypeOf(EXC['StopIteration'])) return finishDelegation(gen, stopValue(raised));
      return runGen(gen, raised);
    }
    return y;
  }
  return runGen(gen, throwArgument(args.typ, args.val, args.tb));
}

/** The delegate finished with value r during throw(): pop it, push r, continue after SEND. */
function finishDelegation(gen: PyGenerator, r: PyValue): PyValue | undefined {
  const f = gen.frame;
  const sendPc = f.pc - 2;
  const w = f.code.code[sendPc];
  f.stack[f.sp - 1] = r;
  f.pc = (w & 0xff) === generatorHooks.SEND ? w >>> 8 : f.pc;
  return runGen(gen, undefined);
}

/** StopIteration.value of a caught StopIteration. */
export function stopValue(e: PyBaseException): PyValue {
  const v = e.fields?.value;
  if (v !== undefined) return v;
  return e.args.length > 0 ? e.args[0] : null;
}

function closeDelegate(d: PyValue): void {
  if (d instanceof PyGenerator) {
    genClose(d);
    return;
  }
  const close = getAttrOrUndefined(d, 'close');
  if (close !== undefined) call(close, []);
}

/** gen.close(): raise GeneratorExit inside; a yield in response is a RuntimeError. */
export function genClose(gen: PyGenerator): PyValue {
  const f = gen.frame;
  if (f.done || !gen.started) {
    gen.started = true;
    f.done = true;
    return null;
  }
  let y: PyValue | undefined;
  try {
    y = genThrowRaw(gen, { typ: newException(EXC['GeneratorExit']) });
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(EXC['GeneratorExit']) || e.cls.isSubtypeOf(EXC['StopIteration']))) {
      return null;
    }
    throw e;
  }
  if (y === undefined) return null;
  throw runtimeError(`${KIND_TEXT[gen.kind]} ignored GeneratorExit`);
}

/** The exception for throw(type[, value[, tb]]) with CPython's argument rules. */
export function throwArgument(typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyBaseException {
  if (tb !== undefined && tb !== null && typeOf(tb).name !== 'traceback') {
    throw typeError('throw() third argument must be a traceback object');
  }
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtypeOf(EXC['BaseException'])) {
    if (val instanceof PyBaseException && val.cls.isSubtypeOf(typ)) exc = val;
    else {
      const args = val === undefined || val === null ? [] : typeOf(val).name === 'tuple' ? [...(val as unknown as { items: PyValue[] }).items] : [val];
      const made = call(typ, args);
      if (!(made instanceof PyBaseException)) throw typeError('exceptions must derive from BaseException');
      exc = made;
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== null) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb !== undefined && tb !== null) exc.traceback = tb;
  return exc;
}

// ---------- Python-visible methods ----------

const asGen = (v: PyValue, kind: GenKind): PyGenerator => {
  if (!(v instanceof PyGenerator) || v.kind !== kind) {
    throw typeError(`descriptor requires a '${KIND_TEXT[kind]}' object but received a '${typeOf(v).name}'`);
  }
  return v;
};

function installCommon(type: PyType, kind: GenKind, prefix: string): void {
  defMethod(type, 'send', 1, (self: PyValue, v: PyValue) => genSend(asGen(self, kind), v));
  defMethod(type, 'throw', '(typ, val=None, tb=None, /)', (self: PyValue, typ: PyValue, val: PyValue, tb: PyValue) =>
    genThrow(asGen(self, kind), { typ, val, tb }),
  );
  defMethod(type, 'close', 0, (self: PyValue) => genClose(asGen(self, kind)));
  installIdentity(type, kind, prefix);
  defGetSet(type, `${prefix}_running`, (self) => asGen(self, kind).running);
  defGetSet(type, `${prefix}_suspended`, (self) => {
    const g = asGen(self, kind);
    return g.started && !g.running && !g.frame.done;
  });
}

/** What all three kinds share: repr, names, frame and code (async generators get their
 * protocol methods from async-generator.ts). */
function installIdentity(type: PyType, kind: GenKind, prefix: string): void {
  defMethod(type, '__repr__', 0, (self: PyValue) => {
    const g = asGen(self, kind);
    return `<${KIND_TEXT[kind].replace(' ', '_')} object ${g.qualname} at 0x${idOf(g).toString(16)}>`;
  });
  defGetSet(type, '__name__', (self) => asGen(self, kind).name, (self, v) => {
    if (typeof v !== 'string') throw typeError('__name__ must be set to a string object');
    asGen(self, kind).name = v;
  });
  defGetSet(type, '__qualname__', (self) => asGen(self, kind).qualname, (self, v) => {
    if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
    asGen(self, kind).qualname = v;
  });
  defGetSet(type, `${prefix}_frame`, (self) => (asGen(self, kind).frame.done ? null : (asGen(self, kind).frame as unknown as PyValue)));
  defGetSet(type, `${prefix}_code`, (self) => asGen(self, kind).frame.code as unknown as PyValue);
}

installCommon(generatorType, 'generator', 'gi');
defIteratorProtocol(generatorType);
defMethod(generatorType, '__next__', 0, (self: PyValue) => {
  const r = asGen(self, 'generator').next();
  if (r === undefined) throw stopIteration(asGen(self, 'generator').returnValue);
  return r;
});
defGetSet(generatorType, 'gi_yieldfrom', (self) => asGen(self, 'generator').delegate() ?? null);

installCommon(coroutineType, 'coroutine', 'cr');
defGetSet(coroutineType, 'cr_await', (self) => asGen(self, 'coroutine').delegate() ?? null);
defMethod(coroutineType, '__await__', 0, (self: PyValue) => new PyCoroutineWrapper(asGen(self, 'coroutine')));

/** `coroutine.__await__()`: an iterator driving the coroutine. */
export class PyCoroutineWrapper extends PyIterator {
  override cls: PyType = coroutineWrapperType;
  constructor(readonly coro: PyGenerator) {
    super();
  }
  override next(): PyValue | undefined {
    return genResume(this.coro, null, undefined);
  }
}
export const coroutineWrapperType = newBuiltinType('coroutine_wrapper', { final: true });
defIteratorProtocol(coroutineWrapperType);
defMethod(coroutineWrapperType, '__next__', 0, (self: PyValue) => {
  const w = self as PyCoroutineWrapper;
  const r = w.next();
  if (r === undefined) throw stopIteration(w.coro.returnValue);
  return r;
});
defMethod(coroutineWrapperType, 'send', 1, (self: PyValue, v: PyValue) => genSend((self as PyCoroutineWrapper).coro, v));
defMethod(coroutineWrapperType, 'throw', '(typ, val=None, tb=None, /)', (self: PyValue, typ: PyValue, val: PyValue, tb: PyValue) =>
  genThrow((self as PyCoroutineWrapper).coro, { typ, val, tb }),
);
defMethod(coroutineWrapperType, 'close', 0, (self: PyValue) => genClose((self as PyCoroutineWrapper).coro));

installIdentity(asyncGeneratorType, 'async_generator', 'ag');

/** An awaitable implemented natively (async-generator.ts): `step`
 * returns what it yields, or its result with `done` set, so `await` needs no StopIteration. */
export abstract class PyNativeAwaitable extends PyObject {
  done = false;
  abstract step(v: PyValue): PyValue;
}

/** Set by delegateSend: true when the target finished (its value is the return value). */
export let delegateDone = false;

/** Send `v` into any `yield from`/`await` target: the yielded value, or — when
 * `delegateDone` is set — the target's return value. (No result pair is allocated: this
 * runs once per step of every `yield from`/`await`.) */
export function delegateSend(recv: PyValue, v: PyValue): PyValue {
  // Every path sets delegateDone after the nested run (which may have set it itself).
  let r: PyValue | undefined;
  if (recv instanceof PyGenerator) {
    r = genResume(recv, v, undefined);
    delegateDone = r === undefined;
    return delegateDone ? recv.returnValue : (r as PyValue);
  }
  if (recv instanceof PyCoroutineWrapper) {
    r = genResume(recv.coro, v, undefined);
    delegateDone = r === undefined;
    return delegateDone ? recv.coro.returnValue : (r as PyValue);
  }
  if (recv instanceof PyNativeAwaitable) {
    r = recv.step(v);
    delegateDone = recv.done;
    return r;
  }
  try {
    if (v === null) {
      const f = typeOf(recv).lookup('__next__');
      if (f === undefined) throw typeError(`'${typeOf(recv).name}' object is not an iterator`);
      if (recv instanceof PyIterator) {
        r = recv.next();
        delegateDone = r === undefined;
        return delegateDone ? null : (r as PyValue);
      }
      r = callMethod(f, recv, []);
    } else {
      const send = getAttrOrUndefined(recv, 'send');
      if (send === undefined) throw new PyBaseException(EXC['AttributeError'], [`'${typeOf(recv).name}' object has no attribute 'send'`]);
      r = call(send, [v]);
    }
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(EXC['StopIteration'])) {
      delegateDone = true;
      return stopValue(e);
    }
    throw e;
  }
  delegateDone = false;
  return r;
}

export function isGeneratorLike(v: PyValue): v is PyGenerator {
  return v instanceof PyObject && v instanceof PyGenerator;
}

/** A coroutine, or a generator decorated with types.coroutine (CO_ITERABLE_COROUTINE). */
export function isCoroutineLike(v: PyValue): boolean {
  return v instanceof PyGenerator && (v.kind === 'coroutine' || (v.kind === 'generator' && (v.frame.code.flags & CO_ITERABLE_COROUTINE) !== 0));
}

/** CPython's _PyCoro_GetAwaitableIter: a coroutine is its own iterator, anything else must
 * have `__await__()` returning an iterator that is not a coroutine. */
export function awaitableIter(v: PyValue): PyValue {
  if (isCoroutineLike(v)) return v;
  const t = typeOf(v);
  const aw = t.lookup('__await__');
  if (aw === undefined) throw typeError(`object ${t.name} can't be used in 'await' expression`);
  const it = callMethod(aw, v, []);
  if (isCoroutineLike(it)) throw typeError('__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === undefined) throw typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}
