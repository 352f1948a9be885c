// `pytier ast [--attributes] FILE`: print ast.dump() of FILE's tree, or the syntax error as
// `python3 FILE` reports it (exit status 1).
import { readFileSync } from 'node:fs';
import { decodeSourceBytes } from '../parse/source-decode.js';
import { dumpAst, parseFile, ParserTooComplexError, PySyntaxError } from '../parse/index.js';

const USAGE = 'usage: pytier ast [--attributes] FILE\n';

export async function main(args: string[]): Promise<number> {
  let includeAttributes = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--attributes') includeAttributes = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = files[0];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`pytier: can't open file '${file}': [Errno ${-(err.errno ?? 2)}] ${describeErrno(err)}\n`);
    return 2;
  }
  try {
    const tree = parseFile(bytes, file);
    process.stdout.write(dumpAst(tree, { includeAttributes }) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(withLineFromFile(e, bytes).format());
      return 1;
    }
    if (e instanceof ParserTooComplexError) {
      process.stderr.write('MemoryError\n');
      return 1;
    }
    throw e;
  }
}

/** Running a file, CPython shows the error's line as read back from the file, newline
 * included (_PyErr_ProgramDecodedTextObject), not the tokenizer's copy. */
function withLineFromFile(err: PySyntaxError, bytes: Uint8Array): PySyntaxError {
  if (err.lineno === null || err.text === null) return err;
  let source: string;
  try {
    source = decodeSourceBytes(bytes, err.filename).text;
  } catch {
    return err;
  }
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (err.lineno > lines.length || (err.lineno === lines.length && lines[err.lineno - 1] === '')) return err;
  const text = lines[err.lineno - 1] + (err.lineno < lines.length ? '\n' : '');
  return new PySyntaxError(err.type, err.msg, {
    filename: err.filename,
    lineno: err.lineno,
    offset: err.offset,
    text,
    endLineno: err.endLineno,
    endOffset: err.endOffset,
  });
}

function describeErrno(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'No such file or directory';
  if (err.code === 'EACCES') return 'Permission denied';
  if (err.code === 'EISDIR') return 'Is a directory';
  return err.message;
}
