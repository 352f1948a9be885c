// exit() and quit(): what CPython's site module adds to builtins (Lib/_sitebuiltins.py's
// Quitter). Calling one closes sys.stdin, ignoring any error (IDLE-like shells watch for
// that), then raises SystemExit with the code; its repr tells an interactive user how to
// leave.
import type { PyValue } from './object.js';
import { newBuiltinType } from './builtin-types.js';
import { EXC, newException } from './errors.js';
import { defMethod } from './builtin-function.js';
import { getAttr, getAttrOrUndefined, setAttr } from './attr.js';
import { call } from './call.js';
import { strOf } from './ops-repr.js';
import { addBuiltins, findModule } from './modules.js';

// A Python class in CPython (Lib/_sitebuiltins.py): its tp_name is the bare name.
const quitterType = newBuiltinType('Quitter');
quitterType.ns.set('__module__', '_sitebuiltins');
quitterType.hasDict = true;

defMethod(quitterType, '__init__', '(name, eof, /)', (self: PyValue, name: PyValue, eof: PyValue) => {
  setAttr(self, 'name', name);
  setAttr(self, 'eof', eof);
  return null;
});

defMethod(quitterType, '__repr__', 0, (self: PyValue) => `Use ${strOf(getAttr(self, 'name'))}() or ${strOf(getAttr(self, 'eof'))} to exit`);

defMethod(quitterType, '__call__', '(code=None, /)', (_self: PyValue, code?: PyValue) => {
  const sys = findModule('sys');
  const stdin = sys === undefined ? undefined : getAttrOrUndefined(sys, 'stdin');
  try {
    const close = stdin === undefined ? undefined : getAttrOrUndefined(stdin, 'close');
    if (close !== undefined) call(close, []);
  } catch {
    // As CPython's bare `except: pass`.
  }
  throw newException(EXC['SystemExit'], code ?? null);
});

addBuiltins((d) => {
  for (const name of ['exit', 'quit']) d.setStr(name, call(quitterType, [name, 'Ctrl-D (i.e. EOF)']));
});
