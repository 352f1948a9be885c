// isinstance() and issubclass() as CPython's PyObject_IsInstance/IsSubclass: exact type
// fast path, tuples (nested), `__instancecheck__`/`__subclasscheck__` on the metaclass, and
// the `__class__` / `__bases__` fallbacks for non-type "classes".
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, typeType } from './builtin-types.js';
import { typeError, excMatches } from './errors.js';
import { callMethod } from './call.js';
import { getAttrOrUndefined } from './attr.js';
import { PyTuple } from './tuple.js';
import { isTrue } from './ops-protocols.js';

/** Set by type-methods: type's own __instancecheck__/__subclasscheck__ (skip the call). */
export const defaultChecks = {
  instancecheck: undefined as PyValue | undefined,
  subclasscheck: undefined as PyValue | undefined,
};

export function isInstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && typeOf(obj) === cls) return true;
  if (cls instanceof PyType && cls.cls === typeType) return recursiveIsInstance(obj, cls);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(obj, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check !== undefined && check !== defaultChecks.instancecheck) return isTrue(callMethod(check, cls, [obj]));
  return recursiveIsInstance(obj, cls);
}

/** type.__instancecheck__: the real subtype test, or __class__ for proxies. */
export function recursiveIsInstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(obj).isSubtypeOf(cls)) return true;
    const icls = getAttrOrUndefined(obj, '__class__');
    return icls !== undefined && icls !== typeOf(obj) && icls instanceof PyType && icls.isSubtypeOf(cls);
  }
  if (!isClassLike(cls)) throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getAttrOrUndefined(obj, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.cls === typeType && derived instanceof PyType) return derived.isSubtypeOf(cls);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__subclasscheck__');
  if (check !== undefined && check !== defaultChecks.subclasscheck) return isTrue(callMethod(check, cls, [derived]));
  return recursiveIsSubclass(derived, cls);
}

/** type.__subclasscheck__. */
export function recursiveIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtypeOf(cls);
  if (!isClassLike(derived)) throw typeError('issubclass() arg 1 must be a class');
  if (!isClassLike(cls)) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

/** A "class" for the protocol: a type, or anything with a tuple `__bases__`. */
function isClassLike(v: PyValue): boolean {
  return v instanceof PyType || basesOf(v) !== undefined;
}

function basesOf(v: PyValue): PyTuple | undefined {
  try {
    const b = getAttrOrUndefined(v, '__bases__');
    return b instanceof PyTuple ? b : undefined;
  } catch (e) {
    if (excMatches(e, 'AttributeError')) return undefined;
    throw e;
  }
}

function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = basesOf(derived);
    if (bases === undefined || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0];
      continue;
    }
    return bases.items.some((b) => abstractIsSubclass(b, cls));
  }
}
