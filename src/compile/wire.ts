// The wire format's constants, shared by serialize.ts and deserialize.ts.
//
// Layout (all integers little-endian; "uint" = LEB128 varint up to 2^53-1, "sint" =
// zigzag LEB128; "str" = uint count of UTF-16 code units, then each unit as a uint, so
// any JS string — lone surrogates included — round-trips):
//   magic "PYTB" | u16 VERSION | u16 reserved (0) | str filename | u8 mode | code
//   code   = str name | str qualname | uint firstlineno | uint argcount | uint posonlyargcount
//            | uint kwonlyargcount | uint flags | uint stacksize
//            | uint n | n × u32 instruction words
//            | uint nconsts | const... | names | varnames | cellvars | freevars (each:
//              uint count | str...) | cell2arg (sint per cellvar)
//            | n × (sint line delta, sint endLine - line, uint col + 1, uint endCol + 1)
//            | uint nentries | nentries × (uint start, end, target, depth | u8 lasti)
//   const  = u8 tag | payload (see TAG)
// Nothing may follow the top-level code object.

export const MAGIC = [0x50, 0x59, 0x54, 0x42] as const; // "PYTB"
export const VERSION = 2; // 2: frozenset constants

export const TAG = {
  NONE: 0,
  FALSE: 1,
  TRUE: 2,
  INT: 3, // u8 sign (0 +, 1 -) | uint magnitude (a safe integer)
  BIGINT: 4, // u8 sign (0 +, 1 -) | uint byte length | magnitude bytes, little-endian
  FLOAT: 5, // f64
  COMPLEX: 6, // f64 real | f64 imag
  STR: 7,
  BYTES: 8, // uint length | bytes
  ELLIPSIS: 9,
  TUPLE: 10, // uint count | const...
  CODE: 11, // code
  FROZENSET: 12, // uint count | const... (source order)
} as const;

export const MODES = ['exec', 'eval', 'single'] as const;

/** Limits that keep a hostile input from exhausting the host. */
export const MAX_NESTING = 200;
export const MAX_STACKSIZE = 1 << 20;
export const MAX_INSTRUCTIONS = 1 << 24;
