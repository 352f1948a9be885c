// Instances of Python subclasses of int, float, complex and str (class MyInt(int): ...):
// the builtin value plus a `cls` and instance attributes. Plain values stay unboxed; the
// `xValue` helpers read the builtin value out of either form (or say it is not one).

import { PyObject, PyFloat, PyComplex } from './value.js';
import type { PyValue } from './object.js';
import { withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import type { PyInt } from './int.js';

export class PyIntObject extends PyObject {
  constructor(
    public override cls: PyType,
    readonly value: PyInt,
  ) {
    super();
  }
}

export class PyStrObject extends PyObject {
  constructor(
    public override cls: PyType,
    readonly value: string,
  ) {
    super();
  }
}

export class PyFloatObject extends PyFloat {
  constructor(
    public override cls: PyType,
    value: number,
  ) {
    super(value);
  }
}

export class PyComplexObject extends PyComplex {
  constructor(
    public override cls: PyType,
    real: number,
    imag: number,
  ) {
    super(real, imag);
  }
}

export const boxInt = (cls: PyType, v: PyInt): PyIntObject => withInstanceAttrs(new PyIntObject(cls, v), cls);
export const boxStr = (cls: PyType, v: string): PyStrObject => withInstanceAttrs(new PyStrObject(cls, v), cls);
export const boxFloat = (cls: PyType, v: number): PyFloatObject => withInstanceAttrs(new PyFloatObject(cls, v), cls);
export const boxComplex = (cls: PyType, re: number, im: number): PyComplexObject =>
  withInstanceAttrs(new PyComplexObject(cls, re, im), cls);

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intValue(v: PyValue): PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v instanceof PyIntObject ? v.value : undefined;
}

/** The double of a float or float-subclass instance. */
export function floatValue(v: PyValue): number | undefined {
  return v instanceof PyFloat ? v.value : undefined;
}

/** The text of a str or str-subclass instance. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof PyStrObject ? v.value : undefined;
}
