// The opcode table: the single source of truth for the instruction set. The compiler,
// verifier, disassembler, interpreter and JITs all read it. Numbers are part of the wire
// format: never renumber, only append.
//
// Encoding: one instruction = one 32-bit word, `opcode | arg << 8` (arg: unsigned 24 bit,
// 0 when the opcode takes none). There is no EXTENDED_ARG. Jump args are ABSOLUTE
// instruction indices (not byte offsets), so "pc" below is an index into CodeObject.code.
//
// Stack notation: [a, b, c] lists the top of the stack last (c is TOS). "NULL" is a
// non-Python marker on the value stack (JS `undefined` in the interpreter), only ever
// produced by LOAD_METHOD and consumed by CALL_METHOD/CALL_METHOD_KW.
//
// Exceptions: zero-cost exception TABLE (as CPython 3.11), not a runtime block stack.
// Rationale: a frame is then plain data — locals, cells, value stack, pc — with nothing
// else to rebuild on deopt (the JIT reconstructs exactly these four), and the handler for
// any pc is a static fact the verifier checks once (targets on instruction boundaries,
// ranges sorted and disjoint, handler depth <= the verified stack depth of every
// instruction it covers, the handler's entry depth consistent with every other path into
// it). The seed's SETUP_EXCEPT/SETUP_FINALLY/POP_BLOCK exist only inside the compiler as
// the bookkeeping that builds the table; they are not instructions.
// How an exception is handled at instruction pc (see CodeObject.exceptionTable):
//   1. add a traceback entry for this frame at pc (except for RERAISE, see there);
//   2. find the table entry with start <= pc < end; none: the frame exits by raising;
//   3. truncate the value stack to entry.depth; if entry.lasti, push pc (a Python int);
//      push the exception object; continue at entry.target.

export const enum OperandKind {
  /** No argument; the arg field must be 0. */
  None,
  /** Index into consts. */
  Const,
  /** Index into names (globals, attributes, imported names). */
  Name,
  /** Index into varnames (fast locals). */
  Local,
  /** Index into cellvars ++ freevars. */
  Deref,
  /** Absolute instruction index. */
  Jump,
  /** A count or small enum; bounded by `maxArg` when the opcode has one. */
  Count,
}

export const FLAG_JUMP = 1; // arg is a jump target
export const FLAG_BRANCH = 2; // conditional: may fall through or jump
export const FLAG_TERMINAL = 4; // never falls through to pc + 1
export const FLAG_BACKEDGE = 8; // loop back-edge: target <= pc; counts for tier-up/OSR
/** A superinstruction the interpreter makes from a pair of instructions in its private copy
 * of the code (interp/quicken.ts), as CPython 3.11 does: never in a code object, so the
 * verifier rejects it. It runs both instructions; the second stays in place (its word is
 * still executed when a jump lands on it) and supplies its own operand. */
export const FLAG_QUICKENED = 16;

type Effect = number | ((arg: number) => number);

export interface OpcodeInfo {
  readonly code: number;
  readonly name: string;
  readonly operand: OperandKind;
  /** Inclusive bounds for Count args (min defaults to 0). */
  readonly minArg: number;
  readonly maxArg: number;
  /** Items popped / pushed when falling through (or always, for non-branches). */
  readonly pop: (arg: number) => number;
  readonly push: (arg: number) => number;
  /** Items popped / pushed when the jump is taken (equal to pop/push unless a branch
   * has a different effect per edge). */
  readonly jumpPop: (arg: number) => number;
  readonly jumpPush: (arg: number) => number;
  readonly flags: number;
  readonly doc: string;
}

interface Spec {
  operand?: OperandKind;
  min?: number;
  max?: number;
  pop: Effect;
  push: Effect;
  jumpPop?: Effect;
  jumpPush?: Effect;
  flags?: number;
  doc: string;
}

const fn = (e: Effect): ((arg: number) => number) => (typeof e === 'number' ? () => e : e);
const MAX_ARG = 0xffffff;

const SPECS = [
  // --- stack manipulation ---
  ['NOP', { pop: 0, push: 0, doc: 'Do nothing (keeps a line number alive).' }],
  ['POP_TOP', { pop: 1, push: 0, doc: '[a] -> []' }],
  ['ROT_TWO', { pop: 2, push: 2, doc: '[a, b] -> [b, a]' }],
  ['ROT_THREE', { pop: 3, push: 3, doc: '[a, b, c] -> [c, a, b]' }],
  ['ROT_FOUR', { pop: 4, push: 4, doc: '[a, b, c, d] -> [d, a, b, c]' }],
  ['DUP_TOP', { pop: 1, push: 2, doc: '[a] -> [a, a]' }],
  ['DUP_TOP_TWO', { pop: 2, push: 4, doc: '[a, b] -> [a, b, a, b]' }],
  ['COPY', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (n) => n, push: (n) => n + 1, doc: 'COPY n (n >= 1): push stack[-n] (COPY 1 = DUP_TOP).' }],
  ['SWAP', { operand: OperandKind.Count, min: 2, max: MAX_ARG, pop: (n) => n, push: (n) => n, doc: 'SWAP n (n >= 2): exchange TOS and stack[-n].' }],
  // --- unary ---
  ['UNARY_POSITIVE', { pop: 1, push: 1, doc: '[a] -> [+a]' }],
  ['UNARY_NEGATIVE', { pop: 1, push: 1, doc: '[a] -> [-a]' }],
  ['UNARY_NOT', { pop: 1, push: 1, doc: '[a] -> [not a] (a bool)' }],
  ['UNARY_INVERT', { pop: 1, push: 1, doc: '[a] -> [~a]' }],
  // --- binary: [a, b] -> [a OP b]; forward op, reflected op, TypeError as CPython ---
  ['BINARY_POWER', { pop: 2, push: 1, doc: '[a, b] -> [a ** b]' }],
  ['BINARY_MULTIPLY', { pop: 2, push: 1, doc: '[a, b] -> [a * b]' }],
  ['BINARY_MATRIX_MULTIPLY', { pop: 2, push: 1, doc: '[a, b] -> [a @ b]' }],
  ['BINARY_FLOOR_DIVIDE', { pop: 2, push: 1, doc: '[a, b] -> [a // b]' }],
  ['BINARY_TRUE_DIVIDE', { pop: 2, push: 1, doc: '[a, b] -> [a / b]' }],
  ['BINARY_MODULO', { pop: 2, push: 1, doc: '[a, b] -> [a % b] (str % args formats)' }],
  ['BINARY_ADD', { pop: 2, push: 1, doc: '[a, b] -> [a + b]' }],
  ['BINARY_SUBTRACT', { pop: 2, push: 1, doc: '[a, b] -> [a - b]' }],
  ['BINARY_LSHIFT', { pop: 2, push: 1, doc: '[a, b] -> [a << b]' }],
  ['BINARY_RSHIFT', { pop: 2, push: 1, doc: '[a, b] -> [a >> b]' }],
  ['BINARY_AND', { pop: 2, push: 1, doc: '[a, b] -> [a & b]' }],
  ['BINARY_XOR', { pop: 2, push: 1, doc: '[a, b] -> [a ^ b]' }],
  ['BINARY_OR', { pop: 2, push: 1, doc: '[a, b] -> [a | b]' }],
  // --- in-place: [a, b] -> [a OP= b]: try __iOP__ first, then fall back to the binary op ---
  ['INPLACE_POWER', { pop: 2, push: 1, doc: '[a, b] -> [a **= b]' }],
  ['INPLACE_MULTIPLY', { pop: 2, push: 1, doc: '[a, b] -> [a *= b]' }],
  ['INPLACE_MATRIX_MULTIPLY', { pop: 2, push: 1, doc: '[a, b] -> [a @= b]' }],
  ['INPLACE_FLOOR_DIVIDE', { pop: 2, push: 1, doc: '[a, b] -> [a //= b]' }],
  ['INPLACE_TRUE_DIVIDE', { pop: 2, push: 1, doc: '[a, b] -> [a /= b]' }],
  ['INPLACE_MODULO', { pop: 2, push: 1, doc: '[a, b] -> [a %= b]' }],
  ['INPLACE_ADD', { pop: 2, push: 1, doc: '[a, b] -> [a += b]' }],
  ['INPLACE_SUBTRACT', { pop: 2, push: 1, doc: '[a, b] -> [a -= b]' }],
  ['INPLACE_LSHIFT', { pop: 2, push: 1, doc: '[a, b] -> [a <<= b]' }],
  ['INPLACE_RSHIFT', { pop: 2, push: 1, doc: '[a, b] -> [a >>= b]' }],
  ['INPLACE_AND', { pop: 2, push: 1, doc: '[a, b] -> [a &= b]' }],
  ['INPLACE_XOR', { pop: 2, push: 1, doc: '[a, b] -> [a ^= b]' }],
  ['INPLACE_OR', { pop: 2, push: 1, doc: '[a, b] -> [a |= b]' }],
  // --- comparisons ---
  ['COMPARE_OP', { operand: OperandKind.Count, max: 9, pop: 2, push: 1, doc: '[a, b] -> [a OP b], OP = CMP_OPS[arg]: < <= == != > >= (rich compare, any result object), in / not in (b.__contains__ or iteration, bool), is / is not (identity, bool).' }],
  ['CHECK_EXC_MATCH', { pop: 2, push: 2, doc: '[exc, type] -> [exc, isinstance(exc, type)]; TypeError "catching classes that do not inherit from BaseException is not allowed" unless type is an exception class or a tuple of them.' }],
  ['CHECK_EG_MATCH', { pop: 2, push: 2, doc: 'except*: [eg, type] -> [rest, match] where (match, rest) = eg.split(type) (a bare exception is wrapped in an ExceptionGroup first); no match: [eg, None]. On a match, sets the handled exception to match.' }],
  ['PREP_RERAISE_STAR', { pop: 2, push: 1, doc: 'except*: [orig, list] -> [exc]: combine the exceptions raised/re-raised by the handlers (list) with orig as CPython _PyExc_PrepReraiseStar does; None when nothing is left to raise.' }],
  // --- loads, stores, deletes ---
  ['LOAD_CONST', { operand: OperandKind.Const, pop: 0, push: 1, doc: 'push consts[arg] (a ConstTuple becomes a tuple, a CodeObject stays a code object).' }],
  ['LOAD_NAME', { operand: OperandKind.Name, pop: 0, push: 1, doc: 'push names[arg] from the frame locals mapping, then globals, then builtins; NameError "name \'x\' is not defined".' }],
  ['STORE_NAME', { operand: OperandKind.Name, pop: 1, push: 0, doc: '[v] -> []: locals mapping[names[arg]] = v.' }],
  ['DELETE_NAME', { operand: OperandKind.Name, pop: 0, push: 0, doc: 'del locals mapping[names[arg]]; NameError "name \'x\' is not defined".' }],
  ['LOAD_FAST', { operand: OperandKind.Local, pop: 0, push: 1, doc: 'push fast local varnames[arg]; unbound: UnboundLocalError "cannot access local variable \'x\' where it is not associated with a value".' }],
  ['STORE_FAST', { operand: OperandKind.Local, pop: 1, push: 0, doc: '[v] -> []: fast local arg = v.' }],
  ['DELETE_FAST', { operand: OperandKind.Local, pop: 0, push: 0, doc: 'unbind fast local arg; unbound: UnboundLocalError as LOAD_FAST.' }],
  ['LOAD_GLOBAL', { operand: OperandKind.Name, pop: 0, push: 1, doc: 'push names[arg] from globals, then builtins; NameError "name \'x\' is not defined".' }],
  ['STORE_GLOBAL', { operand: OperandKind.Name, pop: 1, push: 0, doc: '[v] -> []: globals[names[arg]] = v.' }],
  ['DELETE_GLOBAL', { operand: OperandKind.Name, pop: 0, push: 0, doc: 'del globals[names[arg]]; NameError "name \'x\' is not defined".' }],
  ['LOAD_DEREF', { operand: OperandKind.Deref, pop: 0, push: 1, doc: 'push the contents of cell arg (cellvars ++ freevars); empty cell: a cellvar raises UnboundLocalError as LOAD_FAST, a freevar NameError "cannot access free variable \'x\' where it is not associated with a value in enclosing scope".' }],
  ['STORE_DEREF', { operand: OperandKind.Deref, pop: 1, push: 0, doc: '[v] -> []: cell arg contents = v.' }],
  ['DELETE_DEREF', { operand: OperandKind.Deref, pop: 0, push: 0, doc: 'empty cell arg; already empty: error as LOAD_DEREF.' }],
  ['LOAD_CLASSDEREF', { operand: OperandKind.Deref, pop: 0, push: 1, doc: 'class bodies: push locals mapping[name of cell arg] if present, else the cell contents (error as LOAD_DEREF).' }],
  ['LOAD_CLOSURE', { operand: OperandKind.Deref, pop: 0, push: 1, doc: 'push the cell object arg itself (to build a closure tuple or __classcell__).' }],
  ['LOAD_ATTR', { operand: OperandKind.Name, pop: 1, push: 1, doc: '[obj] -> [getattr(obj, names[arg])]' }],
  ['STORE_ATTR', { operand: OperandKind.Name, pop: 2, push: 0, doc: '[v, obj] -> []: setattr(obj, names[arg], v)' }],
  ['DELETE_ATTR', { operand: OperandKind.Name, pop: 1, push: 0, doc: '[obj] -> []: delattr(obj, names[arg])' }],
  ['LOAD_SUBSCR', { pop: 2, push: 1, doc: '[container, key] -> [container[key]] (__getitem__, or __class_getitem__ on types)' }],
  ['STORE_SUBSCR', { pop: 3, push: 0, doc: '[v, container, key] -> []: container[key] = v' }],
  ['DELETE_SUBSCR', { pop: 2, push: 0, doc: '[container, key] -> []: del container[key]' }],
  // --- control flow ---
  ['JUMP', { operand: OperandKind.Jump, pop: 0, push: 0, flags: FLAG_JUMP | FLAG_TERMINAL, doc: 'pc = arg (no interrupt check).' }],
  ['JUMP_BACKWARD', { operand: OperandKind.Jump, pop: 0, push: 0, flags: FLAG_JUMP | FLAG_TERMINAL | FLAG_BACKEDGE, doc: 'loop back-edge, arg <= pc: check the interrupt flag, count the back-edge (tier-up/OSR at arg, a loop header), pc = arg.' }],
  ['POP_JUMP_IF_FALSE', { operand: OperandKind.Jump, pop: 1, push: 0, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[v] -> []; jump if not truthy(v).' }],
  ['POP_JUMP_IF_TRUE', { operand: OperandKind.Jump, pop: 1, push: 0, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[v] -> []; jump if truthy(v).' }],
  ['POP_JUMP_IF_NONE', { operand: OperandKind.Jump, pop: 1, push: 0, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[v] -> []; jump if v is None.' }],
  ['POP_JUMP_IF_NOT_NONE', { operand: OperandKind.Jump, pop: 1, push: 0, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[v] -> []; jump if v is not None.' }],
  ['JUMP_IF_FALSE_OR_POP', { operand: OperandKind.Jump, pop: 1, push: 0, jumpPop: 1, jumpPush: 1, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[v]: if not truthy(v) jump keeping v, else pop v and fall through.' }],
  ['JUMP_IF_TRUE_OR_POP', { operand: OperandKind.Jump, pop: 1, push: 0, jumpPop: 1, jumpPush: 1, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[v]: if truthy(v) jump keeping v, else pop v and fall through.' }],
  ['GET_ITER', { pop: 1, push: 1, doc: '[obj] -> [iter(obj)]' }],
  ['GET_YIELD_FROM_ITER', { pop: 1, push: 1, doc: '[obj] -> [it]: a coroutine stays itself (TypeError "cannot \'yield from\' a coroutine object in a non-coroutine generator" unless this code is a coroutine/iterable coroutine), a generator stays itself, else iter(obj).' }],
  ['FOR_ITER', { operand: OperandKind.Jump, pop: 1, push: 2, jumpPop: 1, jumpPush: 0, flags: FLAG_JUMP | FLAG_BRANCH, doc: '[it] -> [it, next(it)]; exhausted (StopIteration, cleared): pop it and jump.' }],
  ['SEND', { operand: OperandKind.Jump, pop: 2, push: 2, jumpPop: 2, jumpPush: 1, flags: FLAG_JUMP | FLAG_BRANCH, doc: 'yield from/await step: [recv, v] -> [recv, y] where y = recv.send(v) (next(recv) when v is None and recv is a plain iterator); when recv returns r (StopIteration(r)): [r] and jump. Always followed by YIELD_VALUE 1.' }],
  // --- calls and functions ---
  ['CALL_FUNCTION', { operand: OperandKind.Count, pop: (n) => n + 1, push: 1, doc: '[f, a1..an] -> [f(a1..an)]' }],
  ['CALL_FUNCTION_KW', { operand: OperandKind.Count, pop: (n) => n + 2, push: 1, doc: '[f, a1..an, kwnames] -> [result]: kwnames is a tuple of k strs; the last k of the n args are passed by those keywords.' }],
  ['CALL_FUNCTION_EX', { operand: OperandKind.Count, max: 1, pop: (f) => 2 + (f & 1), push: 1, doc: '[f, args, kwargs if arg & 1] -> [f(*args, **kwargs)]; args not a tuple: iterate it (TypeError "f() argument after * must be an iterable, not T"); kwargs not a dict: mapping protocol (TypeError "f() argument after ** must be a mapping, not T").' }],
  ['LOAD_METHOD', { operand: OperandKind.Name, pop: 1, push: 2, doc: '[obj] -> [meth, obj] when names[arg] is a plain function found on type(obj) (unbound, self passed by CALL_METHOD), else [NULL, getattr(obj, name)].' }],
  ['CALL_METHOD', { operand: OperandKind.Count, pop: (n) => n + 2, push: 1, doc: '[meth, self, a1..an] -> [meth(self, a1..an)]; [NULL, f, a1..an] -> [f(a1..an)].' }],
  ['CALL_METHOD_KW', { operand: OperandKind.Count, pop: (n) => n + 3, push: 1, doc: '[meth|NULL, self|f, a1..an, kwnames] -> [result], keywords as CALL_FUNCTION_KW.' }],
  ['MAKE_FUNCTION', { operand: OperandKind.Count, max: 15, pop: (f) => 1 + (f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1), push: 1, doc: '[defaults if arg&1 (tuple), kwdefaults if arg&2 (dict), annotations if arg&4 (tuple name, value, name, value...), closure if arg&8 (tuple of cells), code] -> [function]; __name__/__qualname__ from the code, __module__ = globals["__name__"], __doc__ = consts[0] if it is a str else None.' }],
  ['RETURN_VALUE', { pop: 1, push: 0, flags: FLAG_TERMINAL, doc: '[v] -> return v from the frame (a generator: StopIteration(v)).' }],
  ['YIELD_VALUE', { operand: OperandKind.Count, max: 1, pop: 1, push: 1, doc: '[v] -> suspend the frame producing v; on resume push the sent value (throw(): raise at this pc). arg 0: a `yield` expression; arg 1: inside yield from/await, the delegate (recv) is TOS while suspended and throw()/close() go to it first.' }],
  ['GET_AWAITABLE', { operand: OperandKind.Count, max: 2, pop: 1, push: 1, doc: '[obj] -> [awaitable iterator of obj]; arg = where for the TypeError text: 0 await, 1 __aenter__, 2 __aexit__.' }],
  ['GET_AITER', { pop: 1, push: 1, doc: '[obj] -> [obj.__aiter__()]' }],
  ['GET_ANEXT', { pop: 1, push: 2, doc: '[aiter] -> [aiter, awaitable of aiter.__anext__()]' }],
  ['END_ASYNC_FOR', { pop: 2, push: 0, doc: 'handler of async for: [aiter, exc] -> []; if exc is not a StopAsyncIteration re-raise it (as RERAISE 0).' }],
  ['BEFORE_WITH', { pop: 1, push: 2, doc: '[mgr] -> [bound mgr.__exit__, mgr.__enter__()]; TypeError "\'T\' object does not support the context manager protocol".' }],
  ['BEFORE_ASYNC_WITH', { pop: 1, push: 2, doc: '[mgr] -> [bound mgr.__aexit__, mgr.__aenter__()] (TypeError "... asynchronous context manager protocol").' }],
  ['WITH_EXCEPT_START', { pop: 4, push: 5, doc: '[exit, lasti, prev, exc] -> [exit, lasti, prev, exc, exit(type(exc), exc, exc.__traceback__)]' }],
  // --- exceptions ---
  ['PUSH_EXC_INFO', { pop: 1, push: 2, doc: '[exc] -> [prev, exc]: prev = the currently handled exception (None if none); exc becomes the handled exception (sys.exc_info).' }],
  ['POP_EXCEPT', { pop: 1, push: 0, doc: '[prev] -> []: the handled exception becomes prev again.' }],
  ['RERAISE', { operand: OperandKind.Count, max: MAX_ARG, pop: (n) => n + 1, push: 0, flags: FLAG_TERMINAL, doc: '[..., exc] re-raise exc WITHOUT a new traceback entry; the handler search starts at this pc. n > 0: stack[-(n+1)] (before popping) is the int lasti of the original raise, which becomes the frame\'s current instruction for f_lineno. (pop count n+1 is for the verifier; the unwinder truncates anyway.)' }],
  ['RAISE_VARARGS', { operand: OperandKind.Count, max: 2, pop: (n) => n, push: 0, flags: FLAG_TERMINAL, doc: '0: re-raise the handled exception (RuntimeError "No active exception to reraise"); 1: [exc] raise exc (a class is instantiated); 2: [exc, cause] raise exc from cause.' }],
  ['LOAD_ASSERTION_ERROR', { pop: 0, push: 1, doc: 'push the builtin AssertionError class (never looked up by name).' }],
  // --- building ---
  ['BUILD_TUPLE', { operand: OperandKind.Count, pop: (n) => n, push: 1, doc: '[a1..an] -> [(a1, .., an)]' }],
  ['BUILD_LIST', { operand: OperandKind.Count, pop: (n) => n, push: 1, doc: '[a1..an] -> [[a1, .., an]]' }],
  ['BUILD_SET', { operand: OperandKind.Count, pop: (n) => n, push: 1, doc: '[a1..an] -> [{a1, .., an}] (added left to right)' }],
  ['BUILD_MAP', { operand: OperandKind.Count, pop: (n) => 2 * n, push: 1, doc: '[k1, v1, .., kn, vn] -> [{k1: v1, ..}] (inserted left to right)' }],
  ['BUILD_CONST_KEY_MAP', { operand: OperandKind.Count, pop: (n) => n + 1, push: 1, doc: '[v1..vn, keys] -> [dict(zip(keys, values))]; keys is a tuple of n.' }],
  ['BUILD_STRING', { operand: OperandKind.Count, pop: (n) => n, push: 1, doc: '[s1..sn] -> [s1 + .. + sn] (all str)' }],
  ['BUILD_SLICE', { operand: OperandKind.Count, min: 2, max: 3, pop: (n) => n, push: 1, doc: '2: [lo, hi] -> [slice(lo, hi)]; 3: [lo, hi, step] -> [slice(lo, hi, step)]' }],
  ['LIST_APPEND', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 1, push: (i) => i, doc: 'pop v; stack[-i].append(v) (comprehensions).' }],
  ['SET_ADD', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 1, push: (i) => i, doc: 'pop v; stack[-i].add(v).' }],
  ['MAP_ADD', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 2, push: (i) => i, doc: 'pop value, pop key (stack [.., key, value]); stack[-i][key] = value.' }],
  ['LIST_EXTEND', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 1, push: (i) => i, doc: 'pop iterable; stack[-i].extend(iterable) (TypeError "Value after * must be an iterable, not T").' }],
  ['SET_UPDATE', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 1, push: (i) => i, doc: 'pop iterable; stack[-i].update(iterable).' }],
  ['DICT_UPDATE', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 1, push: (i) => i, doc: 'pop mapping; stack[-i].update(mapping) (TypeError "\'T\' object is not a mapping").' }],
  ['DICT_MERGE', { operand: OperandKind.Count, min: 1, max: MAX_ARG, pop: (i) => i + 1, push: (i) => i, doc: 'call **kwargs: pop mapping; merge into stack[-i]; duplicate key: TypeError "f() got multiple values for keyword argument \'k\'" (f = stack[-(i+2)]), non-mapping: "f() argument after ** must be a mapping, not T".' }],
  ['LIST_TO_TUPLE', { pop: 1, push: 1, doc: '[list] -> [tuple(list)]' }],
  ['UNPACK_SEQUENCE', { operand: OperandKind.Count, pop: 1, push: (n) => n, doc: '[seq] -> [x(n-1), .., x1, x0] (x0 on top); ValueError "not enough values to unpack (expected n, got m)" / "too many values to unpack (expected n)"; TypeError "cannot unpack non-iterable T object".' }],
  ['UNPACK_EX', { operand: OperandKind.Count, max: 0xffff, pop: 1, push: (a) => (a & 0xff) + (a >> 8) + 1, doc: 'arg = before | after << 8: [seq] -> [after items reversed.., list of the middle, before items reversed..] (first item on top); ValueError "not enough values to unpack (expected at least k, got m)".' }],
  ['FORMAT_VALUE', { operand: OperandKind.Count, max: 7, pop: (f) => 1 + ((f >> 2) & 1), push: 1, doc: 'f-string field: [v, spec if arg&4] -> [format(conv(v), spec or "")]; conv = arg&3: 0 none, 1 str, 2 repr, 3 ascii.' }],
  // --- classes, modules, misc ---
  ['LOAD_BUILD_CLASS', { pop: 0, push: 1, doc: 'push builtins.__build_class__ (NameError "__build_class__ not found"); the class statement then calls it (seed BUILD_CLASS).' }],
  ['SETUP_ANNOTATIONS', { pop: 0, push: 0, doc: 'if "__annotations__" is not in the locals mapping, set it to {}.' }],
  ['IMPORT_NAME', { operand: OperandKind.Name, pop: 2, push: 1, doc: '[level, fromlist] -> [__import__(names[arg], globals, locals, fromlist, level)]' }],
  ['IMPORT_FROM', { operand: OperandKind.Name, pop: 1, push: 2, doc: '[module] -> [module, module.name] falling back to sys.modules["mod.name"]; ImportError "cannot import name \'x\' from \'m\' (path)".' }],
  ['IMPORT_STAR', { pop: 1, push: 0, doc: '[module] -> []: bind module.__all__ (or every name not starting with _) in the locals mapping.' }],
  ['PRINT_EXPR', { pop: 1, push: 0, doc: "[v] -> []: sys.displayhook(v) ('single' mode)." }],
  // --- structural pattern matching ---
  ['GET_LEN', { pop: 1, push: 2, doc: '[obj] -> [obj, len(obj)]' }],
  ['MATCH_MAPPING', { pop: 1, push: 2, doc: '[subj] -> [subj, bool]: type(subj) has Py_TPFLAGS_MAPPING (dict, Mapping ABC registrations).' }],
  ['MATCH_SEQUENCE', { pop: 1, push: 2, doc: '[subj] -> [subj, bool]: type(subj) has Py_TPFLAGS_SEQUENCE (list, tuple, range, Sequence ABC; not str/bytes/bytearray).' }],
  ['MATCH_KEYS', { pop: 2, push: 3, doc: '[subj, keys] -> [subj, keys, values tuple or None]: subj.get(k, <marker>) for each key; None if any is missing.' }],
  ['MATCH_CLASS', { operand: OperandKind.Count, pop: 3, push: 1, doc: 'arg = number of positional sub-patterns: [subj, cls, kwnames] -> [attrs tuple or None]: isinstance(subj, cls) then the positional attrs via cls.__match_args__ (self for bool/bytearray/bytes/dict/float/frozenset/int/list/set/str/tuple with 1 positional) and then kwnames; TypeErrors as CPython.' }],
  // --- superinstructions (FLAG_QUICKENED; stack effects are those of both instructions) ---
  ['LOAD_FAST__LOAD_FAST', { operand: OperandKind.Local, pop: 0, push: 2, flags: FLAG_QUICKENED, doc: 'LOAD_FAST arg, then the LOAD_FAST that follows.' }],
  ['LOAD_FAST__LOAD_CONST', { operand: OperandKind.Local, pop: 0, push: 2, flags: FLAG_QUICKENED, doc: 'LOAD_FAST arg, then the LOAD_CONST that follows.' }],
  ['STORE_FAST__LOAD_FAST', { operand: OperandKind.Local, pop: 1, push: 1, flags: FLAG_QUICKENED, doc: 'STORE_FAST arg, then the LOAD_FAST that follows.' }],
  ['FOR_ITER__STORE_FAST', { operand: OperandKind.Jump, pop: 1, push: 1, jumpPop: 1, jumpPush: 0, flags: FLAG_JUMP | FLAG_BRANCH | FLAG_QUICKENED, doc: 'FOR_ITER arg, then (not exhausted) the STORE_FAST that follows.' }],
] as const satisfies ReadonlyArray<readonly [string, Spec]>;

export type OpName = (typeof SPECS)[number][0];

export const OPCODES: readonly OpcodeInfo[] = SPECS.map(([name, s]: readonly [string, Spec], code) => ({
  code,
  name,
  operand: s.operand ?? OperandKind.None,
  minArg: s.min ?? 0,
  maxArg: s.max ?? (s.operand === undefined ? 0 : MAX_ARG),
  pop: fn(s.pop),
  push: fn(s.push),
  jumpPop: fn(s.jumpPop ?? s.pop),
  jumpPush: fn(s.jumpPush ?? s.push),
  flags: s.flags ?? 0,
  doc: s.doc,
}));

/** Opcode numbers by name: `Op.LOAD_FAST`. */
export const Op = Object.freeze(Object.fromEntries(OPCODES.map((o) => [o.name, o.code]))) as Readonly<Record<OpName, number>>;

/** COMPARE_OP args, in order. */
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not'] as const;

/** MAKE_FUNCTION flag bits. */
export const MF_DEFAULTS = 1;
export const MF_KWDEFAULTS = 2;
export const MF_ANNOTATIONS = 4;
export const MF_CLOSURE = 8;

export function encode(op: number, arg: number): number {
  return (op | (arg << 8)) >>> 0;
}
export function opOf(word: number): number {
  return word & 0xff;
}
export function argOf(word: number): number {
  return word >>> 8;
}
