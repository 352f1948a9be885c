// Python int arithmetic over the shared representation: a JS number while the value is a
// safe integer, a bigint beyond that (never a bigint that fits; see normalizeInt). Every
// operation has a tiny exact fast path for two numbers and falls back to bigint; results
// that leave the safe range come back as bigint, results that re-enter it as numbers.

import { normalizeInt } from './value.js';
import { overflowError, valueError, zeroDivisionError, EXC, newException } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own

export type PyInt = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** V8 refuses bigints above 2^30 bits; CPython would run out of memory on such values too. */
const MAX_BIGINT_BITS = 1 << 30;

export function toBig(a: PyInt): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

/** Run a bigint computation, turning V8's size limit into Python's MemoryError. */
function bigOp(f: () => bigint): PyInt {
  try {
    return normalizeInt(f());
  } catch (e) {
    if (e instanceof RangeError) throw newException(EXC['MemoryError']);
    throw e;
  }
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
    return BigInt(a) + BigInt(b);
  }
  return normalizeInt(toBig(a) + toBig(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
    return BigInt(a) - BigInt(b);
  }
  return normalizeInt(toBig(a) - toBig(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // An exact product within the safe range is computed exactly; `+ 0` drops a -0.
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
    return BigInt(a) * BigInt(b);
  }
  return bigOp(() => toBig(a) * toBig(b));
}

export function intNeg(a: PyInt): PyInt {
  if (typeof a === 'number') return 0 - a;
  return normalizeInt(-a);
}

export function intAbs(a: PyInt): PyInt {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

export function intInvert(a: PyInt): PyInt {
  if (typeof a === 'number') return -a - 1;
  return normalizeInt(-a - 1n);
}

function zeroDivision(message = 'integer division or modulo by zero'): never {
  throw zeroDivisionError(message);
}

/** Floor division and modulo together ([q, r], r has the sign of b). */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision();
    // JS % is exact and truncating; a - r is then an exact multiple of b.
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      r += b;
      q -= 1;
    }
    return [q + 0, r + 0];
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDivision();
  let q = x / y;
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) {
    r += y;
    q -= 1n;
  }
  return [normalizeInt(q), normalizeInt(r)];
}

/** JS's truncating a % b for safe ints, b != 0. JS's % on numbers past int32 is a call into
 * C's fmod; below 2**52 with |b| below 2**21, a / b is within half a unit of the true
 * quotient, so trunc() is off by at most one and a - q*b is exact: one correction step
 * gives the remainder 2.5x faster. */
function truncRemainder(a: number, b: number): number {
  if ((a | 0) === a && (b | 0) === b) return a % b;
  if (a < 2 ** 52 && a > -(2 ** 52) && b < 2 ** 21 && b > -(2 ** 21)) {
    const m = b < 0 ? -b : b;
    let r = a - Math.trunc(a / b) * b;
    if (a >= 0) {
      if (r < 0) r += m;
      else if (r >= m) r -= m;
    } else if (r > 0) r -= m;
    else if (r <= -m) r += m;
    return r;
  }
  return a % b;
}

export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = truncRemainder(a, b);
    const q = (a - r) / b;
    return (r !== 0 && r < 0 !== b < 0 ? q - 1 : q) + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDivision();
  // One bigint division: truncation equals flooring unless the signs differ and it is inexact.
  const q = x / y;
  return normalizeInt(x < 0n !== y < 0n && q * y !== x ? q - 1n : q);
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = truncRemainder(a, b);
    return (r !== 0 && r < 0 !== b < 0 ? r + b : r) + 0;
  }
  const y = toBig(b);
  if (y === 0n) zeroDivision('integer modulo by zero');
  const r = toBig(a) % y;
  return normalizeInt(r !== 0n && r < 0n !== y < 0n ? r + y : r);
}

export function intBitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const m = Math.abs(a);
    const high = Math.floor(m / 4294967296);
    return high > 0 ? 64 - Math.clz32(high) : 32 - Math.clz32(m);
  }
  const m = a < 0n ? -a : a;
  // toString(16) is linear; the leading hex digit gives the last few bits.
  const hex = m.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

export function intBitCount(a: PyInt): number {
  let m = toBig(a);
  if (m < 0n) m = -m;
  let count = 0;
  for (const ch of m.toString(16)) count += HEX_POPCOUNT[parseInt(ch, 16)]!;
  return count;
}
const HEX_POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** int / int: the correctly rounded float (CPython rounds the exact quotient, also for big ints). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    return a / b; // both exact doubles: IEEE division rounds correctly
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  const limit = 2n ** 53n;
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  if (ax <= limit && ay <= limit) return Number(x) / Number(y);
  const result = ratioToFloat(ax, ay);
  if (result === Infinity) throw overflowError('integer division result too large for a float');
  return x < 0n !== y < 0n ? -result : result;
}

/** The double nearest to num/den (positive bigints, ties to even); Infinity on overflow. */
export function ratioToFloat(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // e = floor(log2(num / den)).
  let e = intBitLength(num) - intBitLength(den);
  if (e >= 0 ? num < den << BigInt(e) : num << BigInt(-e) < den) e -= 1;
  if (e > 1023) return Infinity;
  // Scale so the quotient keeps 53 significant bits (fewer for subnormal results).
  const s = Math.max(e - 52, -1074);
  if (s >= 0) den <<= BigInt(s);
  else num <<= BigInt(-s);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  // q <= 2^53 and 2^s >= 2^-1074: the product is exact unless it overflows.
  return Number(q) * 2 ** s;
}

/** float(int): correctly rounded, OverflowError beyond the float range. */
export function intToFloat(a: PyInt): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

/** a ** b for b >= 0 (int result). Negative exponents are float powers: see floatPow. */
export function intPowNonNegative(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    let result = 1;
    let base = a;
    let e = b;
    // Square-and-multiply while everything stays exact; bail out to bigint otherwise.
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (!(Math.abs(result) <= MAX_SAFE)) return bigPow(a, b);
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (!(base <= MAX_SAFE)) return bigPow(a, b);
      }
    }
    return result + 0;
  }
  return bigPow(a, b);
}

function bigPow(a: PyInt, b: PyInt): PyInt {
  const x = toBig(a);
  if (x === 0n || x === 1n) return b === 0 || b === 0n ? 1 : Number(x);
  if (x === -1n) return toBig(b) % 2n === 0n ? 1 : -1;
  const y = toBig(b);
  if (y * BigInt(intBitLength(x)) > BigInt(MAX_BIGINT_BITS)) throw newException(EXC['MemoryError']);
  return bigOp(() => x ** y);
}

/** pow(a, b, m) with CPython's sign rules; a negative b uses the modular inverse. */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let mod = toBig(m);
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  let base = toBig(a);
  let exp = toBig(b);
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  if (mod === 1n) return 0;
  base %= mod;
  if (base < 0n) base += mod;
  let result = 1n;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % mod;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return normalizeInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function shiftCount(b: PyInt): number {
  if (typeof b === 'number' ? b < 0 : b < 0n) throw valueError('negative shift count');
  return typeof b === 'number' ? b : b > BigInt(MAX_SAFE) ? MAX_SAFE : Number(b);
}

export function intLshift(a: PyInt, b: PyInt): PyInt {
  // An int32 shifted by at most 21 stays below 2**53: one exact multiply, no Math.pow.
  if (isInt32(a) && typeof b === 'number' && b >= 0 && b <= 21) return a * (1 << b);
  const n = shiftCount(b);
  if (a === 0 || a === 0n) return 0;
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  if (n + intBitLength(a) > MAX_BIGINT_BITS) throw newException(EXC['MemoryError']);
  return bigOp(() => toBig(a) << BigInt(n));
}

export function intRshift(a: PyInt, b: PyInt): PyInt {
  // >> on an int32 floors, as Python's shift does.
  if (isInt32(a) && typeof b === 'number' && b >= 0 && b < 32) return a >> b;
  const n = shiftCount(b);
  if (typeof a === 'number') {
    if (n >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  if (n >= intBitLength(a)) return a < 0n ? -1 : 0;
  return normalizeInt(a >> BigInt(n));
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
function isInt32(a: PyInt): a is number {
  return typeof a === 'number' && a >= INT32_MIN && a <= INT32_MAX;
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normalizeInt(toBig(a) & toBig(b));
}

export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normalizeInt(toBig(a) | toBig(b));
}

export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normalizeInt(toBig(a) ^ toBig(b));
}

/** Three-way comparison of two ints: -1, 0 or 1. */
export function intCompare(a: PyInt, b: PyInt): number {
  // number/bigint mixed comparisons are exact in JS.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when the float is nan. */
export function intCompareFloat(a: PyInt, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (typeof a === 'number') return a < f ? -1 : a > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (a < bf) return -1;
  if (a > bf) return 1;
  return fl === f ? 0 : -1;
}

/** int.to_bytes(length, byteorder, signed=...). */
export function intToBytes(a: PyInt, length: number, byteorder: string, signed: boolean): Uint8Array {
  if (byteorder !== 'little' && byteorder !== 'big') throw valueError("byteorder must be either 'little' or 'big'");
  if (length < 0) throw valueError('length argument must be non-negative');
  // CPython allocates the result first: a length no bytes object can have is MemoryError.
  if (length > 0x7fffffff) throw newException(EXC['MemoryError']);
  let v = toBig(a);
  // Zero bytes hold 0 and (CPython's _PyLong_AsByteArray quirk) a signed -1.
  if (length === 0 && (v === 0n || (signed && v === -1n))) return new Uint8Array(0);
  if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  // Bits needed: v's for v >= 0, (-v - 1)'s for v < 0, plus a sign bit when signed.
  if (intBitLength(v < 0n ? -v - 1n : v) + (signed ? 1 : 0) > 8 * length) throw overflowError('int too big to convert');
  if (v < 0n) v += 1n << BigInt(8 * length);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[byteorder === 'big' ? length - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, signed=...). */
export function intFromBytes(bytes: Uint8Array, byteorder: string, signed: boolean): PyInt {
  if (byteorder !== 'little' && byteorder !== 'big') throw valueError("byteorder must be either 'little' or 'big'");
  let v = 0n;
  for (let i = 0; i < bytes.length; i++) {
    v = (v << 8n) | BigInt(bytes[byteorder === 'big' ? i : bytes.length - 1 - i]!);
  }
  if (signed && bytes.length > 0 && v >= 1n << BigInt(8 * bytes.length - 1)) v -= 1n << BigInt(8 * bytes.length);
  return normalizeInt(v);
}
