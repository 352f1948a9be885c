// The list representation: a growable JS array. Methods live in list-methods (owned by the
// containers helper); the object model needs the shape for dir(), __subclasses__(), etc.
import { PyObject } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    public override cls: PyType = listType,
  ) {
    super();
  }
}

export const listType = newBuiltinType('list', {
  alloc: (cls) => withInstanceAttrs(new PyList([], cls), cls),
});

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}
