// Traceback objects (one per frame an exception passed through, outermost first) and the
// text CPython 3.11 prints for an uncaught exception: the chain (__cause__/__context__),
// `File "x.py", line N, in f`, the source line without its indentation, the position
// markers (`^^^^`, or `~~^~~` for binary operators and subscripts) unless they would
// cover the whole line, "[Previous line repeated N more times]", and `Type: message`.
import { PyObject } from '../src/runtime/value.js';
import type { PyValue } from '../src/runtime/object.js';
import type { PyType } from '../src/runtime/type.js';
import { newBuiltinType } from '../src/runtime/builtin-types.js';
import { PyBaseException, EXC } from '../src/runtime/errors.js';
import { defGetSet } from '../src/runtime/builtin-function.js';
import { strOf } from '../src/runtime/ops-repr.js';
import { typeModule } from '../src/runtime/ops-repr.js';
import { parse } from '../src/parse/index.js';
import type { CodeObject } from '../src/compile/code.js';
import type { Frame } from './frame.js';

export class PyTraceback extends PyObject {
  override cls: PyType = tracebackType;
  constructor(
    readonly frame: Frame,
    readonly pc: number,
    public next: PyTraceback | null,
  ) {
    super();
  }
  get code(): CodeObject {
    return this.frame.code;
  }
  get lineno(): number {
    return this.frame.code.lineAt(this.pc);
  }
}

export const tracebackType = newBuiltinType('traceback', { final: true });
defGetSet(tracebackType, 'tb_next', (self) => (self as PyTraceback).next);
defGetSet(tracebackType, 'tb_lineno', (self) => (self as PyTraceback).lineno);
defGetSet(tracebackType, 'tb_lasti', (self) => (self as PyTraceback).pc * 2);
defGetSet(tracebackType, 'tb_frame', (self) => (self as PyTraceback).frame as unknown as PyValue);

/** Record that `exc` passed through `frame` at instruction `pc` (PyTraceBack_Here). */
export function addTraceback(exc: PyBaseException, frame: Frame, pc: number): void {
  const next = exc.traceback instanceof PyTraceback ? exc.traceback : null;
  exc.traceback = new PyTraceback(frame, pc, next);
}

// ---------- source lines (linecache) ----------

const sources = new Map<string, string[]>();

/** Make a file's text available to tracebacks (the CLI registers the main script). */
export function registerSource(filename: string, text: string): void {
  sources.set(filename, text.split(/\r\n|\r|\n/));
}

export function sourceLine(filename: string, lineno: number): string | undefined {
  return sources.get(filename)?.[lineno - 1];
}

// ---------- formatting ----------

const RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;

/** Everything CPython prints on stderr for an uncaught `exc`. */
export function formatException(exc: PyBaseException): string {
  const out: string[] = [];
  formatChain(exc, new Set(), out);
  return out.join('');
}

function formatChain(exc: PyBaseException, seen: Set<PyBaseException>, out: string[]): void {
  seen.add(exc);
  const cause = exc.cause;
  const context = exc.context;
  if (cause instanceof PyBaseException && !seen.has(cause)) {
    formatChain(cause, seen, out);
    out.push('\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (context instanceof PyBaseException && !exc.suppressContext && !seen.has(context)) {
    formatChain(context, seen, out);
    out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  if (exc.traceback instanceof PyTraceback) {
    out.push('Traceback (most recent call last):\n');
    formatTraceback(exc.traceback, out);
  }
  out.push(formatExceptionOnly(exc));
}

function formatTraceback(tb: PyTraceback, out: string[]): void {
  let depth = 0;
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) depth++;
  let t: PyTraceback | null = tb;
  while (depth > TRACEBACK_LIMIT && t !== null) {
    depth--;
    t = t.next;
  }
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (; t !== null; t = t.next) {
    const code = t.code;
    const line = t.lineno;
    if (code.filename !== lastFile || line !== lastLine || code.name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
      lastFile = code.filename;
      lastLine = line;
      lastName = code.name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out.push(formatEntry(t));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
}

function repeated(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

function formatEntry(t: PyTraceback): string {
  const code = t.code;
  const lineno = t.lineno;
  let s = `  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  const line = sourceLine(code.filename, lineno);
  if (line === undefined) return s;
  const indent = line.length - line.replace(/^[ \t\f]+/, '').length;
  const stripped = line.slice(indent);
  if (stripped === '') return s;
  s += `    ${stripped}\n`;
  return s + carets(code, t.pc, line, indent, lineno);
}

/** The position-marker line for instruction pc on `line`, or '' when CPython omits it. */
function carets(code: CodeObject, pc: number, line: string, indent: number, lineno: number): string {
  const startCol = code.cols[pc];
  const endCol = code.endCols[pc];
  if (code.lines[pc] !== lineno || code.endLines[pc] < lineno || startCol < 0 || endCol < 0) return '';
  const multiline = code.endLines[pc] !== lineno;
  const start = charOffset(line, startCol);
  // A range that continues on later lines is marked up to the end of this one.
  const end = multiline ? line.trimEnd().length : charOffset(line, endCol);
  if (end <= start) return '';
  const anchors = multiline ? null : findAnchors(line.slice(start, end));
  const strippedLen = line.trimEnd().length - indent;
  if (anchors === null && end - start >= strippedLen) return '';
  let s = '    ' + ' '.repeat(start - indent);
  for (let off = start + 1; off <= end; off++) {
    if (anchors !== null && start + anchors[0] < off && off <= start + anchors[1]) s += '^';
    else s += anchors !== null ? '~' : '^';
  }
  return s + '\n';
}

/** UTF-8 byte column -> character (UTF-16 unit) offset in `line`. */
function charOffset(line: string, byteCol: number): number {
  const bytes = Buffer.from(line, 'utf8');
  if (byteCol >= bytes.length) return line.length;
  return bytes.subarray(0, byteCol).toString('utf8').length;
}

/** For a binary operation or subscript spanning `segment`: [left end, right start] of the
 * operator part (character offsets in the segment), else null. */
function findAnchors(segment: string): [number, number] | null {
  let tree: unknown;
  try {
    tree = parse(segment, '<traceback>', 'exec');
  } catch {
    return null;
  }
  const body = (tree as { body: unknown[] }).body;
  if (body.length !== 1) return null;
  const stmt = body[0] as unknown as Record<string, unknown>;
  if (nodeType(stmt) !== 'Expr') return null;
  const expr = stmt.value as Record<string, unknown>;
  const bytes = Buffer.from(segment, 'utf8');
  const toChar = (b: number) => bytes.subarray(0, b).toString('utf8').length;
  if (nodeType(expr) === 'BinOp') {
    const left = expr.left as { end_col_offset: number };
    const right = expr.right as { col_offset: number };
    for (let i = left.end_col_offset; i < right.col_offset; i++) {
      const ch = bytes[i];
      if (ch === 0x20 || ch === 0x09 || ch === 0x0c || ch === 0x0a || ch === 0x0d) continue;
      let r = i + 1;
      if (i + 1 < right.col_offset && ![0x20, 0x09, 0x0c, 0x0a, 0x0d].includes(bytes[i + 1])) r++;
      return [toChar(i), toChar(r)];
    }
    return null;
  }
  if (nodeType(expr) === 'Subscript') {
    const value = expr.value as { end_col_offset: number };
    const slice = expr.slice as { end_col_offset: number };
    return [toChar(value.end_col_offset), toChar(slice.end_col_offset + 1)];
  }
  return null;
}

function nodeType(n: Record<string, unknown>): unknown {
  return n._type;
}

/** The last line: `module.Type: message` (module omitted for builtins and __main__). */
export function formatExceptionOnly(exc: PyBaseException): string {
  const t = exc.cls;
  const mod = typeModule(t);
  let name = t.qualname;
  if (mod !== undefined && mod !== 'builtins' && mod !== '__main__') name = `${mod}.${name}`;
  let s: string;
  if (t.isSubtypeOf(EXC['SyntaxError'])) s = formatSyntaxErrorBody(exc, name);
  else {
    let msg: string;
    try {
      msg = strOf(exc);
    } catch {
      msg = '<exception str() failed>';
      return `${name}: ${msg}\n`;
    }
    s = msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
  }
  const notes = exc.attrs?.['__notes__'] ?? exc.dict?.getStr('__notes__');
  if (notes !== undefined && notes !== null) {
    const items = (notes as { items?: PyValue[] }).items;
    if (items !== undefined) for (const n of items) s += `${typeof n === 'string' ? n : strOf(n)}\n`;
  }
  return s;
}

function formatSyntaxErrorBody(exc: PyBaseException, name: string): string {
  const f = exc.fields ?? {};
  const msg = f.msg ?? (exc.args.length > 0 ? exc.args[0] : null);
  let s = '';
  const filename = f.filename;
  const lineno = f.lineno;
  if (typeof lineno === 'number') {
    s += `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${lineno}\n`;
    const text = f.text;
    const offset = f.offset;
    if (typeof text === 'string') {
      const line = text.replace(/\n$/, '');
      const indent = line.length - line.trimStart().length;
      s += `    ${line.trim()}\n`;
      if (typeof offset === 'number' && offset > 0) {
        const endOffset = typeof f.end_offset === 'number' && f.end_offset > offset ? f.end_offset : offset + 1;
        const start = offset - 1 - indent;
        const width = Math.max(1, Math.min(endOffset, line.trimEnd().length + 1) - offset);
        s += `    ${' '.repeat(Math.max(0, start))}${'^'.repeat(width)}\n`;
      }
    }
  }
  return s + (msg === null || msg === undefined ? `${name}\n` : `${name}: ${strOf(msg)}\n`);
}
