// Traceback objects (one per frame an exception passed through, outermost first) and the
// text CPython 3.11 prints for an uncaught exception: the chain (__cause__/__context__),
// exception groups as a tree of numbered boxes (pythonrun.c's print_exception_group),
// `File "x.py", line N, in f`, the source line without its indentation, the position
// markers (`^^^^`, or `~~^~~` for binary operators and subscripts) unless they would
// cover the whole line, "[Previous line repeated N more times]", and `Type: message`.
import { PyObject } from '../src/runtime/value.js';
import type { PyValue } from '../src/runtime/object.js';
import type { PyType } from '../src/runtime/type.js';
import { newBuiltinType } from '../src/runtime/builtin-types.js';
import { PyBaseException, EXC } from '../src/runtime/errors.js';
import type { PyTuple } from '../src/runtime/tuple.js';
import { defGetSet } from '../src/runtime/builtin-function.js';
import { tracebackTypeBox } from '../src/runtime/exception-methods.js';
import { strOf } from '../src/runtime/ops-repr.js';
import { typeModule } from '../src/runtime/ops-repr.js';
import { parse } from '../src/parse/index.js';
import { sourceLine } from '../src/runtime/module-linecache.js';
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
tracebackTypeBox.value = tracebackType;
defGetSet(tracebackType, 'tb_next', (self) => (self as PyTraceback).next);
defGetSet(tracebackType, 'tb_lineno', (self) => (self as PyTraceback).lineno);
defGetSet(tracebackType, 'tb_lasti', (self) => (self as PyTraceback).pc * 2);
defGetSet(tracebackType, 'tb_frame', (self) => (self as PyTraceback).frame as unknown as PyValue);

/** Record that `exc` passed through `frame` at instruction `pc` (PyTraceBack_Here). */
export function addTraceback(exc: PyBaseException, frame: Frame, pc: number): void {
  const next = exc.traceback instanceof PyTraceback ? exc.traceback : null;
  exc.traceback = new PyTraceback(frame, pc, next);
}

// ---------- formatting ----------

const RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';

/** One printout in progress (pythonrun.c's exception_print_context): exceptions already
 * shown (chains can loop), how deep inside exception groups we are (each level indents by
 * two and draws a `| ` margin) and whether the innermost group box still needs its bottom. */
interface Printer {
  out: string[];
  seen: Set<PyBaseException>;
  groupDepth: number;
  needClose: boolean;
}

const indentOf = (p: Printer): string => ' '.repeat(2 * p.groupDepth);
const marginOf = (p: Printer): string => indentOf(p) + (p.groupDepth > 0 ? '| ' : '');
const isGroup = (e: PyBaseException): boolean => e.cls.isSubtypeOf(EXC['BaseExceptionGroup']);

/** Everything CPython prints on stderr for an uncaught `exc`. */
export function formatException(exc: PyBaseException): string {
  const p: Printer = { out: [], seen: new Set(), groupDepth: 0, needClose: false };
  printRecursive(p, exc);
  return p.out.join('');
}

function printRecursive(p: Printer, exc: PyBaseException): void {
  printCauseAndContext(p, exc);
  if (isGroup(exc)) printGroup(p, exc);
  else printOne(p, exc);
}

function printCauseAndContext(p: Printer, exc: PyBaseException): void {
  p.seen.add(exc);
  const cause = exc.cause;
  if (cause instanceof PyBaseException) {
    if (!p.seen.has(cause)) printChained(p, cause, CAUSE_MESSAGE);
    return;
  }
  if (exc.suppressContext) return;
  const context = exc.context;
  if (context instanceof PyBaseException && !p.seen.has(context)) printChained(p, context, CONTEXT_MESSAGE);
}

function printChained(p: Printer, exc: PyBaseException, message: string): void {
  const needClose = p.needClose;
  printRecursive(p, exc);
  p.needClose = needClose;
  const m = marginOf(p);
  p.out.push(`${m}\n${m}${message}${m}\n`);
}

/** An exception without its sub-exceptions: traceback, then the exception-only lines. */
function printOne(p: Printer, exc: PyBaseException): void {
  const margin = marginOf(p);
  if (exc.traceback instanceof PyTraceback) {
    const group = isGroup(exc);
    const headerMargin = group && p.groupDepth === 1 ? '+ ' : p.groupDepth > 0 ? '| ' : '';
    const header = group ? 'Exception Group Traceback' : 'Traceback';
    p.out.push(`${indentOf(p)}${headerMargin}${header} (most recent call last):\n`);
    formatTraceback(exc.traceback, margin, p.out);
  }
  p.out.push(formatExceptionOnly(exc, margin));
}

/** A group: itself, then each sub-exception in a numbered box one level deeper (at most
 * MAX_GROUP_WIDTH of them, and MAX_GROUP_DEPTH levels). */
function printGroup(p: Printer, eg: PyBaseException): void {
  if (p.groupDepth > MAX_GROUP_DEPTH) {
    p.out.push(`${marginOf(p)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (p.groupDepth === 0) p.groupDepth++;
  printOne(p, eg);
  const excs = (eg.fields?.['exceptions'] as PyTuple | undefined)?.items ?? [];
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  p.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) p.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    p.out.push(`${indentOf(p)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    p.groupDepth++;
    if (!truncated) printRecursive(p, excs[i] as PyBaseException);
    else {
      const more = excs.length - MAX_GROUP_WIDTH;
      p.out.push(`${marginOf(p)}and ${more} more exception${more > 1 ? 's' : ''}\n`);
    }
    if (last && p.needClose) {
      p.out.push(`${indentOf(p)}+------------------------------------\n`);
      p.needClose = false;
    }
    p.groupDepth--;
  }
  if (p.groupDepth === 1) p.groupDepth--;
}

function formatTraceback(tb: PyTraceback, margin: string, out: string[]): void {
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
    if (count <= RECURSIVE_CUTOFF) out.push(withMargin(formatEntry(t), margin));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
}

/** `text` (whole lines) with `margin` before each line. */
function withMargin(text: string, margin: string): string {
  if (margin === '' || text === '') return text;
  return text.split(/(?<=\n)/).map((l) => margin + l).join('');
}

// CPython 3.11 prints this line without the group margin.
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

/** The exception-only lines: the last line `module.Type: message` (module omitted for
 * builtins and __main__, preceded by SyntaxError's location lines), then the notes, each
 * line after `margin` (a continuation line of the message itself gets none, as CPython's). */
export function formatExceptionOnly(exc: PyBaseException, margin = ''): string {
  const t = exc.cls;
  const mod = typeModule(t);
  let name = t.qualname;
  if (mod !== undefined && mod !== 'builtins' && mod !== '__main__') name = `${mod}.${name}`;
  let s: string;
  if (t.isSubtypeOf(EXC['SyntaxError'])) s = formatSyntaxErrorBody(exc, name, margin);
  else {
    let msg: string;
    try {
      msg = strOf(exc);
    } catch {
      msg = '<exception str() failed>';
      return `${margin}${name}: ${msg}\n`;
    }
    s = msg === '' ? `${margin}${name}\n` : `${margin}${name}: ${msg}\n`;
  }
  const notes = exc.attrs?.get('__notes__') ?? exc.dict?.getStr('__notes__');
  if (notes !== undefined && notes !== null) {
    const items = (notes as { items?: PyValue[] }).items;
    if (items !== undefined) for (const n of items) s += `${withMargin(typeof n === 'string' ? n : strOf(n), margin)}\n`;
  }
  return s;
}

// Inside a group box CPython 3.11 puts the margin before the `File` line and the message
// only, not before the source text and the caret line.
function formatSyntaxErrorBody(exc: PyBaseException, name: string, margin: string): string {
  const f = exc.fields ?? {};
  const msg = f.msg ?? (exc.args.length > 0 ? exc.args[0] : null);
  let s = '';
  const filename = f.filename;
  const lineno = f.lineno;
  if (typeof lineno === 'number') {
    s += `${margin}  File "${typeof filename === 'string' ? filename : '<string>'}", line ${lineno}\n`;
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
  return s + margin + (msg === null || msg === undefined ? `${name}\n` : `${name}: ${strOf(msg)}\n`);
}
