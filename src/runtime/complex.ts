// Python complex arithmetic as CPython's Objects/complexobject.c computes it (same formulas,
// so the same rounding), plus repr and complex() parsing. Values are {real, imag} pairs of JS
// numbers; PyComplex (value.ts) has that shape.

import { overflowError, valueError, zeroDivisionError } from './errors.js';
import './exceptions.js'; // fills EXC when this module is loaded on its own
import { floatRepr } from './float-format.js';
import { atan2, cos, exp, hypot, log, powPositive, sin } from './float-libm.js';
import { asciiDigits, stripNumberSpace } from './unicode.js';
import { strRepr } from './str-repr.js';

export interface Complex {
  readonly real: number;
  readonly imag: number;
}

const c = (real: number, imag: number): Complex => ({ real, imag });

export function complexAdd(a: Complex, b: Complex): Complex {
  return c(a.real + b.real, a.imag + b.imag);
}

export function complexSub(a: Complex, b: Complex): Complex {
  return c(a.real - b.real, a.imag - b.imag);
}

export function complexMul(a: Complex, b: Complex): Complex {
  return c(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** _Py_c_quot; null for a zero divisor (the caller decides the message). */
function quotient(a: Complex, b: Complex): Complex | null {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return c((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return c((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return c(NaN, NaN);
}

export function complexDiv(a: Complex, b: Complex): Complex {
  const q = quotient(a, b);
  if (q === null) throw zeroDivisionError('complex division by zero');
  return q;
}

export function complexNeg(a: Complex): Complex {
  return c(-a.real, -a.imag);
}

export function complexConjugate(a: Complex): Complex {
  return c(a.real, -a.imag);
}

export function complexAbs(a: Complex): number {
  if (!Number.isFinite(a.real) || !Number.isFinite(a.imag)) {
    if (Math.abs(a.real) === Infinity || Math.abs(a.imag) === Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(a.real, a.imag);
  if (!Number.isFinite(r)) throw overflowError('absolute value too large');
  return r;
}

function zeroPowerError(): never {
  throw zeroDivisionError('0.0 to a negative or complex power');
}

function powu(x: Complex, n: number): Complex {
  let r = c(1, 0);
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexMul(r, p);
    p = complexMul(p, p);
  }
  return r;
}

function powGeneral(a: Complex, b: Complex): Complex {
  if (b.real === 0 && b.imag === 0) return c(1, 0);
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) zeroPowerError();
    return c(0, 0);
  }
  // vabs is > 0, possibly inf or nan; powPositive and log take only finite positive
  // arguments, so C's special cases come first (pow(1, y) is 1 even for y inf or nan).
  const vabs = hypot(a.real, a.imag);
  let len = vabs === 1 ? 1 : Number.isFinite(vabs) && Number.isFinite(b.real) ? powPositive(vabs, b.real) : Math.pow(vabs, b.real);
  const at = atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= exp(at * b.imag);
    phase += b.imag * (Number.isFinite(vabs) ? log(vabs) : vabs);
  }
  // glibc's cos and sin of an infinity set errno to EDOM, which complex_pow reports as this
  // ZeroDivisionError: inf ** 1j, 1j ** 1e308 (a NaN phase sets nothing).
  if (phase === Infinity || phase === -Infinity) zeroPowerError();
  return c(len * cos(phase), len * sin(phase));
}

/** a ** b (complex_pow): small integral exponents by repeated multiplication. */
export function complexPow(ar: number, ai: number, br: number, bi: number): Complex {
  const a = c(ar, ai);
  let p: Complex;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    if (br >= 0) p = powu(a, br);
    else {
      const q = quotient(c(1, 0), powu(a, -br));
      if (q === null) zeroPowerError();
      p = q;
    }
  } else {
    p = powGeneral(a, c(br, bi));
  }
  // Py_ADJUST_ERANGE2: an infinite component means overflow (even from infinite inputs).
  if (Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity) throw overflowError('complex exponentiation');
  return p;
}

/** A component as complex repr prints it: float repr without the added ".0". */
function component(x: number): string {
  return floatRepr(x).replace(/\.0$/, '');
}

export function complexRepr(a: Complex): string {
  if (a.real === 0 && !Object.is(a.real, -0)) return component(a.imag) + 'j';
  const im = component(a.imag);
  return `(${component(a.real)}${im.startsWith('-') ? '' : '+'}${im}j)`;
}

const NUM = String.raw`(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)`;
const COMPLEX_RE = new RegExp(String.raw`^(?:([+-]?${NUM})(?:([+-]${NUM}?)j)?|([+-]?${NUM}?)j)$`, 'i');

function parsePart(s: string): number {
  const t = s.toLowerCase();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body === '') return sign;
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return sign * Number(body);
}

/** complex(s) for a str argument. */
export function parseComplexStr(s: string): Complex {
  let t = asciiDigits(stripNumberSpace(s));
  // CPython checks underscores first (each between two digits), then parses without them.
  if (t.includes('_')) {
    if (/(^|[^0-9])_|_($|[^0-9])/.test(t)) throw valueError(`could not convert string to complex: ${strRepr(s)}`);
    t = t.replace(/_/g, '');
  }
  if (t.startsWith('(') && t.endsWith(')')) t = stripNumberSpace(t.slice(1, -1));
  const m = COMPLEX_RE.exec(t);
  if (m === null) throw valueError('complex() arg is a malformed string');
  if (m[3] !== undefined) return c(0, parsePart(m[3]));
  return c(parsePart(m[1]!), m[2] !== undefined ? parsePart(m[2]) : 0);
}
