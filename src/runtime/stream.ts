// sys.stdin/stdout/stderr: text streams whose bytes go to (or come from) the host through
// `hostIO`, which the CLI and the library API set per run. Output is buffered here and
// handed to the host in large chunks (flush(), a full buffer, or the end of the run);
// writing to stderr first flushes stdout so the two interleave as the program wrote them.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, typeOf } from './builtin-types.js';
import { typeError, valueError, EXC, newException } from './errors.js';
import { defMethod, defGetSet } from './builtin-function.js';
import { strRepr } from './str-repr.js';
import { newList } from './list.js';
import { call } from './call.js';

export interface HostIO {
  /** Receives stdout text (already buffered; called on flush). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line from stdin including its '\n', '' at end of input. */
  readLine(): string;
}

export const hostIO: HostIO = {
  stdout: () => {},
  stderr: () => {},
  readLine: () => '',
};

const FLUSH_AT = 1 << 16;

export class PyTextStream extends PyObject {
  override cls: PyType = textStreamType;
  private buffer: string[] = [];
  private size = 0;
  closed = false;
  constructor(
    readonly name: string,
    readonly mode: 'r' | 'w',
    /** stderr is line buffered: flushed after every write that contains a newline. */
    readonly lineBuffered: boolean,
  ) {
    super();
  }

  write(s: string): void {
    this.checkOpen();
    if (this.mode !== 'w') throw newException(EXC['OSError'], 'not writable');
    if (this === stderrStream) stdoutStream.flush();
    this.buffer.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT || (this.lineBuffered && s.includes('\n'))) this.flush();
  }

  /** Flush what is written, then refuse reads and writes (closing twice does nothing). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }

  checkOpen(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }

  flush(): void {
    if (this.size === 0 && this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    try {
      if (this === stderrStream) hostIO.stderr(text);
      else hostIO.stdout(text);
    } catch (e) {
      throw hostWriteError(e);
    }
  }

  readline(): string {
    this.checkOpen();
    if (this.mode !== 'r') throw newException(EXC['OSError'], 'not readable');
    stdoutStream.flush();
    return hostIO.readLine();
  }
}

/** errno and strerror (Linux) of the system errors a host write can report by code
 * (Node's `err.code`): the reader of a pipe has gone, a full disk, a closed descriptor. */
const WRITE_ERRORS: Record<string, [number, string]> = {
  EPIPE: [32, 'Broken pipe'],
  EBADF: [9, 'Bad file descriptor'],
  EIO: [5, 'Input/output error'],
  ENOSPC: [28, 'No space left on device'],
  EFBIG: [27, 'File too large'],
  EDQUOT: [122, 'Disk quota exceeded'],
};

/** A host write that failed with a system error becomes the OSError CPython raises for it
 * (OSError(32, ...) is a BrokenPipeError); anything else is passed on unchanged. */
function hostWriteError(e: unknown): unknown {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const known = typeof code === 'string' ? WRITE_ERRORS[code] : undefined;
  return known === undefined ? e : call(EXC['OSError'], [known[0], known[1]]);
}

export const textStreamType = newBuiltinType('TextIOWrapper', { module: '_io' });

export const stdoutStream = new PyTextStream('<stdout>', 'w', false);
export const stderrStream = new PyTextStream('<stderr>', 'w', true);
export const stdinStream = new PyTextStream('<stdin>', 'r', false);

/** Flush stdout and stderr (end of a run, before the host prints anything itself). */
export function flushStandardStreams(): void {
  stdoutStream.flush();
  stderrStream.flush();
}

const asStream = (v: PyValue): PyTextStream => {
  if (!(v instanceof PyTextStream)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received '${typeOf(v).qualname}'`);
  return v;
};

defMethod(textStreamType, 'write', 1, (self: PyValue, s: PyValue) => {
  if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeOf(s).qualname}`);
  asStream(self).write(s);
  return s.length;
});
defMethod(textStreamType, 'writelines', 1, (self: PyValue, lines: PyValue) => {
  const st = asStream(self);
  for (const s of (lines as { items?: PyValue[] }).items ?? []) {
    if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeOf(s).qualname}`);
    st.write(s);
  }
  return null;
});
defMethod(textStreamType, 'flush', 0, (self: PyValue) => {
  const st = asStream(self);
  st.checkOpen();
  st.flush();
  return null;
});
defMethod(textStreamType, 'close', 0, (self: PyValue) => {
  asStream(self).close();
  return null;
});
defMethod(textStreamType, 'readline', '(size=-1, /)', (self: PyValue) => asStream(self).readline());
defMethod(textStreamType, 'readlines', 0, (self: PyValue) => {
  const st = asStream(self);
  const out: PyValue[] = [];
  for (let l = st.readline(); l !== ''; l = st.readline()) out.push(l);
  return newList(out);
});
defMethod(textStreamType, 'read', '(size=-1, /)', (self: PyValue) => {
  const st = asStream(self);
  let s = '';
  for (let l = st.readline(); l !== ''; l = st.readline()) s += l;
  return s;
});
defMethod(textStreamType, 'isatty', 0, () => false);
defMethod(textStreamType, 'readable', 0, (self: PyValue) => asStream(self).mode === 'r');
defMethod(textStreamType, 'writable', 0, (self: PyValue) => asStream(self).mode === 'w');
defMethod(textStreamType, 'fileno', 0, (self: PyValue) => [stdinStream, stdoutStream, stderrStream].indexOf(asStream(self)));
defMethod(textStreamType, '__repr__', 0, (self: PyValue) => {
  const st = asStream(self);
  return `<_io.TextIOWrapper name=${strRepr(st.name)} mode=${strRepr(st.mode)} encoding='utf-8'>`;
});
defMethod(textStreamType, '__enter__', 0, (self: PyValue) => self);
defMethod(textStreamType, '__exit__', '(*args)', () => null);
defGetSet(textStreamType, 'name', (self) => asStream(self).name);
defGetSet(textStreamType, 'mode', (self) => asStream(self).mode);
defGetSet(textStreamType, 'encoding', () => 'utf-8');
defGetSet(textStreamType, 'errors', () => 'strict');
defGetSet(textStreamType, 'closed', (self) => asStream(self).closed);
defGetSet(textStreamType, 'line_buffering', (self) => asStream(self).lineBuffered);
