#!/usr/bin/env node
// Micro-benchmark of the hashing and dict/set hot paths (the built runtime in dist/):
// tuple hashes, str hashes, dict get/set and set add/has with int, str and tuple keys.
// Prints the best of R rounds (ns per operation) for each case.
// usage: npx tsc -p tsconfig.json && node scripts/bench-hash.mjs [--rounds 7] [filter]
import '../dist/src/runtime/index.js';
import '../dist/src/runtime/builtins.js';
import { hashOf, hashParts } from '../dist/src/runtime/ops-hash.js';
import { newTuple } from '../dist/src/runtime/tuple.js';
import { newDict } from '../dist/src/runtime/dict.js';
import { newSet } from '../dist/src/runtime/set.js';

const args = process.argv.slice(2);
const ri = args.indexOf('--rounds');
const ROUNDS = ri >= 0 ? Number(args.splice(ri, 2)[1]) : 7;
const filter = args[0] ?? '';

const N = 60000;
const ints = Array.from({ length: N }, (_, i) => (i * 7919) % 100003);
const shortStrs = Array.from({ length: N }, (_, i) => 'w' + (i % 500));
const longStrs = Array.from({ length: N }, (_, i) => 'a longer key string #' + (i % 500));
const distinct = Array.from({ length: N }, (_, i) => 'd' + i);
const pairs = Array.from({ length: N }, (_, i) => newTuple([i % 97, i % 13]));
const distinctPairs = Array.from({ length: N }, (_, i) => newTuple([i, -i]));
const strPairs = Array.from({ length: N }, (_, i) => newTuple(['k' + (i % 97), i % 13]));
const nested = Array.from({ length: N }, (_, i) => newTuple([newTuple([i % 7, -i]), 2n ** 70n + BigInt(i % 5), 'x']));

const cases = {
  'hash tuple(int,int)': () => { for (const t of pairs) hashOf(t); },
  'hashParts tuple(int,int)': () => { for (const t of pairs) hashParts(t); },
  'hash tuple(str,int)': () => { for (const t of strPairs) hashOf(t); },
  'hash nested tuple': () => { for (const t of nested) hashOf(t); },
  'hash short str': () => { for (const s of shortStrs) hashOf(s); },
  'hash long str': () => { for (const s of longStrs) hashOf(s); },
  'set add+has distinct str': () => {
    const s = newSet();
    for (const k of distinct) s.add(k);
    for (const k of distinct) s.has(k);
  },
  'dict count tuple keys': () => {
    const d = newDict();
    for (const t of pairs) d.set(t, ((d.get(t) ?? 0)) + 1);
  },
  'dict insert distinct tuples': () => {
    const d = newDict();
    for (let i = 0; i < N; i++) d.set(distinctPairs[i], i);
    for (let i = 0; i < N; i++) d.get(distinctPairs[i]);
  },
  'dict count int keys': () => {
    const d = newDict();
    for (const k of ints) d.set(k % 1000, ((d.get(k % 1000) ?? 0)) + 1);
  },
  'dict count str keys': () => {
    const d = newDict();
    for (const s of shortStrs) d.set(s, ((d.get(s) ?? 0)) + 1);
  },
  'set add+has int': () => {
    const s = newSet();
    for (const k of ints) s.add(k);
    for (const k of ints) s.has(k + 1);
  },
  'set add+has short str': () => {
    const s = newSet();
    for (const k of shortStrs) s.add(k);
    for (const k of shortStrs) s.has(k);
  },
  'set build (resizes)': () => {
    const s = newSet();
    for (let i = 0; i < N; i += 2) s.add(i);
  },
  'set union/copy': () => {
    const a = newSet(ints.slice(0, N / 2));
    const b = newSet(ints.slice(N / 2));
    a.merge(b);
  },
  'set add+has tuple': () => {
    const s = newSet();
    for (const t of pairs) s.add(t);
    for (const t of strPairs) s.has(t);
  },
};

for (const [name, fn] of Object.entries(cases)) {
  if (!name.includes(filter)) continue;
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  console.log(`${name.padEnd(24)} ${(best / N).toFixed(1).padStart(8)} ns/op`);
}
