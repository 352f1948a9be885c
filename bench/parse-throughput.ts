// Parse throughput on the whole standard library: pytier's front end (tokenizer + parser,
// from decoded text to AST) against CPython's ast.parse in one python3 process timing only
// the parsing. Prints MB/s for both and the ratio. Run: npm run bench:parse

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';
import { decodeSource } from '../src/parse/source-decode.js';
import { stdlibFiles } from '../test/support/stdlib-files.js';

const PY_TIMER = `
import ast, json, sys, time, warnings
warnings.simplefilter('ignore')
paths = json.load(sys.stdin)
sources = []
for p in paths:
    with open(p, 'rb') as f:
        sources.append(f.read())
best = None
for _ in range(int(sys.argv[1])):
    t0 = time.perf_counter()
    for s in sources:
        try:
            ast.parse(s)
        except (SyntaxError, ValueError):
            pass
    t = time.perf_counter() - t0
    best = t if best is None else min(best, t)
print(best)
`;

const rounds = Number(process.env.PYTIER_BENCH_ROUNDS ?? 3);
const files = stdlibFiles();
const sources: string[] = [];
let bytes = 0;
for (const f of files) {
  const raw = readFileSync(f);
  bytes += raw.length;
  try {
    sources.push(decodeSource(raw, f));
  } catch {
    // CPython cannot decode it either; it is timed there, skipped here
  }
}

function timePytier(): number {
  const t0 = performance.now();
  for (const s of sources) {
    try {
      parse(s);
    } catch {
      // files CPython rejects are rejected here too
    }
  }
  return (performance.now() - t0) / 1000;
}

function timeCPython(): number {
  return Number(execFileSync('python3', ['-c', PY_TIMER, '1'], { input: JSON.stringify(files), encoding: 'utf8' }).trim());
}

// Rounds alternate between the two so that a busy machine slows both alike; best of each.
timePytier(); // warm-up: let the JIT compile the front end
let best = Infinity;
let cpython = Infinity;
for (let i = 0; i < rounds; i++) {
  best = Math.min(best, timePytier());
  cpython = Math.min(cpython, timeCPython());
}

const mb = bytes / 1e6;
console.log(`stdlib: ${files.length} files, ${mb.toFixed(1)} MB (best of ${rounds} rounds)`);
console.log(`pytier  parse: ${best.toFixed(2)} s  ${(mb / best).toFixed(1)} MB/s`);
console.log(`CPython parse: ${cpython.toFixed(2)} s  ${(mb / cpython).toFixed(1)} MB/s`);
console.log(`ratio pytier/CPython: ${(cpython / best).toFixed(2)}x`);
