// The methods of `object`, the root of every class: construction (__new__/__init__ with
// CPython's excess-argument rules), identity equality and hashing, default repr/str/format,
// generic attribute access, __class__, __init_subclass__, __dir__.
import { type PyValue, hasAttrs } from './object.js';
import { PyType } from './type.js';
import { objectType, typeOf, argTypeName, NotImplemented, typeType } from './builtin-types.js';
import { typeError } from './errors.js';
import {
  defMethod, defClassMethod, defGetSet, defNew, type PyMethodDescriptor,
} from './builtin-function.js';
import {
  genericGetAttr, genericSetAttr, noAttribute, attrName, defaultSlots, instanceAttrNames,
} from './attr.js';
import { callMethod } from './call.js';
import { reprOf, defaultRepr, strOf } from './ops-repr.js';
import { defaultCompare, CompareOp } from './ops-compare.js';
import { isTrue as truth, toArray } from './ops-protocols.js';
import { strCompare } from './str.js';
import { hashId, objectHashSlot } from './ops-hash.js';
import { newList } from './list.js';
import { PyDict } from './dict.js';
import { PyStaticMethod } from './descriptors.js';

let objectInit: PyMethodDescriptor;

/** object.__new__'s check: arguments are only allowed when the class overrides __init__
 * (and does not override __new__). */
function checkNewArgs(cls: PyType, nargs: number): void {
  if (nargs === 0) return;
  if (cls.lookup('__new__') !== objectType.ns.get('__new__')) {
    throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
  }
  if (cls.lookup('__init__') === objectInit) throw typeError(`${cls.name}() takes no arguments`);
}

/** object.__new__(cls): a blank instance (used by type.__call__'s fast path too). */
export function objectNew(cls: PyValue, nargs: number): PyValue {
  if (!(cls instanceof PyType)) {
    throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  }
  // Only classes whose instances have object's layout (plain instances, maybe with slots).
  let builtin = cls;
  while (builtin.isHeapType && builtin.base !== null) builtin = builtin.base;
  if (builtin.layout !== objectType.layout) {
    // CPython names the nearest class whose __new__ is not written in Python.
    let named = cls;
    while (named.base !== null && named.ns.get('__new__') instanceof PyStaticMethod) named = named.base;
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${named.name}.__new__()`);
  }
  checkNewArgs(cls, nargs);
  if (cls.isAbstract) throw abstractError(cls);
  return cls.alloc(cls);
}

function abstractError(cls: PyType) {
  const names = toArray(cls.ns.get('__abstractmethods__') ?? null)
    .map((n) => strOf(n))
    .sort(strCompare);
  const s = names.length === 1 ? '' : 's';
  return typeError(`Can't instantiate abstract class ${cls.name} with abstract method${s} ${names.join(', ')}`);
}

const objectNewFn = defNew(objectType, '(*args, **kwargs)', (cls: PyValue, args: PyValue[], kwargs: PyDict) =>
  objectNew(cls, args.length + kwargs.size),
);

export function isObjectNew(f: PyValue | undefined): boolean {
  return f === objectNewFn;
}

objectInit = defMethod(objectType, '__init__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs: PyDict) => {
  if (args.length + kwargs.size === 0) return null;
  const cls = typeOf(self);
  // CPython's object_init: 'object.__init__()' when the class overrides __init__ (a
  // super().__init__(x) call), else the class's tp_name (__name__, not __qualname__).
  if (cls.lookup('__init__') !== objectInit) {
    throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
  }
  if (cls.lookup('__new__') === objectType.ns.get('__new__')) {
    throw typeError(`${cls.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return null;
});

/** Whether construction with these many arguments is allowed by object.__init__ (used by
 * type.__call__ when __init__ is not overridden). */
export function checkObjectInitArgs(cls: PyType, nargs: number): void {
  if (nargs > 0 && cls.lookup('__new__') === objectType.ns.get('__new__')) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
}

export function isObjectInit(f: PyValue | undefined): boolean {
  return f === objectInit;
}

defMethod(objectType, '__repr__', 0, (self: PyValue) => defaultRepr(self));
defMethod(objectType, '__str__', 0, (self: PyValue) => reprOf(self));
defMethod(objectType, '__format__', 1, (self: PyValue, spec: PyValue) => {
  if (typeof spec !== 'string') {
    throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  return strOf(self);
});

// Rich comparisons: == is identity, the orderings decline; != inverts __eq__.
defaultCompare[CompareOp.EQ] = defMethod(objectType, '__eq__', 1, (self: PyValue, other: PyValue) => (self === other ? true : NotImplemented));
defMethod(objectType, '__ne__', 1, (self: PyValue, other: PyValue) => {
  const eq = typeOf(self).lookup('__eq__');
  if (eq === undefined || eq === null) return NotImplemented;
  const r = callMethod(eq, self, [other]);
  if (r === NotImplemented) return r;
  return typeof r === 'boolean' ? !r : !truth(r);
});
for (const [name, op] of [['__lt__', CompareOp.LT], ['__le__', CompareOp.LE], ['__gt__', CompareOp.GT], ['__ge__', CompareOp.GE]] as const) {
  defaultCompare[op] = defMethod(objectType, name, 1, () => NotImplemented);
}

objectHashSlot.value = defMethod(objectType, '__hash__', 0, (self: PyValue) => hashId(self));

defaultSlots.objectGetattribute = defMethod(objectType, '__getattribute__', 1, (self: PyValue, name: PyValue) => {
  const n = attrName(name);
  const v = genericGetAttr(self, n);
  if (v === undefined) throw noAttribute(self, n);
  return v;
});
defaultSlots.objectSetattr = defMethod(objectType, '__setattr__', 2, (self: PyValue, name: PyValue, value: PyValue) => {
  genericSetAttr(self, attrName(name), value);
  return null;
});
defaultSlots.objectDelattr = defMethod(objectType, '__delattr__', 1, (self: PyValue, name: PyValue) => {
  genericSetAttr(self, attrName(name), undefined);
  return null;
});

defGetSet(
  objectType,
  '__class__',
  (self) => typeOf(self),
  (self, value) => {
    if (value === undefined) throw typeError("can't delete __class__ attribute");
    if (!(value instanceof PyType)) {
      throw typeError(`__class__ must be set to a class, not '${typeOf(value).name}' object`);
    }
    const old = typeOf(self);
    if (!old.isHeapType || !value.isHeapType || typeof self !== 'object' || self === null) {
      throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
    }
    if (old.layout !== value.layout || old.hasDict !== value.hasDict) {
      throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
    }
    self.cls = value;
  },
);

defClassMethod(objectType, '__init_subclass__', '(**kwargs)', (cls: PyType, kwargs: PyDict) => {
  if (kwargs.size > 0) throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
  return null;
});
defClassMethod(objectType, '__subclasshook__', '(*args)', () => NotImplemented);

defMethod(objectType, '__dir__', 0, (self: PyValue) => {
  const names = new Set<string>();
  if (typeof self === 'object' && self !== null && hasAttrs(self) && typeOf(self).hasDict) {
    for (const k of instanceAttrNames(self)) names.add(k);
  }
  for (const t of typeOf(self).mro) for (const k of t.ns.keys()) names.add(k);
  return newList([...names]);
});
defMethod(objectType, '__sizeof__', 0, () => 16);
objectType.ns.set('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
typeType.invalidate();
