// Sizes pytier caps below CPython's (a leaf module: anything may import it).

/** The most items a list holds. V8 (11.3) aborts the whole process, with no error to catch,
 * when an array grown item by item needs storage for more than ~112.8M elements
 * (crbug.com/1201626): `list(range(2**62))` did. Past this a list raises MemoryError, as
 * CPython's does when memory runs out (at 100M items CPython's list takes 800 MB). */
export const MAX_LIST_LENGTH = 100_000_000;

