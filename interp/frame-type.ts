// The Python type of interpreter frames (`sys._getframe()`, `tb.tb_frame`, `gen.gi_frame`):
// Frame stays plain data and gets its `cls` through the prototype, like CodeObject.
import type { PyValue } from '../src/runtime/object.js';
import { newBuiltinType, noBlankInstances, typeOf } from '../src/runtime/builtin-types.js';
import { typeError, valueError } from '../src/runtime/errors.js';
import { defMethod, defGetSet } from '../src/runtime/builtin-function.js';
import { strRepr } from '../src/runtime/str-repr.js';
import { idOf } from '../src/runtime/id.js';
import { Frame } from './frame.js';
import { running } from './thread-state.js';
import { frameLocals } from './frame-locals.js';

export const frameType = newBuiltinType('frame', { final: true, alloc: noBlankInstances });
Object.defineProperty(Frame.prototype, 'cls', { value: frameType, writable: true, configurable: true });

const frame = (v: PyValue): Frame => {
  if (!(v instanceof Frame)) throw typeError(`descriptor requires a 'frame' object but received '${typeOf(v).name}'`);
  return v;
};
const asValue = (f: Frame | null): PyValue => f as unknown as PyValue;

defGetSet(frameType, 'f_code', (self) => frame(self).code as unknown as PyValue);
defGetSet(frameType, 'f_lineno', (self) => frame(self).lineno);
defGetSet(frameType, 'f_lasti', (self) => Math.max(0, frame(self).pc - 1) * 2);
defGetSet(frameType, 'f_back', (self) => asValue(frame(self).back));
defGetSet(frameType, 'f_globals', (self) => frame(self).globals);
defGetSet(frameType, 'f_builtins', (self) => frame(self).builtins);
defGetSet(frameType, 'f_locals', (self) => frameLocals(frame(self)));
defMethod(frameType, '__repr__', 0, (self: PyValue) => {
  const f = frame(self);
  return `<frame at 0x${idOf(self).toString(16)}, file ${strRepr(f.code.filename)}, line ${f.lineno}, code ${f.code.name}>`;
});

/** sys._getframe(depth). */
export function getFrame(depth: number): PyValue {
  let f = running.frame;
  for (let i = 0; i < depth && f !== null; i++) f = f.back;
  if (f === null) throw valueError('call stack is not deep enough');
  return asValue(f);
}
