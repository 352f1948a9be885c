// C3 MRO, layout conflicts and metaclass selection vs CPython: every class is built with
// type(name, bases, ns) on both sides; expected values come from python3 live.
import { describe, it, expect } from 'vitest';
import {
  call, typeType, newTuple, newDict, PyType, getAttr, objectType, intType, listType, EXC, type PyValue,
} from '../../src/runtime/index.js';
import { pythonEval, capture, encSeq, encStr, mismatches, type Encoded } from './oracle.js';

// A class graph: name -> bases (names). Defined in order; Python builds the same with type().
const GRAPH: [string, string[]][] = [
  ['A', []], ['B', []], ['C', []], ['D', []], ['E', []],
  ['K1', ['A', 'B', 'C']], ['K2', ['D', 'B', 'E']], ['K3', ['D', 'A']],
  ['Z', ['K1', 'K2', 'K3']],
  ['X', []], ['Y', []], ['P', ['X', 'Y']], ['Q', ['Y', 'X']],
  ['O1', ['A']], ['O2', ['O1']], ['O3', ['A']],
];

// Bases to try (Python list syntax over the graph's names and builtins).
const TRIALS: string[][] = [
  ['A'], ['A', 'B'], ['K1', 'K2'], ['Z'], ['P', 'Q'], ['A', 'O1'], ['O1', 'A'], ['O2', 'O3'], ['O3', 'O2', 'A'],
  ['A', 'A'], ['X', 'P'], ['P', 'X'], ['int'], ['int', 'A'], ['int', 'list'], ['list', 'dict'], ['object', 'A'],
  ['A', 'object'], ['bool'], ['ValueError', 'TypeError'], ['ValueError', 'KeyError'], ['KeyError', 'IndexError'],
  ['type'], ['type', 'A'], ['Z', 'K1'], ['K3', 'K2', 'K1'],
];

const builtins: Record<string, PyType> = {
  object: objectType, int: intType, list: listType, type: typeType,
  bool: undefined as unknown as PyType, dict: undefined as unknown as PyType,
};

function buildGraph(): Record<string, PyType> {
  const env: Record<string, PyType> = { ...builtins };
  env.bool = call(getAttr(typeType, '__call__'), [typeType, true]) as PyType; // type(True) through type.__call__
  env.dict = call(typeType, [newDict()]) as PyType;
  for (const n of ['ValueError', 'TypeError', 'KeyError', 'IndexError']) env[n] = EXC[n];
  for (const [name, bases] of GRAPH) {
    env[name] = call(typeType, [name, newTuple(bases.map((b) => env[b])), newDict()]) as PyType;
  }
  return env;
}

const mroNames = (t: PyValue): Encoded => encSeq((getAttr(t, '__mro__') as unknown as { items: PyType[] }).items.map((c) => encStr(c.name)));

describe('MRO and class creation vs CPython', () => {
  it('C3 linearization, duplicate bases, layout conflicts, unacceptable bases', () => {
    const setup = GRAPH.map(([n, b]) => `${n} = type('${n}', (${b.map((x) => x + ',').join('')}), {})`).join('\n');
    const exprs = TRIALS.map((bases) => `[c.__name__ for c in type('N', (${bases.map((x) => x + ',').join('')}), {}).__mro__]`);
    const want = pythonEval(exprs, setup);
    const env = buildGraph();
    const got = TRIALS.map((bases) =>
      capture(() => mroNames(call(typeType, ['N', newTuple(bases.map((b) => env[b])), newDict()]))),
    );
    expect(mismatches(exprs, got, want)).toEqual([]);
  });

  it('mro of the graph classes and builtins', () => {
    const names = [...GRAPH.map(([n]) => n), 'bool', 'KeyError', 'type', 'object'];
    const setup = GRAPH.map(([n, b]) => `${n} = type('${n}', (${b.map((x) => x + ',').join('')}), {})`).join('\n');
    const want = pythonEval(names.map((n) => `[c.__name__ for c in ${n}.__mro__]`), setup);
    const env = buildGraph();
    const got = names.map((n) => capture(() => mroNames(env[n])));
    expect(mismatches(names, got, want)).toEqual([]);
  });

  it('metaclass selection and conflicts', () => {
    const setup = [
      "M1 = type('M1', (type,), {})",
      "M2 = type('M2', (type,), {})",
      "M3 = type('M3', (M1,), {})",
      "A = M1('A', (), {})",
      "B = M2('B', (), {})",
      "C = M3('C', (), {})",
      "D = type('D', (), {})",
    ].join('\n');
    const trials = ['(A, D)', '(D, A)', '(A, C)', '(C, A)', '(A, B)', '(D,)'];
    const exprs = trials.map((b) => `type(type('N', ${b}, {})).__name__`);
    const want = pythonEval(exprs, setup);
    const M1 = call(typeType, ['M1', newTuple([typeType]), newDict()]);
    const M2 = call(typeType, ['M2', newTuple([typeType]), newDict()]);
    const M3 = call(typeType, ['M3', newTuple([M1]), newDict()]);
    const env: Record<string, PyValue> = {
      M1, M2, M3,
      A: call(M1, ['A', newTuple([]), newDict()]),
      B: call(M2, ['B', newTuple([]), newDict()]),
      C: call(M3, ['C', newTuple([]), newDict()]),
      D: call(typeType, ['D', newTuple([]), newDict()]),
    };
    const got = trials.map((b) =>
      capture(() => {
        const bases = b.replace(/[(),]/g, ' ').trim().split(/\s+/).map((n) => env[n]);
        const t = call(typeType, ['N', newTuple(bases), newDict()]) as PyType;
        return encStr(t.cls.name);
      }),
    );
    expect(mismatches(exprs, got, want)).toEqual([]);
  });
});
