// Builtin exceptions vs CPython: the hierarchy (every class's MRO), construction, str() and
// repr() (KeyError's repr-in-str, OSError/SyntaxError/Unicode*Error formats), per-type
// attributes, chaining attributes, add_note, ExceptionGroup basics, and toPyException.
import { describe, it, expect } from 'vitest';
import { call, EXC, getAttr, setAttr, strOf, reprOf, typeOf, newTuple, PyList, PyBytes, PyBaseException, builtinExceptionTypes, toPyException, type PyValue } from '../../src/runtime/index.js';
import { pythonEval, capture, encPlain, encSeq, encStr, mismatches } from './oracle.js';

const mk = (name: string, ...args: PyValue[]) => call(EXC[name], args);
const bytes = (...b: number[]) => new PyBytes(new Uint8Array(b));

const CASES: [string, () => PyValue][] = [
  ["repr(ValueError('x'))", () => reprOf(mk('ValueError', 'x'))],
  ['repr(ValueError())', () => reprOf(mk('ValueError'))],
  ['repr(ValueError(1, 2))', () => reprOf(mk('ValueError', 1, 2))],
  ['str(ValueError(1, 2))', () => strOf(mk('ValueError', 1, 2))],
  ['str(ValueError())', () => strOf(mk('ValueError'))],
  ["str(KeyError('a'))", () => strOf(mk('KeyError', 'a'))],
  ["str(KeyError('a', 'b'))", () => strOf(mk('KeyError', 'a', 'b'))],
  ['str(KeyError())', () => strOf(mk('KeyError'))],
  ["ValueError('x').args", () => getAttr(mk('ValueError', 'x'), 'args')],
  ['StopIteration(5).value', () => getAttr(mk('StopIteration', 5), 'value')],
  ['StopIteration().value', () => getAttr(mk('StopIteration'), 'value')],
  ['StopIteration(1, 2).value', () => getAttr(mk('StopIteration', 1, 2), 'value')],
  ['SystemExit().code', () => getAttr(mk('SystemExit'), 'code')],
  ['SystemExit(3).code', () => getAttr(mk('SystemExit', 3), 'code')],
  ['SystemExit(1, 2).code', () => getAttr(mk('SystemExit', 1, 2), 'code')],
  ["str(OSError(2, 'No such file'))", () => strOf(mk('OSError', 2, 'No such file'))],
  ["str(OSError(2, 'No such', 'f.txt'))", () => strOf(mk('OSError', 2, 'No such', 'f.txt'))],
  ["str(OSError(2, 'No', 'a', 0, 'b'))", () => strOf(mk('OSError', 2, 'No', 'a', 0, 'b'))],
  ["type(OSError(2, 'x')).__name__", () => typeOf(mk('OSError', 2, 'x')).name],
  ["type(OSError(13, 'x')).__name__", () => typeOf(mk('OSError', 13, 'x')).name],
  ["OSError(2, 'x').errno", () => getAttr(mk('OSError', 2, 'x'), 'errno')],
  ["OSError('x').errno", () => getAttr(mk('OSError', 'x'), 'errno')],
  ["str(OSError('a', 'b', 'c'))", () => strOf(mk('OSError', 'a', 'b', 'c'))],
  ["str(SyntaxError('bad', ('f.py', 3, 4, 'x = (\\n', 3, 5)))", () => strOf(mk('SyntaxError', 'bad', newTuple(['f.py', 3, 4, 'x = (\n', 3, 5])))],
  ["[getattr(SyntaxError('bad', ('f.py', 3, 4, 'x', 3, 5)), a) for a in ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset')]",
    () => newTuple(['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].map((a) =>
      getAttr(mk('SyntaxError', 'bad', newTuple(['f.py', 3, 4, 'x', 3, 5])), a)))],
  ["str(SyntaxError('bad'))", () => strOf(mk('SyntaxError', 'bad'))],
  ["str(SyntaxError('bad', ('dir/f.py', None, None, None)))", () => strOf(mk('SyntaxError', 'bad', newTuple(['dir/f.py', null, null, null])))],
  ["str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))", () => strOf(mk('UnicodeDecodeError', 'utf-8', bytes(0xff), 0, 1, 'invalid start byte'))],
  ["str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 2, 'bad'))", () => strOf(mk('UnicodeDecodeError', 'utf-8', bytes(0xff, 0xfe), 0, 2, 'bad'))],
  ["str(UnicodeEncodeError('ascii', '\\xe9', 0, 1, 'ordinal not in range(128)'))", () => strOf(mk('UnicodeEncodeError', 'ascii', '\xe9', 0, 1, 'ordinal not in range(128)'))],
  ["str(UnicodeEncodeError('ascii', '😀\\u20ac', 1, 2, 'r'))", () => strOf(mk('UnicodeEncodeError', 'ascii', '😀\u20ac', 1, 2, 'r'))],
  ["UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'x').start", () => getAttr(mk('UnicodeDecodeError', 'utf-8', bytes(0xff), 0, 1, 'x'), 'start')],
  ["str(ImportError('no mod', name='m'))", () => strOf(call(EXC.ImportError, ['no mod', 'm'], ['name']))],
  ["ImportError('x', name='m').name", () => getAttr(call(EXC.ImportError, ['x', 'm'], ['name']), 'name')],
  ["ImportError('x', nam='m')", () => call(EXC.ImportError, ['x', 'm'], ['nam'])],
  ["NameError('x', name='y').name", () => getAttr(call(EXC.NameError, ['x', 'y'], ['name']), 'name')],
  ["AttributeError('x').name", () => getAttr(mk('AttributeError', 'x'), 'name')],
  ['BaseException(x=1)', () => call(EXC.BaseException, [1], ['x'])],
  ["str(ExceptionGroup('msg', [ValueError(1), TypeError(2)]))", () => strOf(mk('ExceptionGroup', 'msg', new PyList([mk('ValueError', 1), mk('TypeError', 2)])))],
  ["type(BaseExceptionGroup('m', [ValueError()])).__name__", () => typeOf(mk('BaseExceptionGroup', 'm', new PyList([mk('ValueError')]))).name],
  ["type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__", () => typeOf(mk('BaseExceptionGroup', 'm', new PyList([mk('KeyboardInterrupt')]))).name],
  ["ExceptionGroup('m', [])", () => mk('ExceptionGroup', 'm', new PyList([]))],
  ["ExceptionGroup('m', [KeyboardInterrupt()])", () => mk('ExceptionGroup', 'm', new PyList([mk('KeyboardInterrupt')]))],
  ["str(BaseExceptionGroup('m', [ValueError()]))", () => strOf(mk('BaseExceptionGroup', 'm', new PyList([mk('ValueError')])))],
  ["(e := ValueError(1), e.add_note('hi'), e.__notes__)[2]", () => {
    const e = mk('ValueError', 1);
    call(getAttr(e, 'add_note'), ['hi']);
    return getAttr(e, '__notes__');
  }],
  ['ValueError(1).add_note(1)', () => call(getAttr(mk('ValueError', 1), 'add_note'), [1])],
  ['setattr(ValueError(), "__cause__", 1)', () => (setAttr(mk('ValueError'), '__cause__', 1), null)],
  ['(e := ValueError(), setattr(e, "__cause__", KeyError()), e.__suppress_context__, type(e.__cause__).__name__)[2:]', () => {
    const e = mk('ValueError');
    setAttr(e, '__cause__', mk('KeyError'));
    return newTuple([getAttr(e, '__suppress_context__'), typeOf(getAttr(e, '__cause__')).name]);
  }],
  ['(ValueError().__context__, ValueError().__traceback__)', () => newTuple([getAttr(mk('ValueError'), '__context__'), getAttr(mk('ValueError'), '__traceback__')])],
  ['ValueError.__doc__', () => getAttr(EXC.ValueError, '__doc__')],
  ['(EnvironmentError is OSError, IOError is OSError)', () => {
    const all = new Map(builtinExceptionTypes());
    return newTuple([all.get('EnvironmentError') === EXC.OSError, all.get('IOError') === EXC.OSError]);
  }],
];

describe('builtin exceptions vs CPython', () => {
  it('every builtin exception has CPython 3.11 MRO', () => {
    const names = builtinExceptionTypes().map(([n]) => n);
    const exprs = names.map((n) => `[c.__name__ for c in ${n}.__mro__]`);
    const want = pythonEval(exprs);
    const got = builtinExceptionTypes().map(([, t]) => encSeq(t.mro.map((c) => encStr(c.name))));
    expect(mismatches(exprs, got, want)).toEqual([]);
    // and nothing CPython has is missing
    const count = pythonEval(["len([n for n, v in vars(__import__('builtins')).items() if isinstance(v, type) and issubclass(v, BaseException)])"]);
    expect(encPlain(names.length)).toEqual(count[0]);
  });

  it('construction, str, repr, attributes, notes, chaining', () => {
    const exprs = CASES.map(([src]) => src);
    const want = pythonEval(exprs);
    const got = CASES.map(([, op]) => capture(() => encPlain(op())));
    expect(mismatches(exprs, got, want)).toEqual([]);
  });

  it('JS failures become Python exceptions', () => {
    let overflow: unknown;
    const recurse = (n: number): number => recurse(n + 1) + 1;
    try {
      recurse(0);
    } catch (e) {
      overflow = e;
    }
    const r = toPyException(overflow);
    expect([r.cls.name, strOf(r)]).toEqual(['RecursionError', 'maximum recursion depth exceeded']);
    const s = toPyException(new TypeError('boom'));
    expect([s.cls.name, strOf(s)]).toEqual(['SystemError', 'internal error: TypeError: boom']);
    const py = mk('KeyError', 1) as PyBaseException;
    expect(toPyException(py)).toBe(py);
  });
});
