// The builtin exception hierarchy of CPython 3.11 (type objects only; behaviour is in
// exception-methods.ts). Every type is registered in errors.ts's EXC by name, so TS code
// raises with `throw newException(EXC.KeyError, key)` or the helpers there.
import { PyType } from './type.js';
import { newBuiltinType } from './builtin-types.js';
import { PyBaseException, EXC } from './errors.js';

function alloc(cls: PyType): PyBaseException {
  return new PyBaseException(cls, []);
}

// [name, base, doc] in CPython's order (so __subclasses__() lists match).
const HIERARCHY: readonly [string, string | null, string][] = [
  ['BaseException', null, 'Common base class for all exceptions'],
  ['BaseExceptionGroup', 'BaseException', 'A combination of multiple unrelated exceptions.'],
  ['Exception', 'BaseException', 'Common base class for all non-exit exceptions.'],
  ['GeneratorExit', 'BaseException', 'Request that a generator exit.'],
  ['KeyboardInterrupt', 'BaseException', 'Program interrupted by user.'],
  ['SystemExit', 'BaseException', 'Request to exit from the interpreter.'],
  ['ArithmeticError', 'Exception', 'Base class for arithmetic errors.'],
  ['AssertionError', 'Exception', 'Assertion failed.'],
  ['AttributeError', 'Exception', 'Attribute not found.'],
  ['BufferError', 'Exception', 'Buffer error.'],
  ['EOFError', 'Exception', 'Read beyond end of file.'],
  ['ImportError', 'Exception', "Import can't find module, or can't find name in module."],
  ['LookupError', 'Exception', 'Base class for lookup errors.'],
  ['MemoryError', 'Exception', 'Out of memory.'],
  ['NameError', 'Exception', 'Name not found globally.'],
  ['OSError', 'Exception', 'Base class for I/O related errors.'],
  ['ReferenceError', 'Exception', 'Weak ref proxy used after referent went away.'],
  ['RuntimeError', 'Exception', 'Unspecified run-time error.'],
  ['StopAsyncIteration', 'Exception', 'Signal the end from iterator.__anext__().'],
  ['StopIteration', 'Exception', 'Signal the end from iterator.__next__().'],
  ['SyntaxError', 'Exception', 'Invalid syntax.'],
  ['SystemError', 'Exception', 'Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.'],
  ['TypeError', 'Exception', 'Inappropriate argument type.'],
  ['ValueError', 'Exception', 'Inappropriate argument value (of correct type).'],
  ['Warning', 'Exception', 'Base class for warning categories.'],
  ['FloatingPointError', 'ArithmeticError', 'Floating point operation failed.'],
  ['OverflowError', 'ArithmeticError', 'Result too large to be represented.'],
  ['ZeroDivisionError', 'ArithmeticError', 'Second argument to a division or modulo operation was zero.'],
  ['ModuleNotFoundError', 'ImportError', 'Module not found.'],
  ['IndexError', 'LookupError', 'Sequence index out of range.'],
  ['KeyError', 'LookupError', 'Mapping key not found.'],
  ['UnboundLocalError', 'NameError', 'Local name referenced but not bound to a value.'],
  ['BlockingIOError', 'OSError', 'I/O operation would block.'],
  ['ChildProcessError', 'OSError', 'Child process error.'],
  ['ConnectionError', 'OSError', 'Connection error.'],
  ['BrokenPipeError', 'ConnectionError', 'Broken pipe.'],
  ['ConnectionAbortedError', 'ConnectionError', 'Connection aborted.'],
  ['ConnectionRefusedError', 'ConnectionError', 'Connection refused.'],
  ['ConnectionResetError', 'ConnectionError', 'Connection reset.'],
  ['FileExistsError', 'OSError', 'File already exists.'],
  ['FileNotFoundError', 'OSError', 'File not found.'],
  ['InterruptedError', 'OSError', 'Interrupted by signal.'],
  ['IsADirectoryError', 'OSError', "Operation doesn't work on directories."],
  ['NotADirectoryError', 'OSError', 'Operation only works on directories.'],
  ['PermissionError', 'OSError', 'Not enough permissions.'],
  ['ProcessLookupError', 'OSError', 'Process not found.'],
  ['TimeoutError', 'OSError', 'Timeout expired.'],
  ['NotImplementedError', 'RuntimeError', "Method or function hasn't been implemented yet."],
  ['RecursionError', 'RuntimeError', 'Recursion limit exceeded.'],
  ['IndentationError', 'SyntaxError', 'Improper indentation.'],
  ['TabError', 'IndentationError', 'Improper mixture of spaces and tabs.'],
  ['UnicodeError', 'ValueError', 'Unicode related error.'],
  ['UnicodeDecodeError', 'UnicodeError', 'Unicode decoding error.'],
  ['UnicodeEncodeError', 'UnicodeError', 'Unicode encoding error.'],
  ['UnicodeTranslateError', 'UnicodeError', 'Unicode translation error.'],
  ['BytesWarning', 'Warning', 'Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.'],
  ['DeprecationWarning', 'Warning', 'Base class for warnings about deprecated features.'],
  ['EncodingWarning', 'Warning', 'Base class for warnings about encodings.'],
  ['FutureWarning', 'Warning', 'Base class for warnings about constructs that will change semantically\nin the future.'],
  ['ImportWarning', 'Warning', 'Base class for warnings about probable mistakes in module imports'],
  ['PendingDeprecationWarning', 'Warning', 'Base class for warnings about features which will be deprecated\nin the future.'],
  ['ResourceWarning', 'Warning', 'Base class for warnings about resource usage.'],
  ['RuntimeWarning', 'Warning', 'Base class for warnings about dubious runtime behavior.'],
  ['SyntaxWarning', 'Warning', 'Base class for warnings about dubious syntax.'],
  ['UnicodeWarning', 'Warning', 'Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.'],
  ['UserWarning', 'Warning', 'Base class for warnings generated by user code.'],
];

for (const [name, base, doc] of HIERARCHY) {
  const t =
    base === null ? newBuiltinType(name, { alloc }) : newBuiltinType(name, { base: EXC[base] });
  t.hasDict = true;
  t.ns.set('__doc__', doc);
  EXC[name] = t;
}

// ExceptionGroup derives from both BaseExceptionGroup and Exception.
{
  const t = new PyType(EXC['BaseException'].cls, 'ExceptionGroup', [EXC['BaseExceptionGroup'], EXC['Exception']]);
  t.hasDict = true;
  t.ns.set('__doc__', null);
  EXC['ExceptionGroup'] = t;
}

/** The builtin exception types by name, for the builtins module (incl. the aliases
 * EnvironmentError and IOError of OSError). */
export function builtinExceptionTypes(): [string, PyType][] {
  const out: [string, PyType][] = Object.keys(EXC).map((n) => [n, EXC[n]]);
  out.push(['EnvironmentError', EXC['OSError']], ['IOError', EXC['OSError']]);
  return out;
}
