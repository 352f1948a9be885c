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
  return asJsString(reprObject(v));
}

/** repr(v) as CPython's PyObject_Repr gives it: a str, or the instance of a str subclass
 * that `__repr__` returned (CPython accepts it, and `repr(v)` returns it as it is). */
export function reprObject(v: PyValue): PyValue {
  if (v === null) return 'None';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return intToStr(v);
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  const r = callMethod(typeOf(v).lookupSlot(SLOT.repr)!, v, []);
  if (strValue(r) === undefined) throw typeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** str(v) as a JS string. */
export function strOf(v: PyValue): string {
  return asJsString(strObject(v));
}

/** str(v) as PyObject_Str gives it: a str or a str subclass instance, as reprObject. */
export function strObject(v: PyValue): PyValue {
  if (typeof v === 'string') return v;
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return reprOf(v);
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  const r = callMethod(typeOf(v).lookupSlot(SLOT.str)!, v, []);
  if (strValue(r) === undefined) throw typeError(`__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** format(v, spec) as a JS string. */
export function formatOf(v: PyValue, spec: string): string {
  return asJsString(formatObject(v, spec));
}

/** format(v, spec) as PyObject_Format gives it: a str or a str subclass instance. */
export function formatObject(v: PyValue, spec: string): PyValue {
  if (spec === '' && typeof v === 'string') return v;
  const r = callMethod(typeOf(v).lookupSlot(SLOT.format)!, v, [spec]);
  if (strValue(r) === undefined) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** The text of a str or of a str subclass instance (already checked by the callers). */
function asJsString(s: PyValue): string {
  return typeof s === 'string' ? s : strValue(s)!;
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
