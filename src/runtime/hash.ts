// CPython 3.11's hash() for the number and text types, exactly (so that set and dict
// iteration orders can match CPython's):
//  - int/float/complex: the numeric hash modulo P = 2^61-1 (Python/pyhash.c, long_hash);
//    equal numbers of different types hash alike; -1 becomes -2.
//  - str/bytes: SipHash-1-3 with the all-zero key that PYTHONHASHSEED=0 selects, over the
//    string's internal representation (1, 2 or 4 bytes per code point by its widest one).
//  - tuple: xxHash64's round over the item hashes (Objects/tupleobject.c).
// 64-bit arithmetic is done on pairs of uint32 halves: no bigint on the str/tuple hot paths.

import type { PyInt } from './int.js';
import { normalizeInt } from './value.js';
import { isWide } from './str.js';
import { decompose } from './float-digits.js';

const P = (1n << 61n) - 1n;

function fixMinusOne(h: PyInt): PyInt {
  return h === -1 ? -2 : h;
}

export function intHash(a: PyInt): PyInt {
  if (typeof a === 'number') return a === -1 ? -2 : a; // |a| < 2^53 < P
  const r = (a < 0n ? -a : a) % P;
  return fixMinusOne(normalizeInt(a < 0n ? -r : r));
}

const HASH_INF = 314159;

/** hash(float); NaN hashes by identity (3.10+), so the caller supplies that hash. */
export function floatHash(x: number, nanHash: () => PyInt): PyInt {
  if (Number.isNaN(x)) return nanHash();
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  const [m, e] = decompose(x);
  // x = m * 2^e and 2^61 = 1 (mod P), so 2^e = 2^(e mod 61).
  const r = ((m % P) << BigInt(((e % 61) + 61) % 61)) % P;
  return fixMinusOne(normalizeInt(x < 0 ? -r : r));
}

/** hash(complex): real + 1000003 * imag, wrapping like Py_uhash_t (on halves, see below). */
export function complexHash(realHash: PyInt, imagHash: PyInt): PyInt {
  splitHash(imagHash, halves);
  mul64(halves[0]!, halves[1]!, 0, 1000003);
  splitHash(realHash, halves);
  add64(halves[0]!, halves[1]!, resultHi, resultLo);
  return fixMinusOne(hashFromParts(resultHi, resultLo));
}

// ---- SipHash-1-3, key (0, 0) ----
// The message is laid out as little-endian bytes in a reusable buffer and read as uint32
// pairs; the state lives in locals (two copies of the round: V8 keeps them in registers).

let bytes = new Uint8Array(64);
let words = new Uint32Array(bytes.buffer);

function reserve(n: number): void {
  if (n + 8 > bytes.length) {
    // A whole number of 8-byte words: the Uint32Array view needs a multiple of 4.
    bytes = new Uint8Array((Math.max(n + 8, bytes.length * 2) + 15) & ~7);
    words = new Uint32Array(bytes.buffer);
  }
}

/** Don't keep a huge buffer alive after hashing one huge string. */
function release(): void {
  if (bytes.length > 1 << 20) {
    bytes = new Uint8Array(64);
    words = new Uint32Array(bytes.buffer);
  }
}

// Halves are kept as int32 in variables (a uint32 above 2^31 stored in a module variable
// would be a heap number: an allocation per store).
let hashHi = 0;
let hashLo = 0;

/** SipHash-1-3 over bytes[0, n); result in hashHi:hashLo (int32 halves). 64-bit adds on
 * int32 halves take their carry from the top bit of (a & b) | ((a | b) & ~sum). */
function siphash13(n: number): void {
  const w = words;
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let h = 0, l = 0;
  const blocks = n >>> 3;
  for (let b = 0; b <= blocks; b++) {
    let ml = w[2 * b]! | 0;
    let mh = w[2 * b + 1]! | 0;
    if (b === blocks) {
      // Last block: the 0..7 remaining bytes (the buffer beyond them is stale), length on top.
      const rem = n & 7;
      if (rem < 4) {
        ml = rem === 0 ? 0 : ml & ((1 << (8 * rem)) - 1);
        mh = 0;
      } else {
        mh = rem === 4 ? 0 : mh & ((1 << (8 * (rem - 4))) - 1);
      }
      mh |= (n & 0xff) << 24;
    }
    v3h ^= mh; v3l ^= ml;
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    l = (v0l + v1l) | 0; v0h = (v0h + v1h + (((v0l & v1l) | ((v0l | v1l) & ~l)) >>> 31)) | 0; v0l = l;
    l = (v2l + v3l) | 0; v2h = (v2h + v3h + (((v2l & v3l) | ((v2l | v3l) & ~l)) >>> 31)) | 0; v2l = l;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19); v1h = h ^ v0h; v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16); v3h = h ^ v2h; v3l = l ^ v2l;
    h = v0h; v0h = v0l; v0l = h;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    l = (v2l + v1l) | 0; v2h = (v2h + v1h + (((v2l & v1l) | ((v2l | v1l) & ~l)) >>> 31)) | 0; v2l = l;
    l = (v0l + v3l) | 0; v0h = (v0h + v3h + (((v0l & v3l) | ((v0l | v3l) & ~l)) >>> 31)) | 0; v0l = l;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15); v1h = h ^ v2h; v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11); v3h = h ^ v0h; v3l = l ^ v0l;
    h = v2h; v2h = v2l; v2l = h;
    v0h ^= mh; v0l ^= ml;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    l = (v0l + v1l) | 0; v0h = (v0h + v1h + (((v0l & v1l) | ((v0l | v1l) & ~l)) >>> 31)) | 0; v0l = l;
    l = (v2l + v3l) | 0; v2h = (v2h + v3h + (((v2l & v3l) | ((v2l | v3l) & ~l)) >>> 31)) | 0; v2l = l;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19); v1h = h ^ v0h; v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16); v3h = h ^ v2h; v3l = l ^ v2l;
    h = v0h; v0h = v0l; v0l = h;
    l = (v2l + v1l) | 0; v2h = (v2h + v1h + (((v2l & v1l) | ((v2l | v1l) & ~l)) >>> 31)) | 0; v2l = l;
    l = (v0l + v3l) | 0; v0h = (v0h + v3h + (((v0l & v3l) | ((v0l | v3l) & ~l)) >>> 31)) | 0; v0l = l;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15); v1h = h ^ v2h; v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11); v3h = h ^ v0h; v3l = l ^ v0l;
    h = v2h; v2h = v2l; v2l = h;
  }
  hashHi = v0h ^ v1h ^ v2h ^ v3h;
  hashLo = v0l ^ v1l ^ v2l ^ v3l;
}

// ---- 64-bit hashes as 32-bit halves ----
// A DataView converts between a signed 64-bit bigint and its halves without intermediate
// bigints; mul64 multiplies on halves with Math.imul.

const view = new DataView(new ArrayBuffer(8));
const halves = new Uint32Array(2);

/** hi:lo (32-bit halves, signed or not, of a signed 64-bit hash) as a Python int: a
 * number when it is a safe integer. */
export function hashFromParts(hi: number, lo: number): PyInt {
  const v = (hi | 0) * 4294967296 + (lo >>> 0);
  if (Number.isSafeInteger(v)) return v;
  view.setUint32(0, hi);
  view.setUint32(4, lo);
  return view.getBigInt64(0);
}

/** Write the uint32 halves [hi, lo] of a hash (a signed 64-bit Python int) into `out`. */
export function splitHash(h: PyInt, out: Uint32Array): void {
  if (typeof h === 'number') {
    out[0] = Math.floor(h / 4294967296);
    out[1] = h;
  } else {
    view.setBigInt64(0, h);
    out[0] = view.getUint32(0);
    out[1] = view.getUint32(4);
  }
}

/** The result of mul64 and add64: the low 64 bits, as int32 halves. */
let resultHi = 0;
let resultLo = 0;

/** (aHi:aLo) + (bHi:bLo) into resultHi:resultLo (32-bit halves, signed or not). */
function add64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const lo = (aLo + bLo) | 0;
  resultHi = (aHi + bHi + ((lo >>> 0) < (bLo >>> 0) ? 1 : 0)) | 0;
  resultLo = lo;
}

/** (aHi:aLo) * (bHi:bLo) into resultHi:resultLo (32-bit halves, signed or not). The full
 * 64-bit product aLo * bLo is built from four 16x16-bit products. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const p00 = Math.imul(a0, b0) >>> 0;
  const p01 = Math.imul(a0, b1) >>> 0;
  const p10 = Math.imul(a1, b0) >>> 0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  resultLo = (mid << 16) | (p00 & 0xffff);
  resultHi = (Math.imul(a1, b1) + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) | 0;
}

// xxHash64's primes as int32 halves (Objects/tupleobject.c, 64-bit build).
const PRIME1_HI = 0x9e3779b1 | 0, PRIME1_LO = 0x85ebca87 | 0;
const PRIME2_HI = 0xc2b2ae3d | 0, PRIME2_LO = 0x27d4eb4f;
const PRIME5_HI = 0x27d4eb2f, PRIME5_LO = 0x165667c5;
/** The low half of PRIME5 ^ 3527539, added with the length at the end. */
const LENGTH_SALT_LO = 0x1663b4b6;

/**
 * hash(tuple) as CPython 3.11's tuplehash computes it: per item, acc += lane * PRIME2,
 * rotate left 31, acc *= PRIME1; then acc += len ^ (PRIME5 ^ 3527539), and -1 becomes
 * 1546275796. `itemParts` writes an item's hash halves into `out`; the result goes there too
 * (the accumulator lives in locals, so itemParts may recurse into nested tuples).
 */
export function tupleHashParts<T>(items: readonly T[], itemParts: (item: T, out: Uint32Array) => void, out: Uint32Array): void {
  let accHi = PRIME5_HI;
  let accLo = PRIME5_LO;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    itemParts(items[i]!, out);
    mul64(out[0]!, out[1]!, PRIME2_HI, PRIME2_LO);
    add64(accHi, accLo, resultHi, resultLo);
    const rotHi = (resultHi << 31) | (resultLo >>> 1);
    const rotLo = (resultLo << 31) | (resultHi >>> 1);
    mul64(rotHi, rotLo, PRIME1_HI, PRIME1_LO);
    accHi = resultHi;
    accLo = resultLo;
  }
  add64(accHi, accLo, PRIME5_HI, n ^ LENGTH_SALT_LO);
  accHi = resultHi;
  accLo = resultLo;
  if (accHi === -1 && accLo === -1) {
    accHi = 0;
    accLo = 1546275796;
  }
  out[0] = accHi;
  out[1] = accLo;
}

/** hash(frozenset) as CPython's frozenset_hash computes it: feed each element's hash halves
 * (in any order: they are combined by xor), then finish with the element count. */
export class FrozensetHasher {
  private hi = 0;
  private lo = 0;

  /** xor in ((h ^ 89869747) ^ (h << 16)) * 3644798167. */
  add(hi: number, lo: number): void {
    const xHi = hi ^ ((hi << 16) | (lo >>> 16));
    const xLo = lo ^ (lo << 16) ^ 89869747;
    mul64(xHi, xLo, 0, 3644798167);
    this.hi ^= resultHi;
    this.lo ^= resultLo;
  }

  finish(count: number): PyInt {
    mul64(0, count + 1, 0, 1927868237);
    let hi = this.hi ^ resultHi;
    let lo = this.lo ^ resultLo;
    // hash ^= (hash >> 11) ^ (hash >> 25), unsigned shifts
    const lo11 = (lo >>> 11) | (hi << 21);
    const lo25 = (lo >>> 25) | (hi << 7);
    const hiMix = hi ^ (hi >>> 11) ^ (hi >>> 25);
    lo = lo ^ lo11 ^ lo25;
    hi = hiMix;
    mul64(hi, lo, 0, 69069);
    add64(resultHi, resultLo, 0, 907133923);
    if (resultHi === -1 && resultLo === -1) return 590923713;
    return hashFromParts(resultHi, resultLo);
  }
}

/** Lay out s as CPython stores it (1, 2 or 4 bytes per code point); returns the byte length. */
function layoutStr(s: string): number {
  const n = s.length;
  let max = 0;
  for (let i = 0; i < n; i++) max |= s.charCodeAt(i);
  if (max < 0x100) {
    reserve(n);
    for (let i = 0; i < n; i++) bytes[i] = s.charCodeAt(i);
    return n;
  }
  if (!isWide(s)) {
    reserve(2 * n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      bytes[2 * i] = c;
      bytes[2 * i + 1] = c >>> 8;
    }
    return 2 * n;
  }
  reserve(4 * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    bytes[k++] = cp;
    bytes[k++] = cp >>> 8;
    bytes[k++] = cp >>> 16;
    bytes[k++] = 0;
  }
  return k;
}

/** SipHash of bytes[0, n) with -1 mapped to -2, as a Python int. */
function sipHash(n: number): PyInt {
  siphash13(n);
  release();
  return hashFromParts(hashHi, hashLo === -1 && hashHi === -1 ? -2 : hashLo);
}

// Python caches a str's hash in the object; JS strings can't carry it, so hashes of longer
// strings (where SipHash costs more than a Map lookup) go into a map bounded both in entries
// and in retained characters (cleared when either bound is reached).
const strHashCache = new Map<string, PyInt>();
const CACHE_MIN_LENGTH = 16;
const CACHE_MAX_ENTRIES = 4096;
const CACHE_MAX_CHARS = 1 << 24;
let cachedChars = 0;

export function strHash(s: string): PyInt {
  if (s.length === 0) return 0;
  if (s.length < CACHE_MIN_LENGTH) return sipHash(layoutStr(s));
  const cached = strHashCache.get(s);
  if (cached !== undefined) return cached;
  const result = sipHash(layoutStr(s));
  if (strHashCache.size >= CACHE_MAX_ENTRIES || cachedChars + s.length > CACHE_MAX_CHARS) {
    strHashCache.clear();
    cachedChars = 0;
  }
  strHashCache.set(s, result);
  cachedChars += s.length;
  return result;
}

export function bytesHash(b: Uint8Array): PyInt {
  if (b.length === 0) return 0;
  reserve(b.length);
  bytes.set(b);
  return sipHash(b.length);
}

/**
 * hash(s) as [high, low] uint32 halves in `out`, without building a Python int for short
 * strings (-1 is already mapped to -2). For dict/set tables and tuple hashes, which use all
 * 64 bits; longer strings go through strHash's cache.
 */
export function strHashParts(s: string, out: Uint32Array): void {
  if (s.length >= CACHE_MIN_LENGTH) return splitHash(strHash(s), out);
  if (s.length === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  siphash13(layoutStr(s));
  out[0] = hashHi;
  out[1] = hashHi === -1 && hashLo === -1 ? -2 : hashLo;
}
