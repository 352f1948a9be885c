// Python float semantics over JS doubles: the operators with CPython's signs and errors
// (float_rem, float_divmod, float_pow in Objects/floatobject.c), conversions to int, round(),
// as_integer_ratio, hex/fromhex and float() parsing. Functions take and return raw JS
// numbers; boxing into PyFloat is the caller's business.

import { normalizeInt } from './value.js';
import { overflowError, valueError, zeroDivisionError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import { type PyInt, intBitLength, ratioToFloat } from './int.js';
import { decompose, scaledRound } from './float-digits.js';
import { complexPow } from './complex.js';
import { powPositive } from './float-libm.js';
import { asciiDigits, stripNumberSpace } from './unicode.js';
import { strRepr } from './str-repr.js';

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return a / b;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo');
  let mod = a % b;
  // C's `if (mod)`: NaN is true there, so compare with 0 explicitly.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function divmodCore(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return divmodCore(a, b);
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return divmodCore(a, b)[0];
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && x % 2 !== 0 && Math.abs(x % 2) === 1;
}

/** a ** b for floats; a negative base with a fractional exponent gives a complex result. */
export function floatPow(a: number, b: number): number | { real: number; imag: number } {
  if (b === 0) return 1;
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(b)) return a === 1 ? 1 : b;
  if (!Number.isFinite(b)) {
    const m = Math.abs(a);
    if (m === 1) return 1;
    return b > 0 === m > 1 ? Infinity : 0;
  }
  if (!Number.isFinite(a)) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Math.abs(a);
    return odd ? (a < 0 ? -0 : 0) : 0;
  }
  if (a === 0) {
    if (b < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return isOddInteger(b) ? a : 0;
  }
  let negate = false;
  let base = a;
  if (a < 0) {
    if (b !== Math.floor(b)) return complexPow(a, 0, b, 0);
    base = -a;
    negate = isOddInteger(b);
  }
  if (base === 1) return negate ? -1 : 1;
  const r = Number.isInteger(b) ? integerPower(base, b) : b === 0.5 ? Math.sqrt(base) : powPositive(base, b);
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** base ** n for base > 0 and an integral n, correctly rounded (as glibc's pow is in practice;
 * V8's Math.pow is often 1 ulp off, e.g. 3 ** -6). Exact bigint arithmetic, bounded in size. */
function integerPower(base: number, n: number): number {
  if (n === 1) return base;
  if (n === 2) return base * base;
  if (n === -1) return 1 / base;
  const [m, e] = decompose(base);
  const k = Math.abs(n);
  const bits = intBitLength(m) * k + Math.abs(e) * k;
  if (bits > 40000) return powPositive(base, n);
  const num = m ** BigInt(k);
  const shift = e * k; // base^k = num * 2^shift
  if (n > 0) return shift >= 0 ? ratioToFloat(num << BigInt(shift), 1n) : ratioToFloat(num, 1n << BigInt(-shift));
  return shift <= 0 ? ratioToFloat(1n << BigInt(-shift), num) : ratioToFloat(1n, num << BigInt(shift));
}

/** int(x), math.trunc(x): the exact integer part. */
export function floatToInt(x: number): PyInt {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
    throw overflowError('cannot convert float infinity to integer');
  }
  const t = Math.trunc(x);
  // Doubles beyond 2^53 are integers, so BigInt(t) is exact.
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

export function floatFloor(x: number): PyInt {
  return floatToInt(Number.isFinite(x) ? Math.floor(x) : x);
}

export function floatCeil(x: number): PyInt {
  return floatToInt(Number.isFinite(x) ? Math.ceil(x) : x);
}

/** round(x) with no ndigits: the nearest int, ties to even. */
export function floatRoundToInt(x: number): PyInt {
  if (!Number.isFinite(x)) return floatToInt(x);
  const f = Math.floor(x);
  const diff = x - f; // exact for doubles
  const rounded = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return floatToInt(rounded);
}

// CPython's limits beyond which round(x, n) returns x (too precise) or 0.0*x (too coarse).
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits): the exact value rounded half-even to ndigits decimals, read back. */
export function floatRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const q = scaledRound(x, ndigits);
  const result = Number(`${x < 0 ? '-' : ''}${q}e${-ndigits}`);
  if (!Number.isFinite(result)) throw overflowError('rounded value too large to represent');
  return result;
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const [m, e] = decompose(x);
  const num = (x < 0 ? -m : m) << BigInt(Math.max(e, 0));
  const den = 1n << BigInt(Math.max(-e, 0));
  return [normalizeInt(num), normalizeInt(den)];
}

/** float.hex(): CPython always prints 13 hex digits after the point. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  const fraction = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const lead = biased === 0 ? '0' : '1';
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${fraction}p${exp >= 0 ? '+' : ''}${exp}`;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/** float.fromhex(s). */
export function floatFromHex(s: string): number {
  const t = stripNumberSpace(s, true);
  const special = parseSpecial(t);
  if (special !== null) return special;
  const m = HEX_FLOAT.exec(t);
  const intPart = m?.[2] ?? '';
  const fracPart = m?.[3] ?? '';
  if (m === null || intPart.length + fracPart.length === 0) {
    throw valueError('invalid hexadecimal floating-point string');
  }
  const mantissa = BigInt('0x0' + intPart + fracPart);
  const exp = BigInt(m[4] ?? '0') - BigInt(4 * fracPart.length);
  // Clamp absurd exponents before building 2^exp: beyond these bounds the result is 0 or inf.
  const top = exp + BigInt(intBitLength(mantissa));
  let value: number;
  if (mantissa === 0n || top < -1100n) value = 0;
  else if (top > 1100n) value = Infinity;
  else if (exp >= 0n) value = ratioToFloat(mantissa << exp, 1n);
  else value = ratioToFloat(mantissa, 1n << -exp);
  if (value === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -value : value;
}

function parseSpecial(t: string): number | null {
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (m === null) return null;
  const value = m[2]!.toLowerCase() === 'nan' ? NaN : Infinity;
  return m[1] === '-' ? -value : value;
}

const DECIMAL_FLOAT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?$/i;

/** float(s) for a str argument; with `bytesRepr`, s is the latin-1 text of a bytes-like
 * object (ASCII spaces and digits only, as CPython parses the raw bytes) and the error
 * shows that object. */
export function parseFloatStr(s: string, bytesRepr?: () => string): number {
  const t = bytesRepr === undefined ? asciiDigits(stripNumberSpace(s)) : stripNumberSpace(s, true);
  const special = parseSpecial(t);
  if (special !== null) return special;
  if (!DECIMAL_FLOAT.test(t)) throw valueError(`could not convert string to float: ${bytesRepr === undefined ? strRepr(s) : bytesRepr()}`);
  // V8's decimal-to-double conversion is correctly rounded, like CPython's.
  return Number(t.replace(/_/g, ''));
}
