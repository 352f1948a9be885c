// Test helpers: Python functions whose "code" is a JS closure (the compiler and the
// interpreter are other helpers' work; the object model only needs a code runner).
import {
  PyFunction, setCodeRunner, newDict, type FunctionCode, type PyValue, CO_VARARGS, CO_VARKEYWORDS, PyDict, PyBaseException,
  classBodyHooks,
} from '../../src/runtime/index.js';

const bodies = new WeakMap<FunctionCode, (locals: (PyValue | undefined)[]) => PyValue>();
setCodeRunner((func, locals) => {
  const body = bodies.get(func.code);
  if (body === undefined) throw new Error('no body');
  return body(locals);
});

export const testGlobals: PyDict = newDict([['__name__', '__main__']]);

/** def <qualname>(<params>): return body(locals). params like "a, b=1, /, c, *args, d, **kw";
 * defaults are given separately. */
export function pyfunc(
  qualname: string,
  params: string,
  body: (locals: (PyValue | undefined)[]) => PyValue,
  opts: { defaults?: PyValue[]; kwdefaults?: Record<string, PyValue> } = {},
): PyFunction {
  const names: string[] = [];
  let posonly = 0;
  let argcount = 0;
  let kwonly = 0;
  let flags = 0;
  let star: string | null = null;
  let starstar: string | null = null;
  let inKwOnly = false;
  for (const raw of params.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const p = raw.replace(/=.*$/, '');
    if (p === '/') posonly = argcount;
    else if (p === '*') inKwOnly = true;
    else if (p.startsWith('**')) starstar = p.slice(2);
    else if (p.startsWith('*')) {
      star = p.slice(1);
      inKwOnly = true;
    } else if (inKwOnly) {
      names.push(p);
      kwonly++;
    } else {
      names.push(p);
      argcount++;
    }
  }
  if (star !== null) {
    names.push(star);
    flags |= CO_VARARGS;
  }
  if (starstar !== null) {
    names.push(starstar);
    flags |= CO_VARKEYWORDS;
  }
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const code: FunctionCode = {
    name, qualname, filename: '<test>', firstlineno: 1, argcount, posonlyargcount: posonly, kwonlyargcount: kwonly,
    varnames: names, flags,
  };
  bodies.set(code, body);
  const f = new PyFunction(code, testGlobals);
  if (opts.defaults) f.defaults = opts.defaults;
  if (opts.kwdefaults) f.kwdefaults = newDict(Object.entries(opts.kwdefaults));
  return f;
}

/** Run `f`; a Python exception escaping it becomes a JS Error with the Python message (so a
 * failing test says "TypeError: ..." instead of dumping the exception object). */
export function readable<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyBaseException) {
      const a = e.args[0];
      throw new Error(`${e.cls.name}: ${typeof a === 'string' ? a : String(a)}`);
    }
    throw e;
  }
}

/** A class body: `fill(ns)` plays the body's stores into the namespace. Registers the
 * interpreter's class-body hook on first use (the body "code" is a JS closure). */
export function classBody(qualname: string, fill: (ns: PyValue) => void): PyFunction {
  classBodyHooks.run = (body, ns) => {
    const f = classBodies.get(body);
    if (f === undefined) throw new Error('not a test class body');
    f(ns);
    return null;
  };
  const body = pyfunc(qualname, '', () => null);
  classBodies.set(body, fill);
  return body;
}
const classBodies = new WeakMap<PyFunction, (ns: PyValue) => void>();
