// Microbenchmarks behind the str representation (docs/values.md, "str"): the cost of
// code-point indexing s[i] over JS strings with the one-entry caches in src/runtime/str.ts,
// and of str hashing. Run:
//   npx tsc -p tsconfig.json; node dist/bench/micro/str-index.js
import { strGetItem, strLen, strCompare } from '../../src/runtime/str.js';
import { strHash, strHashParts } from '../../src/runtime/hash.js';

let sink = 0;

function measure(name: string, iterations: number, run: () => number): void {
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = process.hrtime.bigint();
    sink += run();
    const ns = Number(process.hrtime.bigint() - t0);
    best = Math.min(best, ns / iterations);
  }
  console.log(`${name.padEnd(62)} ${best.toFixed(2).padStart(8)} ns/op`);
}

const N = 10_000;
const ascii = 'abcdefghij'.repeat(N / 10);
const wide = ('abcdefghi' + '😀').repeat(N / 10);
const other = 'klmnopqrst'.repeat(N / 10);

console.log(`## s[i] for i in range(len(s)), len(s) = ${N}`);
measure('raw JS s[i] (no code-point semantics; lower bound)', 100 * N, () => {
  let c = 0;
  for (let r = 0; r < 100; r++) for (let i = 0; i < ascii.length; i++) c += ascii[i]!.length;
  return c;
});
measure('strGetItem, ASCII string (cached "no surrogates")', 100 * N, () => {
  let c = 0;
  const n = strLen(ascii);
  for (let r = 0; r < 100; r++) for (let i = 0; i < n; i++) c += strGetItem(ascii, i).length;
  return c;
});
measure('strGetItem, astral string (cached offset table)', 100 * N, () => {
  let c = 0;
  const n = strLen(wide);
  for (let r = 0; r < 100; r++) for (let i = 0; i < n; i++) c += strGetItem(wide, i).length;
  return c;
});
measure('strGetItem, alternating two ASCII strings (cache misses)', N / 10, () => {
  let c = 0;
  for (let i = 0; i < N / 10; i++) c += strGetItem(i % 2 ? ascii : other, i).length;
  return c;
});
measure('Array.from(s)[i] per access (no cache; what we avoid)', N / 100, () => {
  let c = 0;
  for (let i = 0; i < N / 100; i++) c += Array.from(wide)[i]!.length;
  return c;
});

console.log('## hash and compare');
const words = Array.from({ length: 1000 }, (_, i) => `key_${i}_${'x'.repeat(i % 7)}`);
measure('strHash of short ASCII strings (SipHash-1-3, Python int result)', 100 * words.length, () => {
  let c = 0;
  for (let r = 0; r < 100; r++) for (const w of words) c += Number(strHash(w)) & 1;
  return c;
});
const parts = new Uint32Array(2);
measure('strHashParts of short ASCII strings (no bigint)', 100 * words.length, () => {
  let c = 0;
  for (let r = 0; r < 100; r++) for (const w of words) {
    strHashParts(w, parts);
    c += parts[1]! & 1;
  }
  return c;
});
measure('strCompare of short strings (code-point order)', 100 * words.length, () => {
  let c = 0;
  for (let r = 0; r < 100; r++) for (let i = 1; i < words.length; i++) c += strCompare(words[i - 1]!, words[i]!);
  return c;
});
if (sink === 42) console.log('');
