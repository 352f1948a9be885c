// Instance attribute storage with shared shapes (V8's hidden classes, CPython 3.11's shared
// keys): an object's attribute names and their order live in a Shape that every object which
// set the same names in the same order shares, and the values in a plain array. An inline
// cache that has seen a shape knows where a name's value is, so a cached attribute load is a
// shape check and an array load instead of a lookup by name (a megamorphic keyed load in V8
// costs ~9 ns; interp/README.md#speed). Leaf module (array-kinds.ts is one too).
import type { PyValue } from './object.js';
import { holeyArray } from './array-kinds.js';

/** Room for this many values from the start: growing an empty array on the first write
 * costs more than allocating a few slots (most instances have a handful of attributes). */
const INITIAL_ROOM = 4;

/** Past this many names an object's attributes move into a real dict (attr.ts
 * writeInstanceAttr; the inline caches do not add names past it): a namespace-like object
 * with many names would otherwise make a quadratic chain of shapes. `__slots__` values are
 * not limited (a class declares them all up front). */
export const MAX_SHAPE_NAMES = 64;

export class Shape {
  /** Shapes reached by adding one name, created on first use. */
  private readonly next = new Map<string, Shape>();

  private constructor(
    /** The attribute names in insertion order; a name's index is its value's index. */
    readonly names: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  static readonly EMPTY = new Shape([], new Map());

  /** Index of `name`'s value, or -1. */
  indexOf(name: string): number {
    return this.index.get(name) ?? -1;
  }

  /** The shape with `name` added last (shared by every object that takes this step). */
  with(name: string): Shape {
    let s = this.next.get(name);
    if (s === undefined) {
      const index = new Map(this.index);
      index.set(name, this.names.length);
      s = new Shape([...this.names, name], index);
      this.next.set(name, s);
    }
    return s;
  }
}

/** The attributes of one object: `values[i]` belongs to `shape.names[i]`. */
export class AttrStore {
  shape: Shape = Shape.EMPTY;
  /** Slots at and past shape.names.length are holes. HOLEY_ELEMENTS from the start, so the
   * caches' loads see one elements kind. */
  values = holeyArray<PyValue>(INITIAL_ROOM) as PyValue[];

  get(name: string): PyValue | undefined {
    const i = this.shape.indexOf(name);
    return i < 0 ? undefined : this.values[i];
  }

  set(name: string, value: PyValue): void {
    const i = this.shape.indexOf(name);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    this.values[this.shape.names.length] = value;
    this.shape = this.shape.with(name);
  }

  /** Whether setting `name` keeps the store within MAX_SHAPE_NAMES. */
  hasRoomFor(name: string): boolean {
    return this.shape.names.length < MAX_SHAPE_NAMES || this.shape.indexOf(name) >= 0;
  }

  /** Remove `name` (false if absent). The rest keep their order; a later set puts the name
   * last, as a dict does. Rare, so it rebuilds the shape. */
  delete(name: string): boolean {
    const gone = this.shape.indexOf(name);
    if (gone < 0) return false;
    const { names } = this.shape;
    const values = this.values;
    this.shape = Shape.EMPTY;
    this.values = holeyArray<PyValue>(INITIAL_ROOM) as PyValue[];
    for (let i = 0; i < names.length; i++) if (i !== gone) this.set(names[i], values[i]);
    return true;
  }

  names(): string[] {
    return [...this.shape.names];
  }
}
