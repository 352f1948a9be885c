// The async generator protocol (PEP 525) as CPython 3.11's Objects/genobject.c: an
// async_generator's __anext__/asend/athrow/aclose return awaitables (async_generator_asend,
// async_generator_athrow) that drive the generator's frame. A value the frame produces at
// its own `yield` (YIELD_VALUE 0; CPython wraps it in _PyAsyncGenValueWrapper) ends the
// awaitable with StopIteration(value); a value produced while the frame is suspended in an
// `await` (YIELD_VALUE 1, after SEND) passes through to whoever drives the awaitable.
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, typeOf } from './builtin-types.js';
import { PyBaseException, EXC, newException, typeError, runtimeError, stopIteration } from './errors.js';
import { defMethod, defGetSet, defClassMethod } from './builtin-function.js';
import { genericAlias } from './generic-alias.js';
import {
  PyGenerator, PyNativeAwaitable, asyncGeneratorType, generatorHooks, genResume, genThrowRaw, type ThrowArgs,
} from './generator.js';

const enum AwaitableState {
  Init,
  Iter,
  Closed,
}

const asAsyncGen = (v: PyValue): PyGenerator => {
  if (!(v instanceof PyGenerator) || v.kind !== 'async_generator') {
    throw typeError(`descriptor requires a 'async_generator' object but received a '${typeOf(v).name}'`);
  }
  return v;
};

/** Is the generator's frame suspended at its own `yield` (not inside an `await`)? */
function atOwnYield(gen: PyGenerator): boolean {
  const f = gen.frame;
  if (f.done) return false;
  const w = f.code.code[f.pc - 1];
  return (w & 0xff) === generatorHooks.YIELD_VALUE && w >>> 8 === 0;
}

const isStopAsyncOrGenExit = (e: PyBaseException): boolean =>
  e.cls.isSubtypeOf(EXC['StopAsyncIteration']) || e.cls.isSubtypeOf(EXC['GeneratorExit']);

/** CPython's async_gen_unwrap_value around one step of the frame: a return raises
 * StopAsyncIteration; an own `yield` ends the awaitable (`aw.done`, the value is its
 * result: StopIteration(value) for Python callers); a value from an `await` is passed out. */
function unwrapStep(aw: PyNativeAwaitable, gen: PyGenerator, step: () => PyValue | undefined): PyValue {
  let r: PyValue | undefined;
  aw.done = false;
  try {
    r = step();
  } catch (e) {
    if (e instanceof PyBaseException) {
      if (isStopAsyncOrGenExit(e)) gen.closedAsync = true;
      gen.runningAsync = false;
    }
    throw e;
  }
  if (r === undefined) {
    gen.closedAsync = true;
    gen.runningAsync = false;
    throw newException(EXC['StopAsyncIteration']);
  }
  if (atOwnYield(gen)) {
    gen.runningAsync = false;
    aw.done = true;
  }
  return r;
}

/** `agen.__anext__()` / `agen.asend(v)`. */
export class PyAsyncGenASend extends PyNativeAwaitable {
  override cls: PyType = asyncGenASendType;
  state = AwaitableState.Init;
  constructor(
    readonly gen: PyGenerator,
    readonly sendValue: PyValue,
  ) {
    super();
  }

  step(arg: PyValue): PyValue {
    const gen = this.gen;
    if (this.state === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
    if (this.state === AwaitableState.Init) {
      if (gen.runningAsync) throw runtimeError('anext(): asynchronous generator is already running');
      if (arg === null) arg = this.sendValue;
      this.state = AwaitableState.Iter;
    }
    gen.runningAsync = true;
    return this.ending(() => genResume(gen, arg, undefined));
  }

  throw(args: ThrowArgs): PyValue {
    if (this.state === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
    const gen = this.gen;
    return this.ending(() => genThrowRaw(gen, args));
  }

  /** Run a step; its end (result or exception) closes the awaitable. */
  private ending(step: () => PyValue | undefined): PyValue {
    try {
      const r = unwrapStep(this, this.gen, step);
      if (this.done) this.state = AwaitableState.Closed;
      return r;
    } catch (e) {
      this.state = AwaitableState.Closed;
      throw e;
    }
  }
}

/** `agen.athrow(...)` (args given) / `agen.aclose()` (args null). */
export class PyAsyncGenAThrow extends PyNativeAwaitable {
  override cls: PyType = asyncGenAThrowType;
  state = AwaitableState.Init;
  constructor(
    readonly gen: PyGenerator,
    readonly args: PyValue[] | null,
  ) {
    super();
  }

  step(arg: PyValue): PyValue {
    const gen = this.gen;
    if (this.state === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
    this.done = false;
    if (gen.frame.done) {
      this.state = AwaitableState.Closed;
      return this.finished(null);
    }
    if (this.state === AwaitableState.Init) {
      if (gen.runningAsync) {
        this.state = AwaitableState.Closed;
        throw runtimeError(`${this.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
      }
      if (gen.closedAsync) {
        this.state = AwaitableState.Closed;
        throw newException(EXC['StopAsyncIteration']);
      }
      if (arg !== null) throw runtimeError("can't send non-None value to a just-started coroutine");
      this.state = AwaitableState.Iter;
      gen.runningAsync = true;
      if (this.args === null) {
        gen.closedAsync = true;
        return this.closeStep(() => genThrowRaw(gen, { typ: EXC['GeneratorExit'] }, false));
      }
      const args = this.args;
      if (args.length < 1 || args.length > 3) {
        const which = args.length < 1 ? 'at least 1 argument' : 'at most 3 arguments';
        throw typeError(`athrow expected ${which}, got ${args.length}`);
      }
      const throwArgs: ThrowArgs = { typ: args[0], val: args[1], tb: args[2] };
      try {
        const r = unwrapStep(this, gen, () => genThrowRaw(gen, throwArgs, false));
        if (this.done) this.finish();
        return r;
      } catch (e) {
        this.finish();
        throw e;
      }
    }
    if (this.args !== null) return unwrapStep(this, gen, () => genResume(gen, arg, undefined));
    return this.closeStep(() => genResume(gen, arg, undefined));
  }

  throw(args: ThrowArgs): PyValue {
    const gen = this.gen;
    if (this.state === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
    this.done = false;
    if (this.args !== null) return unwrapStep(this, gen, () => genThrowRaw(gen, args));
    let r: PyValue | undefined;
    try {
      r = genThrowRaw(gen, args);
    } catch (e) {
      if (e instanceof PyBaseException && isStopAsyncOrGenExit(e)) return this.finished(null);
      throw e;
    }
    if (r === undefined) return this.finished(null);
    if (atOwnYield(gen)) throw this.ignoredExit();
    return r;
  }

  /** One step in aclose() mode: an own `yield` is an error; the generator finishing (by
   * return, StopAsyncIteration or GeneratorExit) completes the aclose(). */
  private closeStep(step: () => PyValue | undefined): PyValue {
    const gen = this.gen;
    let r: PyValue | undefined;
    try {
      r = step();
    } catch (e) {
      this.finish();
      if (e instanceof PyBaseException && isStopAsyncOrGenExit(e)) return this.finished(null);
      throw e;
    }
    if (r === undefined) {
      this.finish();
      return this.finished(null);
    }
    if (atOwnYield(gen)) throw this.ignoredExit();
    return r;
  }

  private finished(result: PyValue): PyValue {
    this.done = true;
    return result;
  }

  private finish(): void {
    this.gen.runningAsync = false;
    this.state = AwaitableState.Closed;
  }

  private ignoredExit(): PyBaseException {
    this.finish();
    return runtimeError('async generator ignored GeneratorExit');
  }
}

export const asyncGenASendType = newBuiltinType('async_generator_asend', { final: true, alloc: noBlankInstances });
export const asyncGenAThrowType = newBuiltinType('async_generator_athrow', { final: true, alloc: noBlankInstances });

type Awaitable = PyAsyncGenASend | PyAsyncGenAThrow;

/** The coroutine-like face both awaitables show: send/throw/close/__await__/__iter__/__next__. */
function installAwaitable(type: PyType, cls: typeof PyAsyncGenASend | typeof PyAsyncGenAThrow): void {
  const self = (v: PyValue): Awaitable => {
    if (!(v instanceof cls)) {
      throw typeError(`descriptor requires a '${type.name}' object but received a '${typeOf(v).name}'`);
    }
    return v;
  };
  const result = (aw: Awaitable, r: PyValue): PyValue => {
    if (aw.done) throw stopIteration(r);
    return r;
  };
  defMethod(type, 'send', 1, (s: PyValue, v: PyValue) => result(self(s), self(s).step(v)));
  defMethod(type, 'throw', '(typ, val=None, tb=None, /)', (s: PyValue, typ: PyValue, val: PyValue, tb: PyValue) =>
    result(self(s), self(s).throw({ typ, val, tb })),
  );
  defMethod(type, 'close', 0, (s: PyValue) => {
    self(s).state = AwaitableState.Closed;
    return null;
  });
  defMethod(type, '__next__', 0, (s: PyValue) => result(self(s), self(s).step(null)));
  defMethod(type, '__iter__', 0, (s: PyValue) => self(s));
  defMethod(type, '__await__', 0, (s: PyValue) => self(s));
}

installAwaitable(asyncGenASendType, PyAsyncGenASend);
installAwaitable(asyncGenAThrowType, PyAsyncGenAThrow);

defMethod(asyncGeneratorType, '__aiter__', 0, (self: PyValue) => asAsyncGen(self));
defMethod(asyncGeneratorType, '__anext__', 0, (self: PyValue) => new PyAsyncGenASend(asAsyncGen(self), null));
defMethod(asyncGeneratorType, 'asend', 1, (self: PyValue, v: PyValue) => new PyAsyncGenASend(asAsyncGen(self), v));
defMethod(asyncGeneratorType, 'athrow', '(*args)', (self: PyValue, args: PyValue[]) => new PyAsyncGenAThrow(asAsyncGen(self), [...args]));
defMethod(asyncGeneratorType, 'aclose', 0, (self: PyValue) => new PyAsyncGenAThrow(asAsyncGen(self), null));
defClassMethod(asyncGeneratorType, '__class_getitem__', 1, (cls: PyType, arg: PyValue) => genericAlias(cls, arg));
defGetSet(asyncGeneratorType, 'ag_running', (self) => asAsyncGen(self).runningAsync);
defGetSet(asyncGeneratorType, 'ag_await', (self) => asAsyncGen(self).delegate() ?? null);
