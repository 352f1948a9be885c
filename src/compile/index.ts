// The compiler's public surface: source (or an AST) to a Program, the wire format and the
// disassembler.
import { parse } from '../parse/index.js';
import type { mod } from '../parse/ast.js';
import type { CompileMode, CompileWarning, Program } from './code.js';
import { compileAst } from './compiler.js';

export { CodeObject, ConstFrozenset, ConstTuple, type Const, type CompileMode, type ExceptionEntry, type Program } from './code.js';
export * from './code.js';
export { OPCODES, Op, OperandKind, CMP_OPS } from './opcodes.js';
export { serialize } from './serialize.js';
export { deserialize, BytecodeFormatError } from './deserialize.js';
export { verifyProgram } from './verify.js';
export { disassemble } from './dis.js';

/** Compile Python source like CPython's `compile(source, filename, mode)`; throws the
 * front end's PySyntaxError for syntax and compile-time errors. The warnings found go into
 * `warnings` as they are found (so a caller still has those found before an error) and are
 * the Program's `warnings`. */
export function compile(source: string, filename = '<string>', mode: CompileMode = 'exec', warnings: CompileWarning[] = []): Program {
  return compileAst(parse(source, filename, mode, warnings), filename, source, mode, warnings);
}

/** Compile an already parsed tree (`source` is used for error messages only). */
export function compileTree(tree: mod, filename = '<string>', mode: CompileMode = 'exec', source = ''): Program {
  return compileAst(tree, filename, source, mode);
}
