// The one place the number and text types raise Python exceptions (through the object
// model's errors.ts), so their pure functions stay free of exception plumbing.

import { PyBytes } from './value.js';
import { EXC, newException } from './errors.js';
import './exceptions.js'; // fills EXC

export type PyErrorName =
  | 'TypeError'
  | 'ValueError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'MemoryError'
  | 'IndexError'
  | 'AttributeError'
  | 'LookupError';

/** Raise `pyType(message)`; an empty message means no arguments (MemoryError()). */
export function raise(pyType: PyErrorName, message: string): never {
  const type = EXC[pyType]!;
  throw message === '' ? newException(type) : newException(type, message);
}

/** UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason). */
export function raiseUnicodeError(
  kind: 'UnicodeEncodeError' | 'UnicodeDecodeError',
  encoding: string,
  object: string | Uint8Array,
  start: number,
  end: number,
  reason: string,
): never {
  const obj = typeof object === 'string' ? object : new PyBytes(object);
  throw newException(EXC[kind]!, encoding, obj, start, end, reason);
}
