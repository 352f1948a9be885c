// The methods shared by bytes and bytearray (searching, splitting, case, padding, decode,
// hex, ...), subscription, operators, comparison and repr, plus bytes' hash and the
// bytes_iterator/bytearray_iterator types. Mutating bytearray methods: bytearray-methods.ts.
// Byte strings are handled as latin-1 JS strings (one char per byte) where that lets JS's
// string search do the work.
import { PyBytes } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { bytesType, typeOf, argTypeName, NotImplemented } from './builtin-types.js';
import { typeError, valueError, excMatches } from './errors.js';
import { memoryErrorIfTooLong } from './str.js';
import { defMethod, defNew, defSequenceMethod, defClassMethod, defStaticMethod, defRichCompare, compareSign } from './builtin-function.js';
import { CompareOp } from './ops-compare.js';
import { PyByteArray, bytearrayType, makeBytes, newByteArray, bufferOf, needBuffer, byteValue, latin1, fromLatin1, bytesFromArgs, byteIndexOf } from './bytes.js';
import { PySlice, seqIndex, sliceItems } from './slice.js';
import { hasIndex, toCIntArg, toSsizeArg } from './ops-number.js';
import { PyIterator, getIter, iterNext, isTrue, len } from './ops-protocols.js';
import { PyTuple, newTuple } from './tuple.js';
import { newList } from './list.js';
import { bytesRepr } from './str-repr.js';
import { bytesHash } from './hash.js';
import { bytesDecode } from './str-codec.js';
import { strValue } from './number-box.js';
import { boundArg, repeatItems } from './sequence.js';
import { newIteratorType } from './iterator-type.js';
import { withReprGuard } from './ops-repr.js';
import { percentFormatBytes } from './bytes-format.js';

type Bytesish = PyBytes | PyByteArray;
const data = (v: PyValue) => (v as Bytesish).bytes;
const isByteArray = (v: PyValue): v is PyByteArray => v instanceof PyByteArray;
/** len() without the view a bytearray's `bytes` getter allocates. */
const byteLength = (v: PyValue): number => (isByteArray(v) ? v.length : (v as PyBytes).bytes.length);
/** A result of the receiver's kind (methods return exact bytes / bytearray). */
const wrap = (self: PyValue, d: Uint8Array): PyValue => (isByteArray(self) ? newByteArray(d) : makeBytes(d));
/** Like wrap, from a latin-1 string; an exact bytes object that would be unchanged is
 * returned itself, as CPython does (`s.strip() is s` when nothing is stripped). */
const wrapStr = (self: PyValue, s: string): PyValue => {
  if (self instanceof PyBytes && self.cls === bytesType && s.length === self.bytes.length && s === latin1(self.bytes)) return self;
  return wrap(self, fromLatin1(s));
};

const WS = ' \t\n\r\x0b\x0c';
const isSpace = (c: string) => WS.includes(c);

/** A `sub` argument of count/find/index: bytes-like or an int byte value. */
function subArg(v: PyValue): string {
  if (hasIndex(v) && bufferOf(v) === undefined) return String.fromCharCode(byteValue(v));
  const b = bufferOf(v);
  if (b === undefined) {
    throw typeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  }
  return latin1(b);
}

function range(self: PyValue, start?: PyValue, end?: PyValue): [string, number, number] {
  const s = latin1(data(self));
  const n = s.length;
  // None is allowed, so CPython's message says so (sequence.ts boundArg's does not).
  const opt = (v: PyValue | undefined) => {
    if (v === null) return undefined;
    if (v !== undefined && !hasIndex(v)) throw typeError('slice indices must be integers or None or have an __index__ method');
    return v;
  };
  let a = boundArg(opt(start), n, 0);
  let b = boundArg(opt(end), n, n);
  if (a > n) a = n + 1;
  if (b > n) b = n;
  return [s, a, b];
}

function findIn(self: PyValue, sub: PyValue, start: PyValue | undefined, end: PyValue | undefined, reverse: boolean): number {
  // CPython parses start/end before it looks at sub, so their errors come first.
  const [s, a, b] = range(self, start, end);
  const needle = subArg(sub);
  if (a > b || b - a < needle.length) return -1;
  const hay = s.slice(a, b);
  const i = reverse ? hay.lastIndexOf(needle) : hay.indexOf(needle);
  return i < 0 ? -1 : i + a;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function decodeParam(v: PyValue, name: string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`decode() argument '${name}' must be str, not ${argTypeName(v)}`);
  return s;
}

function maxsplitArg(v: PyValue | undefined): number {
  return v === undefined ? -1 : toSsizeArg(v);
}

/** A width of ljust/rjust/center/zfill: a Py_ssize_t, and one no bytes object can reach is
 * MemoryError (CPython fails to allocate it). */
function widthArg(v: PyValue): number {
  const w = toSsizeArg(v);
  memoryErrorIfTooLong(w);
  return w;
}

function sepArg(v: PyValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = latin1(needBuffer(v));
  if (s.length === 0) throw valueError('empty separator');
  return s;
}

function stripChars(v: PyValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  return latin1(needBuffer(v));
}

function strip(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const drop = (c: string) => (chars === undefined ? isSpace(c) : chars.includes(c));
  let a = 0;
  let b = s.length;
  if (left) while (a < b && drop(s[a])) a++;
  if (right) while (b > a && drop(s[b - 1])) b--;
  return s.slice(a, b);
}

function fillArg(name: string, v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  // Argument Clinic's 'c' converter: a bytes or bytearray of length 1 (no other buffers).
  const b = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : undefined;
  if (b === undefined || b.length !== 1) {
    throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(v)}`);
  }
  return String.fromCharCode(b[0]!);
}

const lowerC = (c: string) => (c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) + 32) : c);
const upperC = (c: string) => (c >= 'a' && c <= 'z' ? String.fromCharCode(c.charCodeAt(0) - 32) : c);
const isLowerC = (c: string) => c >= 'a' && c <= 'z';
const isUpperC = (c: string) => c >= 'A' && c <= 'Z';
const isDigitC = (c: string) => c >= '0' && c <= '9';
const isAlphaC = (c: string) => isLowerC(c) || isUpperC(c);
const mapChars = (s: string, f: (c: string) => string) => Array.from(s, f).join('');

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const c of s) {
    out += prevCased ? lowerC(c) : upperC(c);
    prevCased = isAlphaC(c);
  }
  return out;
}

function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    if (isUpperC(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerC(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function affix(name: string, self: PyValue, arg: PyValue, start: PyValue | undefined, end: PyValue | undefined, atEnd: boolean): boolean {
  const [s, a, b] = range(self, start, end);
  // A tuple's items fail as any buffer argument does; only a non-tuple gets the long message.
  const test = (p: PyValue, inTuple: boolean): boolean => {
    const buf = inTuple ? needBuffer(p) : bufferOf(p);
    if (buf === undefined) {
      throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(p).name}`);
    }
    const x = latin1(buf);
    if (a > s.length || b - a < x.length) return false;
    return atEnd ? s.slice(b - x.length, b) === x : s.slice(a, a + x.length) === x;
  };
  if (arg instanceof PyTuple) return arg.items.some((p) => test(p, true));
  return test(arg, false);
}

function replaceAll(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity;
  if (old.length === 0) {
    let out = '';
    let n = 0;
    for (let i = 0; i <= s.length; i++) {
      if (n < count) {
        out += rep;
        n++;
      }
      if (i < s.length) out += s[i];
    }
    return out;
  }
  let out = '';
  let i = 0;
  let n = 0;
  while (n < count) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    n++;
  }
  return out + s.slice(i);
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
    let eol = j;
    if (j < s.length) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

/** bytes.hex(sep, bytes_per_sep) (also memoryview.hex). */
export function hexOf(b: Uint8Array, sep?: PyValue, perSep?: PyValue): string {
  const digits = Array.from(b, (x) => x.toString(16).padStart(2, '0'));
  if (sep === undefined) return digits.join('');
  // CPython's _Py_strhex_impl: len(sep) first, then its type, then ASCII only.
  if (len(sep) !== 1) throw valueError('sep must be length 1.');
  const sepStr = strValue(sep) ?? (sep instanceof PyBytes ? latin1(sep.bytes) : undefined);
  if (sepStr === undefined) throw typeError('sep must be str or bytes.');
  if (sepStr.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
  let group = perSep === undefined ? 1 : toCIntArg(perSep);
  if (group === 0) return digits.join('');
  const fromLeft = group < 0;
  group = Math.abs(group);
  const parts: string[] = [];
  if (fromLeft) for (let i = 0; i < digits.length; i += group) parts.push(digits.slice(i, i + group).join(''));
  else for (let i = digits.length; i > 0; i -= group) parts.unshift(digits.slice(Math.max(0, i - group), i).join(''));
  return parts.join(sepStr);
}

function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\x0b' || s[i] === '\x0c') {
      i++;
      continue;
    }
    const hi = parseInt(s[i], 16);
    if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(s[i])) {
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
    if (i + 1 >= s.length || !/[0-9a-fA-F]/.test(s[i + 1])) {
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    }
    out.push(hi * 16 + parseInt(s[i + 1], 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

/** The b'...' inside bytearray's repr: like bytes' repr except that a single quote is
 * always escaped (CPython's bytearray_repr). */
function bytearrayBody(b: Uint8Array): string {
  const r = bytesRepr(b);
  if (r[1] !== '"') return r;
  return r.replace(/(\\\\)|'/g, (m, bs) => (bs ? m : "\\'"));
}

// ---------- install on both types ----------

export const bytesIteratorType = newIteratorType('bytes_iterator');
export const bytearrayIteratorType = newIteratorType('bytearray_iterator');

export class PyBytesIterator extends PyIterator {
  override cls: PyType;
  private index = 0;
  /** Dropped once exhausted: a bytearray that grows later does not revive the iterator. */
  private owner: Bytesish | undefined;
  constructor(owner: Bytesish) {
    super();
    this.owner = owner;
    this.cls = owner instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType;
  }
  override next(): PyValue | undefined {
    const o = this.owner;
    if (o === undefined) return undefined;
    // buf/length read directly: a bytearray's `bytes` getter allocates a view per call.
    const buf = o instanceof PyByteArray ? o.buf : o.bytes;
    const n = o instanceof PyByteArray ? o.length : buf.length;
    if (this.index < n) return buf[this.index++];
    this.owner = undefined;
    return undefined;
  }
}

defNew(bytesType, '(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)',
  (cls: PyType, source?: PyValue, encoding?: PyValue, errors?: PyValue) => {
    if (cls === bytesType && source instanceof PyBytes && source.cls === bytesType && encoding === undefined && errors === undefined) {
      return source;
    }
    return makeBytes(bytesFromArgs('bytes', source, encoding, errors), cls);
  });

for (const t of [bytesType, bytearrayType]) {
  const typeName = t.name;
  defMethod(t, '__len__', 0, (self: PyValue) => byteLength(self));
  defMethod(t, '__iter__', 0, (self: Bytesish) => new PyBytesIterator(self));
  defMethod(t, '__getitem__', 1, (self: PyValue, key: PyValue) => {
    if (key instanceof PySlice) return wrap(self, Uint8Array.from(sliceItems(Array.from(data(self)), key)));
    if (!hasIndex(key)) throw typeError(`${isByteArray(self) ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(key).name}`);
    if (isByteArray(self)) return self.buf[seqIndex(key, self.length, 'bytearray index')];
    const b = (self as PyBytes).bytes;
    return b[seqIndex(key, b.length, 'index')];
  });
  defMethod(t, '__contains__', 1, (self: PyValue, x: PyValue) => {
    // CPython's _Py_bytes_contains: an int is looked for byte by byte, anything else must be
    // a buffer (only then is the latin-1 text needed).
    if (hasIndex(x)) return byteIndexOf(self as Bytesish, byteValue(x)) >= 0;
    return latin1(data(self)).includes(latin1(needBuffer(x)));
  });
  defMethod(t, '__repr__', 0, (self: PyValue) => {
    if (!isByteArray(self)) return bytesRepr(data(self));
    return withReprGuard(self, '...', () => `${self.cls.name}(${bytearrayBody(data(self))})`);
  });
  // bytearray_str is bytearray_repr, naming the subclass too.
  defMethod(t, '__str__', 0, (self: PyValue) => (isByteArray(self) ? `${self.cls.name}(${bytearrayBody(data(self))})` : bytesRepr(data(self))));

  // bytes compares only with bytes (CPython's bytes_richcompare); bytearray with any buffer.
  defRichCompare(t, (self: PyValue, other: PyValue, op: number) => {
    const o = isByteArray(self) ? bufferOf(other) : other instanceof PyBytes ? other.bytes : undefined;
    if (o === undefined) return NotImplemented;
    const a = data(self);
    if ((op === CompareOp.EQ || op === CompareOp.NE) && a.length !== o.length) return op === CompareOp.NE;
    const n = Math.min(a.length, o.length);
    let c = 0;
    for (let i = 0; i < n && c === 0; i++) c = a[i] - o[i];
    if (c === 0) c = a.length - o.length;
    return compareSign(c, op);
  });

  defSequenceMethod(t, '__add__', (self: PyValue, other: PyValue) => {
    const o = bufferOf(other);
    if (o === undefined) throw typeError(`can't concat ${typeOf(other).name} to ${typeName}`);
    const a = data(self);
    const out = new Uint8Array(a.length + o.length);
    out.set(a);
    out.set(o, a.length);
    return wrap(self, out);
  });
  const rep = (self: PyValue, n: number | bigint) => wrap(self, Uint8Array.from(repeatItems(Array.from(data(self)), n)));
  defSequenceMethod(t, '__mul__', rep);
  defSequenceMethod(t, '__rmul__', rep);
  defMethod(t, '__mod__', 1, (self: PyValue, args: PyValue) => wrap(self, percentFormatBytes(data(self), args)));
  defMethod(t, '__rmod__', 1, () => NotImplemented);

  defMethod(t, 'decode', '(encoding=\'utf-8\', errors=\'strict\')', (self: PyValue, enc?: PyValue, err?: PyValue) =>
    bytesDecode(data(self), enc === undefined ? 'utf-8' : decodeParam(enc, 'encoding'), err === undefined ? 'strict' : decodeParam(err, 'errors')),
  );
  defMethod(t, 'hex', '(sep=<unrepresentable>, bytes_per_sep=1)', (self: PyValue, sep?: PyValue, per?: PyValue) => hexOf(data(self), sep, per));
  defClassMethod(t, 'fromhex', 1, (cls: PyType, s: PyValue) => {
    const str = strValue(s);
    if (str === undefined) throw typeError(`fromhex() argument must be str, not ${argTypeName(s)}`);
    const d = fromHex(str);
    return cls === bytearrayType ? newByteArray(d) : cls === bytesType ? makeBytes(d) : makeBytes(d, cls);
  });
  defMethod(t, 'count', '(sub, start=None, end=None, /)', (self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue) => {
    const [s, a, b] = range(self, start, end);
    const needle = subArg(sub);
    if (a > b) return 0;
    if (needle.length === 0) return b - a + 1;
    let n = 0;
    for (let i = s.indexOf(needle, a); i >= 0 && i + needle.length <= b; i = s.indexOf(needle, i + needle.length)) n++;
    return n;
  });
  defMethod(t, 'find', '(sub, start=None, end=None, /)', (self: PyValue, sub: PyValue, a?: PyValue, b?: PyValue) => findIn(self, sub, a, b, false));
  defMethod(t, 'rfind', '(sub, start=None, end=None, /)', (self: PyValue, sub: PyValue, a?: PyValue, b?: PyValue) => findIn(self, sub, a, b, true));
  defMethod(t, 'index', '(sub, start=None, end=None, /)', (self: PyValue, sub: PyValue, a?: PyValue, b?: PyValue) => {
    const i = findIn(self, sub, a, b, false);
    if (i < 0) throw valueError('subsection not found');
    return i;
  });
  defMethod(t, 'rindex', '(sub, start=None, end=None, /)', (self: PyValue, sub: PyValue, a?: PyValue, b?: PyValue) => {
    const i = findIn(self, sub, a, b, true);
    if (i < 0) throw valueError('subsection not found');
    return i;
  });
  defMethod(t, 'startswith', '(prefix, start=None, end=None, /)', (self: PyValue, p: PyValue, a?: PyValue, b?: PyValue) => affix('startswith', self, p, a, b, false));
  defMethod(t, 'endswith', '(suffix, start=None, end=None, /)', (self: PyValue, p: PyValue, a?: PyValue, b?: PyValue) => affix('endswith', self, p, a, b, true));
  defMethod(t, 'replace', '(old, new, count=-1, /)', (self: PyValue, old: PyValue, rep: PyValue, count?: PyValue) =>
    wrapStr(self, replaceAll(latin1(data(self)), latin1(needBuffer(old)), latin1(needBuffer(rep)), count === undefined ? -1 : toSsizeArg(count))),
  );
  defMethod(t, 'split', '(sep=None, maxsplit=-1)', (self: PyValue, sep?: PyValue, max?: PyValue) => {
    const s = latin1(data(self));
    const m = maxsplitArg(max); // converted before sep is checked, as Argument Clinic does
    const sp = sepArg(sep);
    let parts: string[];
    if (sp === undefined) parts = splitWhitespace(s, m);
    else {
      parts = [];
      let i = 0;
      for (;;) {
        const j = m >= 0 && parts.length >= m ? -1 : s.indexOf(sp, i);
        if (j < 0) break;
        parts.push(s.slice(i, j));
        i = j + sp.length;
      }
      parts.push(s.slice(i));
    }
    return newList(parts.map((p) => wrapStr(self, p)));
  });
  defMethod(t, 'rsplit', '(sep=None, maxsplit=-1)', (self: PyValue, sep?: PyValue, max?: PyValue) => {
    const s = latin1(data(self));
    const m = maxsplitArg(max); // converted before sep is checked, as Argument Clinic does
    const sp = sepArg(sep);
    let parts: string[];
    if (sp === undefined) parts = rsplitWhitespace(s, m);
    else {
      parts = [];
      let end = s.length;
      for (;;) {
        if (m >= 0 && parts.length >= m) break;
        const j = end - sp.length < 0 ? -1 : s.lastIndexOf(sp, end - sp.length);
        if (j < 0) break;
        parts.push(s.slice(j + sp.length, end));
        end = j;
      }
      parts.push(s.slice(0, end));
      parts.reverse();
    }
    return newList(parts.map((p) => wrapStr(self, p)));
  });
  defMethod(t, 'splitlines', '(keepends=False)', (self: PyValue, keep?: PyValue) =>
    newList(splitlines(latin1(data(self)), keep !== undefined && toCIntArg(keep) !== 0).map((p) => wrapStr(self, p))),
  );
  const part = (reverse: boolean) => (self: PyValue, sep: PyValue) => {
    const s = latin1(data(self));
    const sp = latin1(needBuffer(sep)); // None is not a separator here (split's default)
    if (sp.length === 0) throw valueError('empty separator');
    const i = reverse ? s.lastIndexOf(sp) : s.indexOf(sp);
    if (i < 0) {
      const empty = wrapStr(self, '');
      return reverse ? newTuple([empty, wrapStr(self, ''), wrapStr(self, s)]) : newTuple([wrapStr(self, s), empty, wrapStr(self, '')]);
    }
    // For bytes, CPython's stringlib puts the separator object itself in the middle (a
    // bytearray or memoryview stays one); bytearray.partition copies it.
    const middle = self instanceof PyByteArray ? wrapStr(self, sp) : sep;
    return newTuple([wrapStr(self, s.slice(0, i)), middle, wrapStr(self, s.slice(i + sp.length))]);
  };
  defMethod(t, 'partition', 1, part(false));
  defMethod(t, 'rpartition', 1, part(true));
  defMethod(t, 'strip', '(bytes=None, /)', (self: PyValue, c?: PyValue) => wrapStr(self, strip(latin1(data(self)), stripChars(c), true, true)));
  defMethod(t, 'lstrip', '(bytes=None, /)', (self: PyValue, c?: PyValue) => wrapStr(self, strip(latin1(data(self)), stripChars(c), true, false)));
  defMethod(t, 'rstrip', '(bytes=None, /)', (self: PyValue, c?: PyValue) => wrapStr(self, strip(latin1(data(self)), stripChars(c), false, true)));
  defMethod(t, 'join', 1, (self: PyValue, iterable: PyValue) => {
    const sep = latin1(data(self));
    const parts: string[] = [];
    // PySequence_Fast(iterable, "can only join an iterable"): iter()'s TypeError is replaced.
    let it: PyValue;
    try {
      it = getIter(iterable);
    } catch (e) {
      throw excMatches(e, 'TypeError') ? typeError('can only join an iterable') : e;
    }
    for (let x = iterNext(it), i = 0; x !== undefined; x = iterNext(it), i++) {
      const b = bufferOf(x);
      if (b === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
      parts.push(latin1(b));
    }
    return wrapStr(self, parts.join(sep));
  });
  defMethod(t, 'lower', 0, (self: PyValue) => wrapStr(self, mapChars(latin1(data(self)), lowerC)));
  defMethod(t, 'upper', 0, (self: PyValue) => wrapStr(self, mapChars(latin1(data(self)), upperC)));
  defMethod(t, 'swapcase', 0, (self: PyValue) => wrapStr(self, mapChars(latin1(data(self)), (c) => (isLowerC(c) ? upperC(c) : lowerC(c)))));
  defMethod(t, 'capitalize', 0, (self: PyValue) => {
    const s = latin1(data(self));
    return wrapStr(self, s.length === 0 ? s : upperC(s[0]) + mapChars(s.slice(1), lowerC));
  });
  defMethod(t, 'title', 0, (self: PyValue) => wrapStr(self, titleCase(latin1(data(self)))));
  const pred = (name: string, f: (c: string) => boolean) =>
    defMethod(t, name, 0, (self: PyValue) => {
      const s = latin1(data(self));
      return s.length > 0 && Array.from(s).every(f);
    });
  pred('isalpha', isAlphaC);
  pred('isdigit', isDigitC);
  pred('isalnum', (c) => isAlphaC(c) || isDigitC(c));
  pred('isspace', isSpace);
  defMethod(t, 'isascii', 0, (self: PyValue) => data(self).every((b) => b < 128));
  defMethod(t, 'islower', 0, (self: PyValue) => {
    const s = latin1(data(self));
    return Array.from(s).some(isLowerC) && !Array.from(s).some(isUpperC);
  });
  defMethod(t, 'isupper', 0, (self: PyValue) => {
    const s = latin1(data(self));
    return Array.from(s).some(isUpperC) && !Array.from(s).some(isLowerC);
  });
  defMethod(t, 'istitle', 0, (self: PyValue) => isTitle(latin1(data(self))));
  const pad = (name: string, place: (s: string, total: number, fill: string) => string) =>
    defMethod(t, name, '(width, fillchar=b\' \', /)', (self: PyValue, width: PyValue, fill?: PyValue) => {
      const s = latin1(data(self));
      const w = widthArg(width);
      const f = fillArg(name, fill);
      return wrapStr(self, w <= s.length ? s : place(s, w - s.length, f));
    });
  pad('ljust', (s, n, f) => s + f.repeat(n));
  pad('rjust', (s, n, f) => f.repeat(n) + s);
  pad('center', (s, n, f) => {
    const left = Math.floor(n / 2) + (n & (n + s.length) & 1);
    return f.repeat(left) + s + f.repeat(n - left);
  });
  defMethod(t, 'zfill', 1, (self: PyValue, width: PyValue) => {
    const s = latin1(data(self));
    const w = widthArg(width);
    if (w <= s.length) return wrapStr(self, s);
    const signed = s[0] === '+' || s[0] === '-';
    const zeros = '0'.repeat(w - s.length);
    return wrapStr(self, signed ? s[0] + zeros + s.slice(1) : zeros + s);
  });
  defMethod(t, 'expandtabs', '(tabsize=8)', (self: PyValue, size?: PyValue) => {
    const tab = size === undefined ? 8 : toCIntArg(size);
    let out = '';
    let col = 0;
    for (const c of latin1(data(self))) {
      if (c === '\t') {
        if (tab > 0) {
          const n = tab - (col % tab);
          out += ' '.repeat(n);
          col += n;
        }
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return wrapStr(self, out);
  });
  defMethod(t, 'removeprefix', 1, (self: PyValue, p: PyValue) => {
    const s = latin1(data(self));
    const x = latin1(needBuffer(p));
    return wrapStr(self, x.length > 0 && s.startsWith(x) ? s.slice(x.length) : s);
  });
  defMethod(t, 'removesuffix', 1, (self: PyValue, p: PyValue) => {
    const s = latin1(data(self));
    const x = latin1(needBuffer(p));
    return wrapStr(self, x.length > 0 && s.endsWith(x) ? s.slice(0, s.length - x.length) : s);
  });
  defMethod(t, 'translate', '(table, /, delete=b\'\')', (self: PyValue, table: PyValue, del?: PyValue) => {
    const tb = table === null ? null : needBuffer(table);
    if (tb !== null && tb.length !== 256) throw valueError('translation table must be 256 characters long');
    const drop = new Set(del === undefined ? [] : Array.from(needBuffer(del)));
    const out: number[] = [];
    for (const b of data(self)) if (!drop.has(b)) out.push(tb === null ? b : tb[b]);
    return wrap(self, Uint8Array.from(out));
  });
  defStaticMethod(t, 'maketrans', 2, (from: PyValue, to: PyValue) => {
    const a = needBuffer(from);
    const b = needBuffer(to);
    if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < a.length; i++) table[a[i]] = b[i];
    return makeBytes(table);
  });
}

defMethod(bytesType, '__hash__', 0, (self: PyBytes) => bytesHash(self.bytes));
defMethod(bytesType, '__getnewargs__', 0, (self: PyBytes) => newTuple([makeBytes(self.bytes.slice())]));
defMethod(bytesType, '__bytes__', 0, (self: PyBytes) => (self.cls === bytesType ? self : makeBytes(self.bytes)));
