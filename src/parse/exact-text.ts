// A deliberate limit made visible: a Python str is a JS string, and a JS string cannot keep
// an escaped high surrogate and an escaped low surrogate apart ('\ud834\udd1e' is two code
// points in Python, one character in JS). Such a Constant keeps its JS string value (what
// the compiler and runtime use) and, beside it, the exact code points, so dumpAst prints
// what ast.dump prints.

import type { Constant } from './ast.js';

const exactCodePoints = new WeakMap<Constant, readonly number[]>();

export function setExactCodePoints(node: Constant, codePoints: readonly number[]): void {
  exactCodePoints.set(node, codePoints);
}

/** The exact code points of a str Constant whose JS string merges surrogates, if any. */
export function getExactCodePoints(node: Constant): readonly number[] | undefined {
  return exactCodePoints.get(node);
}

/** The JS string of some code points, and whether it lost information (an escaped high
 * surrogate right before an escaped low one). */
export function stringOfCodePoints(cps: readonly number[]): { text: string; merged: boolean } {
  let text = '';
  let merged = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < cps.length && cps[i + 1] >= 0xdc00 && cps[i + 1] < 0xe000) merged = true;
    text += cp >= 0xd800 && cp < 0xe000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return { text, merged };
}

/** The code points of a JS string (surrogate pairs as one). */
export function codePointsOfString(s: string): number[] {
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    cps.push(cp);
    if (cp > 0xffff) i++;
  }
  return cps;
}
