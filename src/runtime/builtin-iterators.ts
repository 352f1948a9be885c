// The iterator types that are builtins: enumerate, reversed, zip (strict=), map, filter, and
// callable_iterator (iter(f, sentinel)). Each is a type (subclassable where CPython's is)
// whose instances are PyIterators.
import { type PyValue, withInstanceAttrs } from './object.js';
import type { PyType } from './type.js';
import { typeOf, boolType } from './builtin-types.js';
import { typeError, valueError, excMatches } from './errors.js';
import { defMethod, defNew } from './builtin-function.js';
import { keywordOnly } from './native-signature.js';
import { PyIterator, getIter, iterNext, isTrue, len as pyLen, getItem } from './ops-protocols.js';
import { toIndex } from './ops-number.js';
import { newTuple } from './tuple.js';
import { call, callMethod0 } from './call.js';
import { eq } from './ops-compare.js';
import { newIteratorType } from './iterator-type.js';
import { type PyDict, dictType } from './dict.js';
import { normalizeInt } from './value.js';

/** Allocate a (possibly subclass) instance of one of these iterator types. */
function make<T extends PyIterator>(obj: T, cls: PyType): T {
  (obj as { cls: PyType }).cls = cls;
  return withInstanceAttrs(obj, cls);
}

function noKeywords(name: string, cls: PyType, base: PyType, kw: PyDict): void {
  if (cls === base && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

// ---------- enumerate ----------

export const enumerateType = newIteratorType('enumerate', { subclassable: true });

class PyEnumerate extends PyIterator {
  override cls: PyType = enumerateType;
  constructor(
    private readonly it: PyValue,
    private count: number | bigint,
  ) {
    super();
  }
  override next(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : normalizeInt(BigInt(i) + 1n);
    return newTuple([i, v]);
  }
}

// enumerate(iterable, start=0) binds its arguments itself, as CPython's enum_vectorcall
// does, with its messages ("enumerate() missing required argument 'iterable'", no "(pos 1)").
defNew(enumerateType, '(*args, **kwargs)', (cls: PyType, args: PyValue[], kwargs: PyDict) => {
  const names = kwargs.entries().map(([k]) => k as string);
  const values = [...args, ...kwargs.entries().map(([, v]) => v)];
  const expect = (i: number, name: string) => {
    if (names[i] !== name) throw typeError(`'${names[i]}' is an invalid keyword argument for enumerate()`);
  };
  const n = values.length;
  let iterable: PyValue;
  let start: PyValue | undefined;
  if (n === 2) {
    if (names.length === 1) expect(0, 'start');
    if (names.length === 2 && names[0] === 'start') {
      expect(1, 'iterable');
      [start, iterable] = values;
    } else {
      if (names.length === 2) {
        expect(0, 'iterable');
        expect(1, 'start');
      }
      [iterable, start] = values;
    }
  } else if (n === 1) {
    if (names.length === 1) expect(0, 'iterable');
    iterable = values[0];
  } else if (args.length === 0) {
    throw typeError("enumerate() missing required argument 'iterable'");
  } else {
    throw typeError(`enumerate() takes at most 2 arguments (${n} given)`);
  }
  // start is converted before iter(iterable), as enum_new_impl: enumerate(5, 1.5) complains of 1.5.
  const count = start === undefined ? 0 : toIndex(start);
  return make(new PyEnumerate(getIter(iterable!), count), cls);
});

// ---------- reversed ----------

export const reversedType = newIteratorType('reversed', { subclassable: true });

class PyReversed extends PyIterator {
  override cls: PyType = reversedType;
  constructor(
    private seq: PyValue | null,
    private index: number,
  ) {
    super();
  }
  override next(): PyValue | undefined {
    if (this.seq === null || this.index < 0) {
      this.seq = null;
      return undefined;
    }
    try {
      return getItem(this.seq, this.index--);
    } catch (e) {
      if (excMatches(e, 'IndexError') || excMatches(e, 'StopIteration')) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
  lengthHint(): number {
    return this.seq === null ? 0 : this.index + 1;
  }
}

defNew(reversedType, '(sequence, /)', (cls: PyType, seq: PyValue) => {
  const t = typeOf(seq);
  const meth = t.lookup('__reversed__');
  if (meth === null) throw typeError(`'${t.name}' object is not reversible`);
  if (meth !== undefined && cls === reversedType) return callMethod0(meth, seq);
  if (t.lookup('__getitem__') === undefined || t.isSubtypeOf(dictType)) {
    throw typeError(`'${t.name}' object is not reversible`);
  }
  return make(new PyReversed(seq, pyLen(seq) - 1), cls);
});
defMethod(reversedType, '__length_hint__', 0, (self: PyReversed) => self.lengthHint());

// ---------- zip ----------

export const zipType = newIteratorType('zip', { subclassable: true });

class PyZip extends PyIterator {
  override cls: PyType = zipType;
  private done = false;
  constructor(
    private readonly its: PyValue[],
    private readonly strict: boolean,
  ) {
    super();
  }
  override next(): PyValue | undefined {
    if (this.done || this.its.length === 0) return undefined;
    const out: PyValue[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = iterNext(this.its[i]);
      if (v === undefined) {
        this.done = true;
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      out.push(v);
    }
    return newTuple(out);
  }
  private checkStrict(i: number): void {
    const plural = (n: number) => (n === 1 ? ' 1' : `s 1-${n}`);
    if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${plural(i)}`);
    for (let j = 1; j < this.its.length; j++) {
      if (iterNext(this.its[j]) !== undefined) {
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural(j)}`);
      }
    }
  }
}

// zip's one keyword is parsed as CPython's zip_new parses it (keywordOnly).
defNew(zipType, '(*iterables, **kwargs)', (cls: PyType, iterables: PyValue[], kwargs: PyDict) => {
  const [strict] = kwargs.size === 0 ? [undefined] : keywordOnly('zip', kwargs, ['strict']);
  return make(new PyZip(iterables.map(getIter), strict !== undefined && isTrue(strict)), cls);
});

// ---------- map ----------

export const mapType = newIteratorType('map', { subclassable: true });

class PyMap extends PyIterator {
  override cls: PyType = mapType;
  constructor(
    private readonly fn: PyValue,
    private readonly its: PyValue[],
  ) {
    super();
  }
  override next(): PyValue | undefined {
    const args: PyValue[] = [];
    for (const it of this.its) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      args.push(v);
    }
    return call(this.fn, args);
  }
}

defNew(mapType, '(*args, **kwargs)', (cls: PyType, args: PyValue[], kw: PyDict) => {
  noKeywords('map', cls, mapType, kw);
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  return make(new PyMap(args[0], args.slice(1).map(getIter)), cls);
});

// ---------- filter ----------

export const filterType = newIteratorType('filter', { subclassable: true });

class PyFilter extends PyIterator {
  override cls: PyType = filterType;
  constructor(
    private readonly fn: PyValue,
    private readonly it: PyValue,
  ) {
    super();
  }
  override next(): PyValue | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      const keep = this.fn === null || this.fn === boolType ? isTrue(v) : isTrue(call(this.fn, [v]));
      if (keep) return v;
    }
  }
}

defNew(filterType, '(*args, **kwargs)', (cls: PyType, args: PyValue[], kw: PyDict) => {
  noKeywords('filter', cls, filterType, kw);
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  return make(new PyFilter(args[0], getIter(args[1])), cls);
});

// ---------- callable_iterator ----------

export const callableIteratorType = newIteratorType('callable_iterator');

export class PyCallableIterator extends PyIterator {
  override cls: PyType = callableIteratorType;
  private fn: PyValue | null;
  constructor(
    fn: PyValue,
    private readonly sentinel: PyValue,
  ) {
    super();
    this.fn = fn;
  }
  override next(): PyValue | undefined {
    if (this.fn === null) return undefined;
    let v: PyValue;
    try {
      v = call(this.fn, []);
    } catch (e) {
      if (excMatches(e, 'StopIteration')) {
        this.fn = null;
        return undefined;
      }
      throw e;
    }
    if (eq(v, this.sentinel)) {
      this.fn = null;
      return undefined;
    }
    return v;
  }
}
