// The async-iteration builtins aiter() and anext(), and anext()'s awaitable with a default
// (CPython's anext_awaitable, Objects/iterobject.c): it drives the __anext__() awaitable and
// turns its StopAsyncIteration into StopIteration(default), the "return value" of the await.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, typeOf } from './builtin-types.js';
import { PyBaseException, EXC, typeError, stopIteration } from './errors.js';
import { defMethod, defFunction } from './builtin-function.js';
import { callMethod } from './call.js';
import { getAttr } from './attr.js';
import { addBuiltins } from './modules.js';
import { PyGenerator, awaitableIter } from './generator.js';
import './async-generator.js';

export class PyAnextAwaitable extends PyObject {
  override cls: PyType = anextAwaitableType;
  constructor(
    readonly wrapped: PyValue,
    readonly defaultValue: PyValue,
  ) {
    super();
  }

  /** The iterator to step: a coroutine is stepped through its `__await__()` wrapper. */
  private iter(): PyValue {
    const it = awaitableIter(this.wrapped);
    if (it instanceof PyGenerator && it.kind === 'coroutine') return callMethod(typeOf(it).lookup('__await__') as PyValue, it, []);
    return it;
  }

  /** Call `step` on the iterator; StopAsyncIteration out of it is the default's return. */
  step(step: (it: PyValue) => PyValue): PyValue {
    const it = this.iter();
    try {
      return step(it);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(EXC['StopAsyncIteration'])) throw stopIteration(this.defaultValue);
      throw e;
    }
  }
}

export const anextAwaitableType = newBuiltinType('anext_awaitable', { final: true, alloc: noBlankInstances });

const asAnext = (v: PyValue): PyAnextAwaitable => {
  if (!(v instanceof PyAnextAwaitable)) {
    throw typeError(`descriptor requires a 'anext_awaitable' object but received a '${typeOf(v).name}'`);
  }
  return v;
};

const callOn = (it: PyValue, name: string, args: PyValue[]): PyValue => callMethod(getAttr(typeOf(it), name), it, args);

defMethod(anextAwaitableType, '__next__', 0, (self: PyValue) =>
  asAnext(self).step((it) => callMethod(typeOf(it).lookup('__next__') as PyValue, it, [])),
);
defMethod(anextAwaitableType, 'send', 1, (self: PyValue, v: PyValue) => asAnext(self).step((it) => callOn(it, 'send', [v])));
defMethod(anextAwaitableType, 'throw', '(*args)', (self: PyValue, args: PyValue[]) => asAnext(self).step((it) => callOn(it, 'throw', [...args])));
defMethod(anextAwaitableType, 'close', '(*args)', (self: PyValue, args: PyValue[]) => asAnext(self).step((it) => callOn(it, 'close', [...args])));
defMethod(anextAwaitableType, '__iter__', 0, (self: PyValue) => asAnext(self));
defMethod(anextAwaitableType, '__await__', 0, (self: PyValue) => asAnext(self));

const aiter = defFunction('aiter', '(async_iterable, /)', (obj: PyValue) => {
  const t = typeOf(obj);
  const f = t.lookup('__aiter__');
  if (f === undefined) throw typeError(`'${t.name}' object is not an async iterable`);
  const it = callMethod(f, obj, []);
  if (typeOf(it).lookup('__anext__') === undefined) throw typeError(`aiter() returned not an async iterator of type '${typeOf(it).name}'`);
  return it;
}, 'builtins');

const anext = defFunction('anext', '(aiterator, default=<unrepresentable>, /)', (it: PyValue, dflt?: PyValue) => {
  const t = typeOf(it);
  const f = t.lookup('__anext__');
  if (f === undefined) throw typeError(`'${t.name}' object is not an async iterator`);
  const awaitable = callMethod(f, it, []);
  return dflt === undefined ? awaitable : new PyAnextAwaitable(awaitable, dflt);
}, 'builtins');

addBuiltins((d) => {
  d.setStr('aiter', aiter);
  d.setStr('anext', anext);
});
