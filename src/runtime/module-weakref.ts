// The `weakref` module's core: ref (ReferenceType), finalize, getweakrefcount.
//
// Deliberate limit: JS decides when objects die and keeps every object that was read through
// a WeakRef alive until the current job ends, and a Python program runs as one job. So a
// referent never disappears while the program runs: `r()` keeps returning it and callbacks
// and finalizers only run when called explicitly. Which objects can be referenced follows
// CPython (instances of Python classes unless __slots__ leaves out __weakref__, functions,
// classes, bound methods, sets, ...; not int, str, tuple, list, dict, None, ...).
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, newBuiltinType, typeType } from './builtin-types.js';
import { typeError, excMatches } from './errors.js';
import { registerExitFunc, exitHooks } from './module-atexit.js';
import { defMethod, defGetSet, defNew, defFunction } from './builtin-function.js';
import { functionType, methodType } from './function.js';
import { PyDict } from './dict.js';
import { newTuple } from './tuple.js';
import { call } from './call.js';
import { hashOf } from './ops-hash.js';
import { richCompare, CompareOp } from './ops-compare.js';
import { idOf } from './id.js';
import { newModule, registerModule } from './modules.js';
import { propertyType } from './descriptors.js';
import { setType, frozensetType } from './set.js';
import { generatorType } from './generator.js';
import { toArray, isTrue } from './ops-protocols.js';

/** Builtin types whose instances can be weakly referenced (CPython's tp_weaklistoffset). */
const WEAKREFABLE_BUILTINS = new Set<PyType>([
  functionType, methodType, typeType, propertyType, setType, frozensetType, generatorType,
]);

function canReference(v: PyValue): v is PyObject {
  if (typeof v !== 'object' || v === null) return false;
  if (v instanceof PyType) return true;
  // A Python class has __weakref__ unless it declares __slots__ without it (then its bases
  // decide); a builtin class decides by itself.
  for (let c: PyType | null = v.cls; c !== null; c = c.base) {
    if (!c.isHeapType) return WEAKREFABLE_BUILTINS.has(c);
    const slots = c.ns.get('__slots__');
    if (slots === undefined) return true;
    const names = typeof slots === 'string' ? [slots] : toArray(slots);
    if (names.includes('__weakref__')) return true;
  }
  return false;
}

function referable(v: PyValue): PyObject {
  if (!canReference(v)) throw typeError(`cannot create weak reference to '${typeOf(v).name}' object`);
  return v;
}

const counts = new WeakMap<object, number>();

export class PyWeakRef extends PyObject {
  override cls: PyType = refType;
  private readonly target: WeakRef<PyObject>;
  private hash: number | bigint | undefined;
  constructor(
    obj: PyObject,
    readonly callback: PyValue,
  ) {
    super();
    this.target = new WeakRef(obj);
    counts.set(obj, (counts.get(obj) ?? 0) + 1);
  }

  get referent(): PyObject | null {
    return this.target.deref() ?? null;
  }

  hashValue(): number | bigint {
    if (this.hash === undefined) {
      const obj = this.referent;
      if (obj === null) throw typeError('weak object has gone away');
      this.hash = hashOf(obj);
    }
    return this.hash;
  }
}

export const refType = newBuiltinType('ReferenceType', { module: 'weakref' });
const wref = (v: PyValue) => v as PyWeakRef;

defNew(refType, '(object, callback=None, /)', (_cls: PyType, obj: PyValue, callback?: PyValue) =>
  new PyWeakRef(referable(obj), callback ?? null),
);
defMethod(refType, '__init__', '(*args)', () => null);
defMethod(refType, '__call__', 0, (self: PyValue) => wref(self).referent);
defMethod(refType, '__hash__', 0, (self: PyValue) => wref(self).hashValue());
defMethod(refType, '__eq__', 1, (self: PyValue, other: PyValue) => compareRefs(wref(self), other, CompareOp.EQ));
defMethod(refType, '__ne__', 1, (self: PyValue, other: PyValue) => compareRefs(wref(self), other, CompareOp.NE));
defGetSet(refType, '__callback__', (self) => wref(self).callback);
defMethod(refType, '__repr__', 0, (self: PyValue) => {
  const obj = wref(self).referent;
  const at = `<weakref at 0x${idOf(self).toString(16)}; `;
  return obj === null ? `${at}dead>` : `${at}to '${typeOf(obj).name}' at 0x${idOf(obj).toString(16)}>`;
});

/** Live references compare their referents; otherwise references compare by identity. */
function compareRefs(a: PyWeakRef, other: PyValue, op: number): PyValue {
  if (!(other instanceof PyWeakRef)) return op === CompareOp.EQ ? false : true;
  const x = a.referent;
  const y = other.referent;
  if (x === null || y === null) return op === CompareOp.EQ ? a === other : a !== other;
  return richCompare(x, y, op);
}

// weakref.finalize(obj, func, /, *args, **kwargs)
class PyFinalize extends PyObject {
  override cls: PyType = finalizeType;
  private target: WeakRef<PyObject> | null;
  /** Called at exit while still alive (the `atexit` attribute). */
  atexit = true;
  constructor(
    obj: PyObject,
    private readonly func: PyValue,
    private readonly args: PyValue[],
    private readonly kwargs: PyDict,
  ) {
    super();
    this.target = new WeakRef(obj);
    if (!exitFuncRegistered) {
      // As CPython's weakref module, which registers its exit function with atexit when the
      // first finalize is made.
      exitFuncRegistered = true;
      registerExitFunc(defFunction('_exitfunc', '()', runFinalizersAtExit, 'weakref'));
    }
    finalizers.add(this);
    finalizersMade = true;
  }

  /** (obj, func, args, kwargs) while alive, else None; `detach` also kills it. */
  info(detach: boolean): PyValue {
    const obj = this.target?.deref();
    if (obj === undefined) return null;
    if (detach) this.kill();
    return newTuple([obj, this.func, newTuple(this.args), this.kwargs]);
  }

  private kill(): void {
    this.target = null;
    finalizers.delete(this);
  }

  get alive(): boolean {
    return this.target?.deref() !== undefined;
  }

  run(): PyValue {
    if (!this.alive) return null;
    this.kill();
    const entries = this.kwargs.entries();
    return call(this.func, [...this.args, ...entries.map(([, v]) => v)], entries.length ? entries.map(([k]) => k as string) : null);
  }
}

/** Finalizers not yet called or detached, oldest first (CPython's finalize._registry). */
const finalizers = new Set<PyFinalize>();
let exitFuncRegistered = false;
/** A finalizer was made since the exit function last selected its pending ones. */
let finalizersMade = false;

/** finalize._exitfunc: the live finalizers with `atexit` set, newest first; an Exception one
 * raises goes to sys.excepthook (its traceback on stderr) and the rest still run. The
 * selection is made again when a finalizer was made meanwhile (CPython's `_dirty`). */
function runFinalizersAtExit(): PyValue {
  let pending: PyFinalize[] = [];
  for (;;) {
    if (finalizersMade || pending.length === 0) {
      pending = [...finalizers].filter((f) => f.atexit && f.alive);
      finalizersMade = false;
    }
    const f = pending.pop();
    if (f === undefined) break;
    try {
      f.run();
    } catch (e) {
      if (!excMatches(e, 'Exception')) throw e;
      exitHooks.excepthook(e);
    }
  }
  // Run: a finalizer made later (another program in this process) registers again.
  exitFuncRegistered = false;
  return null;
}

// A Python class in CPython (Lib/weakref.py): its tp_name is the bare name.
const finalizeType = newBuiltinType('finalize');
finalizeType.ns.set('__module__', 'weakref');
const fin = (v: PyValue) => v as PyFinalize;
defNew(finalizeType, '(obj, func, /, *args, **kwargs)', (_cls: PyType, obj: PyValue, func: PyValue, args: PyValue[], kwargs: PyDict) =>
  new PyFinalize(referable(obj), func, args, kwargs),
);
defMethod(finalizeType, '__init__', '(*args, **kwargs)', () => null);
defMethod(finalizeType, '__call__', '(_=None, /)', (self: PyValue) => fin(self).run());
defMethod(finalizeType, 'peek', 0, (self: PyValue) => fin(self).info(false));
defMethod(finalizeType, 'detach', 0, (self: PyValue) => fin(self).info(true));
defGetSet(finalizeType, 'alive', (self) => fin(self).alive);
// Only a live finalizer has the flag (CPython keeps it in the registry entry).
defGetSet(finalizeType, 'atexit', (self) => fin(self).alive && fin(self).atexit, (self, v) => {
  if (fin(self).alive) fin(self).atexit = isTrue(v as PyValue);
});

registerModule('weakref', () => {
  const m = newModule('weakref', 'Weak reference support for Python.');
  m.set('ref', refType)
    .set('ReferenceType', refType)
    .set('finalize', finalizeType)
    .set('getweakrefcount', defFunction('getweakrefcount', '(object, /)', (obj: PyValue) =>
      typeof obj === 'object' && obj !== null ? counts.get(obj) ?? 0 : 0, 'weakref'));
  return m;
});
