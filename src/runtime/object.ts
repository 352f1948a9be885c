// The shape every Python value has in JS, and the storage of instance attributes.
// This module is a leaf (it imports only value.ts, attr-store.ts and types), so any runtime
// module may import it without creating an evaluation-order cycle.
import { PyObject } from './value.js';
import type { PyType } from './type.js';
import type { PyDict } from './dict.js';
import { AttrStore } from './attr-store.js';

export { AttrStore };

declare module './value.js' {
  interface PyObject {
    /** The Python type of this object (`type(x)`). Own field on runtime objects, a
     * prototype property on the value.ts classes (linked in builtin-types.ts). */
    cls: PyType;
  }
}

/** Every Python value. int = number (safe integer) | bigint, bool = boolean, str = string,
 * None = null; everything else is a PyObject. `undefined` is never a Python value: the
 * runtime uses it for "absent" (missing attribute, exhausted iterator, unbound local). */
export type PyValue = number | bigint | boolean | string | null | PyObject;

/** Objects that may carry per-instance attributes: `attrs` is the fast store (attr-store.ts);
 * once Python code asks for `__dict__`, the attributes move into a real dict (`dict`) and `attrs`
 * becomes null for good (see attr.ts `instanceDictOf`). */
export interface HasAttrs {
  attrs: AttrStore | null;
  dict: PyDict | null;
}

/** An instance of a Python class whose solid base is `object` (and of builtin types that
 * need no other JS layout). `slots` holds `__slots__` values when the class has them. */
export class PyInstance extends PyObject implements HasAttrs {
  attrs: AttrStore | null;
  dict: PyDict | null = null;
  constructor(
    public override cls: PyType,
    withAttrs: boolean,
  ) {
    super();
    this.attrs = withAttrs ? new AttrStore() : null;
  }
}

export function hasAttrs(v: PyObject): v is PyObject & HasAttrs {
  return (v as Partial<HasAttrs>).attrs !== undefined;
}

/** Give a builtin-layout object (a tuple, list, exception, ...) that is an instance of a
 * Python subclass its attribute storage; plain builtin instances carry no such fields. */
export function withInstanceAttrs<T extends PyObject>(obj: T, cls: PyType): T {
  if (cls.hasDict || cls.slotNames.length > 0) {
    const o = obj as T & HasAttrs;
    o.attrs = new AttrStore();
    o.dict = null;
  }
  return obj;
}
