// pytier's public library API. Each stage's entry points, re-exported from the room that
// owns them (DESIGN.md "Surfaces").
export { parse, dumpAst, PySyntaxError, type ParseMode, type DumpOptions } from './parse/index.js';
export type * as ast from './parse/ast.js';
export {
  compile,
  serialize,
  deserialize,
  disassemble,
  BytecodeFormatError,
  CodeObject,
  type Program,
  type CompileMode,
} from './compile/index.js';
export {
  execute,
  evalPython,
  execPython,
  ready,
  toPython,
  toJS,
  PythonError,
  type ExecuteOptions,
  type ExecuteResult,
  type Tier,
} from './api.js';
