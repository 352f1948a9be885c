// Inline caches for attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR), polymorphic up
// to MAX_TYPES receiver types per instruction. A cache entry remembers, for one instruction
// and one receiver type (and the type's version, which changes whenever the namespace or MRO
// of the type or a base changes), how the name resolved: an instance attribute, a plain
// function on the type (a method), a class-level value, a builtin method descriptor, or
// "generic" (data descriptors, custom __getattribute__/__getattr__/__setattr__: the generic
// protocol runs, the entry only saves working that out again). A hit skips the generic
// attribute protocol; the entry is valid exactly when CPython's lookup would take the same
// path, so behaviour is unchanged.
import { PyObject } from '../src/runtime/value.js';
import type { PyValue, HasAttrs } from '../src/runtime/object.js';
import type { Shape, AttrStore } from '../src/runtime/attr-store.js';
import { PyType } from '../src/runtime/type.js';
import { PyFunction } from '../src/runtime/function.js';
import { PyMethodDescriptor } from '../src/runtime/builtin-function.js';
import { defaultSlots, isSlotMember, isDataDescriptor } from '../src/runtime/attr.js';
import { PyModule, moduleType } from '../src/runtime/modules.js';

/** The name is an instance attribute or a `__slots__` member (either way its value is in the
 * object's attribute store under the name; absent = the generic path decides). Instance
 * values are found through the store's shape (AttrCache.indexIn). */
export const IC_INSTANCE = 1;
/** A Python function on the type, not shadowed by the instance. */
export const IC_METHOD = 2;
/** A non-descriptor value on the type, not shadowed by the instance. */
export const IC_CLASS_VALUE = 3;
/** A builtin method descriptor on a type whose instances have no attributes. */
export const IC_NATIVE_METHOD = 4;
/** STORE_ATTR: write into the instance's attribute store. */
export const IC_STORE = 5;
/** This type's lookup takes the generic path (a data descriptor such as a property, a
 * custom __getattribute__, ...): remembered so the instruction does not work out again on
 * every execution that it cannot be cached. */
export const IC_GENERIC = 6;

/** LOAD_ATTR / LOAD_METHOD on a module (`math.sqrt`): the name's entry in the module's
 * dict, while the dict has the same keys (CPython 3.11's LOAD_METHOD_MODULE). */
export const IC_MODULE = 7;
/** LOAD_ATTR / LOAD_METHOD on a class (`Base.method(self)`): the class attribute, while the
 * class is unchanged; the entry's type is the metaclass. */
export const IC_CLASS_ATTR = 8;

/** How many receiver types one instruction's cache keeps (as V8's polymorphic inline caches):
 * a method inherited by a subclass sees both classes' instances. */
const MAX_TYPES = 4;

export class AttrCache {
  /** The last instance shape this instruction met (attr-store.ts; null = none yet), and what
   * it says about the name: the index of its value, or -1 when the instance does not have it. */
  shape: Shape | null = null;
  index = -1;
  /** STORE_ATTR: the shape after adding the name to `shape`; null when `shape` has it. */
  next: Shape | null = null;
  /** The entry for another receiver type at the same instruction. */
  other: AttrCache | undefined = undefined;
  /** IC_MODULE: the module's dict, its version and the name's entry index. IC_CLASS_ATTR:
   * the class and its version. */
  holder: PyObject | null = null;
  holderVersion = 0;

  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly kind: number,
    readonly value: PyValue,
  ) {}

  /** Index of the name's value in `store` (-1 = absent), learning the store's shape. */
  indexIn(store: AttrStore, name: string): number {
    if (store.shape !== this.shape) {
      this.shape = store.shape;
      this.index = store.shape.indexOf(name);
    }
    return this.index;
  }

  /** STORE_ATTR into `store`; false when adding the name would pass MAX_SHAPE_NAMES (the
   * generic path decides: a dict, or a `__slots__` value). */
  store(store: AttrStore, name: string, v: PyValue): boolean {
    if (store.shape !== this.shape) {
      const before = store.shape;
      const i = before.indexOf(name);
      if (i < 0 && !store.hasRoomFor(name)) return false;
      const next = i >= 0 ? null : before.with(name);
      this.shape = before;
      this.index = i;
      this.next = next;
    }
    if (this.next === null) store.values[this.index] = v;
    else {
      store.values[this.shape!.names.length] = v;
      store.shape = this.next;
    }
    return true;
  }
}

/** The value an IC_MODULE or IC_CLASS_ATTR entry holds for receiver `obj`, or undefined
 * when the entry is for another module or class or they have changed. */
export function heldValue(c: AttrCache, obj: PyValue): PyValue | undefined {
  const h = c.holder;
  if (c.kind === IC_MODULE) {
    const d = (obj as PyModule).dict;
    return d === h && d.version === c.holderVersion ? d.values[c.index] : undefined;
  }
  return obj === h && (h as PyType).version === c.holderVersion ? c.value : undefined;
}

function moduleEntry(m: PyModule, t: PyType, name: string): AttrCache | undefined {
  // A type attribute (`__dict__`, `__class__`) would come first.
  if (t.lookup(name) !== undefined || !hasPlainGetattr(t)) return undefined;
  const d = m.dict;
  const i = d.keys.indexOf(name);
  if (i < 0) return undefined;
  const c = new AttrCache(t, t.version as number, IC_MODULE, null);
  c.holder = d;
  c.holderVersion = d.version;
  c.index = i;
  return c;
}

/** type.__getattribute__ (typeGetAttr) of `name` on `cls`, when that is the class attribute
 * itself: no data descriptor on the metaclass `meta` comes first, and the attribute's
 * __get__ (if a function's) returns it unchanged for a class. */
function classEntry(cls: PyType, meta: PyType, name: string): AttrCache | undefined {
  if (meta.lookup('__getattribute__') !== defaultSlots.typeGetattribute || meta.lookup('__getattr__') !== undefined) return undefined;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return undefined;
  const v = cls.lookup(name);
  if (v === undefined || typeof cls.version !== 'number' || !(v instanceof PyFunction || isPlainClassValue(v))) return undefined;
  const c = new AttrCache(meta, meta.version as number, IC_CLASS_ATTR, v);
  c.holder = cls;
  c.holderVersion = cls.version;
  return c;
}

function hasPlainGetattr(t: PyType): boolean {
  return t.lookup('__getattribute__') === defaultSlots.objectGetattribute && t.lookup('__getattr__') === undefined;
}

/** A value that descrGet returns unchanged and that is not a data descriptor. */
function isPlainClassValue(v: PyValue): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (v instanceof PyType) return true;
  const t = v.cls;
  return (
    t.lookup('__get__') === undefined &&
    t.lookup('__set__') === undefined &&
    t.lookup('__delete__') === undefined &&
    !(v instanceof PyFunction) &&
    !(v instanceof PyMethodDescriptor)
  );
}

function instanceStore(obj: PyValue): HasAttrs['attrs'] | undefined {
  return obj instanceof PyObject ? (obj as Partial<HasAttrs>).attrs : undefined;
}

/** The cache chain `head` with a new entry for loading `name` from `obj` (of type `t`;
 * LOAD_ATTR / LOAD_METHOD) in front. */
export function withLoadEntry(head: AttrCache | undefined, obj: PyValue, t: PyType, name: string): AttrCache | undefined {
  return withEntry(head, t, attrCacheFor(obj, t, name));
}

/** The cache chain `head` with a new entry for `obj.name = v` (STORE_ATTR) in front. */
export function withStoreEntry(head: AttrCache | undefined, obj: PyValue, t: PyType, name: string): AttrCache | undefined {
  return withEntry(head, t, storeCacheFor(obj, t, name));
}

/** `entry` (or an IC_GENERIC entry for `t`) followed by the still valid entries of `head` for
 * other types, at most MAX_TYPES in all. Types without a version tag are never cached. */
function withEntry(head: AttrCache | undefined, t: PyType, entry: AttrCache | undefined): AttrCache | undefined {
  if (typeof t.version !== 'number') return head;
  const first = entry ?? new AttrCache(t, t.version, IC_GENERIC, null);
  const kept: AttrCache[] = [first];
  for (let c = head; c !== undefined && kept.length < MAX_TYPES; c = c.other) {
    if (c.type !== t && c.type.version === c.version) kept.push(c);
  }
  for (let i = 0; i < kept.length; i++) kept[i].other = kept[i + 1];
  return first;
}

/** A cache entry for loading `name` from `obj` (LOAD_ATTR / LOAD_METHOD), or undefined
 * when this access must always take the generic path. */
function attrCacheFor(obj: PyValue, t: PyType, name: string): AttrCache | undefined {
  if (typeof t.version !== 'number') return undefined;
  if (obj instanceof PyModule && t === moduleType) return moduleEntry(obj, t, name);
  if (obj instanceof PyType) return classEntry(obj, t, name);
  if (!hasPlainGetattr(t)) return undefined;
  const descr = t.lookup(name);
  const store = instanceStore(obj);
  if (isOwnSlot(t, descr, store)) return new AttrCache(t, t.version, IC_INSTANCE, null);
  if (t.hasDict) {
    if (store === undefined || store === null) return undefined;
    if (descr === undefined) return new AttrCache(t, t.version, IC_INSTANCE, null);
    if (descr instanceof PyFunction) return new AttrCache(t, t.version, IC_METHOD, descr);
    if (isPlainClassValue(descr)) return new AttrCache(t, t.version, IC_CLASS_VALUE, descr);
    return undefined;
  }
  // No __dict__: a store holds only __slots__ values, reached through their member
  // descriptors, so a method found on the type is the answer (bm_float's points).
  if (store !== undefined && store !== null) return descr instanceof PyFunction ? new AttrCache(t, t.version, IC_METHOD, descr) : undefined;
  if (descr instanceof PyMethodDescriptor && t.isSubtypeOf(descr.objclass)) {
    return new AttrCache(t, t.version, IC_NATIVE_METHOD, descr);
  }
  if (descr instanceof PyFunction) return new AttrCache(t, t.version, IC_METHOD, descr);
  return undefined;
}

/** A slot member of `t` on an instance that keeps its attributes in a store. */
function isOwnSlot(t: PyType, descr: PyValue | undefined, store: HasAttrs['attrs'] | undefined): boolean {
  return store !== undefined && store !== null && isSlotMember(t, descr);
}

/** A cache entry for `obj.name = v` (STORE_ATTR), or undefined. */
function storeCacheFor(obj: PyValue, t: PyType, name: string): AttrCache | undefined {
  if (typeof t.version !== 'number') return undefined;
  if (t.lookup('__setattr__') !== defaultSlots.objectSetattr) return undefined;
  const store = instanceStore(obj);
  if (store === undefined || store === null) return undefined;
  const descr = t.lookup(name);
  if (isOwnSlot(t, descr, store)) return new AttrCache(t, t.version, IC_STORE, null);
  if (!t.hasDict) return undefined;
  if (descr !== undefined && !(descr instanceof PyFunction) && !isPlainClassValue(descr)) return undefined;
  return new AttrCache(t, t.version, IC_STORE, null);
}
