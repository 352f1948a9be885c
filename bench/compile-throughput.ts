// Compile throughput on the whole standard library, in MB of source per second: the
// compile step alone (symtable + compiler + assembly from a ready AST), parse + compile
// (source -> CodeObjects), and serialize. Trees are made per file and dropped, as a user
// would, so the numbers are not skewed by a heap holding every AST of the stdlib.
// Run: npm run bench:compile  (PYTIER_BENCH_ROUNDS rounds, best one reported)
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
import { decodeSource } from '../src/parse/source-decode.js';
import { compileTree, serialize } from '../src/compile/index.js';
import { stdlibFiles } from '../test/support/stdlib-files.js';

const rounds = Number(process.env.PYTIER_BENCH_ROUNDS ?? 3);
const inputs: { source: string; path: string }[] = [];
let totalBytes = 0;
let skipped = 0;
for (const path of stdlibFiles()) {
  const raw = readFileSync(path);
  try {
    const source = decodeSource(raw, path);
    compileTree(parse(source, path), path, 'exec', source);
    inputs.push({ source, path });
    totalBytes += raw.length;
  } catch {
    skipped++; // not valid Python 3.11 (python3 rejects these too)
  }
}

interface Round {
  parse: number;
  compile: number;
  serialize: number;
  wire: number;
}

function round(): Round {
  const r: Round = { parse: 0, compile: 0, serialize: 0, wire: 0 };
  for (const { source, path } of inputs) {
    const t0 = performance.now();
    const tree = parse(source, path);
    const t1 = performance.now();
    const program = compileTree(tree, path, 'exec', source);
    const t2 = performance.now();
    r.wire += serialize(program).length;
    const t3 = performance.now();
    r.parse += t1 - t0;
    r.compile += t2 - t1;
    r.serialize += t3 - t2;
  }
  return r;
}

round(); // warm-up
let best: Round | null = null;
for (let i = 0; i < rounds; i++) {
  const r = round();
  if (!best || r.parse + r.compile < best.parse + best.compile) best = r;
}
const b = best as Round;
const mb = totalBytes / 1e6;
const fmt = (ms: number): string => `${(mb / (ms / 1000)).toFixed(2)} MB/s (${(ms / 1000).toFixed(2)} s)`;
console.log(`stdlib: ${inputs.length} files, ${mb.toFixed(1)} MB of source (${skipped} files skipped: not Python 3.11); best of ${rounds} rounds`);
console.log(`compile (AST -> CodeObjects):            ${fmt(b.compile)}`);
console.log(`parse + compile (source -> CodeObjects): ${fmt(b.parse + b.compile)}`);
console.log(`serialize:                               ${fmt(b.serialize)}; wire format ${(b.wire / 1e6).toFixed(1)} MB`);
