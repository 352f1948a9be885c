// What an `except` clause catches: CPython's check_except_type_valid (the clause's type must be
// an exception class or a tuple of them) and PyErr_GivenExceptionMatches. Used by the
// interpreter's CHECK_EXC_MATCH and by except* / ExceptionGroup.split (exception-group.ts).
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { PyBaseException, EXC, typeError } from './errors.js';
import { PyTuple } from './tuple.js';

export const isExceptionClass = (v: PyValue): boolean => v instanceof PyType && v.isSubtypeOf(EXC['BaseException']);

/** TypeError unless `type` is an exception class or a tuple of exception classes. */
export function checkExceptType(type: PyValue): void {
  const classes = type instanceof PyTuple ? type.items : [type];
  for (const c of classes) {
    if (!isExceptionClass(c)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
}

/** Is `exc` an instance of `types` (a class or a, possibly nested, tuple of classes)? */
export function givenExceptionMatches(exc: PyBaseException, types: PyValue): boolean {
  if (types instanceof PyTuple) return types.items.some((t) => givenExceptionMatches(exc, t));
  return types instanceof PyType && exc.cls.isSubtypeOf(types);
}
