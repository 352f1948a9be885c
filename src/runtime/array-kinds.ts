// Arrays the interpreter indexes on every instruction (frame locals and stacks, constants,
// names, inline caches) are each made with one V8 elements kind. V8 gives every elements kind
// its own map: `new Array(n)` starts HOLEY_SMI, `[]` PACKED_SMI, an array of numbers
// PACKED_DOUBLE, and an array moves to a more general kind as other values arrive. A load
// site that met several kinds was polymorphic, and optimized code that had seen fewer kinds
// was thrown away ("wrong map") when a code object or a frame brought a new one: over the
// benchmark suite that was the most frequent deoptimization.

/** A new array of `n` undefineds (holes), HOLEY_ELEMENTS from the start. Cheaper than a
 * packed array: `new Array(n)` is allocated inline, a copy or a push loop is not (measured
 * 10 ns against 15-22 ns for 8 slots), and frames are made on every call. */
export function holeyArray<T>(n: number): (T | undefined)[] {
  const a = new Array<T | undefined>(n);
  // An undefined is not a small integer: the store moves the array to HOLEY_ELEMENTS now
  // instead of whenever its first object arrives.
  if (n > 0) a[0] = undefined;
  return a;
}

/** A PACKED_ELEMENTS copy of `items` (a literal with an object is PACKED_ELEMENTS; popping
 * the object keeps the kind). */
export function packedCopy<T>(items: readonly T[]): T[] {
  const a: unknown[] = [null];
  a.pop();
  for (let i = 0; i < items.length; i++) a.push(items[i]);
  return a as T[];
}
