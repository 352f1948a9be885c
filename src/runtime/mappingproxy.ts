// mappingproxy: the read-only view a class's `__dict__` returns. It reads the class
// namespace live; methods that produce views or copies work on a dict snapshot.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';
import { defMethod } from './builtin-function.js';
import { keyError } from './errors.js';
import { PyDict } from './dict.js';
import { getAttr } from './attr.js';
import { call } from './call.js';
import { reprOf } from './ops-repr.js';
import { getIter } from './ops-protocols.js';

export class PyMappingProxy extends PyObject {
  override cls: PyType = mappingProxyType;
  constructor(readonly target: PyType) {
    super();
  }

  snapshot(): PyDict {
    const d = new PyDict();
    for (const [k, v] of this.target.ns) d.setStr(k, v);
    return d;
  }
}

export const mappingProxyType = newBuiltinType('mappingproxy', { final: true });

export function newMappingProxy(t: PyType): PyMappingProxy {
  return new PyMappingProxy(t);
}

const proxy = (self: PyValue) => self as PyMappingProxy;
const viaSnapshot = (name: string) => (self: PyValue) => call(getAttr(proxy(self).snapshot(), name), []);

defMethod(mappingProxyType, '__getitem__', 1, (self: PyValue, key: PyValue) => {
  const v = typeof key === 'string' ? proxy(self).target.ns.get(key) : undefined;
  if (v === undefined) throw keyError(key);
  return v;
});
defMethod(mappingProxyType, '__contains__', 1, (self: PyValue, key: PyValue) =>
  typeof key === 'string' && proxy(self).target.ns.has(key),
);
defMethod(mappingProxyType, '__len__', 0, (self: PyValue) => proxy(self).target.ns.size);
defMethod(mappingProxyType, '__iter__', 0, (self: PyValue) => getIter(proxy(self).snapshot()));
defMethod(mappingProxyType, 'get', '(key, default=None, /)', (self: PyValue, key: PyValue, dflt?: PyValue) => {
  const v = typeof key === 'string' ? proxy(self).target.ns.get(key) : undefined;
  return v !== undefined ? v : dflt ?? null;
});
defMethod(mappingProxyType, 'copy', 0, (self: PyValue) => proxy(self).snapshot());
defMethod(mappingProxyType, 'keys', 0, viaSnapshot('keys'));
defMethod(mappingProxyType, 'values', 0, viaSnapshot('values'));
defMethod(mappingProxyType, 'items', 0, viaSnapshot('items'));
defMethod(mappingProxyType, '__repr__', 0, (self: PyValue) => `mappingproxy(${reprOf(proxy(self).snapshot())})`);
