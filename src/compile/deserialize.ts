// bytes -> Program, trusting nothing: every read is bounds-checked, every count is checked
// against the bytes left before anything is allocated, nesting is bounded, and every code
// object passes the verifier. Any defect raises BytecodeFormatError(offset, reason).
import { ELLIPSIS, PyBytes, PyComplex, PyFloat } from '../runtime/value.js';
import { CodeObject, ConstFrozenset, ConstTuple, type Const, type ExceptionEntry, type Program } from './code.js';
import { BytecodeFormatError, verifyCode } from './verify.js';
import { MAGIC, MAX_INSTRUCTIONS, MAX_NESTING, MODES, TAG, VERSION } from './wire.js';

export { BytecodeFormatError };

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

class Reader {
  pos = 0;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(reason: string, at = this.pos): never {
    throw new BytecodeFormatError(at, reason);
  }
  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  need(n: number, what: string): void {
    if (n > this.remaining) this.fail(`${what} needs ${n} bytes, ${this.remaining} left`);
  }
  u8(): number {
    this.need(1, 'byte');
    return this.bytes[this.pos++];
  }
  u16(): number {
    this.need(2, 'u16');
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }
  u32(): number {
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(): number {
    this.need(8, 'float');
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  uint(max = MAX_SAFE): number {
    const start = this.pos;
    let v = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.bytes.length) this.fail('truncated integer', start);
      const b = this.bytes[this.pos++];
      v += (b & 0x7f) * scale;
      if (v > max) this.fail(`integer larger than ${max}`, start);
      if (!(b & 0x80)) return v;
      scale *= 0x80;
      if (scale > MAX_SAFE) this.fail('integer too long', start);
    }
  }
  sint(): number {
    const z = this.uint();
    return z % 2 ? -(z + 1) / 2 : z / 2;
  }
  /** A count of items of at least `minBytes` bytes each, checked against what is left. */
  count(minBytes: number, what: string): number {
    const at = this.pos;
    const n = this.uint();
    if (n * minBytes > this.remaining) this.fail(`${what} count ${n} exceeds the remaining ${this.remaining} bytes`, at);
    return n;
  }
  str(what: string): string {
    const n = this.count(1, what);
    const units = new Array<number>(n);
    for (let i = 0; i < n; i++) units[i] = this.uint(0xffff);
    let s = '';
    for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
    return s;
  }
  strs(what: string): string[] {
    const n = this.count(1, what);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.str(what));
    return out;
  }
}

export function deserialize(bytes: Uint8Array): Program {
  if (!(bytes instanceof Uint8Array)) throw new BytecodeFormatError(0, 'input is not a Uint8Array');
  const r = new Reader(bytes);
  r.need(MAGIC.length, 'magic number');
  for (const b of MAGIC) if (r.u8() !== b) r.fail('bad magic number (not pytier bytecode)', 0);
  const version = r.u16();
  if (version !== VERSION) r.fail(`unsupported format version ${version} (expected ${VERSION})`, 4);
  if (r.u16() !== 0) r.fail('reserved field is not 0', 6);
  const filename = r.str('filename');
  const modeAt = r.pos;
  const mode = MODES[r.u8()];
  if (mode === undefined) r.fail('bad compile mode', modeAt);
  const code = readCode(r, filename, 0);
  if (r.remaining) r.fail(`${r.remaining} trailing bytes`);
  // Warnings belong to compiling; loading compiled code shows none (as CPython's .pyc files).
  return { code, filename, mode, warnings: [] };
}

function readCode(r: Reader, filename: string, nesting: number): CodeObject {
  if (nesting > MAX_NESTING) r.fail(`code objects nested deeper than ${MAX_NESTING}`);
  const start = r.pos;
  const name = r.str('name');
  const qualname = r.str('qualname');
  const firstlineno = r.uint(0x7fffffff);
  const argcount = r.uint(0xffffff);
  const posonlyargcount = r.uint(0xffffff);
  const kwonlyargcount = r.uint(0xffffff);
  const flags = r.uint(0x7fffffff);
  const stacksize = r.uint(0x7fffffff);
  const nAt = r.pos;
  const n = r.count(4, 'instruction');
  if (n > MAX_INSTRUCTIONS) r.fail(`${n} instructions is too many`, nAt);
  const instructions = r.pos;
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) words[i] = r.u32();
  const nconsts = r.count(1, 'constant');
  const consts: Const[] = [];
  for (let i = 0; i < nconsts; i++) consts.push(readConst(r, filename, nesting + 1));
  const names = r.strs('names');
  const varnames = r.strs('varnames');
  const cellvars = r.strs('cellvars');
  const freevars = r.strs('freevars');
  const cell2arg = new Int32Array(cellvars.length);
  for (let i = 0; i < cellvars.length; i++) {
    const at = r.pos;
    const a = r.sint();
    if (a < -1 || a > 0xffffff) r.fail(`cell2arg ${a} out of range`, at);
    cell2arg[i] = a;
  }
  r.need(4 * n, 'line table');
  const lines = new Int32Array(n);
  const endLines = new Int32Array(n);
  const cols = new Int32Array(n);
  const endCols = new Int32Array(n);
  let line = 0;
  for (let i = 0; i < n; i++) {
    const at = r.pos;
    line += r.sint();
    const endLine = line + r.sint();
    const col = r.uint(0x7fffffff) - 1;
    const endCol = r.uint(0x7fffffff) - 1;
    if (line < 0 || line > 0x7fffffff || endLine < -1 || endLine > 0x7fffffff) r.fail('line number out of range', at);
    lines[i] = line;
    endLines[i] = endLine;
    cols[i] = col;
    endCols[i] = endCol;
  }
  const nentries = r.count(5, 'exception table entry');
  const exceptionTable: ExceptionEntry[] = [];
  for (let i = 0; i < nentries; i++) {
    const s = r.uint(0xffffff);
    const e = r.uint(0xffffff);
    const target = r.uint(0xffffff);
    const depth = r.uint(0xffffff);
    const lastiAt = r.pos;
    const lasti = r.u8();
    if (lasti > 1) r.fail('bad lasti flag', lastiAt);
    exceptionTable.push({ start: s, end: e, target, depth, lasti: lasti === 1 });
  }
  const code = new CodeObject({ name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, code: words, consts, names, varnames, cellvars, freevars, cell2arg, stacksize, lines, endLines, cols, endCols, exceptionTable });
  verifyCode(code, { code: start, instructions });
  return code;
}

function readConst(r: Reader, filename: string, nesting: number): Const {
  if (nesting > MAX_NESTING) r.fail(`constants nested deeper than ${MAX_NESTING}`);
  const at = r.pos;
  const tag = r.u8();
  switch (tag) {
    case TAG.NONE:
      return null;
    case TAG.FALSE:
      return false;
    case TAG.TRUE:
      return true;
    case TAG.INT: {
      const sign = r.u8();
      if (sign > 1) r.fail('bad int sign', at);
      const v = r.uint();
      if (sign && v === 0) r.fail('negative zero int', at);
      return sign ? -v : v;
    }
    case TAG.BIGINT: {
      const sign = r.u8();
      if (sign > 1) r.fail('bad bigint sign', at);
      const len = r.count(1, 'bigint byte');
      let hex = '0x0';
      for (let i = len - 1; i >= 0; i--) hex += r.bytes[r.pos + i].toString(16).padStart(2, '0');
      const m = BigInt(hex);
      r.pos += len;
      const v = sign ? -m : m;
      if (v >= -BigInt(MAX_SAFE) && v <= BigInt(MAX_SAFE)) r.fail('bigint constant that fits a safe integer', at);
      return v;
    }
    case TAG.FLOAT:
      return new PyFloat(r.f64());
    case TAG.COMPLEX: {
      const re = r.f64();
      return new PyComplex(re, r.f64());
    }
    case TAG.STR:
      return r.str('string');
    case TAG.BYTES: {
      const len = r.count(1, 'bytes');
      const b = r.bytes.slice(r.pos, r.pos + len);
      r.pos += len;
      return new PyBytes(b);
    }
    case TAG.ELLIPSIS:
      return ELLIPSIS;
    case TAG.TUPLE:
    case TAG.FROZENSET: {
      const kind = tag === TAG.TUPLE ? 'tuple' : 'frozenset';
      const len = r.count(1, `${kind} item`);
      const items: Const[] = [];
      for (let i = 0; i < len; i++) {
        const item = readConst(r, filename, nesting + 1);
        if (item instanceof CodeObject) r.fail(`code object inside a ${kind} constant`, at);
        items.push(item);
      }
      return tag === TAG.TUPLE ? new ConstTuple(items) : new ConstFrozenset(items);
    }
    case TAG.CODE:
      return readCode(r, filename, nesting);
    default:
      return r.fail(`unknown constant tag ${tag}`, at);
  }
}
