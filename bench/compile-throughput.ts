// Compile throughput on the whole standard library: source text -> AST (pytier's parser)
// -> CodeObjects, and the compile step alone (symtable + compiler + assembly from a
// ready AST), in MB of source per second. Run: npm run bench:compile
import { readFileSync } from 'node:fs';
import { parse, type mod } from '../src/parse/index.js';
import { decodeSource } from '../src/parse/source-decode.js';
import { compileTree, serialize } from '../src/compile/index.js';
import { stdlibFiles } from '../test/support/stdlib-files.js';

const rounds = Number(process.env.PYTIER_BENCH_ROUNDS ?? 3);
const inputs: { source: string; tree: mod; path: string; bytes: number }[] = [];
let skipped = 0;
for (const path of stdlibFiles()) {
  const raw = readFileSync(path);
  try {
    const source = decodeSource(raw, path);
    const tree = parse(source, path);
    compileTree(tree, path, 'exec', source);
    inputs.push({ source, tree, path, bytes: raw.length });
  } catch {
    skipped++; // not valid Python 3.11 (python3 rejects these too)
  }
}
const totalBytes = inputs.reduce((n, i) => n + i.bytes, 0);

function best(run: () => void): number {
  run(); // warm-up
  let t = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    t = Math.min(t, (performance.now() - t0) / 1000);
  }
  return t;
}

const compileOnly = best(() => {
  for (const i of inputs) compileTree(i.tree, i.path, 'exec', i.source);
});
const parseAndCompile = best(() => {
  for (const i of inputs) compileTree(parse(i.source, i.path), i.path, 'exec', i.source);
});
let wireBytes = 0;
const serializeTime = best(() => {
  wireBytes = 0;
  for (const i of inputs) wireBytes += serialize(compileTree(i.tree, i.path, 'exec', i.source)).length;
});

const mb = totalBytes / 1e6;
const fmt = (s: number): string => `${(mb / s).toFixed(2)} MB/s (${s.toFixed(2)} s)`;
console.log(`stdlib: ${inputs.length} files, ${mb.toFixed(1)} MB of source (${skipped} files skipped: not Python 3.11)`);
console.log(`compile only (AST -> CodeObjects):      ${fmt(compileOnly)}`);
console.log(`parse + compile (source -> CodeObjects): ${fmt(parseAndCompile)}`);
console.log(`compile + serialize:                    ${fmt(serializeTime)}; wire format ${(wireBytes / 1e6).toFixed(1)} MB`);
