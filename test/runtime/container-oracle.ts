// Live CPython comparison for the container tests: Python evaluates each expression (after
// a shared setup) and returns repr(result) or "!Type: message"; the TS side evaluates the
// same operation through the runtime and formats it the same way. One python3 process per
// batch, PYTHONHASHSEED=0 like the conformance runner (set orders depend on str hashes).
import { execFileSync } from 'node:child_process';
import '../../src/runtime/builtins.js';
import { PyBaseException } from '../../src/runtime/errors.js';
import { reprOf, strOf } from '../../src/runtime/ops-repr.js';
import type { PyValue } from '../../src/runtime/object.js';

const SCRIPT = String.raw`
import json, sys
cases = json.loads(sys.stdin.read())
env = {}
exec(cases['setup'], env)
out = []
for src in cases['exprs']:
    try:
        out.append(repr(eval(src, env)))
    except Exception as e:
        out.append('!' + type(e).__name__ + ': ' + str(e))
sys.stdout.write(json.dumps(out))
`;

export function pyReprs(exprs: string[], setup = ''): string[] {
  const stdout = execFileSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify({ exprs, setup }),
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 1 << 28,
  });
  return JSON.parse(stdout.toString('utf8')) as string[];
}

/** Run an operation through the runtime, formatted like the Python side. */
export function tsRepr(f: () => PyValue): string {
  try {
    return reprOf(f());
  } catch (e) {
    if (e instanceof PyBaseException) return `!${e.cls.name}: ${strOf(e)}`;
    throw e;
  }
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pairs [python source, runtime thunk] checked against each other in one batch. */
export type Case = [string, () => PyValue];

export function compareCases(cases: Case[], setup = ''): { src: string; py: string; ts: string }[] {
  const py = pyReprs(cases.map((c) => c[0]), setup);
  const bad: { src: string; py: string; ts: string }[] = [];
  cases.forEach(([src, f], i) => {
    const ts = tsRepr(f);
    if (ts !== py[i]) bad.push({ src, py: py[i], ts });
  });
  return bad;
}
