// The bytecode verifier: checks that a CodeObject is safe for the interpreter and JITs to
// run without further checks of its structure — every operand in range, every jump on an
// instruction, a consistent stack depth at every reachable instruction (including
// exception-handler entries) within the declared stacksize, a well-formed exception table.
// deserialize() runs it on every code object it reads; tests run it on compiled programs.
import { CO_ALL_FLAGS, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_SUSPENDABLE, CO_VARARGS, CO_VARKEYWORDS, CodeObject, type Program } from './code.js';
import { FLAG_BACKEDGE, FLAG_BRANCH, FLAG_JUMP, FLAG_QUICKENED, FLAG_TERMINAL, OPCODES, Op, OperandKind, argOf, opOf } from './opcodes.js';
import { MAX_INSTRUCTIONS, MAX_STACKSIZE } from './wire.js';

export class BytecodeFormatError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`malformed bytecode at byte ${offset}: ${reason}`);
    this.name = 'BytecodeFormatError';
  }
}

/** Byte offsets for error messages: where the code object and its instructions start
 * (both 0 for a program that never was serialized). */
export interface CodeOffsets {
  code: number;
  instructions: number;
}

const NO_OFFSETS: CodeOffsets = { code: 0, instructions: 0 };

export function verifyProgram(program: Program): void {
  const visit = (code: CodeObject): void => {
    verifyCode(code, NO_OFFSETS);
    for (const child of code.children()) visit(child);
  };
  visit(program.code);
}

export function verifyCode(code: CodeObject, at: CodeOffsets): void {
  const fail = (reason: string, pc?: number): never => {
    throw new BytecodeFormatError(pc === undefined ? at.code : at.instructions + 4 * pc, `${code.qualname}: ${reason}${pc === undefined ? '' : ` (instruction ${pc})`}`);
  };
  const n = code.code.length;
  if (n === 0) fail('no instructions');
  if (n > MAX_INSTRUCTIONS) fail('too many instructions');
  if (code.flags & ~CO_ALL_FLAGS) fail(`unknown flags 0x${code.flags.toString(16)}`);
  const kinds = [CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR].filter((f) => code.flags & f).length;
  if (kinds > 1) fail('more than one of generator/coroutine/async generator');
  if (code.stacksize > MAX_STACKSIZE) fail(`stacksize ${code.stacksize} too large`);
  if (code.posonlyargcount > code.argcount) fail('posonlyargcount > argcount');
  const totalArgs = code.argcount + code.kwonlyargcount + (code.flags & CO_VARARGS ? 1 : 0) + (code.flags & CO_VARKEYWORDS ? 1 : 0);
  if (totalArgs > code.varnames.length) fail('more parameters than varnames');
  if (code.cell2arg.length !== code.cellvars.length) fail('cell2arg length differs from cellvars');
  for (const a of code.cell2arg) if (a < -1 || a >= totalArgs) fail(`cell2arg ${a} is not a parameter`);
  if (code.lines.length !== n || code.endLines.length !== n || code.cols.length !== n || code.endCols.length !== n) fail('line table length differs from instructions');
  const isGenerator = (code.flags & CO_SUSPENDABLE) !== 0;
  const nderef = code.cellvars.length + code.freevars.length;

  // Operands.
  for (let pc = 0; pc < n; pc++) {
    const word = code.code[pc];
    const op = opOf(word);
    const arg = argOf(word);
    const info = OPCODES[op];
    if (!info) fail(`unknown opcode ${op}`, pc);
    if (info.flags & FLAG_QUICKENED) fail(`${info.name} is the interpreter's own superinstruction, not bytecode`, pc);
    if (arg < info.minArg || arg > info.maxArg) fail(`${info.name} argument ${arg} out of range`, pc);
    const bound = [0, code.consts.length, code.names.length, code.varnames.length, nderef, n, Infinity][info.operand];
    if (info.operand !== OperandKind.None && info.operand !== OperandKind.Count && arg >= bound) fail(`${info.name} argument ${arg} out of range (${bound})`, pc);
    if (info.flags & FLAG_BACKEDGE && arg > pc) fail(`${info.name} target ${arg} is not backward`, pc);
    if (op === Op.YIELD_VALUE || op === Op.SEND) {
      if (!isGenerator) fail(`${info.name} outside a generator or coroutine`, pc);
      if (op === Op.SEND && (pc + 1 >= n || code.code[pc + 1] !== ((Op.YIELD_VALUE | (1 << 8)) >>> 0))) fail('SEND not followed by YIELD_VALUE 1', pc);
      if (op === Op.YIELD_VALUE && arg === 1 && (pc === 0 || opOf(code.code[pc - 1]) !== Op.SEND)) fail('YIELD_VALUE 1 not preceded by SEND', pc);
    }
  }

  // Exception table: sorted, disjoint, in range.
  let prevEnd = 0;
  for (const e of code.exceptionTable) {
    if (!(e.start >= prevEnd && e.start < e.end && e.end <= n)) fail(`exception table entry [${e.start}, ${e.end}) out of order or range`);
    if (e.target >= n) fail(`exception handler target ${e.target} out of range`);
    if (e.depth > code.stacksize) fail(`exception handler depth ${e.depth} exceeds stacksize`);
    prevEnd = e.end;
  }

  // Stack depths: a worklist over normal and exceptional edges.
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const reach = (target: number, d: number, from: number): void => {
    if (d > code.stacksize) fail(`stack depth ${d} exceeds stacksize ${code.stacksize}`, from);
    if (depth[target] === -1) {
      depth[target] = d;
      work.push(target);
    } else if (depth[target] !== d) {
      fail(`inconsistent stack depth at instruction ${target}: ${depth[target]} and ${d}`, from);
    }
  };
  reach(0, 0, 0);
  while (work.length) {
    const pc = work.pop() as number;
    const d = depth[pc];
    const word = code.code[pc];
    const info = OPCODES[opOf(word)];
    const arg = argOf(word);
    const handler = code.handlerAt(pc);
    if (handler) {
      if (d < handler.depth) fail(`stack depth ${d} below its handler's depth ${handler.depth}`, pc);
      reach(handler.target, handler.depth + (handler.lasti ? 1 : 0) + 1, pc);
    }
    const pop = info.pop(arg);
    if (d < pop) fail(`stack underflow: ${info.name} pops ${pop} of ${d}`, pc);
    if (!(info.flags & FLAG_TERMINAL)) {
      if (pc + 1 >= n) fail('execution falls off the end of the code', pc);
      reach(pc + 1, d - pop + info.push(arg), pc);
    }
    if (info.flags & FLAG_JUMP) reach(arg, d - info.jumpPop(arg) + info.jumpPush(arg), pc);
    if (info.flags & FLAG_BRANCH && !(info.flags & FLAG_JUMP)) fail('branch without a target', pc);
  }
}
