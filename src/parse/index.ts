// The front end's public surface: parse source to CPython's AST, print it as ast.dump does.
export { parse, parseFile, ParserTooComplexError, type ParseMode } from './parse.js';
export { dumpAst, type DumpOptions } from './dump.js';
export { PySyntaxError, type SyntaxErrorType } from './syntax-error.js';
export type * from './ast.js';
