// The disassembler: every code object of a program, in the spirit of CPython's `dis`:
// line, offset (instruction index), jump-target marker, opcode name, argument and its
// resolved meaning (name, constant repr, jump target, compare operator).
import { CodeObject, ConstFrozenset, ConstTuple, type Const, type Program } from './code.js';
import { CMP_OPS, FLAG_JUMP, OPCODES, Op, OperandKind, argOf, opOf } from './opcodes.js';
import { reprConstant } from './unparse.js';

export function constRepr(c: Const): string {
  if (c instanceof ConstTuple) return c.items.length === 1 ? `(${constRepr(c.items[0])},)` : `(${c.items.map(constRepr).join(', ')})`;
  if (c instanceof ConstFrozenset) return `frozenset({${c.items.map(constRepr).join(', ')}})`;
  if (c instanceof CodeObject) return codeRepr(c);
  return reprConstant(c, false);
}

function codeRepr(c: CodeObject): string {
  return `<code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>`;
}

function argMeaning(code: CodeObject, op: number, arg: number): string {
  const info = OPCODES[op];
  switch (info.operand) {
    case OperandKind.Const:
      return constRepr(code.consts[arg]);
    case OperandKind.Name:
      return code.names[arg];
    case OperandKind.Local:
      return code.varnames[arg];
    case OperandKind.Deref:
      return arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
    case OperandKind.Jump:
      return `to ${arg}`;
    default:
      if (op === Op.COMPARE_OP) return CMP_OPS[arg];
      if (op === Op.FORMAT_VALUE) return [['', 'str', 'repr', 'ascii'][arg & 3], arg & 4 ? 'with format' : ''].filter(Boolean).join(', ');
      if (op === Op.UNPACK_EX) return `${arg & 0xff} before, ${arg >> 8} after`;
      return '';
  }
}

export function disassembleCode(code: CodeObject): string {
  const targets = new Set<number>();
  for (const w of code.code) if (OPCODES[opOf(w)].flags & FLAG_JUMP) targets.add(argOf(w));
  for (const e of code.exceptionTable) targets.add(e.target);
  const width = String(code.code.length).length + 1;
  const lines: string[] = [`Disassembly of ${codeRepr(code)}:`];
  let lastLine = -1;
  code.code.forEach((w, pc) => {
    const op = opOf(w);
    const info = OPCODES[op];
    const line = code.lines[pc];
    const lineCol = line !== lastLine && line > 0 ? String(line).padStart(4) : '    ';
    if (line > 0) lastLine = line;
    let text = `${lineCol}  ${targets.has(pc) ? '>>' : '  '} ${String(pc).padStart(width)} ${info.name.padEnd(24)}`;
    if (info.operand !== OperandKind.None) {
      const arg = argOf(w);
      text += String(arg).padStart(6);
      const meaning = argMeaning(code, op, arg);
      if (meaning) text += ` (${meaning})`;
    }
    lines.push(text.trimEnd());
  });
  if (code.exceptionTable.length) {
    lines.push('ExceptionTable:');
    for (const e of code.exceptionTable) lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** Disassembles the program's code object and, after it, every nested one. */
export function disassemble(program: Program): string {
  const out: string[] = [];
  const visit = (code: CodeObject): void => {
    out.push(disassembleCode(code));
    for (const child of code.children()) visit(child);
  };
  visit(program.code);
  return out.join('\n');
}
