// The builtin functions of the `builtins` module (except print/input/exec/eval/compile/
// globals/locals/vars/__build_class__/__import__, which are builtins-exec.ts'), with
// CPython's argument handling and messages.
import { PyBytes } from './value.js';
import { PyByteArray } from './bytes.js';
import { type PyValue } from './object.js';
import { typeOf, argTypeName, bytesType } from './builtin-types.js';
import { typeError, valueError, overflowError, excMatches } from './errors.js';
import { defFunction, type PyBuiltinFunction } from './builtin-function.js';
import { keywordOnly } from './native-signature.js';
import { abs as pyAbs } from './ops-unary.js';
import { divmod as pyDivmod, add, ternaryPow, power } from './ops-binary.js';
import { compareBool, CompareOp } from './ops-compare.js';
import { isTrue, getIter, iterNext, lenIndex } from './ops-protocols.js';
import { reprObject, formatObject } from './ops-repr.js';
import { hashOf } from './ops-hash.js';
import { idOf } from './id.js';
import { isCallable, callMethod, call, callWithDict, callMethod0 } from './call.js';
import { isInstance, isSubclass } from './isinstance.js';
import { getAttr, getAttrOrUndefined, setAttr, delAttr, attrName } from './attr.js';
import { toIndex } from './ops-number.js';
import { intToBase } from './int-text.js';
import { chr as strChr } from './str.js';
import { strLen } from './str.js';
import { asciiOf } from './str-methods.js';
import { strValue } from './number-box.js';
import { newList, PyList, listType } from './list.js';
import { PyTuple, tupleType } from './tuple.js';
import { listSort, itemsOf, reverseFlag } from './list-methods.js';
import { PyCallableIterator } from './builtin-iterators.js';
import { execHooks } from './builtins-exec.js';
import { PyDict, dictType } from './dict.js';
import { toArray } from './ops-protocols.js';

const fns: PyBuiltinFunction[] = [];
const def = (name: string, sig: string | number, fn: (...args: any[]) => PyValue) => {
  const f = defFunction(name, sig, fn, 'builtins');
  fns.push(f);
  return f;
};

/** The builtin functions defined here, for the builtins module. */
export function builtinFunctions(): readonly PyBuiltinFunction[] {
  return fns;
}

def('abs', 1, (x: PyValue) => pyAbs(x));
def('all', 1, (iterable: PyValue) => {
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!isTrue(x)) return false;
  return true;
});
def('any', 1, (iterable: PyValue) => {
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (isTrue(x)) return true;
  return false;
});
def('ascii', 1, (x: PyValue) => asciiOf(x));
def('bin', 1, (x: PyValue) => intToBase(toIndex(x), 2));
def('oct', 1, (x: PyValue) => intToBase(toIndex(x), 8));
def('hex', 1, (x: PyValue) => intToBase(toIndex(x), 16));
def('callable', 1, (x: PyValue) => isCallable(x));

def('chr', 1, (i: PyValue) => {
  if (typeof i === 'number') return strChr(i);
  if (typeOf(i).lookup('__index__') === undefined && typeof i !== 'boolean' && typeof i !== 'bigint') {
    throw typeError(`'${typeOf(i).name}' object cannot be interpreted as an integer`);
  }
  const n = toIndex(i);
  if (typeof n === 'bigint' || Math.abs(n) > 2147483647) throw overflowError('Python int too large to convert to C int');
  return strChr(n);
});
def('ord', 1, (c: PyValue) => {
  const s = strValue(c);
  if (s !== undefined) {
    const n = strLen(s);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  if (c instanceof PyBytes || c instanceof PyByteArray) {
    const b = c.bytes;
    if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  throw typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
});

def('delattr', 2, (obj: PyValue, name: PyValue) => {
  delAttr(obj, attrName(name));
  return null;
});
def('setattr', 3, (obj: PyValue, name: PyValue, value: PyValue) => {
  setAttr(obj, attrName(name), value);
  return null;
});
def('getattr', '(object, name, default=<unrepresentable>, /)', (obj: PyValue, name: PyValue, dflt?: PyValue) => {
  if (typeof name !== 'string' && strValue(name) === undefined) {
    throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  }
  const n = attrName(name);
  if (dflt === undefined) return getAttr(obj, n);
  try {
    const v = getAttrOrUndefined(obj, n);
    return v === undefined ? dflt : v;
  } catch (e) {
    if (excMatches(e, 'AttributeError')) return dflt;
    throw e;
  }
});
def('hasattr', 2, (obj: PyValue, name: PyValue) => {
  if (typeof name !== 'string' && strValue(name) === undefined) {
    throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  }
  try {
    return getAttrOrUndefined(obj, attrName(name)) !== undefined;
  } catch (e) {
    if (excMatches(e, 'AttributeError')) return false;
    throw e;
  }
});

def('dir', '(object=<unrepresentable>, /)', (obj?: PyValue) => {
  if (obj === undefined) {
    const locals = execHooks.locals();
    const names = locals instanceof PyDict ? locals.entries().map(([k]) => k) : toArray(call(getAttr(locals, 'keys'), []));
    const out = newList(names);
    listSort(out, undefined, false);
    return out;
  }
  const f = typeOf(obj).lookup('__dir__');
  if (f === undefined) throw typeError('object does not provide __dir__');
  const out = newList(itemsOf(callMethod0(f, obj)));
  listSort(out, undefined, false);
  return out;
});

def('divmod', 2, (a: PyValue, b: PyValue) => pyDivmod(a, b));
def('format', '(value, format_spec=\'\', /)', (v: PyValue, spec?: PyValue) => {
  if (spec !== undefined && typeof spec !== 'string' && strValue(spec) === undefined) {
    throw typeError(`format() argument 2 must be str, not ${argTypeName(spec)}`);
  }
  return formatObject(v, spec === undefined ? '' : (strValue(spec) as string));
});
def('hash', 1, (x: PyValue) => hashOf(x));
def('id', 1, (x: PyValue) => idOf(x));
def('isinstance', 2, (obj: PyValue, cls: PyValue) => isInstance(obj, cls));
def('issubclass', 2, (obj: PyValue, cls: PyValue) => isSubclass(obj, cls));
def('len', 1, (x: PyValue) => {
  // Exact builtin containers: their __len__ cannot be replaced.
  if (typeof x === 'string') return strLen(x);
  if (x instanceof PyList && x.cls === listType) return x.items.length;
  if (x instanceof PyTuple && x.cls === tupleType) return x.items.length;
  if (x instanceof PyDict && x.cls === dictType) return x.size;
  return lenIndex(x);
});
def('repr', 1, (x: PyValue) => reprObject(x));

def('iter', '(object, sentinel=<unrepresentable>, /)', (obj: PyValue, sentinel?: PyValue) => {
  if (sentinel === undefined) return getIter(obj);
  if (!isCallable(obj)) throw typeError('iter(v, w): v must be callable');
  return new PyCallableIterator(obj, sentinel);
});

def('next', '(iterator, default=<unrepresentable>, /)', (it: PyValue, dflt?: PyValue) => {
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return callMethod0(f, it);
  } catch (e) {
    if (dflt !== undefined && excMatches(e, 'StopIteration')) return dflt;
    throw e;
  }
});

def('pow', '(base, exp, mod=None)', (base: PyValue, exp: PyValue, mod?: PyValue) =>
  mod === undefined || mod === null ? power(base, exp) : ternaryPow(base, exp, mod),
);

def('round', '(number, ndigits=None)', (x: PyValue, nd?: PyValue) => {
  const f = typeOf(x).lookup('__round__');
  if (f === undefined) throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  return nd === undefined || nd === null ? callMethod0(f, x) : callMethod(f, x, [nd]);
});

// As CPython's: list(iterable), then list.sort with the keywords as given, which checks them
// (and names itself in the messages: "'k' is an invalid keyword argument for sort()").
def('sorted', '(*args, **kwargs)', (args: PyValue[], kwargs: PyDict) => {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
  const out = newList(itemsOf(args[0]));
  if (kwargs.size === 0) listSort(out, undefined, false);
  else callWithDict(getAttr(out, 'sort'), [], kwargs);
  return out;
});

def('sum', '(iterable, /, start=0)', (iterable: PyValue, start?: PyValue) => {
  let result: PyValue = start === undefined ? 0 : start;
  // CPython gets the iterator before it rejects a str/bytes/bytearray start.
  const it = iterable instanceof PyList ? undefined : getIter(iterable);
  if (typeof result === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (result instanceof PyBytes || (typeof result === 'object' && result !== null && typeOf(result).isSubtypeOf(bytesType))) {
    throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (typeof result === 'object' && result !== null && typeOf(result).name === 'bytearray' && !typeOf(result).isHeapType) {
    throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  if (iterable instanceof PyList) {
    const items = iterable.items;
    for (let i = 0; i < items.length; i++) result = add(result, items[i]);
    return result;
  }
  for (let x = iterNext(it!); x !== undefined; x = iterNext(it!)) result = add(result, x);
  return result;
});

/** min() and max(): one iterable or several arguments, key=, default= (iterable form only).
 * The positional arguments are checked first, then the keywords, as CPython's min_max does. */
function minMax(name: 'min' | 'max', op: number) {
  return (args: PyValue[], kwargs: PyDict) => {
    let items: PyValue;
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    const [key, dflt] = kwargs.size === 0 ? [undefined, undefined] : keywordOnly(name, kwargs, ['key', 'default']);
    if (args.length === 1) items = args[0];
    else {
      if (dflt !== undefined) {
        throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      }
      items = newList(args);
    }
    const useKey = key !== undefined && key !== null;
    const it = getIter(items);
    let best: PyValue | undefined;
    let bestKey: PyValue = null;
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      const k = useKey ? call(key!, [x]) : x;
      if (best === undefined || compareBool(k, bestKey, op)) {
        best = x;
        bestKey = k;
      }
    }
    if (best !== undefined) return best;
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  };
}
def('min', '(*args, **kwargs)', minMax('min', CompareOp.LT));
def('max', '(*args, **kwargs)', minMax('max', CompareOp.GT));

