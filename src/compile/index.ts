// The compiler's public surface: source (or an AST) to a Program, the wire format and the
// disassembler.
import { parse } from '../parse/index.js';
import type { mod } from '../parse/ast.js';
import type { CompileMode, Program } from './code.js';
import { compileAst } from './compiler.js';

export { CodeObject, ConstFrozenset, ConstTuple, type Const, type CompileMode, type ExceptionEntry, type Program } from './code.js';
export * from './code.js';
export { OPCODES, Op, OperandKind, CMP_OPS } from './opcodes.js';
export { serialize } from './serialize.js';
export { deserialize, BytecodeFormatError } from './deserialize.js';
export { verifyProgram } from './verify.js';
export { disassemble } from './dis.js';

/** Compile Python source like CPython's `compile(source, filename, mode)`; throws the
 * front end's PySyntaxError for syntax and compile-time errors. */
export function compile(source: string, filename = '<string>', mode: CompileMode = 'exec'): Program {
  return compileAst(parse(source, filename, mode), filename, source, mode);
}

/** Compile an already parsed tree (`source` is used for error messages only). */
export function compileTree(tree: mod, filename = '<string>', mode: CompileMode = 'exec', source = ''): Program {
  return compileAst(tree, filename, source, mode);
}
