// Conversions between the units CPython mixes: AST columns are UTF-8 byte offsets, while
// SyntaxError offsets are 1-based code-point offsets. JS strings are UTF-16, so a surrogate
// pair is one code point of four bytes (each half counts two bytes below).

/** UTF-8 length of src[from, to). */
export function utf8Length(src: string, from = 0, to = src.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return n;
}

/** Number of code points in src[from, to). */
export function codePointCount(src: string, from = 0, to = src.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xdc00 || c >= 0xe000) n++;
  }
  return n;
}

/** CPython's _PyPegen_byte_offset_to_character_offset: decodes the first `byteOffset`
 * bytes of `line` (a partial character counts as one, and one byte past the end counts
 * the terminating NUL) and returns the number of characters. */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteOffset; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else {
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    chars++;
  }
  if (bytes < byteOffset) chars++;
  return chars;
}
