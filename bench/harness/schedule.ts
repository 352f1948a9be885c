// Interleaving: within one run every system gets its turn in every round, and the order
// rotates so that no system always runs first (cold caches) or last (after the others have
// heated the machine).

/** `items` rotated left by `by` places. */
export function rotation<T>(items: readonly T[], by: number): T[] {
  const k = by % Math.max(1, items.length);
  return [...items.slice(k), ...items.slice(0, k)];
}
