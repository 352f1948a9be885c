// Live CPython comparison for the container/builtin tests. A case is a JSON description of
// one operation on values built from JSON (so both sides start from the same data):
//   { recv, method, args, kwargs }   recv.method(*args, **kwargs)
//   { recv, calls: [[m, args]...] }  several method calls on one receiver (result of the last)
//   { op, args }                     an operator (+ - * & | ^ == != < <= > >= in [] []= del[] % **)
//   { fn, args, kwargs }             a builtin function (or `math.<name>`)
// Python evaluates every case in ONE python3 process (PYTHONHASHSEED=0, like the conformance
// runner: set order depends on str hashes) and reports repr(result) plus repr of the
// receiver/first argument afterwards (to see mutations), or "!Type: message". The runtime
// does the same through its API.
import { execFileSync } from 'node:child_process';
import '../../src/runtime/builtins.js';
import {
  PyBaseException, reprOf, strOf, call, getAttr, newTuple, newList, newDict, PyFloat, PyBytes, binaryOp, BinaryOp,
  richCompare, CompareOp, contains, getItem, setItem, delItem, inplaceOp, type PyValue,
} from '../../src/runtime/index.js';
import { builtinsDict as bdict, importModule } from '../../src/runtime/modules.js';
import { newSet, newFrozenSet } from '../../src/runtime/set.js';
import { newByteArray } from '../../src/runtime/bytes.js';
import { newRange } from '../../src/runtime/range.js';
import { newSlice } from '../../src/runtime/slice.js';

/** JSON value specs: numbers (ints), strings, arrays (lists), tagged objects. */
export type Spec =
  | number
  | string
  | boolean
  | null
  | Spec[]
  | { t: 'int'; v: string }
  | { t: 'float'; v: number | 'inf' | '-inf' | 'nan' }
  | { t: 'tuple' | 'set' | 'frozenset'; v: Spec[] }
  | { t: 'dict'; v: [Spec, Spec][] }
  | { t: 'bytes' | 'bytearray'; v: number[] }
  | { t: 'range'; v: Spec[] }
  | { t: 'slice'; v: Spec[] }
  | { t: 'builtin'; v: string };

export type Case =
  | { recv: Spec; method: string; args?: Spec[]; kwargs?: Record<string, Spec> }
  | { recv: Spec; calls: [string, Spec[]][] }
  | { op: string; args: Spec[] }
  | { fn: string; args?: Spec[]; kwargs?: Record<string, Spec> };

const SCRIPT = String.raw`
import json, sys, math, operator
def build(s):
    if isinstance(s, list): return [build(x) for x in s]
    if isinstance(s, dict):
        t, v = s['t'], s['v']
        if t == 'int': return int(v)
        if t == 'float': return float(v)
        if t == 'tuple': return tuple(build(x) for x in v)
        if t == 'set': return set(build(x) for x in v)
        if t == 'frozenset': return frozenset(build(x) for x in v)
        if t == 'dict': return {build(k): build(x) for k, x in v}
        if t == 'bytes': return bytes(v)
        if t == 'bytearray': return bytearray(v)
        if t == 'range': return range(*[build(x) for x in v])
        if t == 'slice': return slice(*[build(x) for x in v])
        if t == 'builtin': return __builtins__.__dict__[v]
    return s
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '&': operator.and_, '|': operator.or_,
       '^': operator.xor, '%': operator.mod, '**': pow, '==': operator.eq, '!=': operator.ne, '<': operator.lt,
       '<=': operator.le, '>': operator.gt, '>=': operator.ge, 'in': lambda a, b: a in b,
       '[]': operator.getitem, '[]=': operator.setitem, 'del[]': operator.delitem,
       '|=': operator.ior, '&=': operator.iand, '-=': operator.isub, '^=': operator.ixor, '+=': operator.iadd,
       '*=': operator.imul}
out = []
for c in json.loads(sys.stdin.read()):
    try:
        kw = {k: build(v) for k, v in c.get('kwargs', {}).items()}
        args = [build(a) for a in c.get('args', [])]
        if 'calls' in c:
            target = build(c['recv'])
            for m, a in c['calls']:
                r = getattr(target, m)(*[build(x) for x in a])
        elif 'recv' in c:
            target = build(c['recv'])
            r = getattr(target, c['method'])(*args, **kw)
        elif 'op' in c:
            target = args[0] if c['op'] != 'in' else args[1]
            r = OPS[c['op']](*args)
        else:
            name = c['fn']
            f = getattr(math, name[5:]) if name.startswith('math.') else __builtins__.__dict__[name]
            target = args[0] if args else None
            r = f(*args, **kw)
        out.append(repr(r) + ' | ' + repr(target))
    except Exception as e:
        out.append('!' + type(e).__name__ + ': ' + str(e))
sys.stdout.write(json.dumps(out))
`;

export function build(s: Spec): PyValue {
  if (Array.isArray(s)) return newList(s.map(build));
  if (s === null || typeof s !== 'object') return s;
  switch (s.t) {
    case 'int': return BigInt(s.v);
    case 'float': return new PyFloat(typeof s.v === 'number' ? s.v : s.v === 'nan' ? NaN : s.v === 'inf' ? Infinity : -Infinity);
    case 'tuple': return newTuple(s.v.map(build));
    case 'set': return newSet(s.v.map(build));
    case 'frozenset': return newFrozenSet(s.v.map(build));
    case 'dict': return newDict(s.v.map(([k, v]) => [build(k), build(v)]));
    case 'bytes': return new PyBytes(Uint8Array.from(s.v));
    case 'bytearray': return newByteArray(Uint8Array.from(s.v));
    case 'range': {
      const v = s.v.map(build) as (number | bigint)[];
      return v.length === 1 ? newRange(0, v[0]) : newRange(v[0], v[1], v[2] ?? 1);
    }
    case 'builtin':
      return bdict().getStr(s.v)!;
    case 'slice': {
      const v = s.v.map(build);
      return v.length === 1 ? newSlice(null, v[0]) : newSlice(v[0], v[1], v[2] ?? null);
    }
  }
}

const BIN: Record<string, number> = {
  '+': BinaryOp.ADD, '-': BinaryOp.SUBTRACT, '*': BinaryOp.MULTIPLY, '&': BinaryOp.AND, '|': BinaryOp.OR,
  '^': BinaryOp.XOR, '%': BinaryOp.REMAINDER, '**': BinaryOp.POWER,
};
const CMP: Record<string, number> = { '==': CompareOp.EQ, '!=': CompareOp.NE, '<': CompareOp.LT, '<=': CompareOp.LE, '>': CompareOp.GT, '>=': CompareOp.GE };

function kwCall(f: PyValue, args: PyValue[], kwargs: Record<string, Spec> | undefined): PyValue {
  const names = Object.keys(kwargs ?? {});
  if (names.length === 0) return call(f, args);
  return call(f, [...args, ...names.map((n) => build(kwargs![n]))], names);
}

/** Evaluate one case through the runtime, formatted like the Python side. */
export function runCase(c: Case): string {
  try {
    let r: PyValue;
    let target: PyValue;
    if ('calls' in c) {
      target = build(c.recv);
      r = null;
      for (const [m, a] of c.calls) r = call(getAttr(target, m), a.map(build));
    } else if ('recv' in c) {
      target = build(c.recv);
      r = kwCall(getAttr(target, c.method), (c.args ?? []).map(build), c.kwargs);
    } else if ('op' in c) {
      const args = c.args.map(build);
      target = c.op === 'in' ? args[1] : args[0];
      if (c.op in BIN) r = binaryOp(args[0], args[1], BIN[c.op]);
      else if (c.op.endsWith('=') && c.op.slice(0, -1) in BIN) r = inplaceOp(args[0], args[1], BIN[c.op.slice(0, -1)]);
      else if (c.op in CMP) r = richCompare(args[0], args[1], CMP[c.op]);
      else if (c.op === 'in') r = contains(args[1], args[0]);
      else if (c.op === '[]') r = getItem(args[0], args[1]);
      else if (c.op === '[]=') r = (setItem(args[0], args[1], args[2]), null);
      else r = (delItem(args[0], args[1]), null);
    } else {
      const args = (c.args ?? []).map(build);
      const f = c.fn.startsWith('math.') ? getAttr(importModule('math'), c.fn.slice(5)) : bdict().getStr(c.fn)!;
      target = args.length > 0 ? args[0] : null;
      r = kwCall(f, args, c.kwargs);
    }
    return `${reprOf(r)} | ${reprOf(target)}`;
  } catch (e) {
    if (e instanceof PyBaseException) return `!${e.cls.name}: ${strOf(e)}`;
    throw e;
  }
}

export function pythonResults(cases: Case[]): string[] {
  const stdout = execFileSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(cases),
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 1 << 28,
  });
  return JSON.parse(stdout.toString('utf8')) as string[];
}

/** The cases whose runtime result differs from CPython's (empty when all agree). */
export function mismatches(cases: Case[]): { c: string; py: string; ts: string }[] {
  const py = pythonResults(cases);
  const bad: { c: string; py: string; ts: string }[] = [];
  cases.forEach((c, i) => {
    const ts = runCase(c);
    if (ts !== py[i]) bad.push({ c: JSON.stringify(c), py: py[i], ts });
  });
  return bad;
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}
