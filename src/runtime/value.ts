// The value representation shared by every stage (parser constants, CodeObject constants,
// the wire format, the interpreter and the JITs). Decided by DESIGN.md "Values":
//   int       -> JS number when it is a safe integer (|n| <= 2^53-1), else a JS bigint
//                (a bigint is never used for a value that fits a safe integer)
//   bool      -> JS boolean
//   float     -> PyFloat (boxed, so 1 and 1.0 stay distinct; JIT code may unbox)
//   complex   -> PyComplex
//   str       -> JS string
//   bytes     -> PyBytes
//   None      -> JS null
//   Ellipsis  -> the ELLIPSIS singleton
// The runtime adds behaviour to these classes in its own files; keep this module free of
// imports so the front end can use it without pulling in the runtime.

/** Base class of every heap-allocated Python value. The runtime (src/runtime/object.ts)
 * gives each subclass its Python type as a `cls` property (on the prototype for the
 * classes below, so they stay as small as they are here). */
export class PyObject {}

export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super();
  }
}

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number) {
    super();
  }
}

export class PyBytes extends PyObject {
  constructor(readonly bytes: Uint8Array) {
    super();
  }
}

export class PyEllipsis extends PyObject {
  private constructor() {
    super();
  }
  static readonly instance = new PyEllipsis();
}
export const ELLIPSIS = PyEllipsis.instance;

/** The values a Constant node (and a CodeObject's constant pool) may hold. Tuples and
 * frozensets of constants appear in CodeObjects only, never in the AST. */
export type ConstantValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PyFloat
  | PyComplex
  | PyBytes
  | PyEllipsis;

/** Normalise an exact integer: a bigint that fits a safe integer becomes a number. */
export function normalizeInt(n: bigint): number | bigint {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}
