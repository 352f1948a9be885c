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

/** The most items a list holds. V8 (11.3) aborts the whole process, with no error to catch,
 * when an array grown item by item needs storage for more than ~112.8M elements
 * (crbug.com/1201626): `list(range(2**62))` did. Past this a list raises MemoryError, as
 * CPython's does when memory runs out (at 100M items CPython's list takes 800 MB). */
export const MAX_LIST_LENGTH = 100_000_000;

