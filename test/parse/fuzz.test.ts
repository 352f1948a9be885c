// Parser fuzzing: mutated stdlib sources (seeded) must each end in a tree or a
// PySyntaxError (or CPython's MemoryError for input nested past the parser's limit) within
// a time bound: never another exception, a hang or a stack overflow. A part of the cases is
// also compared with CPython live: same outcome (tree equal to ast.dump, or same error
// class). PYTIER_FUZZ_CASES sets the number of cases (npm run fuzz:parse runs 200,000),
// PYTIER_FUZZ_SEED the seed.

import { describe, expect, it } from 'vitest';
import { dumpAst } from '../../src/parse/dump.js';
import { parse, ParserTooComplexError } from '../../src/parse/index.js';
import { PySyntaxError } from '../../src/parse/syntax-error.js';
import { makeFuzzCases } from '../support/fuzz-cases.js';
import { pyAstDumpBatch } from '../support/py-ast-dump.js';
import { sampleFiles, stdlibFiles } from '../support/stdlib-files.js';

const COUNT = Number(process.env.PYTIER_FUZZ_CASES ?? 4000);
const SEED = Number(process.env.PYTIER_FUZZ_SEED ?? 20261124);
// CI compares 1500 cases with CPython; a long run compares 20,000.
const DIFFERENTIAL = Math.min(COUNT, COUNT > 4000 ? 20_000 : 1500);
const TEST_TIMEOUT_MS = 60_000 + COUNT * 5;
const TIME_BOUND_MS = 1000;

type Outcome = { tree: string } | { error: string; msg: string; lineno: number | null; offset: number | null } | { crash: string };

function outcome(source: string): Outcome {
  try {
    return { tree: dumpAst(parse(source, '<fuzz>')) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset };
    if (e instanceof ParserTooComplexError) return { error: 'MemoryError', msg: e.message, lineno: null, offset: null };
    return { crash: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e) };
  }
}

/** The deepest bracket nesting in `source` (strings and comments not told apart: the
 * deep cases come from the generator's nesting prefix). */
function bracketDepth(source: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of source) {
    if (ch === '(' || ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return max;
}

describe(`parser fuzz (${COUNT} cases, seed ${SEED})`, () => {
  const files = sampleFiles(stdlibFiles(), 5, 2);
  const cases = makeFuzzCases(files, COUNT, SEED);

  it('ends every case in a tree or a SyntaxError, in bounded time', () => {
    const crashes: string[] = [];
    const slow: string[] = [];
    for (const c of cases) {
      const t0 = performance.now();
      const r = outcome(c.source);
      const ms = performance.now() - t0;
      if ('crash' in r) crashes.push(`${c.how}: ${JSON.stringify(c.source.slice(0, 300))}\n${r.crash}`);
      if (ms > TIME_BOUND_MS) slow.push(`${c.how} took ${ms.toFixed(0)} ms: ${JSON.stringify(c.source.slice(0, 200))}`);
    }
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(slow).toEqual([]);
  }, TEST_TIMEOUT_MS);

  // Known gap (also an it.todo in error-parity.test.ts): CPython's second, error-reporting
  // pass runs out of parser stack (MemoryError) around 190+ nested brackets followed by a
  // syntax error; pytier does not emulate that stack and reports the syntax error instead.
  it.todo("CPython's MemoryError in its error pass at >= 190 nested brackets");

  // Same class of outcome everywhere (a tree equal to ast.dump, or the same error class);
  // the same message, line and offset too for at least 99% of the errors.
  it(`agrees with CPython on the first ${DIFFERENTIAL} cases`, () => {
    const subset = cases.slice(0, DIFFERENTIAL);
    const expected = pyAstDumpBatch(subset.map((c) => ({ source: c.source })));
    const wrongClass: string[] = [];
    const wrongDetail: string[] = [];
    let errors = 0;
    let knownGap = 0;
    subset.forEach((c, i) => {
      const want = expected[i];
      const got = outcome(c.source);
      const text = JSON.stringify(c.source.slice(0, 200));
      if (!('error' in want)) {
        if (!('tree' in got) || got.tree !== want.plain) wrongClass.push(`${c.how}: CPython a tree, pytier ${JSON.stringify(got)}: ${text}`);
        return;
      }
      errors++;
      const w = want.error;
      if (w.type === 'MemoryError' && bracketDepth(c.source) >= 190 && 'error' in got && got.error !== 'MemoryError') {
        knownGap++;
        return;
      }
      if (!('error' in got) || got.error !== w.type) {
        wrongClass.push(`${c.how}: CPython ${w.type}: ${w.msg}, pytier ${'tree' in got ? 'a tree' : JSON.stringify(got)}: ${text}`);
      } else if (got.msg !== w.msg || got.lineno !== w.lineno || got.offset !== w.offset) {
        wrongDetail.push(`${c.how}: CPython ${w.msg} ${w.lineno}:${w.offset}, pytier ${got.msg} ${got.lineno}:${got.offset}: ${text}`);
      }
    });
    console.log(
      `fuzz differential: ${subset.length} cases, ${subset.length - wrongClass.length} same outcome; ` +
        `of ${errors} errors ${errors - wrongDetail.length - knownGap} with the same message, line and offset` +
        (knownGap ? ` (${knownGap} in the known deep-nesting MemoryError gap)` : '') +
        (wrongDetail.length ? '\n' + wrongDetail.slice(0, 10).join('\n') : ''),
    );
    expect(wrongClass.slice(0, 10)).toEqual([]);
    expect(wrongDetail.length).toBeLessThanOrEqual(errors * 0.01);
  }, TEST_TIMEOUT_MS);
});
