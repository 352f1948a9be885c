// Program -> bytes (format: wire.ts). Deterministic: equal programs give equal bytes.
import { PyBytes, PyComplex, PyEllipsis, PyFloat } from '../runtime/value.js';
import { CodeObject, ConstFrozenset, ConstTuple, type Const, type Program } from './code.js';
import { MAGIC, MODES, TAG, VERSION } from './wire.js';

class Writer {
  private buf = new Uint8Array(1024);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }
  u16(v: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }
  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }
  f64(v: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }
  uint(v: number): void {
    this.reserve(8);
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }
  sint(v: number): void {
    this.uint(v < 0 ? -2 * v - 1 : 2 * v);
  }
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  str(s: string): void {
    this.uint(s.length);
    for (let i = 0; i < s.length; i++) this.uint(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export function serialize(program: Program): Uint8Array {
  const w = new Writer();
  for (const b of MAGIC) w.u8(b);
  w.u16(VERSION);
  w.u16(0);
  w.str(program.filename);
  w.u8(MODES.indexOf(program.mode));
  writeCode(w, program.code);
  return w.result();
}

function writeStrs(w: Writer, list: readonly string[]): void {
  w.uint(list.length);
  for (const s of list) w.str(s);
}

function writeCode(w: Writer, code: CodeObject): void {
  w.str(code.name);
  w.str(code.qualname);
  w.uint(code.firstlineno);
  w.uint(code.argcount);
  w.uint(code.posonlyargcount);
  w.uint(code.kwonlyargcount);
  w.uint(code.flags);
  w.uint(code.stacksize);
  const n = code.code.length;
  w.uint(n);
  for (let i = 0; i < n; i++) w.u32(code.code[i]);
  w.uint(code.consts.length);
  for (const c of code.consts) writeConst(w, c);
  writeStrs(w, code.names);
  writeStrs(w, code.varnames);
  writeStrs(w, code.cellvars);
  writeStrs(w, code.freevars);
  for (const a of code.cell2arg) w.sint(a);
  let prevLine = 0;
  for (let i = 0; i < n; i++) {
    const line = code.lines[i];
    w.sint(line - prevLine);
    w.sint(code.endLines[i] - line);
    w.uint(code.cols[i] + 1);
    w.uint(code.endCols[i] + 1);
    prevLine = line;
  }
  w.uint(code.exceptionTable.length);
  for (const e of code.exceptionTable) {
    w.uint(e.start);
    w.uint(e.end);
    w.uint(e.target);
    w.uint(e.depth);
    w.u8(e.lasti ? 1 : 0);
  }
}

function writeConst(w: Writer, c: Const): void {
  if (c === null) return w.u8(TAG.NONE);
  switch (typeof c) {
    case 'boolean':
      return w.u8(c ? TAG.TRUE : TAG.FALSE);
    case 'number':
      w.u8(TAG.INT);
      w.u8(c < 0 ? 1 : 0);
      return w.uint(Math.abs(c));
    case 'bigint': {
      w.u8(TAG.BIGINT);
      w.u8(c < 0n ? 1 : 0);
      let m = c < 0n ? -c : c;
      const bytes: number[] = [];
      while (m > 0n) {
        bytes.push(Number(m & 0xffn));
        m >>= 8n;
      }
      w.uint(bytes.length);
      return w.bytes(Uint8Array.from(bytes));
    }
    case 'string':
      w.u8(TAG.STR);
      return w.str(c);
  }
  if (c instanceof PyFloat) {
    w.u8(TAG.FLOAT);
    return w.f64(c.value);
  }
  if (c instanceof PyComplex) {
    w.u8(TAG.COMPLEX);
    w.f64(c.real);
    return w.f64(c.imag);
  }
  if (c instanceof PyBytes) {
    w.u8(TAG.BYTES);
    w.uint(c.bytes.length);
    return w.bytes(c.bytes);
  }
  if (c instanceof PyEllipsis) return w.u8(TAG.ELLIPSIS);
  if (c instanceof ConstTuple || c instanceof ConstFrozenset) {
    w.u8(c instanceof ConstTuple ? TAG.TUPLE : TAG.FROZENSET);
    w.uint(c.items.length);
    for (const item of c.items) writeConst(w, item);
    return;
  }
  if (c instanceof CodeObject) {
    w.u8(TAG.CODE);
    return writeCode(w, c);
  }
  throw new TypeError('not a constant');
}
