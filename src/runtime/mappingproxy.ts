// mappingproxy: the read-only view a class's `__dict__` returns, and a dict view's `.mapping`
// (over the dict itself). A class's namespace is read live; methods that produce views or
// copies work on a dict snapshot of it.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';
import { defMethod } from './builtin-function.js';
import { keyError } from './errors.js';
import { PyDict } from './dict.js';
import { getAttr } from './attr.js';
import { call } from './call.js';
import { reprOf, strOf } from './ops-repr.js';
import { getIter, getItem, len, contains } from './ops-protocols.js';

export class PyMappingProxy extends PyObject {
  override cls: PyType = mappingProxyType;
  constructor(readonly target: PyType | PyDict) {
    super();
  }

  /** The proxied dict, or for a class a snapshot of its namespace. */
  snapshot(): PyDict {
    if (this.target instanceof PyDict) return this.target;
    const d = new PyDict();
    for (const [k, v] of this.target.ns) d.setStr(k, v);
    return d;
  }
}

export const mappingProxyType = newBuiltinType('mappingproxy', { final: true });

export function newMappingProxy(t: PyType | PyDict): PyMappingProxy {
  return new PyMappingProxy(t);
}

const proxy = (self: PyValue) => self as PyMappingProxy;
const viaSnapshot = (name: string) => (self: PyValue) => call(getAttr(proxy(self).snapshot(), name), []);

defMethod(mappingProxyType, '__getitem__', 1, (self: PyValue, key: PyValue) => {
  const t = proxy(self).target;
  if (t instanceof PyDict) return getItem(t, key);
  const v = typeof key === 'string' ? t.ns.get(key) : undefined;
  if (v === undefined) throw keyError(key);
  return v;
});
defMethod(mappingProxyType, '__contains__', 1, (self: PyValue, key: PyValue) => {
  const t = proxy(self).target;
  return t instanceof PyDict ? contains(t, key) : typeof key === 'string' && t.ns.has(key);
});
defMethod(mappingProxyType, '__len__', 0, (self: PyValue) => {
  const t = proxy(self).target;
  return t instanceof PyDict ? len(t) : t.ns.size;
});
defMethod(mappingProxyType, '__iter__', 0, (self: PyValue) => getIter(proxy(self).snapshot()));
defMethod(mappingProxyType, 'get', '(key, default=None, /)', (self: PyValue, key: PyValue, dflt?: PyValue) => {
  const t = proxy(self).target;
  if (t instanceof PyDict) return call(getAttr(t, 'get'), dflt === undefined ? [key] : [key, dflt]);
  const v = typeof key === 'string' ? t.ns.get(key) : undefined;
  return v !== undefined ? v : dflt ?? null;
});
defMethod(mappingProxyType, 'copy', 0, viaSnapshot('copy'));
defMethod(mappingProxyType, 'keys', 0, viaSnapshot('keys'));
defMethod(mappingProxyType, 'values', 0, viaSnapshot('values'));
defMethod(mappingProxyType, 'items', 0, viaSnapshot('items'));
defMethod(mappingProxyType, '__repr__', 0, (self: PyValue) => `mappingproxy(${reprOf(proxy(self).snapshot())})`);
// str() is the mapping's own str (CPython's mappingproxy_str), not the repr.
defMethod(mappingProxyType, '__str__', 0, (self: PyValue) => strOf(proxy(self).snapshot()));
