// The Python type of compiled code (`type(f.__code__)`, what compile() returns). CodeObject
// (src/compile/code.ts) is plain data; it gets its `cls` through the prototype, as the
// value.ts classes do, so it can travel as a Python value unchanged.
import { CodeObject, ConstFrozenset, ConstTuple, type Const } from '../compile/code.js';
import { type PyValue } from './object.js';
import { newBuiltinType, noBlankInstances, typeOf } from './builtin-types.js';
import { typeError } from './errors.js';
import { defMethod, defGetSet, defNew } from './builtin-function.js';
import { newTuple, type PyTuple } from './tuple.js';
import { PyBytes } from './value.js';
import { newIteratorType } from './iterator-type.js';
import { PyIterator } from './ops-protocols.js';
import { newFrozenSet, type PySet } from './set.js';
import { strRepr } from './str-repr.js';
import { idOf } from './id.js';

export const codeType = newBuiltinType('code', { final: true, alloc: noBlankInstances });
Object.defineProperty(CodeObject.prototype, 'cls', { value: codeType, writable: true, configurable: true });

// code(...) takes CPython's 16-18 arguments, whose bytecode pytier does not run: the
// arguments are checked as CPython checks them, then the call is refused.
defNew(
  codeType,
  '(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring, constants, names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable, freevars=(), cellvars=(), /)',
  () => {
    throw typeError("cannot create 'code' instances from CPython bytecode");
  },
);

const constCache = new WeakMap<ConstTuple | ConstFrozenset, PyTuple | PySet>();

/** A constant as a Python value (LOAD_CONST, co_consts): a ConstTuple becomes a (cached) tuple,
 * a ConstFrozenset a (cached) frozenset. */
export function constValue(c: Const): PyValue {
  if (c instanceof ConstTuple) {
    let t = constCache.get(c);
    if (t === undefined) {
      t = newTuple(c.items.map(constValue));
      constCache.set(c, t);
    }
    return t;
  }
  if (c instanceof ConstFrozenset) {
    let s = constCache.get(c);
    if (s === undefined) {
      // CPython builds it from the display's order, then its compiler rebuilds it from that
      // set's iteration order (merge_consts_recursive): both builds decide the final order.
      s = newFrozenSet(newFrozenSet(c.items.map(constValue)).keys());
      constCache.set(c, s);
    }
    return s;
  }
  return c as PyValue;
}

/** Bytes per instruction in co_code: pytier's own 32-bit instruction words, little-endian
 * (opcode in the low byte, operand above), which is what offsets in co_lines count. */
const WORD = 4;

/** co_lines(): (start, end, line) for each run of instructions on one line (line None for
 * instructions without one), in bytes of co_code, as CPython's. */
function lineRanges(c: CodeObject): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  for (let i = 0; i < c.lines.length; i++) {
    const line = c.lines[i] > 0 ? c.lines[i] : null;
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === line) last[1] = (i + 1) * WORD;
    else out.push([i * WORD, (i + 1) * WORD, line]);
  }
  return out;
}

/** co_lnotab (deprecated since 3.10, still there in 3.11): (offset increment, line increment)
 * byte pairs from offset 0 and co_firstlineno, with CPython's splitting of increments that do
 * not fit (offsets up to 255, lines -128..127 as a signed byte). */
function lnotab(c: CodeObject): Uint8Array {
  const out: number[] = [];
  let offset = 0;
  let line = c.firstlineno;
  for (const [start, , l] of lineRanges(c)) {
    if (l === null || l === line) continue;
    let dOffset = start - offset;
    let dLine = l - line;
    while (dOffset > 255) {
      out.push(255, 0);
      dOffset -= 255;
    }
    while (dLine > 127 || dLine < -128) {
      const step = dLine > 0 ? 127 : -128;
      out.push(dOffset, step & 0xff);
      dOffset = 0;
      dLine -= step;
    }
    out.push(dOffset, dLine & 0xff);
    offset = start;
    line = l;
  }
  return Uint8Array.from(out);
}

const code = (v: PyValue): CodeObject => {
  if (!(v instanceof CodeObject)) throw typeError(`descriptor requires a 'code' object but received '${typeOf(v).name}'`);
  return v;
};

defMethod(codeType, '__repr__', 0, (self: PyValue) => {
  const c = code(self);
  return `<code object ${c.name} at 0x${idOf(self).toString(16)}, file ${strRepr(c.filename)}, line ${c.firstlineno}>`;
});
defGetSet(codeType, 'co_name', (self) => code(self).name);
defGetSet(codeType, 'co_qualname', (self) => code(self).qualname);
defGetSet(codeType, 'co_filename', (self) => code(self).filename);
defGetSet(codeType, 'co_firstlineno', (self) => code(self).firstlineno);
defGetSet(codeType, 'co_argcount', (self) => code(self).argcount);
defGetSet(codeType, 'co_posonlyargcount', (self) => code(self).posonlyargcount);
defGetSet(codeType, 'co_kwonlyargcount', (self) => code(self).kwonlyargcount);
defGetSet(codeType, 'co_flags', (self) => code(self).flags);
defGetSet(codeType, 'co_nlocals', (self) => code(self).varnames.length);
defGetSet(codeType, 'co_stacksize', (self) => code(self).stacksize);
defGetSet(codeType, 'co_varnames', (self) => newTuple(code(self).varnames));
defGetSet(codeType, 'co_cellvars', (self) => newTuple(code(self).cellvars));
defGetSet(codeType, 'co_freevars', (self) => newTuple(code(self).freevars));
defGetSet(codeType, 'co_names', (self) => newTuple(code(self).names));
defGetSet(codeType, 'co_consts', (self) => newTuple(code(self).consts.map(constValue)));
defGetSet(codeType, 'co_code', (self) => {
  const words = code(self).code;
  const out = new Uint8Array(words.length * WORD);
  const view = new DataView(out.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * WORD, words[i], true);
  return new PyBytes(out);
});
defGetSet(codeType, 'co_lnotab', (self) => new PyBytes(lnotab(code(self))));
defMethod(codeType, 'co_lines', 0, (self: PyValue) => new PyLinesIterator(lineRanges(code(self))));

const linesIteratorType = newIteratorType('line_iterator');

class PyLinesIterator extends PyIterator {
  override cls = linesIteratorType;
  private i = 0;
  constructor(private readonly ranges: [number, number, number | null][]) {
    super();
  }
  override next(): PyValue | undefined {
    const r = this.ranges[this.i];
    if (r === undefined) return undefined;
    this.i++;
    return newTuple(r);
  }
}
