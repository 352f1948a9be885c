// Frozen modules: library modules written in Python, shipped as source text inside the
// bundle and compiled by pytier's own compiler on first import (as CPython freezes
// importlib and MicroPython freezes its .py modules). Python is the natural language for
// library code such as namedtuple that CPython itself writes in Python.
import { compile } from '../compile/index.js';
import { execHooks } from './builtins-exec.js';
import { builtinsModule, newModule, registerModule, type PyModule } from './modules.js';
import type { PyType } from './type.js';

/** `cTypes`: the module's classes that are C types in CPython, named `module.Class` in
 * messages as their tp_name is (PyType.name). */
export function registerFrozenModule(name: string, source: string, cTypes: readonly string[] = []): void {
  registerModule(name, (): PyModule => {
    const m = newModule(name);
    m.dict.setStr('__builtins__', builtinsModule());
    execHooks.run(compile(source, `<frozen ${name}>`, 'exec').code, m.dict, m.dict);
    for (const c of cTypes) (m.dict.getStr(c) as PyType).setModuleName(name);
    return m;
  });
}
