// The type objects of the core builtin types, created bare (name, base, layout) so that any
// module can import them without cycles; each type's behaviour is installed by its own
// file (int.ts, str.ts, list.ts, ...). Also `typeOf`, the value -> type mapping.
import { PyObject, PyFloat, PyComplex, PyBytes, PyEllipsis } from './value.js';
import { PyInstance, type PyValue } from './object.js';
import { PyType, objectType, typeType, type Allocator } from './type.js';
import { typeError } from './errors.js';

export { objectType, typeType };

/** A builtin (non-heap) type. `alloc` gives instances (and subclass instances) a JS layout;
 * without it the type inherits its base's layout. `final` types can't be subclassed. */
export function newBuiltinType(
  name: string,
  opts: { base?: PyType; alloc?: Allocator; final?: boolean; module?: string; qualname?: string } = {},
): PyType {
  const t = new PyType(typeType, name, [opts.base ?? objectType], { alloc: opts.alloc, qualname: opts.qualname });
  if (opts.final) t.isBaseType = false;
  if (opts.module !== undefined) t.setModuleName(opts.module);
  return t;
}

/** For types whose instances only their own constructor (`__new__`) can make. */
export const noBlankInstances: Allocator = (cls) => {
  throw typeError(`cannot create '${cls.name}' instances`);
};

// Numbers and text. Subclass instances (class MyInt(int)) are boxed objects whose layout the
// owning file defines (it replaces `alloc`).
export const intType = newBuiltinType('int', { alloc: noBlankInstances });
export const boolType = newBuiltinType('bool', { base: intType, final: true });
export const floatType = newBuiltinType('float', { alloc: noBlankInstances });
export const complexType = newBuiltinType('complex', { alloc: noBlankInstances });
export const strType = newBuiltinType('str', { alloc: noBlankInstances });
export const bytesType = newBuiltinType('bytes', { alloc: noBlankInstances });

// Singletons.
export const noneType = newBuiltinType('NoneType', { final: true, alloc: noBlankInstances });
export const ellipsisType = newBuiltinType('ellipsis', { final: true, alloc: noBlankInstances });
export const notImplementedType = newBuiltinType('NotImplementedType', { final: true, alloc: noBlankInstances });

class PySingleton extends PyObject {
  constructor(public override cls: PyType) {
    super();
  }
}
/** The NotImplemented singleton: binary dunders return it to ask for the reflected one. */
export const NotImplemented: PyObject = new PySingleton(notImplementedType);

// Link the value.ts classes to their types through the prototype (no per-object field).
for (const [ctor, type] of [
  [PyFloat, floatType],
  [PyComplex, complexType],
  [PyBytes, bytesType],
  [PyEllipsis, ellipsisType],
] as const) {
  Object.defineProperty(ctor.prototype, 'cls', { value: type, writable: true, configurable: true });
}

/** `type(v)` for every Python value. Its `v.cls` load is shared by every caller it is
 * inlined into and so sees every class of object: hot sites that see few load `cls`
 * themselves (interp/README.md, "Shared feedback"). */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v === null ? noneType : v.cls;
  }
}

/** The type of a bad argument as Argument Clinic's errors name it ("format() argument 2
 * must be str, not None"): 'None' for None, else the type's __name__ (_PyArg_BadArgument). */
export function argTypeName(v: PyValue): string {
  return v === null ? 'None' : typeOf(v).name;
}

/** isinstance(v, t) without `__instancecheck__` (what C code uses: PyObject_TypeCheck). */
export function isInstanceExact(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

/** A type with plain PyInstance instances (e.g. for simple builtin objects). */
export const plainAlloc: Allocator = (cls) => new PyInstance(cls, cls.hasDict || cls.slotNames.length > 0);
