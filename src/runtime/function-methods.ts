// Python-visible behaviour of function-like objects: function (__get__, __name__, __defaults__,
// __kwdefaults__, __closure__, __globals__, __code__, __dict__, ...), bound method, cell,
// builtin functions and the method/getset descriptors (repr, __name__, __qualname__, __self__,
// __objclass__, __get__, __call__).
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { typeError, valueError } from './errors.js';
import { defMethod, defGetSet, defNew, PyBuiltinFunction, PyMethodDescriptor, PyClassMethodDescriptor,
  PyGetSetDescriptor, builtinFunctionType, methodWrapperType, methodDescriptorType, wrapperDescriptorType,
  classMethodDescriptorType, getSetDescriptorType } from './builtin-function.js';
import { PyFunction, PyBoundMethod, PyCell, functionType, methodType, cellType } from './function.js';
import { PyMemberDescriptor, memberDescriptorType } from './descriptors.js';
import { descrGet, instanceDictOf, memberSet } from './attr.js';
import { call, callMethod, callWithDict } from './call.js';
import { PyDict } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { reprOf } from './ops-repr.js';
import { CodeObject } from '../compile/code.js';
import { idOf } from './id.js';
import { hashOf } from './ops-hash.js';
import { eq } from './ops-compare.js';

const addr = (v: PyValue) => `0x${idOf(v).toString(16)}`;
const fn = (v: PyValue): PyFunction => {
  if (!(v instanceof PyFunction)) throw typeError(`descriptor requires a 'function' object but received '${typeOf(v).name}'`);
  return v;
};

// ---------- function ----------

defMethod(functionType, '__repr__', 0, (self: PyValue) => `<function ${fn(self).qualname} at ${addr(self)}>`);
defMethod(functionType, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue) =>
  obj === null ? self : new PyBoundMethod(self, obj),
);
defMethod(functionType, '__call__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kw: PyDict) => callWithDict(self, args, kw));

const strSetter = (what: string, set: (f: PyFunction, v: string) => void) => (self: PyValue, v: PyValue | undefined) => {
  if (typeof v !== 'string') throw typeError(`${what} must be set to a string object`);
  set(fn(self), v);
};
defGetSet(functionType, '__name__', (self) => fn(self).name, strSetter('__name__', (f, v) => (f.name = v)));
defGetSet(functionType, '__qualname__', (self) => fn(self).qualname, strSetter('__qualname__', (f, v) => (f.qualname = v)));
defGetSet(functionType, '__module__', (self) => fn(self).module, (self, v) => {
  fn(self).module = v ?? null;
});
defGetSet(functionType, '__doc__', (self) => fn(self).doc, (self, v) => {
  fn(self).doc = v ?? null;
});
defGetSet(functionType, '__defaults__', (self) => {
  const d = fn(self).defaults;
  return d === null ? null : newTuple(d);
}, (self, v) => {
  if (v !== undefined && v !== null && !(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
  fn(self).defaults = v instanceof PyTuple && v.items.length > 0 ? v.items : null;
});
defGetSet(functionType, '__kwdefaults__', (self) => fn(self).kwdefaults, (self, v) => {
  if (v !== undefined && v !== null && !(v instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
  fn(self).kwdefaults = v instanceof PyDict ? v : null;
});
defGetSet(functionType, '__globals__', (self) => fn(self).globals);
defGetSet(functionType, '__builtins__', (self) => fn(self).globals.getStr('__builtins__') ?? null);
defGetSet(functionType, '__closure__', (self) => {
  const c = fn(self).closure;
  return c === null ? null : newTuple(c);
});
defGetSet(functionType, '__code__', (self) => fn(self).code as unknown as PyValue, (self, v) => {
  if (v === undefined || v === null || typeof v !== 'object' || !('argcount' in v)) throw typeError('__code__ must be set to a code object');
  fn(self).code = v as unknown as PyFunction['code'];
});
defGetSet(functionType, '__annotations__', (self) => (fn(self).annotations ??= new PyDict()), (self, v) => {
  if (v !== undefined && v !== null && !(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
  fn(self).annotations = v instanceof PyDict ? v : null;
});
defGetSet(functionType, '__dict__', (self) => instanceDictOf(fn(self)), (self, v) => {
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v ?? null).name}'`);
  const f = fn(self);
  f.attrs = null;
  f.dict = v;
});
functionType.hasDict = true;

// function(code, globals, name=None, argdefs=None, closure=None)
defNew(functionType, '(code, globals, name=None, argdefs=None, closure=None)', (_cls: PyType, code: PyValue, globals: PyValue, name?: PyValue, argdefs?: PyValue, closure?: PyValue) => {
  if (!(code instanceof CodeObject)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code).name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals).name}`);
  if (name !== undefined && name !== null && typeof name !== 'string') throw typeError('arg 3 (name) must be None or string');
  if (argdefs !== undefined && argdefs !== null && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  const nfree = code.freevars.length;
  let cells: PyCell[] | null = null;
  if (nfree > 0 || (closure !== undefined && closure !== null)) {
    if (!(closure instanceof PyTuple)) throw typeError('arg 5 (closure) must be tuple');
    if (closure.items.length !== nfree) {
      throw valueError(`${code.name} requires closure of length ${nfree}, not ${closure.items.length}`);
    }
    cells = closure.items.map((c) => {
      if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeOf(c).name}`);
      return c;
    });
  }
  const f = new PyFunction(code, globals, cells);
  if (typeof name === 'string') f.name = name;
  if (argdefs instanceof PyTuple && argdefs.items.length > 0) f.defaults = argdefs.items;
  return f;
});

// ---------- bound method ----------

const meth = (v: PyValue) => v as PyBoundMethod;
defNew(methodType, '(function, instance, /)', (_cls: PyType, func: PyValue, self: PyValue) => {
  if (typeOf(func).lookup('__call__') === undefined) throw typeError('first argument must be callable');
  if (self === null) throw typeError('instance must not be None');
  return new PyBoundMethod(func, self);
});
defMethod(methodType, '__repr__', 0, (self: PyValue) => {
  const m = meth(self);
  const name = qualnameOf(m.func);
  return `<bound method ${name} of ${reprOf(m.self)}>`;
});
defMethod(methodType, '__call__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kw: PyDict) => callWithDict(self, args, kw));
defMethod(methodType, '__get__', '(instance, owner=None, /)', (self: PyValue) => self);
defMethod(methodType, '__eq__', 1, (self: PyValue, other: PyValue) =>
  other instanceof PyBoundMethod && meth(self).self === other.self && eq(meth(self).func, other.func),
);
defMethod(methodType, '__hash__', 0, (self: PyValue) => {
  const h = hashOf(meth(self).func);
  return (typeof h === 'bigint' ? Number(h % 1000000007n) : h) ^ (idOf(meth(self).self) / 16);
});
defGetSet(methodType, '__func__', (self) => meth(self).func);
defGetSet(methodType, '__self__', (self) => meth(self).self);
// Other attributes (__name__, __doc__, __module__, ...) come from the function.
defMethod(methodType, '__getattribute__', 1, (self: PyValue, name: PyValue) => {
  const own = methodType.lookup(name as string);
  if (own !== undefined && typeof name === 'string' && name !== '__doc__') return descrGet(own, self, methodType);
  return callMethod(typeOf(meth(self).func).lookup('__getattribute__')!, meth(self).func, [name]);
});

function qualnameOf(f: PyValue): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBuiltinFunction) return f.qualname;
  const q = typeOf(f).lookup('__qualname__');
  return typeof q === 'string' ? q : '?';
}

// ---------- cell ----------

defMethod(cellType, '__repr__', 0, (self: PyValue) => {
  const c = self as PyCell;
  if (c.value === undefined) return `<cell at ${addr(self)}: empty>`;
  return `<cell at ${addr(self)}: ${typeOf(c.value).name} object at ${addr(c.value)}>`;
});
defGetSet(cellType, 'cell_contents', (self) => {
  const v = (self as PyCell).value;
  if (v === undefined) throw valueError('Cell is empty');
  return v;
}, (self, v) => {
  (self as PyCell).value = v;
});
defNew(cellType, '(contents=<empty>, /)', (_cls: PyType, v?: PyValue) => new PyCell(v));

// ---------- builtin functions and method descriptors ----------

const bf = (v: PyValue) => v as PyBuiltinFunction;
for (const t of [builtinFunctionType, methodWrapperType]) {
  defMethod(t, '__call__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kw: PyDict) => callWithDict(self, args, kw));
  defGetSet(t, '__name__', (self) => bf(self).name);
  defGetSet(t, '__qualname__', (self) => bf(self).qualname);
  defGetSet(t, '__self__', (self) => {
    const s = bf(self).self;
    return s === undefined ? null : s;
  });
  defGetSet(t, '__doc__', () => null);
  defGetSet(t, '__text_signature__', (self) => bf(self).sig.text);
}
defGetSet(builtinFunctionType, '__module__', (self) => bf(self).module);
defMethod(builtinFunctionType, '__repr__', 0, (self: PyValue) => {
  const f = bf(self);
  if (f.self === undefined || f.self === null) return `<built-in function ${f.name}>`;
  if (f.self instanceof PyType) return `<built-in method ${f.name} of type object at ${addr(f.self)}>`;
  return `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${addr(f.self)}>`;
});
defMethod(methodWrapperType, '__repr__', 0, (self: PyValue) => {
  const f = bf(self);
  return `<method-wrapper '${f.name}' of ${typeOf(f.self!).name} object at ${addr(f.self!)}>`;
});

const md = (v: PyValue) => v as PyMethodDescriptor;
for (const t of [methodDescriptorType, wrapperDescriptorType]) {
  defMethod(t, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue, owner?: PyValue) =>
    descrGet(self, obj === null && owner !== undefined && owner !== null ? undefined : obj, md(self).objclass),
  );
  defMethod(t, '__call__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kw: PyDict) => callWithDict(self, args, kw));
  defGetSet(t, '__name__', (self) => md(self).name);
  defGetSet(t, '__qualname__', (self) => md(self).qualname);
  defGetSet(t, '__objclass__', (self) => md(self).objclass);
  defGetSet(t, '__doc__', () => null);
  defGetSet(t, '__text_signature__', (self) => md(self).sig.text);
}
defMethod(methodDescriptorType, '__repr__', 0, (self: PyValue) => `<method '${md(self).name}' of '${md(self).objclass.qualname}' objects>`);
defMethod(wrapperDescriptorType, '__repr__', 0, (self: PyValue) => `<slot wrapper '${md(self).name}' of '${md(self).objclass.qualname}' objects>`);

const cmd = (v: PyValue) => v as PyClassMethodDescriptor;
defMethod(classMethodDescriptorType, '__repr__', 0, (self: PyValue) => `<method '${cmd(self).name}' of '${cmd(self).objclass.qualname}' objects>`);
defMethod(classMethodDescriptorType, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue, owner?: PyValue) =>
  cmd(self).bind(owner instanceof PyType ? owner : typeOf(obj)),
);
defGetSet(classMethodDescriptorType, '__name__', (self) => cmd(self).name);
defGetSet(classMethodDescriptorType, '__objclass__', (self) => cmd(self).objclass);

const gsd = (v: PyValue) => v as PyGetSetDescriptor | PyMemberDescriptor;
for (const t of [getSetDescriptorType, memberDescriptorType]) {
  defMethod(t, '__repr__', 0, (self: PyValue) => {
    const d = gsd(self);
    return t === getSetDescriptorType
      ? `<attribute '${d.name}' of '${d.objclass.name}' objects>`
      : `<member '${d.name}' of '${d.objclass.name}' objects>`;
  });
  defMethod(t, '__get__', '(instance, owner=None, /)', (self: PyValue, obj: PyValue) =>
    obj === null ? self : descrGet(self, obj, gsd(self).objclass),
  );
  defMethod(t, '__set__', 2, (self: PyValue, obj: PyValue, value: PyValue) => {
    setThrough(self, obj, value);
    return null;
  });
  defMethod(t, '__delete__', 1, (self: PyValue, obj: PyValue) => {
    setThrough(self, obj, undefined);
    return null;
  });
  defGetSet(t, '__name__', (self) => gsd(self).name);
  defGetSet(t, '__objclass__', (self) => gsd(self).objclass);
}
// A slot's member descriptor has no doc (not even a __slots__ dict's value: help() reads those).
defGetSet(memberDescriptorType, '__doc__', () => null);

function setThrough(descr: PyValue, obj: PyValue, value: PyValue | undefined): void {
  const d = gsd(descr);
  if (!typeOf(obj).isSubtypeOf(d.objclass)) {
    throw typeError(`descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  }
  if (d instanceof PyGetSetDescriptor) {
    if (d.set === null) throw typeError(`attribute '${d.name}' of '${d.objclass.qualname}' objects is not writable`);
    d.set(obj, value);
  } else {
    // The slot itself, even where a subclass's attribute of that name hides it.
    memberSet(d, obj, value);
  }
}
