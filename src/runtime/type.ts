// PyType: the JS representation of every Python class (builtin or user-defined), its C3 MRO,
// and member lookup along the MRO with a per-type cache. Also creates the two bootstrap
// types `object` and `type`. Behaviour of `type(...)`, `type.__new__` etc. lives in
// type-methods.ts; attribute access on types in attr.ts.
import { PyObject } from './value.js';
import { PyInstance, type PyValue } from './object.js';
import { typeError } from './errors.js';

/** Creates a blank instance of `cls` with the JS layout of a type's solid base. */
export type Allocator = (cls: PyType) => PyObject;

export class PyType extends PyObject {
  /** CPython's tp_name, which error messages name a type by; `qualname` appears only in
   * reprs. For a type that stands for a C type of a module, tp_name carries the module
   * ('collections.deque', 'sys.flags') and `__name__` is what follows the last dot
   * (nameHasModule, shortName). */
  name: string;
  qualname: string;
  nameHasModule = false;
  /** The class namespace (`__dict__`), in definition order. Mutate it only through
   * setMember/deleteMember so the lookup caches stay valid. */
  readonly ns = new Map<string, PyValue>();
  bases: PyType[];
  /** `__base__`: the base whose instance layout this type extends. */
  base: PyType | null;
  mro: PyType[] = [];
  /** Created by a class statement or type(name, bases, ns): attributes are settable. */
  isHeapType = false;
  /** May be subclassed (false for bool, NoneType, function, ...). */
  isBaseType = true;
  /** Instances carry a `__dict__` (instances of user classes without `__slots__`). */
  hasDict = false;
  /** Has a non-empty `__abstractmethods__` (abc): instantiation raises TypeError. */
  isAbstract = false;
  /** Names declared in `__slots__` by this type (not its bases). */
  slotNames: readonly string[] = [];
  /** Creates a blank instance (used by `object.__new__` and friends); inherited. */
  alloc: Allocator;
  /** Identifies the JS instance layout; equal to the base's unless this type adds one. */
  layout: object;

  /** Scratch slot for attr.ts: how attribute access on instances dispatches (-1 = not
   * computed since the last namespace change). */
  attrKind = -1;
  /** Bumped whenever this type's (or a base's) namespace or MRO changes: the
   * interpreter's inline caches compare it (interp/inline-cache.ts). */
  version = 0;

  private readonly cache = new Map<string, PyValue | typeof ABSENT>();
  /** Special-method cache by slot id (slotId): an array load instead of a Map lookup on
   * the operator paths. undefined = not resolved yet. */
  private special: (PyValue | typeof ABSENT | undefined)[] = [];
  /** Some type on whose MRO this type is (itself included) has cached lookups. */
  private subtreeCached = false;
  private readonly subclassRefs: WeakRef<PyType>[] = [];

  /** The metatype (`type(cls)`). */
  override cls: PyType;

  /** `__name__`. */
  get shortName(): string {
    return this.nameHasModule ? this.name.slice(this.name.lastIndexOf('.') + 1) : this.name;
  }

  /** Name the type `module.name` (C types of modules: see `name`). */
  setModuleName(module: string): void {
    this.name = `${module}.${this.shortName}`;
    this.nameHasModule = true;
    this.ns.set('__module__', module);
  }

  /** `metatype` null means "the new type is its own metatype" (only `type` itself). */
  constructor(
    metatype: PyType | null,
    name: string,
    bases: PyType[],
    opts: { alloc?: Allocator; qualname?: string; layout?: object } = {},
  ) {
    super();
    this.cls = metatype ?? this;
    this.name = name;
    this.qualname = opts.qualname ?? name;
    this.bases = bases;
    this.base = bases.length === 0 ? null : bestBase(bases);
    this.alloc = opts.alloc ?? this.base?.alloc ?? notInstantiable;
    this.layout = opts.layout ?? (opts.alloc !== undefined ? this : this.base?.layout ?? this);
    this.mro = computeMro(this);
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
  }

  /** Find `name` in the namespaces along the MRO (CPython's _PyType_Lookup). */
  lookup(name: string): PyValue | undefined {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === ABSENT ? undefined : (hit as PyValue);
    let found: PyValue | undefined;
    for (const t of this.mro) {
      found = t.ns.get(name);
      if (found !== undefined) break;
    }
    if (this.cache.size === 0) for (const t of this.mro) t.subtreeCached = true;
    this.cache.set(name, found === undefined ? ABSENT : found);
    return found;
  }

  /** lookup() of a special method by its slot id (see `slotId`). */
  lookupSlot(id: number): PyValue | undefined {
    const v = this.special[id];
    if (v !== undefined) return v === ABSENT ? undefined : (v as PyValue);
    const found = this.lookup(SLOT_NAMES[id]);
    this.special[id] = found === undefined ? ABSENT : found;
    return found;
  }

  /** Like lookup, also telling which class on the MRO defines the member. */
  lookupWithOwner(name: string): [PyValue, PyType] | undefined {
    for (const t of this.mro) {
      const v = t.ns.get(name);
      if (v !== undefined) return [v, t];
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  setMember(name: string, value: PyValue): void {
    this.ns.set(name, value);
    this.invalidate();
  }

  deleteMember(name: string): boolean {
    const had = this.ns.delete(name);
    this.invalidate();
    return had;
  }

  /** Live direct subclasses (`__subclasses__()`), in creation order. Dead references
   * (collected classes) are dropped as they are found. */
  subclasses(): PyType[] {
    const out: PyType[] = [];
    const refs = this.subclassRefs;
    let live = 0;
    for (let i = 0; i < refs.length; i++) {
      const t = refs[i].deref();
      if (t === undefined) continue;
      refs[live++] = refs[i];
      if (t.bases.includes(this)) out.push(t);
    }
    refs.length = live;
    return out;
  }

  /** Replace `__bases__` (recomputes the MRO, checked by the caller for layout). */
  setBases(bases: PyType[]): void {
    const old = this.bases;
    this.bases = bases;
    try {
      this.mro = computeMro(this);
    } catch (e) {
      this.bases = old;
      throw e;
    }
    this.base = bestBase(bases);
    for (const b of bases) if (!old.includes(b)) b.subclassRefs.push(new WeakRef(this));
    this.invalidate();
  }

  /** Drop cached lookups of this type and every subclass (a namespace changed). */
  invalidate(): void {
    this.attrKind = -1;
    this.version++;
    // Nothing below was looked up since the last invalidation: no cache to clear.
    if (!this.subtreeCached) return;
    this.subtreeCached = false;
    this.cache.clear();
    this.special = [];
    for (const sub of this.subclasses()) sub.invalidate();
  }
}

/** Marks "no such member" in a type's lookup caches. */
const ABSENT: unique symbol = Symbol('absent');

const SLOT_NAMES: string[] = [];
const SLOT_IDS = new Map<string, number>();

/** The slot id of a special method name, for `PyType.lookupSlot` (call once at load time
 * and keep the number: ids are small consecutive integers). */
export function slotId(name: string): number {
  let id = SLOT_IDS.get(name);
  if (id === undefined) {
    id = SLOT_NAMES.length;
    SLOT_NAMES.push(name);
    SLOT_IDS.set(name, id);
  }
  return id;
}

/** Slot ids of the special methods the generic operations look up. */
export const SLOT = {
  new: slotId('__new__'),
  init: slotId('__init__'),
  call: slotId('__call__'),
  get: slotId('__get__'),
  set: slotId('__set__'),
  delete: slotId('__delete__'),
  hash: slotId('__hash__'),
  bool: slotId('__bool__'),
  len: slotId('__len__'),
  iter: slotId('__iter__'),
  next: slotId('__next__'),
  getitem: slotId('__getitem__'),
  setitem: slotId('__setitem__'),
  delitem: slotId('__delitem__'),
  contains: slotId('__contains__'),
  repr: slotId('__repr__'),
  str: slotId('__str__'),
  format: slotId('__format__'),
  index: slotId('__index__'),
} as const;

function notInstantiable(cls: PyType): PyObject {
  throw typeError(`cannot create '${cls.name}' instances`);
}

/** CPython's best_base: the base with the most derived instance layout; bases whose layouts
 * are not on one line conflict. Among bases of the same layout the first one wins. */
export function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!b.isBaseType) throw typeError(`type '${b.name}' is not an acceptable base type`);
    if (winner === null) winner = b;
    else if (hasLayout(winner, b.layout)) continue;
    else if (hasLayout(b, winner.layout)) winner = b;
    else throw typeError('multiple bases have instance lay-out conflict');
  }
  return winner!;
}

function hasLayout(t: PyType, layout: object): boolean {
  for (let b: PyType | null = t; b !== null; b = b.base) if (b.layout === layout) return true;
  return false;
}

/** C3 linearization with CPython's error messages. `type.mro()` overrides are applied by
 * type-methods.ts (a metaclass may define `mro`). */
export function computeMro(t: PyType): PyType[] {
  const bases = t.bases;
  if (bases.length === 0) return [t];
  if (bases.length === 1) return [t, ...bases[0].mro];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw typeError(`duplicate base class ${bases[i].name}`);
    }
  }
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()];
  const result: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let next: PyType | null = null;
    for (const s of live) {
      const head = s[0];
      if (!live.some((o) => o.indexOf(head) > 0)) {
        next = head;
        break;
      }
    }
    if (next === null) {
      const heads: string[] = [];
      for (const s of live) if (!heads.includes(s[0].name)) heads.push(s[0].name);
      throw typeError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(', ')}`,
      );
    }
    result.push(next);
    for (const s of live) if (s[0] === next) s.shift();
  }
}

// ---- bootstrap: `type` is an instance of itself, `object` is the root of every MRO ----

export const typeType = new PyType(null, 'type', [], { alloc: notInstantiable });
export const objectType = new PyType(typeType, 'object', [], {
  alloc: (cls) => new PyInstance(cls, cls.hasDict || cls.slotNames.length > 0),
});
typeType.setBases([objectType]);
