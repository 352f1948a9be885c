// repr(), str(), format() dispatch and the default object repr. Type files define
// `__repr__`/`__str__`/`__format__`; this module enforces the result types with CPython's
// messages and offers the recursion guard containers use ("[...]").
import { type PyValue } from './object.js';
import { type PyType, SLOT } from './type.js';
import { PyFloat } from './value.js';
import { typeOf, floatType } from './builtin-types.js';
import { strRepr } from './str-repr.js';
import { floatRepr } from './float-format.js';
import { intToStr } from './int-text.js';
import { typeError } from './errors.js';
import { callMethod } from './call.js';
import { idOf } from './id.js';
import { strValue } from './number-box.js';

/** repr(v) as a JS string. */
export function reprOf(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return intToStr(v);
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  const f = typeOf(v).lookupSlot(SLOT.repr)!;
  const r = callMethod(f, v, []);
  if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeOf(r).qualname})`);
  return r;
}

/** str(v) as a JS string. */
export function strOf(v: PyValue): string {
  const r = strObject(v);
  return typeof r === 'string' ? r : strValue(r)!;
}

/** str(v) as CPython's PyObject_Str gives it: a str, or the instance of a str subclass that
 * `__str__` returned (CPython accepts it, and `str(v)` returns it as it is). */
export function strObject(v: PyValue): PyValue {
  if (typeof v === 'string') return v;
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return reprOf(v);
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  const f = typeOf(v).lookupSlot(SLOT.str)!;
  const r = callMethod(f, v, []);
  if (strValue(r) === undefined) throw typeError(`__str__ returned non-string (type ${typeOf(r).qualname})`);
  return r;
}

/** format(v, spec) as a JS string. */
export function formatOf(v: PyValue, spec: string): string {
  if (spec === '' && typeof v === 'string') return v;
  const f = typeOf(v).lookupSlot(SLOT.format)!;
  const r = callMethod(f, v, [spec]);
  if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeOf(r).qualname}`);
  return r;
}

/** `__module__` of a type, or undefined for builtins (which reprs omit). */
export function typeModule(t: PyType): string | undefined {
  const m = t.ns.get('__module__');
  return typeof m === 'string' && m !== 'builtins' ? m : undefined;
}

/** object.__repr__: `<__main__.A object at 0x7f3a00000010>`. */
export function defaultRepr(v: PyValue): string {
  const t = typeOf(v);
  const mod = typeModule(t);
  return `<${mod === undefined ? '' : mod + '.'}${t.qualname} object at 0x${idOf(v).toString(16)}>`;
}

const reprActive = new Set<unknown>();

/** Run a container's repr with CPython's Py_ReprEnter guard: a container met again while
 * its own repr is being built is shown as `placeholder` ("[...]", "{...}"). */
export function withReprGuard(container: PyValue, placeholder: string, build: () => string): string {
  if (reprActive.has(container)) return placeholder;
  reprActive.add(container);
  try {
    return build();
  } finally {
    reprActive.delete(container);
  }
}
