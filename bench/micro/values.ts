// Microbenchmarks behind the value representation (docs/values.md). Run:
//   npx tsc -p tsconfig.json; node dist/bench/micro/values.js
// Each case runs a fixed loop several times and reports the best ns per iteration. The
// loops keep their results alive (a checksum) so V8 cannot delete them.
import {
  PyFloat, PyBaseException, EXC, newException, typeOf, add, mul, call, getAttr, setAttr, typeType, newTuple, newDict,
  lookupMethod, callMethod, PyFunction, setCodeRunner, type FunctionCode, type PyValue, excMatches, floatType,
  richCompare, CompareOp, hashOf,
} from '../../src/runtime/index.js';

const N = 10_000_000;
let sink = 0;

function measure(name: string, iterations: number, run: () => number): void {
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = process.hrtime.bigint();
    sink += run();
    const ns = Number(process.hrtime.bigint() - t0);
    best = Math.min(best, ns / iterations);
  }
  console.log(`${name.padEnd(58)} ${best.toFixed(2).padStart(8)} ns/op`);
}

const MAX = Number.MAX_SAFE_INTEGER;

console.log('## int addition (sum of 0..N-1, N = 1e7)');
measure('JS number, no guard', N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) s = s + i;
  return s;
});
measure('JS number, safe-range guard (r <= MAX && r >= -MAX)', N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) {
    const r = s + i;
    s = r <= MAX && r >= -MAX ? r : -1;
  }
  return s;
});
measure('JS number, Number.isSafeInteger(r)', N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) {
    const r = s + i;
    s = Number.isSafeInteger(r) ? r : -1;
  }
  return s;
});
measure('runtime add(a, b) (typeof checks + guard, not inlined)', N, () => {
  let s: PyValue = 0;
  for (let i = 0; i < N; i++) s = add(s, i);
  return s as number;
});
measure('BigInt everywhere', N / 10, () => {
  let s = 0n;
  for (let i = 0n; i < BigInt(N / 10); i++) s = s + i;
  return Number(s & 1n);
});
class Boxed {
  constructor(readonly v: number) {}
}
measure('boxed int {v} (allocation per result)', N, () => {
  let s = new Boxed(0);
  for (let i = 0; i < N; i++) s = new Boxed(s.v + i);
  return s.v;
});
measure('runtime mul(a, b) small ints', N, () => {
  let s: PyValue = 1;
  for (let i = 0; i < N; i++) s = mul(i & 7, 3);
  return s as number;
});

console.log('## float');
measure('JS number float add', N, () => {
  let s = 0.5;
  for (let i = 0; i < N; i++) s = s + 1.25;
  return s;
});
measure('PyFloat boxed add (new PyFloat per result)', N, () => {
  let s = new PyFloat(0.5);
  const d = new PyFloat(1.25);
  for (let i = 0; i < N; i++) s = new PyFloat(s.value + d.value);
  return s.value;
});
measure('runtime add(PyFloat, PyFloat)', N, () => {
  let s: PyValue = new PyFloat(0.5);
  const d = new PyFloat(1.25);
  for (let i = 0; i < N; i++) s = add(s, d);
  return (s as PyFloat).value;
});

console.log('## typeOf over a mixed array (int, str, bool, None, float, bigint, tuple)');
const mixed: PyValue[] = [1, 'a', true, null, new PyFloat(1.5), 2n ** 80n, newTuple([])];
measure('typeOf(v)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) if (typeOf(mixed[i % 7]) === floatType) c++;
  return c;
});

console.log('## attribute load on an instance of a Python class');
const Point = call(typeType, ['Point', newTuple([]), newDict()]);
const p = call(Point, []);
setAttr(p, 'x', 1);
setAttr(p, 'y', 2);
measure('getAttr(p, "x") (full object.__getattribute__ path)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) c += getAttr(p, 'x') as number;
  return c;
});
const store = (p as unknown as { attrs: Record<string, number> }).attrs;
measure('p.attrs.x (the load a JIT guard would leave)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) c += store.x;
  return c;
});
const plain = { x: 1, y: 2 };
measure('plain JS object property', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) c += plain.x;
  return c;
});

console.log('## method call o.m(1) with a no-op code runner (binding + dispatch)');
const code: FunctionCode = {
  name: 'm', qualname: 'Point.m', filename: 'b', firstlineno: 1, argcount: 2, posonlyargcount: 0, kwonlyargcount: 0,
  varnames: ['self', 'a'], flags: 0,
};
setCodeRunner((_f, locals) => locals[1] as PyValue);
const m = new PyFunction(code, newDict([['__name__', '__main__']]));
setAttr(Point, 'm', m);
measure('lookupMethod + callMethod (LOAD_METHOD/CALL_METHOD)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) c += callMethod(lookupMethod(p, 'm')!, p, [1]) as number;
  return c;
});
measure('call(getAttr(p, "m"), [1]) (bound method allocated)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) c += call(getAttr(p, 'm'), [1]) as number;
  return c;
});

console.log('## generic protocol dispatch on instances of a Python class');
measure('call(Point, []) (type.__call__ -> object.__new__, no __init__)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) if (call(Point, []) !== p) c++;
  return c;
});
const q = call(Point, []);
measure('richCompare(p, q, EQ) (object.__eq__ slot, identity fallback)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) if (richCompare(p, q, CompareOp.EQ) === false) c++;
  return c;
});
measure('hashOf(p) (object.__hash__ -> id)', N, () => {
  let c = 0;
  for (let i = 0; i < N; i++) c += hashOf(p) as number;
  return c;
});

console.log('## exception raise + catch (1e6)');
const M = 1_000_000;
measure('throw PyBaseException (no stack capture)', M, () => {
  let c = 0;
  for (let i = 0; i < M; i++) {
    try {
      throw newException(EXC['ValueError'], 'x');
    } catch (e) {
      if (excMatches(e, 'ValueError')) c++;
    }
  }
  return c;
});
measure('throw new Error() (V8 stack capture, depth ~1)', M, () => {
  let c = 0;
  for (let i = 0; i < M; i++) {
    try {
      throw new Error('x');
    } catch (e) {
      if (e instanceof Error) c++;
    }
  }
  return c;
});
function deep(n: number, make: () => unknown): never {
  if (n === 0) throw make();
  return deep(n - 1, make);
}
measure('throw PyBaseException from 20 frames deep', M, () => {
  let c = 0;
  for (let i = 0; i < M; i++) {
    try {
      deep(20, () => newException(EXC['ValueError'], 'x'));
    } catch (e) {
      if (e instanceof PyBaseException) c++;
    }
  }
  return c;
});
measure('throw new Error() from 20 frames deep', M, () => {
  let c = 0;
  for (let i = 0; i < M; i++) {
    try {
      deep(20, () => new Error('x'));
    } catch (e) {
      if (e instanceof Error) c++;
    }
  }
  return c;
});
console.log(`(checksum ${sink})`);
