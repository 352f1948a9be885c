// Attribute access exactly as CPython: object.__getattribute__ (data descriptors on the type
// win over the instance dict, which wins over non-data descriptors and plain class
// attributes), type.__getattribute__ (the metatype's data descriptors, then the class's own
// MRO with descriptors called with no instance, then the metatype's other attributes), the
// __getattr__ fallback, __setattr__/__delattr__, and the method-call shortcut.
import { PyObject } from './value.js';
import { type PyValue, hasAttrs, type HasAttrs, AttrStore } from './object.js';
import { PyType, SLOT } from './type.js';
import { typeOf } from './builtin-types.js';
import { PyBaseException, attributeError, excMatches, typeError } from './errors.js';
import { PyFunction, PyBoundMethod } from './function.js';
import { PyMethodDescriptor, PyClassMethodDescriptor, PyGetSetDescriptor, PyBuiltinFunction } from './builtin-function.js';
import { PyProperty, PyClassMethod, PyStaticMethod, PyMemberDescriptor } from './descriptors.js';
import { PyDict } from './dict.js';
import { call, callMethod } from './call.js';

// ---------- descriptors ----------

/** `descr.__get__(obj, owner)`; `obj` undefined = accessed on the class itself. Returns
 * `descr` unchanged when its type has no `__get__`. */
export function descrGet(descr: PyValue, obj: PyValue | undefined, owner: PyType): PyValue {
  if (descr instanceof PyFunction) return obj === undefined ? descr : new PyBoundMethod(descr, obj);
  if (descr instanceof PyMethodDescriptor) {
    if (obj === undefined) return descr;
    descr.checkSelf(obj);
    return descr.bind(obj);
  }
  if (descr instanceof PyClassMethodDescriptor) return descr.bind(owner);
  if (descr instanceof PyClassMethod) {
    const f = descr.callable;
    if (f instanceof PyFunction) return new PyBoundMethod(f, owner);
    const inner = typeOf(f).lookup('__get__');
    return inner === undefined ? new PyBoundMethod(f, owner) : callMethod(inner, f, [owner, owner]);
  }
  if (descr instanceof PyStaticMethod) return descr.callable;
  if (descr instanceof PyProperty) {
    if (obj === undefined) return descr;
    if (descr.fget === null) throw propertyError(descr, obj, 'getter');
    return call(descr.fget, [obj]);
  }
  if (descr instanceof PyGetSetDescriptor) return obj === undefined ? descr : descr.get(obj);
  if (descr instanceof PyMemberDescriptor) return obj === undefined ? descr : memberGet(descr, obj);
  if (descr === null || typeof descr !== 'object' || descr instanceof PyBuiltinFunction || descr instanceof PyType) {
    return descr;
  }
  const get = typeOf(descr).lookupSlot(SLOT.get);
  if (get === undefined) return descr;
  return callMethod(get, descr, [obj === undefined ? null : obj, owner]);
}

/** Does the descriptor define `__set__` or `__delete__` (a data descriptor)? */
export function isDataDescriptor(descr: PyValue): boolean {
  if (descr === null || typeof descr !== 'object') return false;
  if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor || descr instanceof PyType) return false;
  if (descr instanceof PyProperty || descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor) return true;
  const t = descr.cls;
  return t.lookupSlot(SLOT.set) !== undefined || t.lookupSlot(SLOT.delete) !== undefined;
}

/** `descr.__set__(obj, value)` (value undefined = `__delete__`). False if `descr` is not a
 * data descriptor for this operation's direction. */
function descrSet(descr: PyValue, obj: PyValue, value: PyValue | undefined): boolean {
  if (descr === null || typeof descr !== 'object') return false;
  if (descr instanceof PyProperty) {
    const fn = value === undefined ? descr.fdel : descr.fset;
    if (fn === null) throw propertyError(descr, obj, value === undefined ? 'deleter' : 'setter');
    call(fn, value === undefined ? [obj] : [obj, value]);
    return true;
  }
  if (descr instanceof PyGetSetDescriptor) {
    if (descr.set === null) {
      throw attributeError(`attribute '${descr.name}' of '${descr.objclass.qualname}' objects is not writable`);
    }
    descr.set(obj, value);
    return true;
  }
  if (descr instanceof PyMemberDescriptor) {
    memberSet(descr, obj, value);
    return true;
  }
  if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor || descr instanceof PyType) return false;
  const t = descr.cls;
  if (value === undefined) {
    const del = t.lookup('__delete__');
    if (del !== undefined) {
      callMethod(del, descr, [obj]);
      return true;
    }
    if (t.lookup('__set__') !== undefined) throw attributeError('__delete__');
    return false;
  }
  const set = t.lookup('__set__');
  if (set !== undefined) {
    callMethod(set, descr, [obj, value]);
    return true;
  }
  if (t.lookup('__delete__') !== undefined) throw attributeError('__set__');
  return false;
}

function propertyError(p: PyProperty, obj: PyValue, what: string) {
  const name = typeof p.name === 'string' ? ` '${p.name}'` : '';
  return attributeError(`property${name} of '${typeOf(obj).name}' object has no ${what}`);
}

/** `__slots__` values of instances whose other attributes moved into a real `__dict__`
 * (instanceDictOf): the slots are not part of that dict. */
const detachedSlots = new WeakMap<PyObject, AttrStore>();

/** Where `obj`'s slot values live: its attribute store, or the detached one. */
function slotStoreOf(obj: PyObject & HasAttrs): AttrStore {
  if (obj.attrs !== null) return obj.attrs;
  let store = detachedSlots.get(obj);
  if (store === undefined) detachedSlots.set(obj, (store = new AttrStore()));
  return store;
}

/** Is `descr` (found on `cls`) a `__slots__` member that applies to instances of `cls`? */
export function isSlotMember(cls: PyType, descr: PyValue | undefined): descr is PyMemberDescriptor {
  return descr instanceof PyMemberDescriptor && cls.isSubtypeOf(descr.objclass);
}

function memberGet(d: PyMemberDescriptor, obj: PyValue): PyValue {
  if (!typeOf(obj).isSubtypeOf(d.objclass)) throw memberTypeError(d, obj);
  const v = slotStoreOf(obj as PyObject & HasAttrs).get(d.name);
  if (v === undefined) throw noAttribute(obj, d.name);
  return v;
}

/** A `__slots__` member's __set__ (value undefined = __delete__). */
export function memberSet(d: PyMemberDescriptor, obj: PyValue, value: PyValue | undefined): void {
  if (!typeOf(obj).isSubtypeOf(d.objclass)) throw memberTypeError(d, obj);
  const store = slotStoreOf(obj as PyObject & HasAttrs);
  if (value === undefined) {
    if (!store.delete(d.name)) throw attributeError(d.name);
  } else store.set(d.name, value);
}

function memberTypeError(d: PyMemberDescriptor, obj: PyValue) {
  return typeError(
    `descriptor '${d.name}' for '${d.objclass.qualname}' objects doesn't apply to a '${typeOf(obj).name}' object`,
  );
}

// ---------- instance attribute storage ----------

function readInstanceAttr(obj: PyObject & HasAttrs, name: string): PyValue | undefined {
  const store = obj.attrs;
  if (store !== null) return store.get(name);
  return obj.dict === null ? undefined : obj.dict.getStr(name);
}

/** `obj.__dict__` for an object with instance attributes: moves the attributes from the
 * fast store into a real dict once, so later dict mutations are seen by attribute access. */
export function instanceDictOf(obj: PyObject & HasAttrs): PyDict {
  if (obj.dict === null) {
    const d = new PyDict();
    const store = obj.attrs;
    obj.attrs = null;
    if (store !== null) {
      const cls = typeOf(obj);
      const { names } = store.shape;
      for (let i = 0; i < names.length; i++) {
        const k = names[i];
        if (isSlotMember(cls, cls.lookup(k))) slotStoreOf(obj).set(k, store.values[i]);
        else d.setStr(k, store.values[i]);
      }
    }
    obj.dict = d;
  }
  return obj.dict;
}

/** The names of an instance's own attributes, in insertion order. */
export function instanceAttrNames(obj: PyObject & HasAttrs): string[] {
  if (obj.attrs !== null) return obj.attrs.names();
  const names: string[] = [];
  if (obj.dict !== null) for (const [k] of obj.dict.entries()) if (typeof k === 'string') names.push(k);
  return names;
}

/** Store an attribute in the instance (in a dict once the store's shape is full). */
function writeInstanceAttr(obj: PyObject & HasAttrs, name: string, value: PyValue): void {
  const store = obj.attrs;
  if (store !== null && store.hasRoomFor(name)) store.set(name, value);
  else instanceDictOf(obj).setStr(name, value);
}

function deleteInstanceAttr(obj: PyObject & HasAttrs, name: string): boolean {
  const store = obj.attrs;
  if (store !== null) return store.delete(name);
  return obj.dict !== null && obj.dict.delete(name) !== undefined;
}

// ---------- errors ----------

/** AttributeError "'A' object has no attribute 'x'" with .name and .obj set (3.10+). */
export function noAttribute(obj: PyValue, name: string): PyBaseException {
  const msg =
    obj instanceof PyType
      ? `type object '${obj.name}' has no attribute '${name}'`
      : `'${typeOf(obj).name}' object has no attribute '${name}'`;
  const e = attributeError(msg);
  e.fields = { name, obj };
  return e;
}

// ---------- object.__getattribute__ / type.__getattribute__ ----------

/** object.__getattribute__(obj, name): returns undefined instead of raising when absent. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === 'object' && descr !== null && isDataDescriptor(descr)) {
    return descrGet(descr, obj, t);
  }
  if (typeof obj === 'object' && obj !== null && t.hasDict && hasAttrs(obj)) {
    const v = readInstanceAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (descr === undefined) return undefined;
  return descrGet(descr, obj, t);
}

/** type.__getattribute__(cls, name): returns undefined instead of raising when absent. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return descrGet(metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== undefined) return descrGet(attr, undefined, cls);
  if (metaAttr !== undefined) return descrGet(metaAttr, cls, meta);
  return undefined;
}

// Set by object-methods.ts / type-methods.ts: the descriptors of the default
// __getattribute__/__setattr__/__delattr__, to recognise "not overridden" cheaply.
export const defaultSlots = {
  objectGetattribute: undefined as PyValue | undefined,
  typeGetattribute: undefined as PyValue | undefined,
  objectSetattr: undefined as PyValue | undefined,
  typeSetattr: undefined as PyValue | undefined,
  objectDelattr: undefined as PyValue | undefined,
  typeDelattr: undefined as PyValue | undefined,
};

const ATTR_GENERIC = 0; // object.__getattribute__, no __getattr__
const ATTR_TYPE = 1; // type.__getattribute__, no __getattr__
const ATTR_CUSTOM = 2; // anything else

/** How attribute loads on instances of `t` dispatch (cached on the type). */
function attrKind(t: PyType): number {
  let k = t.attrKind;
  if (k < 0) {
    const ga = t.lookup('__getattribute__');
    const fallback = t.lookup('__getattr__') !== undefined;
    k = fallback ? ATTR_CUSTOM : ga === defaultSlots.objectGetattribute ? ATTR_GENERIC : ga === defaultSlots.typeGetattribute ? ATTR_TYPE : ATTR_CUSTOM;
    t.attrKind = k;
  }
  return k;
}

/** getattr(obj, name) without a default: raises AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const kind = attrKind(t);
  if (kind === ATTR_CUSTOM) return customGetAttr(obj, name, t);
  const v = kind === ATTR_GENERIC ? genericGetAttr(obj, name) : typeGetAttr(obj as PyType, name);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

/** getattr(obj, name, <absent>): undefined when the attribute does not exist (an
 * AttributeError from __getattribute__/__getattr__ or a descriptor counts as absent). */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const kind = attrKind(t);
  try {
    if (kind === ATTR_GENERIC) return genericGetAttr(obj, name);
    if (kind === ATTR_TYPE) return typeGetAttr(obj as PyType, name);
    return customGetAttr(obj, name, t);
  } catch (e) {
    if (excMatches(e, 'AttributeError')) return undefined;
    throw e;
  }
}

/** A type with its own __getattribute__ and/or __getattr__ (CPython's slot_tp_getattr_hook):
 * an AttributeError from the first one passes to __getattr__, whose outcome (value or
 * exception) is final; without __getattr__ the original AttributeError propagates. */
function customGetAttr(obj: PyValue, name: string, t: PyType): PyValue {
  const ga = t.lookup('__getattribute__');
  const fallback = t.lookup('__getattr__');
  try {
    let v: PyValue | undefined;
    if (ga === defaultSlots.objectGetattribute) v = genericGetAttr(obj, name);
    else if (ga === defaultSlots.typeGetattribute) v = typeGetAttr(obj as PyType, name);
    else v = callMethod(ga!, obj, [name]);
    if (v !== undefined) return v;
    if (fallback === undefined) throw noAttribute(obj, name);
  } catch (e) {
    if (fallback === undefined || !excMatches(e, 'AttributeError')) throw e;
  }
  return callMethod(fallback, obj, [name]);
}

/** object.__setattr__(obj, name, value); value undefined = object.__delattr__. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && descrSet(descr, obj, value)) return;
  if (typeof obj === 'object' && obj !== null && t.hasDict && hasAttrs(obj)) {
    if (value !== undefined) writeInstanceAttr(obj, name, value);
    else if (!deleteInstanceAttr(obj, name)) throw noAttribute(obj, name);
    return;
  }
  // No __dict__: a class attribute of that name (not a data descriptor) makes it read-only.
  if (descr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  throw noAttribute(obj, name);
}

/** type.__setattr__(cls, name, value): builtin types are immutable. */
export function typeSetAttr(cls: PyType, name: string, value: PyValue | undefined): void {
  if (!cls.isHeapType) throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  const meta = cls.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && descrSet(metaAttr, cls, value)) return;
  if (value !== undefined) cls.setMember(name, value);
  else if (!cls.deleteMember(name)) throw noAttribute(cls, name);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const sa = typeOf(obj).lookup('__setattr__');
  if (sa === defaultSlots.objectSetattr) genericSetAttr(obj, name, value);
  else if (sa === defaultSlots.typeSetattr) typeSetAttr(obj as PyType, name, value);
  else callMethod(sa!, obj, [name, value]);
}

export function delAttr(obj: PyValue, name: string): void {
  const da = typeOf(obj).lookup('__delattr__');
  if (da === defaultSlots.objectDelattr) genericSetAttr(obj, name, undefined);
  else if (da === defaultSlots.typeDelattr) typeSetAttr(obj as PyType, name, undefined);
  else callMethod(da!, obj, [name]);
}

/** The method-call shortcut (LOAD_METHOD): when `obj.name` would be a plain function or
 * method descriptor bound to `obj`, return the unbound callable so the caller can call it
 * with `obj` prepended and skip allocating a bound method. Otherwise undefined: use getAttr. */
export function lookupMethod(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (attrKind(t) !== ATTR_GENERIC) return undefined;
  const descr = t.lookup(name);
  if (!(descr instanceof PyFunction || descr instanceof PyMethodDescriptor)) return undefined;
  if (typeof obj === 'object' && obj !== null && t.hasDict && hasAttrs(obj) && readInstanceAttr(obj, name) !== undefined) {
    return undefined;
  }
  if (descr instanceof PyMethodDescriptor) descr.checkSelf(obj);
  return descr;
}

/** Special-method lookup (CPython's _PyObject_LookupSpecial): on the type only, bound. */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  return d === undefined ? undefined : descrGet(d, obj, t);
}

/** Validate an attribute name given as a value (getattr(obj, 2)). */
export function attrName(name: PyValue): string {
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  return name;
}
