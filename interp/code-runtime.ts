// What the interpreter derives once per CodeObject and keeps in `code.interp`: constants as
// Python values, the inline caches, and the profiling feedback. One object with a fixed
// shape per code object, so the dispatch loop's property loads stay monomorphic.
import type { CodeObject } from '../src/compile/code.js';
import type { PyValue } from '../src/runtime/object.js';
import type { PyDict } from '../src/runtime/dict.js';
import type { AttrCache } from './inline-cache.js';
import { Feedback } from './feedback.js';
import { constValue } from '../src/runtime/code-type.js';
import { quicken } from './quicken.js';
import { packedCopy, holeyArray } from '../src/runtime/array-kinds.js';

/** Where a LOAD_GLOBAL name was found: an entry index in globals (inBuiltins false) or in
 * builtins (and absent from globals); valid while both dicts keep their key versions. */
export interface GlobalCache {
  globals: PyDict;
  globalsVersion: number;
  builtinsVersion: number;
  index: number;
  inBuiltins: boolean;
}

export interface CodeRuntime {
  consts: PyValue[];
  /** The instructions the interpreter runs: code.code with superinstructions (quicken.ts). */
  words: Uint32Array;
  /** Attribute inline caches by instruction index. */
  caches: (AttrCache | undefined)[];
  /** LOAD_GLOBAL caches by instruction index. */
  globalCaches: (GlobalCache | undefined)[];
  /** Created on first use while feedback is enabled. */
  feedback: Feedback | null;
}

export function codeRuntime(code: CodeObject): CodeRuntime {
  let rt = code.interp as CodeRuntime | undefined;
  if (rt === undefined) {
    rt = {
      consts: packedCopy(code.consts.map((c) => constValue(c))),
      words: quicken(code.code),
      caches: holeyArray(code.code.length),
      globalCaches: holeyArray(code.code.length),
      feedback: null,
    };
    code.interp = rt;
  }
  return rt;
}

/** The feedback of `code` (created on first use). */
export function feedbackOf(code: CodeObject): Feedback {
  const rt = codeRuntime(code);
  return (rt.feedback ??= new Feedback(code.code.length));
}
