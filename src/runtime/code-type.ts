// The Python type of compiled code (`type(f.__code__)`, what compile() returns). CodeObject
// (src/compile/code.ts) is plain data; it gets its `cls` through the prototype, as the
// value.ts classes do, so it can travel as a Python value unchanged.
import { CodeObject } from '../compile/code.js';
import { type PyValue } from './object.js';
import { newBuiltinType, noBlankInstances, typeOf } from './builtin-types.js';
import { typeError } from './errors.js';
import { defMethod, defGetSet, defNew } from './builtin-function.js';
import { newTuple } from './tuple.js';
import { strRepr } from './str-repr.js';
import { idOf } from './id.js';

export const codeType = newBuiltinType('code', { final: true, alloc: noBlankInstances });
Object.defineProperty(CodeObject.prototype, 'cls', { value: codeType, writable: true, configurable: true });

// code(...) takes CPython's 16-18 arguments, whose bytecode pytier does not run: the
// arguments are checked as CPython checks them, then the call is refused.
defNew(
  codeType,
  '(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring, constants, names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable, freevars=(), cellvars=(), /)',
  () => {
    throw typeError("cannot create 'code' instances from CPython bytecode");
  },
);

const code = (v: PyValue): CodeObject => {
  if (!(v instanceof CodeObject)) throw typeError(`descriptor requires a 'code' object but received '${typeOf(v).qualname}'`);
  return v;
};

defMethod(codeType, '__repr__', 0, (self: PyValue) => {
  const c = code(self);
  return `<code object ${c.name} at 0x${idOf(self).toString(16)}, file ${strRepr(c.filename)}, line ${c.firstlineno}>`;
});
defGetSet(codeType, 'co_name', (self) => code(self).name);
defGetSet(codeType, 'co_qualname', (self) => code(self).qualname);
defGetSet(codeType, 'co_filename', (self) => code(self).filename);
defGetSet(codeType, 'co_firstlineno', (self) => code(self).firstlineno);
defGetSet(codeType, 'co_argcount', (self) => code(self).argcount);
defGetSet(codeType, 'co_posonlyargcount', (self) => code(self).posonlyargcount);
defGetSet(codeType, 'co_kwonlyargcount', (self) => code(self).kwonlyargcount);
defGetSet(codeType, 'co_flags', (self) => code(self).flags);
defGetSet(codeType, 'co_nlocals', (self) => code(self).varnames.length);
defGetSet(codeType, 'co_stacksize', (self) => code(self).stacksize);
defGetSet(codeType, 'co_varnames', (self) => newTuple(code(self).varnames));
defGetSet(codeType, 'co_cellvars', (self) => newTuple(code(self).cellvars));
defGetSet(codeType, 'co_freevars', (self) => newTuple(code(self).freevars));
defGetSet(codeType, 'co_names', (self) => newTuple(code(self).names));
