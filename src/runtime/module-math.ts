// The `math` module of CPython 3.11: every function and constant, with CPython's argument
// conversions (PyFloat_AsDouble / __index__ / __floor__ ...), its special-value rules and
// its errors ("math domain error", "math range error", ...). Exact integer functions
// (factorial, gcd, lcm, isqrt, comb, perm) work on ints of any size; log() of huge ints is
// exact in the exponent; fsum is Shewchuk's exact summation.
import { PyFloat } from './value.js';
import { type PyValue } from './object.js';
import { type PyDict } from './dict.js';
import { typeOf, floatType } from './builtin-types.js';
import { typeError, valueError, overflowError, zeroDivisionError } from './errors.js';
import { defFunction, type PyBuiltinFunction } from './builtin-function.js';
import { newModule, registerModule } from './modules.js';
import { toIndex } from './ops-number.js';
import { callMethod0 } from './call.js';
import { mul } from './ops-binary.js';
import { getIter, iterNext } from './ops-protocols.js';
import { newTuple } from './tuple.js';
import { realAsDouble } from './float-methods.js';
import { intValue } from './number-box.js';
import { floatFloor, floatCeil, floatToInt } from './float.js';
import { powPositive, hypot as hypot2, exp as libmExp, log as libmLog, sin as libmSin, cos as libmCos, tan as libmTan, atan as libmAtan, atan2 as libmAtan2 } from './float-libm.js';
import { itemsOf } from './list-methods.js';
import { normalizeInt } from './value.js';
import { gamma, lgamma, erf, erfc, fsum, vectorNorm, type MathError } from './math-special.js';

type Int = number | bigint;
const F = (x: number) => new PyFloat(x);
const domain = () => valueError('math domain error');
const range = () => overflowError('math range error');

function check(r: number, err: MathError): number {
  if (err === 'domain') throw domain();
  if (err === 'range') throw range();
  return r;
}

/** CPython's math_1 on the result r = fn(x): NaN from non-NaN is a domain error; inf from
 * finite is a range error when the function can overflow, else a domain error. */
function math1Result(x: number, r: number, canOverflow: boolean): PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
  return F(r);
}

/** A math_1 function. The closures it makes share one feedback vector, so their call of
 * `fn` is not inlined: the functions hot programs call are written out below instead. */
function math1(fn: (x: number) => number, canOverflow: boolean) {
  return (v: PyValue) => {
    const x = realAsDouble(v);
    return math1Result(x, fn(x), canOverflow);
  };
}

function bigOf(v: PyValue): bigint {
  return BigInt(toIndex(v));
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

// ---------- logarithms ----------

/** log of an int argument exactly, even beyond the float range (CPython's loghelper). */
function logHelper(v: PyValue, fn: (x: number) => number, ln2: number): number {
  const i = intValue(v);
  if (i !== undefined) {
    if (i <= 0) throw domain();
    if (typeof i === 'bigint' && bitLength(i) > 1000) {
      const e = bitLength(i);
      const m = Number(i >> BigInt(e - 64)) / 2 ** 64;
      return fn(m) + ln2 * e;
    }
    return fn(Number(i));
  }
  const x = realAsDouble(v);
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x <= 0) throw domain();
  return fn(x);
}

function intOrFloor(name: '__floor__' | '__ceil__', v: PyValue, onFloat: (x: number) => Int): PyValue {
  if (v instanceof PyFloat && v.cls === floatType) return onFloat(v.value);
  const f = typeOf(v).lookup(name);
  if (f !== undefined) return callMethod0(f, v);
  return onFloat(realAsDouble(v));
}

// ---------- exact integer functions ----------

function factorial(v: PyValue): Int {
  const n = bigOf(v);
  if (n < 0n) throw valueError('factorial() not defined for negative values');
  if (n > 9223372036854775807n) throw overflowError('factorial() argument should not exceed 9223372036854775807');
  return normalizeInt(productRange(1n, n));
}

/** lo * (lo+1) * ... * hi by binary splitting. */
function productRange(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let p = 1n;
    for (let k = lo; k <= hi; k++) p *= k;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  // Start above the root (Newton then decreases monotonically to it).
  const bits = bitLength(n);
  let x = bits > 100 ? 1n << BigInt((bits + 1) >> 1) : BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function combArgs(nv: PyValue, kv: PyValue): [bigint, bigint] {
  const n = bigOf(nv);
  const k = bigOf(kv);
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (k < 0n) throw valueError('k must be a non-negative integer');
  return [n, k];
}

// ---------- floating-point helpers ----------

const view = new DataView(new ArrayBuffer(8));

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (x < y) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  // 2 ** -e overflows for subnormal x (below 2 ** -1024): ldexp scales in steps.
  let m = ldexp(x, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let r = x;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
    if (r === 0) return r;
  }
  // Scale in two steps so that a subnormal result is rounded once.
  if (e < -1022) return (r * 2 ** (e + 1022 + 52)) * 2 ** -(1022 + 52);
  return r * 2 ** e;
}

function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw domain();
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (ax - m)) % ay);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) throw domain();
  return x;
}

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  let r: number;
  if (y === 0) r = 1;
  else if (x > 0) r = powPositive(x, y);
  else if (x === 0) {
    const oddInt = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    if (y < 0) throw domain();
    r = oddInt ? x : 0;
  } else {
    if (!Number.isInteger(y)) throw domain();
    const mag = powPositive(-x, y);
    r = Math.abs(y) % 2 === 1 ? -mag : mag;
  }
  if (!Number.isFinite(r)) throw range();
  return r;
}

function isclose(a: PyValue, b: PyValue, relTol?: PyValue, absTol?: PyValue): boolean {
  const x = realAsDouble(a);
  const y = realAsDouble(b);
  const rel = relTol === undefined ? 1e-9 : realAsDouble(relTol);
  const abs = absTol === undefined ? 0 : realAsDouble(absTol);
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

function floats(v: PyValue): number[] {
  return itemsOf(v).map(realAsDouble);
}

// ---------- the module ----------

const fns: PyBuiltinFunction[] = [];
function def(name: string, sig: string | number, fn: (...args: any[]) => PyValue): void {
  fns.push(defFunction(name, sig, fn, 'math'));
}

def('sqrt', 1, (v: PyValue) => {
  const x = realAsDouble(v);
  return math1Result(x, Math.sqrt(x), false);
});
def('exp', 1, (v: PyValue) => {
  const x = realAsDouble(v);
  return math1Result(x, libmExp(x), true);
});
def('exp2', 1, math1((x) => 2 ** x, true));
def('expm1', 1, math1(Math.expm1, true));
def('cbrt', 1, math1(Math.cbrt, false));
def('sin', 1, (v: PyValue) => {
  const x = realAsDouble(v);
  return math1Result(x, libmSin(x), false);
});
def('cos', 1, (v: PyValue) => {
  const x = realAsDouble(v);
  return math1Result(x, libmCos(x), false);
});
def('tan', 1, math1(libmTan, false));
def('asin', 1, math1(Math.asin, false));
def('acos', 1, math1(Math.acos, false));
def('atan', 1, math1(libmAtan, false));
def('sinh', 1, math1(Math.sinh, true));
def('cosh', 1, math1(Math.cosh, true));
def('tanh', 1, math1(Math.tanh, false));
def('asinh', 1, math1(Math.asinh, false));
def('acosh', 1, math1(Math.acosh, false));
def('atanh', 1, math1(Math.atanh, false));
def('fabs', 1, math1(Math.abs, false));
def('erf', 1, math1(erf, false));
def('erfc', 1, math1(erfc, false));
def('gamma', 1, (v: PyValue) => F(check(...gamma(realAsDouble(v)))));
def('lgamma', 1, (v: PyValue) => F(check(...lgamma(realAsDouble(v)))));
def('log1p', 1, (v: PyValue) => {
  const x = realAsDouble(v);
  if (x <= -1) throw domain();
  return F(Math.log1p(x));
});

// An optional group in CPython's clinic (METH_VARARGS): its own checks and messages.
def('log', '(*args, **kwargs)', (args: PyValue[], kwargs: PyDict) => {
  if (kwargs.size > 0) throw typeError('log() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
  const [x, base] = args;
  const num = logHelper(x, libmLog, Math.LN2);
  if (base === undefined) return F(num);
  const den = logHelper(base, libmLog, Math.LN2);
  if (den === 0) throw zeroDivisionError('float division by zero');
  return F(num / den);
});
def('log2', 1, (x: PyValue) => F(logHelper(x, Math.log2, 1)));
def('log10', 1, (x: PyValue) => F(logHelper(x, Math.log10, Math.LOG10E * Math.LN2)));

def('floor', 1, (v: PyValue) => intOrFloor('__floor__', v, floatFloor));
def('ceil', 1, (v: PyValue) => intOrFloor('__ceil__', v, floatCeil));
def('trunc', 1, (v: PyValue) => {
  if (v instanceof PyFloat && v.cls === floatType) return floatToInt(v.value);
  const f = typeOf(v).lookup('__trunc__');
  if (f === undefined) throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
  return callMethod0(f, v);
});

def('factorial', 1, factorial);
def('gcd', '(*integers)', (args: PyValue[]) => normalizeInt(args.map(bigOf).reduce(gcd2, 0n)));
def('lcm', '(*integers)', (args: PyValue[]) => {
  let acc = 1n;
  for (const v of args.map(bigOf)) {
    if (acc === 0n || v === 0n) acc = 0n;
    else {
      acc = (acc / gcd2(acc, v)) * v;
      if (acc < 0n) acc = -acc;
    }
  }
  return normalizeInt(acc);
});
def('isqrt', 1, (v: PyValue) => normalizeInt(isqrt(bigOf(v))));
// CPython counts the factors in a long long.
const LLONG_MAX = 2n ** 63n - 1n;
def('comb', 2, (nv: PyValue, kv: PyValue) => {
  const [n, k0] = combArgs(nv, kv);
  if (k0 > n) return 0;
  const k = k0 > n - k0 ? n - k0 : k0;
  if (k > LLONG_MAX) throw overflowError(`min(n - k, k) must not exceed ${LLONG_MAX}`);
  return normalizeInt(productRange(n - k + 1n, n) / productRange(1n, k));
});
def('perm', '(n, k=None, /)', (nv: PyValue, kv?: PyValue) => {
  if (kv === undefined || kv === null) return factorial(nv);
  const [n, k] = combArgs(nv, kv);
  if (k > n) return 0;
  if (k > LLONG_MAX) throw overflowError(`k must not exceed ${LLONG_MAX}`);
  return normalizeInt(productRange(n - k + 1n, n));
});

def('pow', 2, (x: PyValue, y: PyValue) => F(mathPow(realAsDouble(x), realAsDouble(y))));
def('copysign', 2, (x: PyValue, y: PyValue) => {
  const a = Math.abs(realAsDouble(x));
  const b = realAsDouble(y);
  return F(b < 0 || Object.is(b, -0) || (Number.isNaN(b) && signOfNaN(y)) ? -a : a);
});
def('fmod', 2, (xv: PyValue, yv: PyValue) => {
  const x = realAsDouble(xv);
  const y = realAsDouble(yv);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return F(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domain();
  return F(r);
});
def('remainder', 2, (x: PyValue, y: PyValue) => F(remainder(realAsDouble(x), realAsDouble(y))));
def('atan2', 2, (y: PyValue, x: PyValue) => F(libmAtan2(realAsDouble(y), realAsDouble(x))));
def('hypot', '(*coordinates)', (args: PyValue[]) => {
  const v = args.map(realAsDouble);
  return F(v.length === 2 ? hypot2(v[0], v[1]) : vectorNorm(v));
});
def('dist', 2, (p: PyValue, q: PyValue) => {
  const a = floats(p);
  const b = floats(q);
  if (a.length !== b.length) throw valueError('both points must have the same number of dimensions');
  const d = a.map((x, i) => x - b[i]);
  return F(d.length === 2 ? hypot2(d[0], d[1]) : vectorNorm(d));
});
def('degrees', 1, (x: PyValue) => F(realAsDouble(x) * (180.0 / Math.PI)));
def('radians', 1, (x: PyValue) => F(realAsDouble(x) * (Math.PI / 180.0)));
def('frexp', 1, (x: PyValue) => {
  const [m, e] = frexp(realAsDouble(x));
  return newTuple([F(m), e]);
});
def('ldexp', 2, (x: PyValue, i: PyValue) => {
  const m = realAsDouble(x);
  if (intValue(i) === undefined) throw typeError('Expected an int as second argument to ldexp.');
  const e = intValue(i)!;
  const exp = typeof e === 'bigint' ? (e > 0n ? 100000 : -100000) : e;
  const r = ldexp(m, exp);
  if (!Number.isFinite(r) && Number.isFinite(m)) throw range();
  return F(r);
});
def('modf', 1, (v: PyValue) => {
  const x = realAsDouble(v);
  if (!Number.isFinite(x)) return Number.isNaN(x) ? newTuple([F(x), F(x)]) : newTuple([F(x > 0 ? 0 : -0), F(x)]);
  const ip = Math.trunc(x);
  const frac = x - ip;
  return newTuple([F(frac === 0 && (x < 0 || Object.is(x, -0)) ? -0 : frac), F(ip)]);
});
def('nextafter', 2, (x: PyValue, y: PyValue) => F(nextAfter(realAsDouble(x), realAsDouble(y))));
def('ulp', 1, (v: PyValue) => {
  let x = realAsDouble(v);
  if (Number.isNaN(x)) return F(x);
  x = Math.abs(x);
  if (x === Infinity) return F(x);
  const up = nextAfter(x, Infinity);
  return F(up === Infinity ? x - nextAfter(x, -Infinity) : up - x);
});
def('isclose', '(a, b, *, rel_tol=1e-09, abs_tol=0.0)', (a: PyValue, b: PyValue, rel?: PyValue, abs?: PyValue) => isclose(a, b, rel, abs));
def('isfinite', 1, (x: PyValue) => Number.isFinite(realAsDouble(x)));
def('isinf', 1, (x: PyValue) => {
  const v = realAsDouble(x);
  return !Number.isFinite(v) && !Number.isNaN(v);
});
def('isnan', 1, (x: PyValue) => Number.isNaN(realAsDouble(x)));
def('fsum', 1, (iterable: PyValue) => {
  const values: number[] = [];
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) values.push(realAsDouble(x));
  const r = fsum(values);
  if (typeof r === 'number') return F(r);
  throw r.error === 'overflow' ? overflowError('intermediate overflow in fsum') : valueError('-inf + inf in fsum');
});
def('prod', '(iterable, /, *, start=1)', (iterable: PyValue, start?: PyValue) => {
  let acc: PyValue = start === undefined ? 1 : start;
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) acc = mul(acc, x);
  return acc;
});

/** copysign(x, nan) follows the NaN's sign bit: a NaN literal from -float('nan') is negative. */
function signOfNaN(v: PyValue): boolean {
  view.setFloat64(0, realAsDouble(v));
  return (view.getUint8(0) & 0x80) !== 0;
}

registerModule('math', () => {
  const m = newModule('math', 'This module provides access to the mathematical functions\ndefined by the C standard.');
  for (const f of fns) m.set(f.name, f);
  m.set('pi', F(Math.PI));
  m.set('e', F(Math.E));
  m.set('tau', F(2 * Math.PI));
  m.set('inf', F(Infinity));
  m.set('nan', F(NaN));
  return m;
});
