// Python-level behaviour of property, classmethod and staticmethod: construction,
// __get__/__set__/__delete__ (attr.ts handles them natively; these make them callable from
// Python), getter/setter/deleter, __func__, __isabstractmethod__, __set_name__, __doc__.
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { typeError } from './errors.js';
import { defMethod, defGetSet, defGenericNew } from './builtin-function.js';
import { PyProperty, PyClassMethod, PyStaticMethod, propertyType, classMethodType, staticMethodType } from './descriptors.js';
import { descrGet, genericSetAttr, getAttrOrUndefined } from './attr.js';
import { call } from './call.js';
import { PyDict } from './dict.js';
import { reprOf } from './ops-repr.js';
import { isTrue } from './ops-protocols.js';
import { idOf } from './id.js';

const prop = (v: PyValue): PyProperty => {
  if (!(v instanceof PyProperty)) throw typeError(`descriptor requires a 'property' object but received '${typeOf(v).name}'`);
  return v;
};

// property(fget=None, fset=None, fdel=None, doc=None)
defGenericNew(propertyType);
defGenericNew(classMethodType);
defGenericNew(staticMethodType);
defMethod(propertyType, '__init__', '(fget=None, fset=None, fdel=None, doc=None)', (self: PyValue, fget?: PyValue, fset?: PyValue, fdel?: PyValue, doc?: PyValue) => {
  const p = prop(self);
  p.fget = fget ?? null;
  p.fset = fset ?? null;
  p.fdel = fdel ?? null;
  p.doc = doc ?? null;
  if ((doc === undefined || doc === null) && p.fget !== null) {
    const d = getAttrOrUndefined(p.fget, '__doc__');
    p.doc = d === undefined ? null : d;
  }
  return null;
});
defMethod(propertyType, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue, owner?: PyValue) =>
  descrGet(self, obj === null ? undefined : obj, owner instanceof PyType ? owner : typeOf(obj)),
);
defMethod(propertyType, '__set__', 2, (self: PyValue, obj: PyValue, value: PyValue) => {
  propertySet(prop(self), obj, value);
  return null;
});
defMethod(propertyType, '__delete__', 1, (self: PyValue, obj: PyValue) => {
  propertySet(prop(self), obj, undefined);
  return null;
});
function propertySet(p: PyProperty, obj: PyValue, value: PyValue | undefined): void {
  const f = value === undefined ? p.fdel : p.fset;
  if (f === null) {
    const name = typeof p.name === 'string' ? ` '${p.name}'` : '';
    throw typeError(`property${name} of '${typeOf(obj).name}' object has no ${value === undefined ? 'deleter' : 'setter'}`);
  }
  call(f, value === undefined ? [obj] : [obj, value]);
}

/** property.getter/setter/deleter: a copy with one accessor replaced (same type). */
function copyWith(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue): PyValue {
  const fget = which === 'fget' ? f : p.fget;
  const fset = which === 'fset' ? f : p.fset;
  const fdel = which === 'fdel' ? f : p.fdel;
  const copy = call(typeOf(p), [fget, fset, fdel, which === 'fget' ? null : p.doc]);
  if (copy instanceof PyProperty) copy.name = p.name;
  return copy;
}
defMethod(propertyType, 'getter', 1, (self: PyValue, f: PyValue) => copyWith(prop(self), 'fget', f));
defMethod(propertyType, 'setter', 1, (self: PyValue, f: PyValue) => copyWith(prop(self), 'fset', f));
defMethod(propertyType, 'deleter', 1, (self: PyValue, f: PyValue) => copyWith(prop(self), 'fdel', f));
defMethod(propertyType, '__set_name__', 2, (self: PyValue, _owner: PyValue, name: PyValue) => {
  prop(self).name = name;
  return null;
});
defGetSet(propertyType, 'fget', (self) => prop(self).fget);
defGetSet(propertyType, 'fset', (self) => prop(self).fset);
defGetSet(propertyType, 'fdel', (self) => prop(self).fdel);
defGetSet(propertyType, '__doc__', (self) => prop(self).doc, (self, v) => {
  prop(self).doc = v ?? null;
});
defGetSet(propertyType, '__isabstractmethod__', (self) => {
  const p = prop(self);
  return [p.fget, p.fset, p.fdel].some((f) => f !== null && isAbstract(f));
});

function isAbstract(f: PyValue): boolean {
  const v = getAttrOrUndefined(f, '__isabstractmethod__');
  return v !== undefined && isTrue(v);
}

// classmethod / staticmethod
for (const [type, Ctor, name] of [
  [classMethodType, PyClassMethod, 'classmethod'],
  [staticMethodType, PyStaticMethod, 'staticmethod'],
] as const) {
  const wrapped = (v: PyValue) => {
    if (!(v instanceof Ctor)) throw typeError(`descriptor requires a '${name}' object but received '${typeOf(v).name}'`);
    return v;
  };
  defMethod(type, '__init__', '(function, /)', (self: PyValue, f: PyValue) => {
    const w = wrapped(self);
    w.callable = f;
    // functools.update_wrapper-like copying of __doc__, __name__, ... (3.10+)
    for (const attr of ['__module__', '__name__', '__qualname__', '__doc__']) {
      const v = getAttrOrUndefined(f, attr);
      if (v !== undefined) genericSetAttr(w, attr, v);
    }
    return null;
  });
  defMethod(type, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue, owner?: PyValue) =>
    descrGet(self, obj === null ? undefined : obj, owner instanceof PyType ? owner : typeOf(obj)),
  );
  defGetSet(type, '__func__', (self) => wrapped(self).callable);
  defGetSet(type, '__wrapped__', (self) => wrapped(self).callable);
  defGetSet(type, '__isabstractmethod__', (self) => isAbstract(wrapped(self).callable));
  defMethod(type, '__repr__', 0, (self: PyValue) => `<${name}(${reprOf(wrapped(self).callable)})>`);
  type.hasDict = true;
}
defMethod(staticMethodType, '__call__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kw: PyDict) => {
  const entries = kw.entries();
  return call((self as PyStaticMethod).callable, [...args, ...entries.map(([, v]) => v)], entries.length ? entries.map(([k]) => k as string) : null);
});
defMethod(propertyType, '__repr__', 0, (self: PyValue) => `<property object at 0x${idOf(self).toString(16)}>`);
