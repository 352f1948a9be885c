// CPython 3.11's hash() for the number and text types, exactly (so that set and dict
// iteration orders can match CPython's):
//  - int/float/complex: the numeric hash modulo P = 2^61-1 (Python/pyhash.c, long_hash);
//    equal numbers of different types hash alike; -1 becomes -2.
//  - str/bytes: SipHash-1-3 with the all-zero key that PYTHONHASHSEED=0 selects, over the
//    string's internal representation (1, 2 or 4 bytes per code point by its widest one).
// 64-bit arithmetic is done on pairs of uint32 halves: no bigint on the str hot path.

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

const MASK64 = (1n << 64n) - 1n;

/** The signed 64-bit value of an unsigned one, as a Python int. */
function signed64(u: bigint): PyInt {
  return normalizeInt(u >= 1n << 63n ? u - (1n << 64n) : u);
}

export function complexHash(realHash: PyInt, imagHash: PyInt): PyInt {
  const h = (BigInt(realHash) + 1000003n * BigInt(imagHash)) & MASK64;
  return fixMinusOne(signed64(h));
}

// ---- SipHash-1-3, key (0, 0) ----
// The message is laid out as little-endian bytes in a reusable buffer and read as uint32
// pairs; the state lives in locals (two copies of the round: V8 keeps them in registers).

let bytes = new Uint8Array(64);
let words = new Uint32Array(bytes.buffer);

function reserve(n: number): void {
  if (n + 8 > bytes.length) {
    bytes = new Uint8Array(Math.max(n + 8, bytes.length * 2) + 8);
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

let hashHi = 0;
let hashLo = 0;

/** SipHash-1-3 over bytes[0, n); result in hashHi:hashLo. 64-bit adds on int32 halves take
 * their carry from the top bit of (a & b) | ((a | b) & ~sum). */
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
  hashHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  hashLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}

/** hashHi:hashLo as a signed 64-bit Python int: a number whenever it is a safe integer. */
function toPyHash(): PyInt {
  const signedHi = hashHi | 0;
  if (signedHi >= -0x200000 && signedHi < 0x200000) return fixMinusOne(signedHi * 4294967296 + hashLo);
  return (BigInt(signedHi) << 32n) | BigInt(hashLo);
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
  if (s.length >= CACHE_MIN_LENGTH) {
    const cached = strHashCache.get(s);
    if (cached !== undefined) return cached;
  }
  siphash13(layoutStr(s));
  release();
  const result = toPyHash();
  if (s.length >= CACHE_MIN_LENGTH) {
    if (strHashCache.size >= CACHE_MAX_ENTRIES || cachedChars + s.length > CACHE_MAX_CHARS) {
      strHashCache.clear();
      cachedChars = 0;
    }
    strHashCache.set(s, result);
    cachedChars += s.length;
  }
  return result;
}

export function bytesHash(b: Uint8Array): PyInt {
  if (b.length === 0) return 0;
  reserve(b.length);
  bytes.set(b);
  siphash13(b.length);
  release();
  return toPyHash();
}

/**
 * hash(s) without building a Python int: writes the 64-bit hash as [high, low] uint32 halves
 * into `out` (no allocation; -1 is already mapped to -2). For dict/set tables, whose probing
 * uses all 64 bits (perturbation) to reproduce CPython's order; hash(s) itself is strHash.
 */
export function strHashParts(s: string, out: Uint32Array): void {
  if (s.length === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  siphash13(layoutStr(s));
  release();
  if (hashHi === 0xffffffff && hashLo === 0xffffffff) hashLo = 0xfffffffe;
  out[0] = hashHi;
  out[1] = hashLo;
}
