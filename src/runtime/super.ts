// super: attribute lookup that starts after `thisclass` in the MRO of the instance (or
// class) it is bound to. Zero-argument super() gets `__class__` and the first argument from
// the running frame through the hook the interpreter installs (`superHooks.zeroArgs`).
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import type { PyDict } from './dict.js';
import { typeOf, newBuiltinType } from './builtin-types.js';
import { typeError, runtimeError } from './errors.js';
import { defNew, defMethod, defGetSet } from './builtin-function.js';
import { descrGet, genericGetAttr, noAttribute, attrName } from './attr.js';
import { getAttrOrUndefined } from './attr.js';

export class PySuper extends PyObject {
  override cls: PyType = superType;
  constructor(
    /** The class whose successors are searched (`__thisclass__`). */
    readonly thisClass: PyType,
    /** The bound object (`__self__`), null for an unbound super. */
    readonly self: PyValue,
    /** type(self), or self when self is a class (`__self_class__`). */
    readonly selfClass: PyType | null,
  ) {
    super();
  }
}

export const superType = newBuiltinType('super');

/** Filled by the interpreter: [__class__ cell value, first argument] of the running frame,
 * or a RuntimeError ("super(): no arguments", "super(): __class__ cell not found"). */
export const superHooks = {
  zeroArgs: (): [PyValue, PyValue] => {
    throw runtimeError('super(): no arguments');
  },
};

/** CPython's supercheck: the class that provides the MRO to search. */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  if (typeOf(obj).isSubtypeOf(type)) return typeOf(obj);
  const cls = getAttrOrUndefined(obj, '__class__');
  if (cls instanceof PyType && cls !== typeOf(obj) && cls.isSubtypeOf(type)) return cls;
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

export function newSuper(type: PyValue, obj: PyValue | undefined): PySuper {
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(type).name}`);
  if (obj === undefined || obj === null) return new PySuper(type, null, null);
  return new PySuper(type, obj, superCheck(type, obj));
}

/** super().name: search the MRO of __self_class__ after __thisclass__. */
export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const start = s.selfClass;
  if (start !== null && name !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(s.thisClass) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = mro[i].ns.get(name);
      if (v === undefined) continue;
      return descrGet(v, s.self === start ? undefined : s.self, start);
    }
  }
  return genericGetAttr(s, name);
}

defNew(superType, '(*args, **kwargs)', (cls: PyType, args: PyValue[], kwargs: PyDict) => {
  if (kwargs.size > 0) throw typeError('super() takes no keyword arguments');
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let type: PyValue;
  let obj: PyValue | undefined;
  if (args.length === 0) [type, obj] = superHooks.zeroArgs();
  else [type, obj] = [args[0], args[1]];
  const s = newSuper(type, obj);
  if (cls !== superType) s.cls = cls;
  return s;
});
defMethod(superType, '__init__', '(*args, **kwargs)', () => null);
defMethod(superType, '__getattribute__', 1, (self: PyValue, name: PyValue) => {
  const n = attrName(name);
  const v = superGetAttr(self as PySuper, n);
  if (v === undefined) throw noAttribute(self, n);
  return v;
});
defMethod(superType, '__repr__', 0, (self: PyValue) => {
  const s = self as PySuper;
  // CPython prints tp_name here: the bare __name__ for classes defined in Python.
  if (s.selfClass === null) return `<super: <class '${s.thisClass.name}'>, NULL>`;
  return `<super: <class '${s.thisClass.name}'>, <${s.selfClass.name} object>>`;
});
defGetSet(superType, '__thisclass__', (self) => (self as PySuper).thisClass);
defGetSet(superType, '__self__', (self) => (self as PySuper).self);
defGetSet(superType, '__self_class__', (self) => (self as PySuper).selfClass);
defMethod(superType, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue) => {
  const s = self as PySuper;
  if (obj === null || s.self !== null) return s;
  return newSuper(s.thisClass, obj);
});
