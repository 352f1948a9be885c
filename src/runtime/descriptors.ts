// The Python-visible descriptor objects: property, classmethod, staticmethod, and the
// member descriptors `__slots__` creates. Their behaviour in attribute lookup is in attr.ts;
// their Python-level methods (__get__, getter/setter, ...) in descriptor-methods.ts.
import { PyObject } from './value.js';
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';

export class PyProperty extends PyObject {
  fget: PyValue = null;
  fset: PyValue = null;
  fdel: PyValue = null;
  doc: PyValue = null;
  /** Set by __set_name__ (3.10+ messages name the property). */
  name: PyValue = null;
  constructor(public override cls: PyType = propertyType) {
    super();
  }
}

export class PyClassMethod extends PyObject {
  constructor(
    public callable: PyValue,
    public override cls: PyType = classMethodType,
  ) {
    super();
  }
}

export class PyStaticMethod extends PyObject {
  constructor(
    public callable: PyValue,
    public override cls: PyType = staticMethodType,
  ) {
    super();
  }
}

/** A `__slots__` entry: reads and writes the instance's attribute store directly. */
export class PyMemberDescriptor extends PyObject {
  override cls: PyType = memberDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
  ) {
    super();
  }
}

export const propertyType = newBuiltinType('property', {
  alloc: (cls) => withInstanceAttrs(new PyProperty(cls), cls),
});
export const classMethodType = newBuiltinType('classmethod', {
  alloc: (cls) => withInstanceAttrs(new PyClassMethod(null, cls), cls),
});
export const staticMethodType = newBuiltinType('staticmethod', {
  alloc: (cls) => withInstanceAttrs(new PyStaticMethod(null, cls), cls),
});
export const memberDescriptorType = newBuiltinType('member_descriptor', { final: true });
