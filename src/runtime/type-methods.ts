// The methods of `type`: calling a class (__new__ then __init__), creating classes
// (type(name, bases, ns) and metaclasses: slots, __set_name__, __init_subclass__,
// __classcell__), and the class attributes (__name__, __qualname__, __module__, __bases__,
// __mro__, __dict__, __doc__, mro(), __subclasses__()).
import { type PyValue, AttrStore, hasAttrs } from './object.js';
import { PyType, SLOT, bestBase } from './type.js';
import { objectType, typeType, typeOf, noBlankInstances } from './builtin-types.js';
import { typeError, valueError, runtimeError, attributeError, PyBaseException } from './errors.js';
import { defMethod, defClassMethod, defGetSet, defNew, PyGetSetDescriptor, PyBuiltinNew } from './builtin-function.js';
import { typeGetAttr, typeSetAttr, noAttribute, attrName, defaultSlots, descrGet, instanceDictOf } from './attr.js';
import { call, callMethod, typeCallHook } from './call.js';
import { PyFunction, PyCell } from './function.js';
import { PyStaticMethod, PyClassMethod, PyMemberDescriptor } from './descriptors.js';
import { PyDict } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { newList } from './list.js';
import { objectNew, isObjectNew, isObjectInit, checkObjectInitArgs } from './object-methods.js';
import { toArray, isTrue } from './ops-protocols.js';
import { defaultChecks, recursiveIsInstance, recursiveIsSubclass } from './isinstance.js';
import { typeModule } from './ops-repr.js';
import { newMappingProxy } from './mappingproxy.js';

/** Filled by the interpreter: `__name__` of the globals of the running frame (what
 * type.__new__ puts in `__module__` when the namespace has none). */
export const typeHooks = {
  callerModuleName: (): PyValue | undefined => undefined,
};

// ---------- calling a class ----------

/** type.__call__(cls, *args, **kw): obj = cls.__new__(cls, ...); if isinstance(obj, cls):
 * obj.__init__(...). */
export function callType(cls: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === typeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  const newFn = cls.lookupSlot(SLOT.new);
  let obj: PyValue;
  if (isObjectNew(newFn)) {
    // A builtin type that keeps object.__new__ but cannot make blank instances (iterators,
    // views, generators, frames: CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION).
    if (cls.alloc === noBlankInstances) throw typeError(`cannot create '${cls.name}' instances`);
    obj = objectNew(cls, 0);
    if (args.length > 0 && isObjectInit(cls.lookupSlot(SLOT.init))) throw typeError(`${cls.name}() takes no arguments`);
  } else if (newFn instanceof PyBuiltinNew && cls.isSubtypeOf(newFn.owner)) {
    obj = newFn.construct(cls, args, kwnames);
  } else {
    const f = newFn instanceof PyStaticMethod ? newFn.callable : descrGet(newFn!, undefined, cls);
    obj = call(f, [cls, ...args], kwnames);
  }
  return initNew(cls, obj, args, kwnames);
}

/** The second half of type.__call__: `obj` came from cls.__new__(cls, *args); run
 * `__init__` when obj is an instance of cls. */
export function initNew(cls: PyType, obj: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const t = typeOf(obj);
  if (!t.isSubtypeOf(cls)) return obj;
  const init = t.lookupSlot(SLOT.init);
  if (isObjectInit(init)) {
    checkObjectInitArgs(t, args.length);
    return obj;
  }
  return initialized(obj, callMethod(init!, obj, args, kwnames));
}

/** `obj` once its `__init__` returned `r`, which must be None. */
export function initialized(obj: PyValue, r: PyValue): PyValue {
  if (r !== null) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  return obj;
}

typeCallHook.callType = callType;
typeCallHook.defaultTypeCall = defMethod(typeType, '__call__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kw: PyDict) => {
  if (!(self instanceof PyType)) throw typeError("descriptor '__call__' requires a 'type' object");
  const entries = kw.entries();
  return callType(self, [...args, ...entries.map(([, v]) => v)], entries.length ? entries.map(([k]) => k as string) : null);
});

// ---------- creating a class ----------

/** The most derived metaclass of `meta` and the bases' metaclasses (or a TypeError). */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

const isIdentifier = (s: string) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s);

/** Python's private-name mangling for slot names (`__x` in class A -> `_A__x`). */
function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** type.__new__(meta, name, bases, ns, **kwargs). */
export function newClass(meta: PyType, name: PyValue, bases: PyValue, ns: PyValue, kwargs: PyDict | null): PyValue {
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta) {
    const wnew = winner.lookup('__new__');
    if (wnew !== typeType.ns.get('__new__')) return call(wnew!, [winner, name, bases, ns]);
    meta = winner;
  }
  const baseTypes: PyType[] = [];
  for (const b of bases.items) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    baseTypes.push(b);
  }
  if (baseTypes.length === 0) baseTypes.push(objectType);

  const cls = new PyType(meta, name, baseTypes);
  cls.isHeapType = true;
  // A metaclass may override mro() (CPython's mro_internal).
  const customMro = meta.lookup('mro');
  if (customMro !== undefined && customMro !== typeType.ns.get('mro')) {
    cls.mro = toArray(callMethod(customMro, cls, [])).map((t) => {
      if (!(t instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(t).name}')`);
      return t;
    });
  }
  const baseHasDict = baseTypes.some((b) => b.hasDict);

  // __slots__
  const slotsValue = ns.getStr('__slots__');
  let slotNames: string[] = [];
  let addDict = true;
  if (slotsValue !== undefined) {
    const items = typeof slotsValue === 'string' ? [slotsValue] : toArray(slotsValue);
    addDict = false;
    // As CPython's type_new_slots_impl: variable-size bases (int, tuple, bytes) take no
    // slots; then every item is checked; then the names are mangled and checked against
    // the class variables, and the member descriptors are made in sorted order.
    const best = bestBase(baseTypes);
    let sized = best;
    while (sized.isHeapType && sized.base !== null) sized = sized.base;
    if (items.length > 0 && ['int', 'bool', 'tuple', 'bytes', 'type'].includes(sized.name) && sized !== objectType) {
      throw typeError(`nonempty __slots__ not supported for subtype of '${best.name}'`);
    }
    for (const item of items) {
      if (typeof item !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(item).name}'`);
      if (!isIdentifier(item)) throw typeError('__slots__ must be identifiers');
      if (item === '__dict__') {
        if (baseHasDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
      }
    }
    for (const item of items as string[]) {
      if (item === '__dict__' || item === '__weakref__') continue;
      const mangled = mangle(name, item);
      if (ns.getStr(mangled) !== undefined) {
        throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
      }
      slotNames.push(mangled);
    }
    slotNames.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Slots change the instance layout: two bases that both add slots conflict.
    if (slotNames.length > 0) cls.layout = cls;
  }
  cls.hasDict = baseHasDict || addDict;
  cls.slotNames = slotNames;

  // Copy the namespace; __qualname__ and __classcell__ are consumed, not stored.
  let classcell: PyValue | undefined;
  for (const [k, v] of ns.entries()) {
    if (typeof k !== 'string') continue;
    if (k === '__qualname__') {
      if (typeof v !== 'string') throw typeError(`type __qualname__ must be a str, not ${typeOf(v).name}`);
      cls.qualname = v;
      continue;
    }
    if (k === '__classcell__') {
      classcell = v;
      continue;
    }
    cls.ns.set(k, v);
  }
  if (!cls.ns.has('__module__')) {
    const mod = typeHooks.callerModuleName();
    if (mod !== undefined) cls.ns.set('__module__', mod);
  }
  const newFn = cls.ns.get('__new__');
  if (newFn instanceof PyFunction) cls.ns.set('__new__', new PyStaticMethod(newFn));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = cls.ns.get(cm);
    if (f instanceof PyFunction) cls.ns.set(cm, new PyClassMethod(f));
  }
  // Member descriptors come before __dict__ (CPython adds the getsets after the members).
  for (const s of slotNames) cls.ns.set(s, new PyMemberDescriptor(s, cls));
  if (cls.hasDict && !baseHasDict) {
    cls.ns.set('__dict__', dictDescriptorFor(cls));
  }
  if (!cls.ns.has('__doc__')) cls.ns.set('__doc__', null);
  if (cls.ns.has('__eq__') && !cls.ns.has('__hash__')) cls.ns.set('__hash__', null);
  cls.invalidate();

  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) {
      throw typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(classcell).name}`);
    }
    classcell.value = cls;
  }

  // __set_name__ on every attribute that has it, in definition order.
  for (const [attr, value] of [...cls.ns.entries()]) {
    const setName = typeOf(value).lookup('__set_name__');
    if (setName === undefined) continue;
    try {
      callMethod(setName, value, [cls, attr]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      const err = runtimeError(`Error calling __set_name__ on '${typeOf(value).name}' instance '${attr}' in '${cls.name}'`);
      // CPython's _PyErr_FormatFromCause: the original is both __cause__ and __context__.
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
  }

  // super(cls, cls).__init_subclass__(**kwargs)
  for (let i = 1; i < cls.mro.length; i++) {
    const init = cls.mro[i].ns.get('__init_subclass__');
    if (init === undefined) continue;
    const bound = descrGet(init, undefined, cls);
    const entries = kwargs === null ? [] : kwargs.entries();
    call(bound, entries.map(([, v]) => v), entries.length ? entries.map(([k]) => k as string) : null);
    break;
  }
  return cls;
}

/** The `__dict__` descriptor a class gets when it introduces instance dictionaries. */
export function dictDescriptorFor(owner: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(
    '__dict__',
    owner,
    (self) => {
      if (typeof self !== 'object' || self === null || !hasAttrs(self)) throw noAttribute(self, '__dict__');
      return instanceDictOf(self);
    },
    (self, value) => {
      if (typeof self !== 'object' || self === null || !hasAttrs(self)) throw noAttribute(self, '__dict__');
      if (value === undefined) {
        self.dict = null;
        self.attrs = new AttrStore();
        return;
      }
      if (!(value instanceof PyDict)) {
        throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      }
      self.attrs = null;
      self.dict = value;
    },
  );
}

defNew(typeType, '(*args, **kwargs)', (meta: PyType, args: PyValue[], kwargs: PyDict) => {
  if (meta === typeType && args.length === 1) {
    if (kwargs.size > 0) throw typeError('type() takes no keyword arguments');
    return typeOf(args[0]);
  }
  if (args.length !== 3) {
    throw typeError(meta === typeType ? 'type() takes 1 or 3 arguments' : 'type.__new__() takes exactly 3 arguments (' + args.length + ' given)');
  }
  return newClass(meta, args[0], args[1], args[2], kwargs);
});

defMethod(typeType, '__init__', '(*args, **kwargs)', (_self: PyValue, args: PyValue[]) => {
  if (args.length !== 1 && args.length !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
  return null;
});

// ---------- class attributes ----------

const asType = (v: PyValue): PyType => {
  if (!(v instanceof PyType)) throw typeError(`descriptor requires a 'type' object but received '${typeOf(v).name}'`);
  return v;
};

defMethod(typeType, '__repr__', 0, (self: PyValue) => {
  const t = asType(self);
  const mod = typeModule(t);
  return `<class '${mod === undefined ? '' : mod + '.'}${t.qualname}'>`;
});

defaultSlots.typeGetattribute = defMethod(typeType, '__getattribute__', 1, (self: PyValue, name: PyValue) => {
  const n = attrName(name);
  const v = typeGetAttr(asType(self), n);
  if (v === undefined) throw noAttribute(self, n);
  return v;
});
defaultSlots.typeSetattr = defMethod(typeType, '__setattr__', 2, (self: PyValue, name: PyValue, value: PyValue) => {
  typeSetAttr(asType(self), attrName(name), value);
  return null;
});
defaultSlots.typeDelattr = defMethod(typeType, '__delattr__', 1, (self: PyValue, name: PyValue) => {
  typeSetAttr(asType(self), attrName(name), undefined);
  return null;
});

function settable(t: PyType, attr: string): void {
  if (!t.isHeapType) throw typeError(`cannot set '${attr}' attribute of immutable type '${t.name}'`);
}

defGetSet(
  typeType,
  '__name__',
  (self) => asType(self).shortName,
  (self, v) => {
    const t = asType(self);
    settable(t, '__name__');
    if (typeof v !== 'string') throw typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v === undefined ? null : v).name}'`);
    t.name = v;
    t.nameHasModule = false;
  },
);
defGetSet(
  typeType,
  '__qualname__',
  (self) => asType(self).qualname,
  (self, v) => {
    const t = asType(self);
    settable(t, '__qualname__');
    if (typeof v !== 'string') throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeOf(v === undefined ? null : v).name}'`);
    t.qualname = v;
  },
);
defGetSet(
  typeType,
  '__module__',
  (self) => {
    const t = asType(self);
    const m = t.ns.get('__module__');
    if (m !== undefined) return m;
    if (!t.isHeapType) return 'builtins';
    throw noAttribute(t, '__module__');
  },
  (self, v) => {
    const t = asType(self);
    settable(t, '__module__');
    if (v === undefined) t.deleteMember('__module__');
    else t.setMember('__module__', v);
  },
);
defGetSet(typeType, '__bases__', (self) => newTuple(asType(self).bases), (self, v) => {
  const t = asType(self);
  settable(t, '__bases__');
  if (!(v instanceof PyTuple) || v.items.length === 0) {
    throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ${typeOf(v ?? null).name}`);
  }
  const bases = v.items.map((b) => {
    if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
    if (b.isSubtypeOf(t)) throw typeError('a __bases__ item causes an inheritance cycle');
    return b;
  });
  // CPython's compatible_for_assignment: the instances' deallocator (a class statement's
  // type and the container builtins free through the GC) and layout may not change.
  const newBase = bestBase(bases);
  const old = t.base;
  if (old !== null) {
    const gcFreed = (b: PyType) => b.isHeapType || ['list', 'tuple', 'dict', 'set', 'frozenset'].includes(b.name);
    if (gcFreed(newBase) !== gcFreed(old)) throw typeError(`__bases__ assignment: '${newBase.name}' deallocator differs from '${old.name}'`);
    if (newBase.layout !== old.layout) throw typeError(`__bases__ assignment: '${newBase.name}' object layout differs from '${old.name}'`);
  }
  t.setBases(bases);
});
defGetSet(typeType, '__base__', (self) => asType(self).base);
defGetSet(typeType, '__mro__', (self) => newTuple(asType(self).mro));
defGetSet(typeType, '__dict__', (self) => newMappingProxy(asType(self)));
defGetSet(
  typeType,
  '__doc__',
  (self) => {
    const t = asType(self);
    const d = t.ns.get('__doc__');
    if (d === undefined) return null;
    return descrGet(d, undefined, t);
  },
  (self, v) => {
    const t = asType(self);
    settable(t, '__doc__');
    t.setMember('__doc__', v ?? null);
  },
);
defGetSet(typeType, '__text_signature__', () => null);

defMethod(typeType, 'mro', 0, (self: PyValue) => newList([...asType(self).mro]));
defMethod(typeType, '__subclasses__', 0, (self: PyValue) => newList(asType(self).subclasses()));
defMethod(typeType, '__sizeof__', 0, () => 880);
defMethod(typeType, '__dir__', 0, (self: PyValue) => {
  const names = new Set<string>();
  const t = asType(self);
  for (const c of t.mro) for (const k of c.ns.keys()) names.add(k);
  for (const c of t.cls.mro) for (const k of c.ns.keys()) names.add(k);
  return newList([...names]);
});
defaultChecks.instancecheck = defMethod(typeType, '__instancecheck__', 1, (self: PyValue, obj: PyValue) =>
  recursiveIsInstance(obj, self),
);
defaultChecks.subclasscheck = defMethod(typeType, '__subclasscheck__', 1, (self: PyValue, sub: PyValue) =>
  recursiveIsSubclass(sub, self),
);

// __abstractmethods__ (set by abc.ABCMeta): a non-empty one forbids instantiation.
defGetSet(
  typeType,
  '__abstractmethods__',
  (self) => {
    const t = asType(self);
    const v = t === typeType ? undefined : t.ns.get('__abstractmethods__');
    if (v === undefined) throw attributeError('__abstractmethods__');
    return v;
  },
  (self, v) => {
    const t = asType(self);
    settable(t, '__abstractmethods__');
    if (v === undefined) {
      if (!t.deleteMember('__abstractmethods__')) throw attributeError('__abstractmethods__');
    } else t.setMember('__abstractmethods__', v);
    t.isAbstract = v !== undefined && isTrue(v);
  },
);

defClassMethod(typeType, '__prepare__', '(*args, **kwargs)', () => new PyDict());
