// str's Python-level behaviour: str(x), operators (+, *, %, in, [], comparisons), hashing,
// iteration and every method of CPython 3.11's str, over the pure functions in str.ts,
// str-search.ts, str-split.ts, unicode.ts, str-codec.ts, percent-format.ts and str-format.ts.

import { PyBytes, PyFloat } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { strType, typeOf, argTypeName, NotImplemented } from './builtin-types.js';
import { newIteratorType } from './iterator-type.js';
import { defMethod, defNew, defSequenceMethod, defStaticMethod, defRichCompare, compareSign } from './builtin-function.js';
import { typeError, valueError, keyError, overflowError, excMatches } from './errors.js';
import { toIndex, toSize, toSsizeArg, toCIntArg, hasIndex } from './ops-number.js';
import { PyIterator, getItem, getIter, toArray } from './ops-protocols.js';
import { reprOf, strOf, strObject, formatOf } from './ops-repr.js';
import { getAttr } from './attr.js';
import { PyTuple, newTuple, tupleType } from './tuple.js';
import { PyList, newList, listType } from './list.js';
import { bufferOf } from './bytes.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyDict, newDict } from './dict.js';
import { strHash } from './hash.js';
import { strRepr } from './str-repr.js';
import * as S from './str.js';
import * as Q from './str-search.js';
import * as P from './str-split.js';
import * as U from './unicode.js';
import { strEncode, bytesDecode } from './str-codec.js';
import { formatStr } from './format-spec.js';
import { percentFormat, type FormatHost } from './percent-format.js';
import { strFormat, type StrFormatHost } from './str-format.js';
import { floatToInt } from './float.js';
import { intFromObject } from './int-methods.js';
import { floatFromObject } from './float-methods.js';
import { boxStr, intValue, strValue } from './number-box.js';

strType.alloc = (cls) => boxStr(cls, '');

const s_ = (v: PyValue): string => strValue(v)!;
const tn = (v: PyValue): string => typeOf(v).name;

/** A str argument or TypeError with CPython's wording for this method. */
function strArg(v: PyValue, message: (type: string) => string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(message(tn(v)));
  return s;
}
/** A str parameter checked by Argument Clinic: `${what} must be str, not None`. */
function strParam(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`${what} must be str, not ${argTypeName(v)}`);
  return s;
}
const mustBeStr = (t: string) => `must be str, not ${t}`;

/** start/end arguments: None or an index, clamped like slice bounds. */
function bound(v: PyValue | undefined): number | null {
  if (v === undefined || v === null) return null;
  if (!hasIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return toSize(v, null);
}

const size = toSsizeArg;

// ---- construction ----

defNew(strType, "(object='', encoding='utf-8', errors='strict')", (cls: PyType, obj?: PyValue, encoding?: PyValue, errors?: PyValue) => {
  let s: string;
  if (encoding === undefined && errors === undefined) {
    if (obj === undefined) s = '';
    else if (cls === strType) return strObject(obj);
    else s = strOf(obj);
  }
  else {
    const enc = encoding === undefined ? 'utf-8' : strParam(encoding, "str() argument 'encoding'");
    const err = errors === undefined ? 'strict' : strParam(errors, "str() argument 'errors'");
    const buffer = obj === undefined ? undefined : bufferOf(obj);
    if (obj === undefined) s = '';
    else if (buffer !== undefined) s = bytesDecode(buffer, enc, err);
    else if (strValue(obj) !== undefined) throw typeError('decoding str is not supported');
    else throw typeError(`decoding to str: need a bytes-like object, ${tn(obj)} found`);
  }
  return cls === strType ? s : boxStr(cls, s);
});

// ---- operators ----

defSequenceMethod(strType, '__add__', (self: PyValue, other: PyValue) => {
  const b = strValue(other);
  if (b === undefined) throw typeError(`can only concatenate str (not "${tn(other)}") to str`);
  return s_(self) + b;
});
/** s * n: the count must fit a Py_ssize_t (OverflowError), then the result memory (MemoryError). */
function repeat(self: PyValue, n: number | bigint): string {
  if (typeof n === 'bigint' && (n >= 2n ** 63n || n < -(2n ** 63n))) {
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  const s = s_(self);
  if (s.length === 0 || n <= 0) return '';
  // A double product below 2^62 is certainly below 2^63 - 1; only near the limit is the
  // exact bigint product needed.
  const len = S.strLen(s);
  if (len * Number(n) >= 2 ** 62 && BigInt(len) * BigInt(n) > 2n ** 63n - 1n) throw overflowError('repeated string is too long');
  return S.strRepeat(s, Number(n));
}
defSequenceMethod(strType, '__mul__', repeat);
defSequenceMethod(strType, '__rmul__', repeat);

defRichCompare(strType, (self: PyValue, other: PyValue, op: number) => {
  const b = strValue(other);
  return b === undefined ? NotImplemented : compareSign(S.strCompare(s_(self), b), op);
});

defMethod(strType, '__hash__', 0, (self: PyValue) => strHash(s_(self)));
defMethod(strType, '__len__', 0, (self: PyValue) => S.strLen(s_(self)));
defMethod(strType, '__repr__', 0, (self: PyValue) => strRepr(s_(self)));
defMethod(strType, '__str__', 0, (self: PyValue) => s_(self));
defMethod(strType, '__format__', '(format_spec, /)', (self: PyValue, spec: PyValue) => {
  const f = strParam(spec, '__format__() argument');
  // As CPython: an empty spec gives str(self), a subclass's own __str__ included.
  return f === '' && typeof self !== 'string' ? strOf(self) : formatStr(s_(self), f);
});
defMethod(strType, '__getnewargs__', 0, (self: PyValue) => newTuple([s_(self)]));
defMethod(strType, '__contains__', 1, (self: PyValue, item: PyValue) => {
  const sub = strArg(item, (t) => `'in <string>' requires string as left operand, not ${t}`);
  return Q.strContains(s_(self), sub);
});

defMethod(strType, '__getitem__', 1, (self: PyValue, key: PyValue) => {
  const s = s_(self);
  if (typeof key === 'number') return S.strGetItem(s, key);
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, S.strLen(s));
    return S.strSliceIndices(s, start, stop, step);
  }
  if (!hasIndex(key)) throw typeError(`string indices must be integers, not '${tn(key)}'`);
  return S.strGetItem(s, toSize(key, 'IndexError'));
});

// ---- iteration ----

// CPython 3.11 names the iterator of an ASCII string differently.
export const strIteratorType = newIteratorType('str_ascii_iterator');
const strWideIteratorType = newIteratorType('str_iterator');

export class PyStrIterator extends PyIterator {
  override cls: PyType;
  private pos = 0;
  constructor(private readonly s: string) {
    super();
    this.cls = U.strIsAscii(s) ? strIteratorType : strWideIteratorType;
  }
  override next(): PyValue | undefined {
    const s = this.s;
    if (this.pos >= s.length) return undefined;
    const c = s.charCodeAt(this.pos);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(this.pos + 1) & 0xfc00) === 0xdc00) {
      this.pos += 2;
      return s.slice(this.pos - 2, this.pos);
    }
    return s[this.pos++]!;
  }
}

defMethod(strType, '__iter__', 0, (self: PyValue) => new PyStrIterator(s_(self)));

// ---- %-formatting, format, format_map ----

/** CPython's mainformatlong and formatchar: a TypeError of int(v) or operator.index(v) (a
 * __float__-only class, __int__ returning a str) becomes the conversion's own TypeError
 * ('%d format: a real number is required', '%c requires int or char'). */
function typeErrorAsUndefined<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (excMatches(e, 'TypeError')) return undefined;
    throw e;
  }
}

const percentHost: FormatHost = {
  bytes: false,
  str: strOf,
  repr: reprOf,
  ascii: asciiOf,
  toIntTruncating: (v) => {
    const i = intValue(v as PyValue);
    if (i !== undefined) return i;
    if (v instanceof PyFloat) return floatToInt(v.value);
    const t = typeOf(v as PyValue);
    if (t.lookup('__int__') === undefined && t.lookup('__index__') === undefined && t.lookup('__float__') === undefined) return undefined;
    return typeErrorAsUndefined(() => intFromObject(v as PyValue));
  },
  toIndex: (v) => (hasIndex(v as PyValue) ? typeErrorAsUndefined(() => toIndex(v as PyValue)) : undefined),
  toFloat: (v) => {
    const t = typeOf(v as PyValue);
    if (intValue(v as PyValue) === undefined && !(v instanceof PyFloat) && t.lookup('__float__') === undefined && t.lookup('__index__') === undefined) {
      throw typeError(`must be real number, not ${tn(v as PyValue)}`);
    }
    return floatFromObject(v as PyValue);
  },
  char: (v) => {
    const s = strValue(v as PyValue);
    if (s !== undefined) {
      if (S.strLen(s) === 1) return s;
    } else if (hasIndex(v as PyValue)) {
      const n = typeErrorAsUndefined(() => toIndex(v as PyValue));
      if (n === undefined) throw typeError('%c requires int or char');
      if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(n));
    }
    throw typeError('%c requires int or char');
  },
  typeName: (v) => tn(v as PyValue),
  getItem: (m, k) => getItem(m as PyValue, k),
};

/** str % args (str.__mod__). */
export function strPercent(self: PyValue, args: PyValue): string {
  const values = args instanceof PyTuple ? args.items : [args];
  // ints, bools and None (JS primitives) are never mappings: skip the type lookup for them.
  const isMapping =
    typeof args === 'object' && args !== null && !(args instanceof PyTuple) && strValue(args) === undefined && typeOf(args).lookup('__getitem__') !== undefined;
  return percentFormat(s_(self), values, isMapping ? args : null, percentHost);
}
defMethod(strType, '__mod__', 1, strPercent);
defMethod(strType, '__rmod__', 1, () => NotImplemented);

/** str.format's access to the object model: one object per call, methods shared. */
class StrFormatObjects implements StrFormatHost {
  constructor(
    private readonly args: readonly PyValue[] | null,
    readonly keyword: (name: string) => PyValue,
  ) {}
  get hasPositional(): boolean {
    return this.args !== null;
  }
  positional(i: number): PyValue | undefined {
    return this.args !== null && i < this.args.length ? this.args[i] : undefined;
  }
  getAttr(obj: unknown, name: string): PyValue {
    return getAttr(obj as PyValue, name);
  }
  getItem(obj: unknown, key: PyValue): PyValue {
    return getItem(obj as PyValue, key);
  }
  format(obj: unknown, spec: string): string {
    return formatOf(obj as PyValue, spec);
  }
  str(v: unknown): string {
    return strOf(v as PyValue);
  }
  repr(v: unknown): string {
    return reprOf(v as PyValue);
  }
  ascii(v: unknown): string {
    return asciiOf(v as PyValue);
  }
}

defMethod(strType, 'format', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs?: PyDict) =>
  strFormat(
    s_(self),
    new StrFormatObjects(args, (name) => {
      const v = kwargs?.getStr(name);
      if (v === undefined) throw keyError(name);
      return v;
    }),
  ),
);
defMethod(strType, 'format_map', '(mapping, /)', (self: PyValue, mapping: PyValue) =>
  strFormat(s_(self), new StrFormatObjects(null, (name) => getItem(mapping, name))),
);

// ---- search ----

for (const [name, f] of [
  ['find', Q.strFind],
  ['rfind', Q.strRfind],
  ['index', Q.strIndex],
  ['rindex', Q.strRindex],
  ['count', Q.strCount],
] as const) {
  defMethod(strType, name, '(sub, start=None, end=None, /)', (self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue) => {
    // CPython parses start and end before it checks sub, so their errors come first.
    const a = bound(start);
    const b = bound(end);
    return f(s_(self), strArg(sub, mustBeStr), a, b);
  });
}

for (const name of ['startswith', 'endswith'] as const) {
  defMethod(strType, name, '(prefix, start=None, end=None, /)', (self: PyValue, prefix: PyValue, start?: PyValue, end?: PyValue) => {
    const s = s_(self);
    const atEnd = name === 'endswith';
    const [a, b] = [bound(start), bound(end)];
    if (prefix instanceof PyTuple) {
      return prefix.items.some((p) => {
        const t = strValue(p);
        if (t === undefined) throw typeError(`tuple for ${name} must only contain str, not ${tn(p)}`);
        return Q.strTailMatch(s, t, a, b, atEnd);
      });
    }
    const t = strValue(prefix);
    if (t === undefined) throw typeError(`${name} first arg must be str or a tuple of str, not ${tn(prefix)}`);
    return Q.strTailMatch(s, t, a, b, atEnd);
  });
}

defMethod(strType, 'replace', '(old, new, count=-1, /)', (self: PyValue, old: PyValue, repl: PyValue, count?: PyValue) =>
  Q.strReplace(
    s_(self),
    strParam(old, 'replace() argument 1'),
    strParam(repl, 'replace() argument 2'),
    count === undefined ? -1 : size(count),
  ),
);
defMethod(strType, 'partition', '(sep, /)', (self: PyValue, sep: PyValue) => newTuple(Q.strPartition(s_(self), strArg(sep, mustBeStr))));
defMethod(strType, 'rpartition', '(sep, /)', (self: PyValue, sep: PyValue) => newTuple(Q.strRpartition(s_(self), strArg(sep, mustBeStr))));
defMethod(strType, 'removeprefix', '(prefix, /)', (self: PyValue, p: PyValue) =>
  Q.strRemovePrefix(s_(self), strParam(p, 'removeprefix() argument')),
);
defMethod(strType, 'removesuffix', '(suffix, /)', (self: PyValue, p: PyValue) =>
  Q.strRemoveSuffix(s_(self), strParam(p, 'removesuffix() argument')),
);

// ---- split, strip, pad, join ----

const sepArg = (v: PyValue | undefined): string | null =>
  v === undefined || v === null ? null : strArg(v, (t) => `must be str or None, not ${t}`);

defMethod(strType, 'split', '(sep=None, maxsplit=-1)', (self: PyValue, sep?: PyValue, maxsplit?: PyValue) =>
  newList(P.strSplit(s_(self), sepArg(sep), maxsplit === undefined ? -1 : size(maxsplit))),
);
defMethod(strType, 'rsplit', '(sep=None, maxsplit=-1)', (self: PyValue, sep?: PyValue, maxsplit?: PyValue) =>
  newList(P.strRsplit(s_(self), sepArg(sep), maxsplit === undefined ? -1 : size(maxsplit))),
);
defMethod(strType, 'splitlines', '(keepends=False)', (self: PyValue, keepends?: PyValue) =>
  newList(P.strSplitlines(s_(self), keepends !== undefined && toCIntArg(keepends) !== 0)),
);
for (const [name, left, right] of [
  ['strip', true, true],
  ['lstrip', true, false],
  ['rstrip', false, true],
] as const) {
  defMethod(strType, name, '(chars=None, /)', (self: PyValue, chars?: PyValue) => {
    const c = chars === undefined || chars === null ? null : strArg(chars, () => `${name} arg must be None or str`);
    return P.strStrip(s_(self), c, left, right);
  });
}
for (const [name, f] of [
  ['center', P.strCenter],
  ['ljust', P.strLjust],
  ['rjust', P.strRjust],
] as const) {
  defMethod(strType, name, "(width, fillchar=' ', /)", (self: PyValue, width: PyValue, fill?: PyValue) =>
    f(s_(self), size(width), fill === undefined ? ' ' : strArg(fill, (t) => `The fill character must be a unicode character, not ${t}`)),
  );
}
defMethod(strType, 'zfill', '(width, /)', (self: PyValue, width: PyValue) => P.strZfill(s_(self), size(width)));
defMethod(strType, 'expandtabs', '(tabsize=8)', (self: PyValue, tabsize?: PyValue) =>
  P.strExpandtabs(s_(self), tabsize === undefined ? 8 : toCIntArg(tabsize)),
);
defMethod(strType, 'join', '(iterable, /)', (self: PyValue, iterable: PyValue) => {
  // An exact list or tuple is read in place: nothing below runs Python code that could change it.
  // Others are listed as CPython's PySequence_Fast does: list(iter(iterable)), where any
  // TypeError of iter() becomes 'can only join an iterable'.
  let items: readonly PyValue[];
  if ((iterable instanceof PyList && iterable.cls === listType) || (iterable instanceof PyTuple && iterable.cls === tupleType)) items = iterable.items;
  else {
    let it: PyValue;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (excMatches(e, 'TypeError')) throw typeError('can only join an iterable');
      throw e;
    }
    items = toArray(it, true);
  }
  return P.strJoin(s_(self), items, (v) => strValue(v as PyValue), (v) => tn(v as PyValue));
});

// ---- case and predicates ----

defMethod(strType, 'upper', 0, (self: PyValue) => U.strUpper(s_(self)));
defMethod(strType, 'lower', 0, (self: PyValue) => U.strLower(s_(self)));
defMethod(strType, 'casefold', 0, (self: PyValue) => U.strCasefold(s_(self)));
defMethod(strType, 'swapcase', 0, (self: PyValue) => U.strSwapcase(s_(self)));
defMethod(strType, 'capitalize', 0, (self: PyValue) => U.strCapitalize(s_(self)));
defMethod(strType, 'title', 0, (self: PyValue) => U.strTitle(s_(self)));
for (const [name, pred] of [
  ['isalpha', U.isAlphaChar],
  ['isalnum', U.isAlnumChar],
  ['isdecimal', U.isDecimalChar],
  ['isdigit', U.isDigitChar],
  ['isnumeric', U.isNumericChar],
] as const) {
  defMethod(strType, name, 0, (self: PyValue) => U.strAll(s_(self), pred));
}
defMethod(strType, 'isspace', 0, (self: PyValue) => U.strIsSpace(s_(self)));
defMethod(strType, 'islower', 0, (self: PyValue) => U.strIsLower(s_(self)));
defMethod(strType, 'isupper', 0, (self: PyValue) => U.strIsUpper(s_(self)));
defMethod(strType, 'istitle', 0, (self: PyValue) => U.strIsTitle(s_(self)));
defMethod(strType, 'isidentifier', 0, (self: PyValue) => U.strIsIdentifier(s_(self)));
defMethod(strType, 'isprintable', 0, (self: PyValue) => U.strIsPrintable(s_(self)));
defMethod(strType, 'isascii', 0, (self: PyValue) => U.strIsAscii(s_(self)));

// ---- encode, translate, maketrans ----

defMethod(strType, 'encode', "(encoding='utf-8', errors='strict')", (self: PyValue, encoding?: PyValue, errors?: PyValue) => {
  const enc = encoding === undefined ? 'utf-8' : strParam(encoding, "encode() argument 'encoding'");
  const err = errors === undefined ? 'strict' : strParam(errors, "encode() argument 'errors'");
  return new PyBytes(strEncode(s_(self), enc, err));
});

defMethod(strType, 'translate', '(table, /)', (self: PyValue, table: PyValue) => {
  let out = '';
  for (const ch of S.strChars(s_(self))) {
    let mapped: PyValue;
    try {
      mapped = getItem(table, ch.codePointAt(0)!);
    } catch (e) {
      if (excMatches(e, 'LookupError')) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (mapped === null) continue;
    const text = strValue(mapped);
    if (text !== undefined) out += text;
    else if (intValue(mapped) !== undefined) {
      const n = intValue(mapped)!;
      if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
      out += S.chr(Number(n));
    } else throw typeError('character mapping must return integer, None or str');
  }
  return out;
});

defStaticMethod(strType, 'maketrans', '(x, y=None, z=None, /)', (x: PyValue, y?: PyValue, z?: PyValue) => {
  // Argument Clinic checks the types of y and z (str) before the body runs.
  const b = y === undefined ? undefined : S.strChars(strParam(y, 'maketrans() argument 2'));
  const zs = z === undefined ? undefined : strParam(z, 'maketrans() argument 3');
  const entries: [PyValue, PyValue][] = [];
  if (b === undefined) {
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.entries()) {
      const ks = strValue(k);
      if (ks !== undefined) {
        if (S.strLen(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
        entries.push([ks.codePointAt(0)!, v]);
      } else if (intValue(k) !== undefined) entries.push([intValue(k)!, v]);
      else throw typeError('keys in translate table must be strings or integers');
    }
  } else {
    const xs = strValue(x);
    if (xs === undefined) throw typeError('first maketrans argument must be a string if there is a second argument');
    const a = S.strChars(xs);
    if (a.length !== b.length) throw valueError('the first two maketrans arguments must have equal length');
    a.forEach((c, i) => entries.push([c.codePointAt(0)!, b[i]!.codePointAt(0)!]));
    if (zs !== undefined) for (const c of S.strChars(zs)) entries.push([c.codePointAt(0)!, null]);
  }
  return newDict(entries);
});

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(v: PyValue): string {
  const r = reprOf(v);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}
