// locals() of a frame: its mapping (module, class body, exec), or a snapshot dict of a
// function's fast locals and cells.
import type { PyValue } from '../src/runtime/object.js';
import { PyDict } from '../src/runtime/dict.js';
import type { Frame } from './frame.js';

export function frameLocals(f: Frame): PyValue {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  const code = f.code;
  code.varnames.forEach((n, i) => {
    const v = f.fast[i];
    if (v !== undefined) d.setStr(n, v);
  });
  const cellNames = [...code.cellvars, ...code.freevars];
  cellNames.forEach((n, i) => {
    const v = f.cells[i]?.value;
    if (v !== undefined) d.setStr(n, v);
  });
  return d;
}
