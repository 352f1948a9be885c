// sys.stdin/stdout/stderr: text streams whose bytes go to (or come from) the host through
// `hostIO`, which the CLI and the library API set per run. Output is buffered here and
// handed to the host in large chunks (flush(), a full buffer, or the end of the run);
// writing to stderr first flushes stdout so the two interleave as the program wrote them.
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, typeOf } from './builtin-types.js';
import { typeError, valueError, EXC, stopIteration } from './errors.js';
import { toSsizeArg } from './ops-number.js';
import { toArray } from './ops-protocols.js';
import { getAttr } from './attr.js';
import { importModule } from './modules.js';
import { defMethod, defGetSet } from './builtin-function.js';
import { strRepr } from './str-repr.js';
import { strLen, strSubstring } from './str.js';
import { newList } from './list.js';
import { call } from './call.js';
import { interrupt, takeInterrupt } from './interrupt.js';

export interface HostIO {
  /** Receives stdout text (already buffered; called on flush). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line from stdin including its '\n', '' at end of input. A reader may return early
   * when the interrupt flag is set (interrupt.ts): the line then raises KeyboardInterrupt. */
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
  /** Input taken from the host but not returned yet (by readline(size) and read(size)). */
  private unread = '';
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
    if (this.mode !== 'w') throw unsupported('not writable');
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

  /** One line ('' at the end of input); at most `limit` characters of it when limit >= 0. */
  readline(limit = -1): string {
    let line: string;
    const nl = this.unread.indexOf('\n');
    if (nl >= 0) {
      this.checkReadable();
      line = this.unread.slice(0, nl + 1);
      this.unread = this.unread.slice(nl + 1);
    } else {
      line = this.unread + this.hostLine();
      this.unread = '';
    }
    if (limit >= 0 && strLen(line) > limit) {
      this.unread = strSubstring(line, limit, strLen(line)) + this.unread;
      line = strSubstring(line, 0, limit);
    }
    return line;
  }

  /** Up to `size` characters (all that is left when size < 0). */
  read(size = -1): string {
    let s = '';
    if (size < 0) {
      for (let l = this.readline(); l !== ''; l = this.readline()) s += l;
      return s;
    }
    for (let have = 0; have < size; ) {
      const l = this.readline(size - have);
      if (l === '') break;
      s += l;
      have += strLen(l);
    }
    return s;
  }

  private checkReadable(): void {
    this.checkOpen();
    if (this.mode !== 'r') throw unsupported('not readable');
  }

  private hostLine(): string {
    this.checkReadable();
    stdoutStream.flush();
    const line = hostIO.readLine();
    // A reader woken by Ctrl-C returns at once; the line it may have had is dropped, as
    // CPython drops the partial line it was reading.
    if (interrupt.flag[0] !== 0) throw takeInterrupt();
    return line;
  }
}

/** io.UnsupportedOperation (an OSError and a ValueError), defined by the frozen io module. */
function unsupported(message: string): unknown {
  return call(getAttr(importModule('io'), 'UnsupportedOperation'), [message]);
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
  if (!(v instanceof PyTextStream)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received '${typeOf(v).name}'`);
  return v;
};

defMethod(textStreamType, 'write', 1, (self: PyValue, s: PyValue) => {
  if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeOf(s).name}`);
  asStream(self).write(s);
  return s.length;
});
defMethod(textStreamType, 'writelines', 1, (self: PyValue, lines: PyValue) => {
  const st = asStream(self);
  for (const s of toArray(lines)) {
    if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeOf(s).name}`);
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
/** A size argument of read() and readlines(): an int, or None for "no limit" (-1);
 * readline() takes no None, as CPython's. */
const sizeArg = (v: PyValue | undefined): number => (v === undefined || v === null ? -1 : toSsizeArg(v));
defMethod(textStreamType, 'readline', '(size=-1, /)', (self: PyValue, size?: PyValue) =>
  asStream(self).readline(size === undefined ? -1 : toSsizeArg(size)),
);
defMethod(textStreamType, 'readlines', '(hint=-1, /)', (self: PyValue, hint?: PyValue) => {
  const st = asStream(self);
  const limit = sizeArg(hint);
  const out: PyValue[] = [];
  let total = 0;
  for (let l = st.readline(); l !== ''; l = st.readline()) {
    out.push(l);
    total += strLen(l);
    if (limit > 0 && total >= limit) break;
  }
  return newList(out);
});
defMethod(textStreamType, 'read', '(size=-1, /)', (self: PyValue, size?: PyValue) => asStream(self).read(sizeArg(size)));
defMethod(textStreamType, '__iter__', 0, (self: PyValue) => {
  asStream(self).checkOpen();
  return self;
});
defMethod(textStreamType, '__next__', 0, (self: PyValue) => {
  const line = asStream(self).readline();
  if (line === '') throw stopIteration();
  return line;
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
