// The `random` module: CPython's algorithms on CPython's MT19937, so a seeded program draws
// the same numbers here as under python3 (bm_chaos and most test programs depend on it).
import { PyFloat } from './value.js';
import type { PyValue } from './object.js';
import { defFunction } from './builtin-function.js';
import { newModule, registerModule } from './modules.js';
import { MersenneTwister } from './mersenne-twister.js';
import { indexError, notImplementedError, typeError, valueError, excMatches, EXC } from './errors.js';
import { toIndex } from './ops-number.js';
import { getItem, len, setItem } from './ops-protocols.js';
import { hashOf } from './ops-hash.js';
import { intAdd, intBitLength, intCompare, intFloorDiv, intMul, intSub } from './int.js';
import { normalizeInt } from './value.js';
import { newList, PyList } from './list.js';
import { newTuple, PyTuple } from './tuple.js';
import { typeOf } from './builtin-types.js';
import { realAsDouble } from './float-methods.js';
import { intFromObject } from './int-methods.js';
import { compareBool, CompareOp } from './ops-compare.js';
import { add } from './ops-binary.js';
import { warn } from './warnings.js';

type PyInt = number | bigint;

/** Seeded when the module is created, from the system's randomness as CPython seeds it from
 * os.urandom at import; not when this file loads (0.4 ms of every start-up, cold). */
const generator = new MersenneTwister();

function seed(a: PyValue | undefined): null {
  if (a === undefined || a === null) {
    const words = new Uint32Array(8);
    globalThis.crypto.getRandomValues(words);
    generator.seedByArray(words);
  } else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') {
    generator.seedInt(BigInt(a));
  } else if (a instanceof PyFloat) {
    generator.seedInt(BigInt(hashOf(a)));
  } else if (typeof a === 'string') {
    throw notImplementedError('random.seed() with a str or bytes seed is not supported yet (it needs SHA-512)');
  } else {
    throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  return null;
}

function getrandbits(k: number): PyInt {
  if (k < 0) throw valueError('number of bits must be non-negative');
  return normalizeIntValue(generator.getrandbits(k));
}

function normalizeIntValue(v: number | bigint): PyInt {
  return typeof v === 'bigint' ? normalizeInt(v) : v;
}

/** _randbelow_with_getrandbits: rejection sampling on n.bit_length() bits (3.11 keeps n, not n-1). */
function randbelow(n: PyInt): PyInt {
  const k = intBitLength(n);
  let r = getrandbits(k);
  while (intCompare(r, n) >= 0) r = getrandbits(k);
  return r;
}

/** A randrange() argument: an int (operator.index), or, deprecated since 3.10, a number
 * whose int() equals it. `warn` false for randint(): CPython's randrange warns about its
 * caller there, random.py's randint, which the default filters leave unshown. */
function rangeArg(v: PyValue, what: string, warns: boolean): PyInt {
  try {
    return toIndex(v);
  } catch (e) {
    if (!excMatches(e, 'TypeError')) throw e;
  }
  const i = intFromObject(v);
  const integral = !compareBool(i, v, CompareOp.NE);
  if (warns) {
    const message = integral
      ? 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version'
      : 'randrange() will raise TypeError in the future';
    warn(EXC['DeprecationWarning'], message);
  }
  if (!integral) throw valueError(`non-integer ${what} for randrange()`);
  return i;
}

function randrange(start: PyValue, stop?: PyValue, step?: PyValue, warns = true): PyInt {
  const istart = rangeArg(start, 'arg 1', warns);
  if (stop === undefined || stop === null) {
    if (step !== undefined) throw typeError('Missing a non-None stop argument');
    if (intCompare(istart, 0) > 0) return randbelow(istart);
    throw valueError('empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop', warns);
  const width = intSub(istop, istart);
  const istep = step === undefined ? 1 : rangeArg(step, 'step', warns);
  if (istep === 1) {
    if (intCompare(width, 0) > 0) return intAdd(istart, randbelow(width));
    throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: PyInt;
  if (intCompare(istep, 0) > 0) n = intFloorDiv(intAdd(width, intSub(istep, 1)), istep);
  else if (intCompare(istep, 0) < 0) n = intFloorDiv(intAdd(width, intAdd(istep, 1)), istep);
  else throw valueError('zero step for randrange()');
  if (intCompare(n, 0) <= 0) throw valueError('empty range for randrange()');
  return intAdd(istart, intMul(istep, randbelow(n)));
}

function choice(seq: PyValue): PyValue {
  const n = len(seq);
  if (n === 0) throw indexError('Cannot choose from an empty sequence');
  return getItem(seq, randbelow(n));
}

function shuffle(x: PyValue): null {
  for (let i = len(x) - 1; i > 0; i--) {
    const j = randbelow(i + 1) as number;
    const xi = getItem(x, i);
    setItem(x, i, getItem(x, j));
    setItem(x, j, xi);
  }
  return null;
}

function sample(population: PyValue, kArg: PyValue): PyList {
  if (!(population instanceof PyList || population instanceof PyTuple || typeof population === 'string') && typeOf(population).lookup('__getitem__') === undefined) {
    throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = len(population);
  const k = toIndex(kArg);
  if (typeof k !== 'number' || k < 0 || k > n) throw valueError('Sample larger than population or is negative');
  const result: PyValue[] = new Array(k).fill(null);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool: PyValue[] = [];
    for (let i = 0; i < n; i++) pool.push(getItem(population, i));
    for (let i = 0; i < k; i++) {
      const j = randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelow(n) as number;
      while (selected.has(j)) j = randbelow(n) as number;
      selected.add(j);
      result[i] = getItem(population, j);
    }
  }
  return newList(result);
}

function getstate(): PyTuple {
  return newTuple([3, newTuple(generator.getState()), null]);
}

function setstate(state: PyValue): null {
  const words = state instanceof PyTuple ? state.items[1] : undefined;
  if (!(words instanceof PyTuple) || words.items.length !== 625 || !words.items.every((w) => typeof w === 'number')) {
    throw typeError('state vector must be a tuple of 625 ints from random.getstate()');
  }
  generator.setState(words.items as number[]);
  return null;
}

registerModule('random', () => {
  seed(undefined);
  const m = newModule('random');
  const fns = [
    defFunction('seed', '(a=None, version=2)', (a?: PyValue) => seed(a), 'random'),
    defFunction('random', 0, () => new PyFloat(generator.random()), 'random'),
    defFunction('getrandbits', '(k, /)', (k: PyValue) => {
      const n = toIndex(k);
      if (typeof n !== 'number') throw valueError('number of bits too large');
      return getrandbits(n);
    }, 'random'),
    defFunction('randrange', '(start, stop=None, step=1)', (start: PyValue, stop?: PyValue, step?: PyValue) => randrange(start, stop, step), 'random'),
    defFunction('randint', '(a, b)', (a: PyValue, b: PyValue) => randrange(a, add(b, 1), undefined, false), 'random'),
    defFunction('choice', '(seq)', choice, 'random'),
    defFunction('shuffle', '(x)', shuffle, 'random'),
    defFunction('sample', '(population, k)', sample, 'random'),
    defFunction('uniform', '(a, b)', (a: PyValue, b: PyValue) => {
      const x = realAsDouble(a);
      return new PyFloat(x + (realAsDouble(b) - x) * generator.random());
    }, 'random'),
    defFunction('getstate', 0, getstate, 'random'),
    defFunction('setstate', '(state, /)', setstate, 'random'),
  ];
  for (const f of fns) m.set(f.name, f);
  return m;
});
