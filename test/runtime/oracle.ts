// Live comparison with CPython: a batch of Python expressions is evaluated in ONE python3
// process; every result comes back in a tagged, exact encoding (floats as float.hex(), so
// the comparison does not depend on any float printing code under test).
import { execFileSync } from 'node:child_process';
import '../../src/runtime/index.js';
// The full runtime as the interpreter loads it (bytes, set, ... install their methods there).
import '../../src/runtime/builtins.js';
import { PyBaseException } from '../../src/runtime/errors.js';
import { strOf } from '../../src/runtime/ops-repr.js';
import { floatHex } from '../../src/runtime/float.js';
import { PyList, PyTuple, typeOf, type PyValue } from '../../src/runtime/index.js';

export type Encoded = unknown;

const PY_SCRIPT = String.raw`
import json, sys, math
sys.set_int_max_str_digits(0)
def enc(v):
    if isinstance(v, bool): return ['bool', v]
    if isinstance(v, int): return ['int', str(v)]
    if isinstance(v, float): return ['float', v.hex()]
    if isinstance(v, complex): return ['complex', v.real.hex(), v.imag.hex()]
    if isinstance(v, str): return ['str', v]
    if isinstance(v, bytes): return ['bytes', list(v)]
    if isinstance(v, (tuple, list)): return ['seq', [enc(x) for x in v]]
    if v is None: return ['none']
    return ['other', repr(v)]
cases = json.loads(sys.stdin.read())
setup = cases['setup']
env = {}
exec(setup, env)
out = []
for src in cases['exprs']:
    if cases.get('limit'): sys.set_int_max_str_digits(4300)
    try:
        v = eval(src, env)
        sys.set_int_max_str_digits(0)
        out.append(enc(v))
    except Exception as e:
        sys.set_int_max_str_digits(0)
        out.append(['exc', type(e).__name__, str(e)])
sys.stdout.write(json.dumps(out))
`;

/** Evaluate every expression in one python3 process (PYTHONHASHSEED=0, like the conformance runner). */
export function pythonEval(exprs: string[], setup = '', limit = false): Encoded[] {
  const stdout = execFileSync('python3', ['-c', PY_SCRIPT], {
    input: JSON.stringify({ exprs, setup, limit }),
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 1 << 28,
  });
  return JSON.parse(stdout.toString('utf8')) as Encoded[];
}

export const encInt = (n: number | bigint): Encoded => ['int', String(n)];
export const encFloat = (x: number): Encoded => ['float', floatHex(x)];
export const encStr = (s: string): Encoded => ['str', s];
export const encBool = (b: boolean): Encoded => ['bool', b];
export const encSeq = (xs: Encoded[]): Encoded => ['seq', xs];

/** Encode a result of the object-model tests: ints, strs, bools, None and sequences of them
 * by value, anything else by its type name (those tests compare only such values). */
export function encPlain(v: PyValue): Encoded {
  if (typeof v === 'number' || typeof v === 'bigint') return encInt(v);
  if (typeof v === 'string') return encStr(v);
  if (typeof v === 'boolean') return encBool(v);
  if (v === null) return ['none'];
  if (v instanceof PyTuple || v instanceof PyList) return encSeq(v.items.map(encPlain));
  return ['other', typeOf(v).name];
}

/** Run f, turning a Python exception into its encoded form. */
export function capture(f: () => Encoded): Encoded {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyBaseException) return ['exc', e.cls.name, strOf(e)];
    throw e;
  }
}

/** Compare two encoded result lists; returns the mismatches (at most `max`) for a readable failure. */
export function mismatches(labels: string[], got: Encoded[], want: Encoded[], max = 20): string[] {
  const out: string[] = [];
  for (let i = 0; i < want.length && out.length < max; i++) {
    const g = JSON.stringify(got[i]);
    const w = JSON.stringify(want[i]);
    const cut = (t: string) => (t.length > 300 ? t.slice(0, 300) + '...' : t);
    if (g !== w) out.push(`${cut(labels[i]!)}: got ${cut(g)}, want ${cut(w)}`);
  }
  return out;
}
