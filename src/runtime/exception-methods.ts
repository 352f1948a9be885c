// Behaviour of the builtin exceptions: construction (args), str/repr as CPython (incl.
// KeyError's repr-in-str), the chaining attributes (__cause__, __context__,
// __suppress_context__, __traceback__), with_traceback, add_note, and the per-type fields
// (StopIteration.value, SystemExit.code, OSError.errno..., SyntaxError.lineno..., ImportError.name,
// NameError/AttributeError.name, UnicodeError details; exception groups: exception-group.ts).
import { PyBytes } from './value.js';
import { type PyValue, type HasAttrs } from './object.js';
import { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { PyBaseException, EXC, typeError } from './errors.js';
import { defMethod, defGetSet, defNew } from './builtin-function.js';
import { PyDict } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList, newList } from './list.js';
import { strOf, reprOf } from './ops-repr.js';
import { toArray } from './ops-protocols.js';
import { genericGetAttr, genericSetAttr, instanceDictOf, setAttr, attrName } from './attr.js';
import { dictDescriptorFor } from './type-methods.js';
import { strGetItem } from './str.js';
import './exception-group.js';

const exc = (v: PyValue): PyBaseException => {
  if (!(v instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received '${typeOf(v).name}'`);
  return v;
};

const BaseException = EXC['BaseException'];

defNew(BaseException, '(*args, **kwargs)', (cls: PyType, args: PyValue[]) => {
  const e = cls.alloc(cls) as PyBaseException;
  e.args = args;
  return e;
});
defMethod(BaseException, '__init__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs: PyDict) => {
  const e = exc(self);
  if (kwargs.size > 0) throw typeError(`${typeOf(self).name}() takes no keyword arguments`);
  e.args = args;
  e.argsTuple = null;
  return null;
});

function argsTuple(e: PyBaseException): PyTuple {
  if (e.argsTuple === null || (e.argsTuple as PyTuple).items !== e.args) e.argsTuple = newTuple(e.args);
  return e.argsTuple as PyTuple;
}

defGetSet(BaseException, 'args', (self) => argsTuple(exc(self)), (self, v) => {
  if (v === undefined) throw typeError('args may not be deleted');
  const e = exc(self);
  e.args = v instanceof PyTuple ? v.items : toArray(v);
  e.argsTuple = null;
});

/** str(exc) for BaseException: '' / str(arg) / str(args). */
export function baseExceptionStr(e: PyBaseException): string {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return strOf(e.args[0]);
  return strOf(argsTuple(e));
}

defMethod(BaseException, '__str__', 0, (self: PyValue) => baseExceptionStr(exc(self)));
defMethod(BaseException, '__repr__', 0, (self: PyValue) => {
  const e = exc(self);
  const name = typeOf(self).shortName;
  if (e.args.length === 1) return `${name}(${reprOf(e.args[0])})`;
  return `${name}${reprOf(argsTuple(e))}`;
});

BaseException.setMember('__dict__', dictDescriptorFor(BaseException));
/** The traceback type, which the interpreter defines (interp/traceback.ts sets it). */
export const tracebackTypeBox: { value: PyType | null } = { value: null };

function checkTraceback(v: PyValue): void {
  if (v !== null && typeOf(v) !== tracebackTypeBox.value) throw typeError('__traceback__ must be a traceback or None');
}

defGetSet(BaseException, '__traceback__', (self) => exc(self).traceback, (self, v) => {
  if (v === undefined) throw typeError('__traceback__ may not be deleted');
  checkTraceback(v);
  exc(self).traceback = v;
});
defGetSet(BaseException, '__cause__', (self) => exc(self).cause, (self, v) => {
  if (v === undefined) throw typeError('__cause__ may not be deleted');
  if (v !== null && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
  const e = exc(self);
  e.cause = v;
  e.suppressContext = true;
});
defGetSet(BaseException, '__context__', (self) => exc(self).context, (self, v) => {
  if (v === undefined) throw typeError('__context__ may not be deleted');
  if (v !== null && !(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
  exc(self).context = v;
});
defGetSet(BaseException, '__suppress_context__', (self) => exc(self).suppressContext, (self, v) => {
  exc(self).suppressContext = v === true;
});
/** (type, args[, __dict__]): what pickle and copy rebuild an exception from; the dict part
 * only once the exception has instance attributes (CPython's BaseException_reduce). */
function reduceWith(self: PyValue, args: PyValue): PyValue {
  const h = self as PyBaseException & HasAttrs;
  if (h.attrs === null && h.dict === null) return newTuple([typeOf(self), args]);
  return newTuple([typeOf(self), args, instanceDictOf(h)]);
}
defMethod(BaseException, '__reduce__', 0, (self: PyValue) => reduceWith(self, argsTuple(exc(self))));
defMethod(BaseException, '__setstate__', 1, (self: PyValue, state: PyValue) => {
  if (state === null) return null;
  if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
  for (const [k, v] of state.entries()) setAttr(self, attrName(k), v);
  return null;
});
defMethod(BaseException, 'with_traceback', 1, (self: PyValue, tb: PyValue) => {
  checkTraceback(tb);
  exc(self).traceback = tb;
  return self;
});
defMethod(BaseException, 'add_note', 1, (self: PyValue, note: PyValue) => {
  if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeOf(note).name}'`);
  let notes = genericGetAttr(self, '__notes__');
  if (notes === undefined) {
    notes = newList([]);
    genericSetAttr(self, '__notes__', notes);
  }
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(note);
  return null;
});

/** A data attribute stored in `fields`, derived from args until assigned. */
function field(type: string, name: string, fromArgs: (e: PyBaseException) => PyValue): void {
  defGetSet(
    EXC[type],
    name,
    (self) => {
      const e = exc(self);
      const v = e.fields?.[name];
      return v !== undefined ? v : fromArgs(e);
    },
    (self, v) => {
      const e = exc(self);
      (e.fields ??= {})[name] = v === undefined ? null : v;
    },
  );
}

const arg0 = (e: PyBaseException): PyValue => (e.args.length > 0 ? e.args[0] : null);

// StopIteration.value, SystemExit.code
field('StopIteration', 'value', arg0);
field('StopAsyncIteration', 'value', arg0);
field('SystemExit', 'code', (e) => (e.args.length === 0 ? null : e.args.length === 1 ? e.args[0] : argsTuple(e)));

// KeyError: str() is the key's repr when there is exactly one arg.
defMethod(EXC['KeyError'], '__str__', 0, (self: PyValue) => {
  const e = exc(self);
  return e.args.length === 1 ? reprOf(e.args[0]) : baseExceptionStr(e);
});

// Keyword-initialised fields: ImportError(msg, name=, path=), NameError(name=),
// AttributeError(name=, obj=).
function keywordInit(type: string, names: string[], alsoMsg: boolean): void {
  defMethod(EXC[type], '__init__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs: PyDict) => {
    const e = exc(self);
    e.args = args;
    e.argsTuple = null;
    const f = (e.fields ??= {});
    for (const [k, v] of kwargs.entries()) {
      if (typeof k !== 'string' || !names.includes(k)) {
        throw typeError(`'${String(k)}' is an invalid keyword argument for ${type}()`);
      }
      f[k] = v;
    }
    if (alsoMsg) f['msg'] = args.length === 1 ? args[0] : null;
    return null;
  });
  for (const n of names) field(type, n, () => null);
}
keywordInit('ImportError', ['name', 'path'], true);
field('ImportError', 'msg', arg0);
defMethod(EXC['ImportError'], '__str__', 0, (self: PyValue) => {
  const e = exc(self);
  const msg = e.fields?.['msg'];
  return msg !== undefined && msg !== null ? strOf(msg) : baseExceptionStr(e);
});
keywordInit('NameError', ['name'], false);
keywordInit('AttributeError', ['name', 'obj'], false);

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the fields are set once,
// when the exception is made (CPython's oserror_init), and a filename is taken out of args.
const OS_FIELDS = ['errno', 'strerror', 'filename', 'filename2'];
for (const n of OS_FIELDS) field('OSError', n, () => null);
const ERRNO_SUBCLASS: Record<number, string> = {
  11: 'BlockingIOError', 10: 'ChildProcessError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError', 104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError',
  4: 'InterruptedError', 21: 'IsADirectoryError', 20: 'NotADirectoryError', 1: 'PermissionError',
  13: 'PermissionError', 3: 'ProcessLookupError', 110: 'TimeoutError',
};

/** CPython's oserror_use_init: a subclass that overrides __init__ (keeping OSError's __new__)
 * is initialised by __init__ alone; its __new__ leaves args (). */
function osUsesInit(cls: PyType): boolean {
  const os = EXC['OSError'];
  return cls.lookup('__init__') !== os.lookup('__init__') && cls.lookup('__new__') === os.lookup('__new__');
}

function osInit(e: PyBaseException, args: PyValue[]): void {
  const f: Record<string, PyValue> = { errno: null, strerror: null, filename: null, filename2: null };
  if (args.length >= 2 && args.length <= 5) {
    f['errno'] = args[0];
    f['strerror'] = args[1];
    if (args.length >= 3 && args[2] !== null) {
      f['filename'] = args[2];
      if (args.length === 5) f['filename2'] = args[4];
      args = args.slice(0, 2);
    }
  }
  e.fields = { ...e.fields, ...f };
  e.args = args;
  e.argsTuple = null;
}

defNew(EXC['OSError'], '(*args, **kwargs)', (cls: PyType, args: PyValue[], kwargs: PyDict) => {
  const useInit = osUsesInit(cls);
  if (!useInit && kwargs.size > 0) throw typeError(`${cls.name}() takes no keyword arguments`);
  let t = cls;
  if (!useInit && cls === EXC['OSError'] && args.length >= 2 && typeof args[0] === 'number') {
    const sub = ERRNO_SUBCLASS[args[0]];
    if (sub !== undefined) t = EXC[sub];
  }
  const e = t.alloc(t) as PyBaseException;
  if (useInit) e.args = [];
  else osInit(e, args);
  return e;
});
defMethod(EXC['OSError'], '__init__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs: PyDict) => {
  if (!osUsesInit(typeOf(self))) return null;
  if (kwargs.size > 0) throw typeError(`${typeOf(self).name}() takes no keyword arguments`);
  osInit(exc(self), args);
  return null;
});
// OSError keeps a filename out of args; reducing puts it back (CPython's OSError_reduce).
defMethod(EXC['OSError'], '__reduce__', 0, (self: PyValue) => {
  const e = exc(self);
  const filename = genericGetAttr(self, 'filename') ?? null;
  if (e.args.length !== 2 || filename === null) return reduceWith(self, argsTuple(e));
  const filename2 = genericGetAttr(self, 'filename2') ?? null;
  const args = filename2 === null ? [...e.args, filename] : [...e.args, filename, null, filename2];
  return reduceWith(self, newTuple(args));
});
defMethod(EXC['OSError'], '__str__', 0, (self: PyValue) => {
  const e = exc(self);
  const get = (n: string) => genericGetAttr(self, n) ?? null;
  const errno = get('errno');
  const strerror = get('strerror');
  const filename = get('filename');
  const filename2 = get('filename2');
  if (filename !== null) {
    if (filename2 !== null) {
      return `[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprOf(filename)} -> ${reprOf(filename2)}`;
    }
    return `[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprOf(filename)}`;
  }
  if (errno !== null && strerror !== null) return `[Errno ${strOf(errno)}] ${strOf(strerror)}`;
  return baseExceptionStr(e);
});

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
const syntaxDetail = (i: number) => (e: PyBaseException): PyValue => {
  if (e.args.length < 2 || !(e.args[1] instanceof PyTuple)) return null;
  const d = e.args[1].items;
  return i < d.length ? d[i] : null;
};
field('SyntaxError', 'msg', arg0);
field('SyntaxError', 'filename', syntaxDetail(0));
field('SyntaxError', 'lineno', syntaxDetail(1));
field('SyntaxError', 'offset', syntaxDetail(2));
field('SyntaxError', 'text', syntaxDetail(3));
field('SyntaxError', 'end_lineno', syntaxDetail(4));
field('SyntaxError', 'end_offset', syntaxDetail(5));
field('SyntaxError', 'print_file_and_line', () => null);
defMethod(EXC['SyntaxError'], '__str__', 0, (self: PyValue) => {
  const get = (n: string) => genericGetAttr(self, n) ?? null;
  const msg = strOf(get('msg'));
  const filename = get('filename');
  const lineno = get('lineno');
  const file = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
  if (file !== null && typeof lineno === 'number') return `${msg} (${file}, line ${lineno})`;
  if (file !== null) return `${msg} (${file})`;
  if (typeof lineno === 'number') return `${msg} (line ${lineno})`;
  return msg;
});

// UnicodeDecodeError(encoding, object, start, end, reason) and friends.
const uniArg = (i: number) => (e: PyBaseException): PyValue => (i < e.args.length ? e.args[i] : null);
for (const t of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']) {
  const translate = t === 'UnicodeTranslateError';
  const off = translate ? -1 : 0;
  if (!translate) field(t, 'encoding', uniArg(0));
  field(t, 'object', uniArg(1 + off));
  field(t, 'start', uniArg(2 + off));
  field(t, 'end', uniArg(3 + off));
  field(t, 'reason', uniArg(4 + off));
}
defMethod(EXC['UnicodeDecodeError'], '__str__', 0, (self: PyValue) => {
  const get = (n: string) => genericGetAttr(self, n) ?? null;
  const obj = get('object');
  const start = get('start') as number;
  const end = get('end') as number;
  const enc = strOf(get('encoding'));
  const reason = strOf(get('reason'));
  if (obj instanceof PyBytes && end === start + 1) {
    const b = obj.bytes[start].toString(16).padStart(2, '0');
    return `'${enc}' codec can't decode byte 0x${b} in position ${start}: ${reason}`;
  }
  return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
});
defMethod(EXC['UnicodeEncodeError'], '__str__', 0, (self: PyValue) => {
  const get = (n: string) => genericGetAttr(self, n) ?? null;
  const obj = get('object');
  const start = get('start') as number;
  const end = get('end') as number;
  const enc = strOf(get('encoding'));
  const reason = strOf(get('reason'));
  if (typeof obj === 'string' && end === start + 1) {
    const cp = strGetItem(obj, start).codePointAt(0)!;
    const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    return `'${enc}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
  }
  return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
});
