// Builtin iterator types (list_iterator, dict_keyiterator, zip, ...): a JS class extending
// PyIterator gives `next()`; this helper makes its Python type (final, not instantiable from
// Python unless the type file adds __new__) with the shared `__iter__` returning self (which
// getIter recognises without a call) and `__next__` raising StopIteration at the end.
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, objectType } from './builtin-types.js';
import { defMethod, PyMethodDescriptor, wrapperDescriptorType } from './builtin-function.js';
import { parseSignature } from './native-signature.js';
import { PyIterator, iteratorSelfSlot, takeStopIteration, iterNext } from './ops-protocols.js';

/** Install the iterator protocol on `type`, whose instances are PyIterators. */
export function defIteratorProtocol(type: PyType): void {
  // One descriptor for every iterator type: its objclass is `object` so calling it
  // explicitly (`it.__iter__()`) passes the receiver check for any iterator.
  iteratorSelfSlot.value ??= new PyMethodDescriptor(
    '__iter__', objectType, parseSignature('()'), (self: PyValue) => self, wrapperDescriptorType,
  );
  type.setMember('__iter__', iteratorSelfSlot.value);
  defMethod(type, '__next__', 0, (self: PyIterator) => {
    // Through iterNext, which forgets the StopIteration an earlier, unrelated iterNext caught.
    const v = iterNext(self);
    if (v === undefined) throw takeStopIteration();
    return v;
  });
}

/** A new builtin iterator type named like CPython's (`list_iterator`). */
export function newIteratorType(name: string, opts: { module?: string; subclassable?: boolean } = {}): PyType {
  const t = newBuiltinType(name, { final: !opts.subclassable, alloc: noBlankInstances, module: opts.module });
  defIteratorProtocol(t);
  return t;
}
