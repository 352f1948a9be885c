// random must draw CPython's exact sequence for a given seed: compared live with python3.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { call, getAttr, newList, PyFloat, reprOf, type PyValue } from '../../src/runtime/index.js';
import { findModule } from '../../src/runtime/modules.js';
import '../../src/runtime/module-random.js';

const SEEDS = ['0', '1', '1234', '2**40 + 5', '-7', '2**100 + 3', '3.5'];

// Each line: a Python expression over the module `r`, evaluated after r.seed(SEED).
const DRAWS = [
  'r.random()',
  'r.getrandbits(1)',
  'r.getrandbits(5)',
  'r.getrandbits(32)',
  'r.getrandbits(33)',
  'r.getrandbits(100)',
  'r.randrange(10)',
  'r.randrange(3, 1000, 7)',
  'r.randrange(100, -5, -3)',
  'r.randrange(-5, 2**70)',
  'r.randint(1, 6)',
  'r.choice([10, 20, 30, 40])',
  'r.uniform(1, 2)',
  'r.sample([1, 2, 3, 4, 5, 6, 7, 8], 3)',
];

function pythonDraws(): string[][] {
  const script = `
import random as r, json
out = []
for s in ${JSON.stringify(SEEDS)}:
    r.seed(eval(s))
    row = [repr(eval(d)) for d in ${JSON.stringify(DRAWS)} for _ in range(3)]
    xs = list(range(20)); r.shuffle(xs); row.append(repr(xs))
    out.append(row)
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' })) as string[][];
}

function evalDraw(r: PyValue, draw: string): PyValue {
  const m = /^r\.(\w+)\((.*)\)$/.exec(draw);
  if (!m) throw new Error(draw);
  const args = m[2] === '' ? [] : splitArgs(m[2]).map(toValue);
  return call(getAttr(r, m[1]), args);
}

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function toValue(text: string): PyValue {
  if (text.startsWith('[')) return newList(splitArgs(text.slice(1, -1)).map(toValue));
  const pow = /^(-?\d+)\*\*(\d+)$/.exec(text);
  if (pow) return BigInt(pow[1]) ** BigInt(pow[2]);
  return Number(text);
}

function seedValue(text: string): PyValue {
  const pow = /^2\*\*(\d+) \+ (\d+)$/.exec(text);
  if (pow) return 2n ** BigInt(pow[1]) + BigInt(pow[2]);
  return text.includes('.') ? new PyFloat(Number(text)) : Number(text);
}

describe('random matches CPython 3.11 draw for draw', () => {
  const expected = pythonDraws();
  SEEDS.forEach((seed, i) => {
    it(`seed(${seed})`, () => {
      const r = findModule('random')!;
      call(getAttr(r, 'seed'), [seedValue(seed)]);
      const row = DRAWS.flatMap((d) => [0, 1, 2].map(() => reprOf(evalDraw(r, d))));
      const xs = newList(Array.from({ length: 20 }, (_, k) => k));
      call(getAttr(r, 'shuffle'), [xs]);
      row.push(reprOf(xs));
      expect(row).toEqual(expected[i]);
    });
  });
});
