// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds): the runtime half of
// a class statement. Resolves __mro_entries__ (PEP 560), picks the metaclass, calls
// __prepare__, runs the class body (the interpreter's part, via `classBodyHooks.run`) and
// calls the metaclass. The body's `__class__` cell (for zero-argument super) is filled by
// type.__new__ through the namespace's `__classcell__`.
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, typeType } from './builtin-types.js';
import { typeError } from './errors.js';
import { defFunction, type PyBuiltinFunction } from './builtin-function.js';
import { PyFunction, PyCell } from './function.js';
import { PyDict } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { call } from './call.js';
import { getAttrOrUndefined, typeGetAttr } from './attr.js';
import { calculateMetaclass } from './type-methods.js';

/** Filled by the interpreter: run a class body function with `ns` as its locals mapping;
 * returns the `__class__` cell when the body created one, else null. */
export const classBodyHooks = {
  run: (_body: PyFunction, _ns: PyValue): PyCell | null => {
    throw new Error('no interpreter installed to run a class body');
  },
};

/** PEP 560: replace non-class bases that define __mro_entries__. */
function resolveBases(bases: readonly PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const me = getAttrOrUndefined(b, '__mro_entries__');
    if (me === undefined) {
      out.push(b);
      continue;
    }
    const r = call(me, [newTuple(bases)]);
    if (!(r instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out.push(...r.items);
  }
  return out;
}

export function buildClass(
  body: PyValue,
  name: PyValue,
  origBases: readonly PyValue[],
  kwds: PyDict,
): PyValue {
  if (!(body instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
  const bases = resolveBases(origBases);
  let meta: PyValue | undefined = kwds.getStr('metaclass');
  if (meta !== undefined) kwds.delete('metaclass');
  const isClass = meta === undefined || meta instanceof PyType;
  if (meta === undefined) meta = bases.length === 0 ? typeType : typeOf(bases[0]);
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases);
  const kwEntries = kwds.entries();
  const kwnames = kwEntries.length ? kwEntries.map(([k]) => k as string) : null;
  const kwValues = kwEntries.map(([, v]) => v);

  let ns: PyValue = new PyDict();
  const prepare = meta instanceof PyType ? typeGetAttr(meta, '__prepare__') : getAttrOrUndefined(meta, '__prepare__');
  if (prepare !== undefined) {
    ns = call(prepare, [name, basesTuple, ...kwValues], kwnames);
    if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === undefined) {
      const who = meta instanceof PyType ? meta.name : '<metaclass>';
      throw typeError(`${who}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
    }
  }
  const cell = classBodyHooks.run(body, ns);
  if (bases !== origBases && bases.some((b, i) => b !== origBases[i]) && ns instanceof PyDict) {
    ns.setStr('__orig_bases__', newTuple(origBases));
  }
  const cls = call(meta, [name, basesTuple, ns, ...kwValues], kwnames);
  if (cell !== null && cls instanceof PyType && cell.value !== cls) {
    if (cell.value === undefined) {
      throw typeError(`__class__ not set defining '${name}' as ${typeOf(cls).name}. Was __classcell__ propagated to type.__new__?`);
    }
  }
  return cls;
}

/** The `__build_class__` builtin. */
export const buildClassBuiltin: PyBuiltinFunction = defFunction(
  '__build_class__',
  '(func, name, /, *bases, **kwds)',
  (func: PyValue, name: PyValue, bases: PyValue[], kwds: PyDict) => {
    if (func === undefined) throw typeError('__build_class__: not enough arguments');
    return buildClass(func, name, bases, kwds);
  },
);
