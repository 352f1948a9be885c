// types.GenericAlias: what `list[int]`, `dict[str, int]` evaluate to (__class_getitem__ of
// the builtin containers). Enough for annotations and reprs: __origin__, __args__, repr,
// equality, and calling it creates an instance of the origin.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { newBuiltinType, noBlankInstances, NotImplemented } from './builtin-types.js';
import { defMethod, defGetSet } from './builtin-function.js';
import { PyTuple, newTuple } from './tuple.js';
import { reprOf, typeModule } from './ops-repr.js';
import { eq } from './ops-compare.js';
import { call } from './call.js';
import { hashOf } from './ops-hash.js';
import { ELLIPSIS } from './value.js';
import type { PyDict } from './dict.js';

export class PyGenericAlias extends PyObject {
  override cls: PyType = genericAliasType;
  constructor(
    readonly origin: PyType,
    readonly args: PyTuple,
  ) {
    super();
  }
}

export const genericAliasType = newBuiltinType('GenericAlias', { final: true, alloc: noBlankInstances, module: 'types' });

export function genericAlias(origin: PyType, arg: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, arg instanceof PyTuple ? arg : newTuple([arg]));
}

function argRepr(v: PyValue): string {
  if (v === ELLIPSIS) return '...';
  if (v instanceof PyType) {
    const mod = typeModule(v);
    return mod === undefined ? v.qualname : `${mod}.${v.qualname}`;
  }
  return reprOf(v);
}

const G = (v: PyValue) => v as PyGenericAlias;
defGetSet(genericAliasType, '__origin__', (self) => G(self).origin);
defGetSet(genericAliasType, '__args__', (self) => G(self).args);
defMethod(genericAliasType, '__repr__', 0, (self: PyGenericAlias) => {
  const args = self.args.items.length === 0 ? '()' : self.args.items.map(argRepr).join(', ');
  return `${argRepr(self.origin)}[${args}]`;
});
defMethod(genericAliasType, '__call__', '(*args, **kwargs)', (self: PyGenericAlias, args: PyValue[], kw: PyDict) => {
  const entries = kw.entries();
  if (entries.length === 0) return call(self.origin, args);
  return call(self.origin, [...args, ...entries.map(([, v]) => v)], entries.map(([k]) => k as string));
});
defMethod(genericAliasType, '__eq__', 1, (self: PyGenericAlias, other: PyValue) => {
  if (!(other instanceof PyGenericAlias)) return NotImplemented;
  return self.origin === other.origin && eq(self.args, other.args);
});
defMethod(genericAliasType, '__hash__', 0, (self: PyGenericAlias) => {
  const h = hashOf(self.origin);
  const a = hashOf(self.args);
  return Number(BigInt.asIntN(52, BigInt(h) ^ BigInt(a)));
});
