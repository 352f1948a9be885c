// hash() dispatch: CPython's numeric and string hashes (hash.ts, so that 1, 1.0 and True
// hash alike and set/dict orders can match CPython under PYTHONHASHSEED=0), identity hashes
// for objects using object.__hash__, and `__hash__` calls with the "unhashable type" rule
// (a class that defines __eq__ without __hash__ gets __hash__ = None). Dict/set tables and
// tuple hashes take hashes as uint32 halves (hashParts): no bigint for str and tuple keys.
import { PyFloat } from './value.js';
import { type PyValue } from './object.js';
import { typeOf, floatType, intType } from './builtin-types.js';
import { SLOT } from './type.js';
import { typeError } from './errors.js';
import { callMethod, callMethod0 } from './call.js';
import { idOf } from './id.js';
import { PyTuple, tupleType } from './tuple.js';
import { intHash, floatHash, strHash, strHashParts, tupleHashParts, hashFromParts, splitHash } from './hash.js';

/** CPython's _Py_HashPointer on our fabricated addresses (multiples of 16): rotate by 4. */
export function hashId(v: PyValue): number {
  return idOf(v) / 16;
}

/** Set by object-methods.ts: the `object.__hash__` descriptor (identity hash). */
export const objectHashSlot = { value: undefined as PyValue | undefined };

/** hash(v) as Python computes it (a number, or a bigint beyond 2^53). */
export function hashOf(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'number':
      return v === -1 ? -2 : v;
    case 'string':
      return strHash(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return intHash(v);
  }
  if (v === null) return hashId(v);
  const t = v.cls;
  if (t === tupleType) return tupleHash((v as PyTuple).items);
  if (t === floatType) return floatHash((v as PyFloat).value, () => hashId(v));
  const f = t.lookupSlot(SLOT.hash);
  if (f === objectHashSlot.value) return hashId(v);
  if (f === undefined || f === null) throw typeError(`unhashable type: '${typeOf(v).name}'`);
  const r = callMethod0(f, v);
  if (typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean') return hashResult(r);
  if (typeOf(r).isSubtypeOf(intType)) return hashResult(callMethod(intType.ns.get('__index__')!, r, []));
  throw typeError('__hash__ method should return an integer');
}

/** Scratch for hash halves [hi, lo] (shared: read them before hashing anything else). */
export const HASH = new Uint32Array(2);

/** hash(v) as uint32 halves [hi, lo] in `out` (HASH unless given). */
export function hashParts(v: PyValue, out: Uint32Array = HASH): Uint32Array {
  if (typeof v === 'number') {
    const h = v === -1 ? -2 : v;
    out[0] = Math.floor(h / 4294967296);
    out[1] = h;
  } else if (typeof v === 'string') {
    strHashParts(v, out);
  } else if (v instanceof PyTuple && v.cls === tupleType) {
    tupleHashParts(v.items, hashParts, out);
  } else {
    splitHash(hashOf(v), out);
  }
  return out;
}

/** hash(tuple) of the items (CPython's tuplehash, see hash.ts). */
export function tupleHash(items: readonly PyValue[]): number | bigint {
  tupleHashParts(items, hashParts, HASH);
  return hashFromParts(HASH[0]!, HASH[1]!);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** CPython's slot_tp_hash: a `__hash__` result that fits a signed 64-bit Py_hash_t is used
 * as is (-1 becomes -2); a larger int is reduced with int's own hash. */
function hashResult(r: PyValue): number | bigint {
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'number') return r === -1 ? -2 : r;
  const b = r as bigint;
  return b >= INT64_MIN && b <= INT64_MAX ? b : intHash(b);
}
