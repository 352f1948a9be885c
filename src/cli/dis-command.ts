// `pytier dis FILE`: compile FILE (Python source, or serialized pytier bytecode) and print
// every code object: offset, line, opcode, argument and its resolved meaning.
import { readFileSync } from 'node:fs';
import { BytecodeFormatError, compile, deserialize, disassemble, type Program } from '../compile/index.js';
import { MAGIC } from '../compile/wire.js';
import { decodeSource } from '../parse/source-decode.js';
import { ParserTooComplexError, PySyntaxError } from '../parse/index.js';

const USAGE = 'usage: pytier dis FILE   (Python source or serialized pytier bytecode)\n';

function isBytecode(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

export async function main(args: string[]): Promise<number> {
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = args[0];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`pytier: can't open file '${file}': ${(e as Error).message}\n`);
    return 2;
  }
  let program: Program;
  try {
    program = isBytecode(bytes) ? deserialize(bytes) : compile(decodeSource(bytes, file), file, 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(e.format());
      return 1;
    }
    if (e instanceof BytecodeFormatError) {
      process.stderr.write(`pytier: ${file}: ${e.message}\n`);
      return 1;
    }
    if (e instanceof ParserTooComplexError) {
      process.stderr.write(`MemoryError: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  process.stdout.write(disassemble(program));
  return 0;
}
