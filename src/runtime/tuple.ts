// The tuple representation: an immutable array of values. Methods live in tuple-methods
// (owned by the containers helper); the object model needs the shape for args, bases, MRO.
import { PyObject } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';

export class PyTuple extends PyObject {
  constructor(
    readonly items: readonly PyValue[],
    public override cls: PyType = tupleType,
  ) {
    super();
  }
}

export const tupleType = newBuiltinType('tuple', {
  alloc: (cls) => withInstanceAttrs(new PyTuple([], cls), cls),
});

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
