// Seeded generator of mutated Python sources for the parser fuzz tests: windows of real
// stdlib files with characters flipped, cuts, spliced token runs, deleted or re-indented
// lines, and deep nesting. The same seed gives the same cases on every machine.

import { readFileSync } from 'node:fs';
import { rng } from './rng.js';

// Characters that steer the tokenizer and parser into their error paths.
const INTERESTING = [
  '(', ')', '[', ']', '{', '}', "'", '"', '"""', "'''", '\\', '\n', '\t', ' ', '    ', '#', ':', '=', ':=', '.', ',',
  '0', '1_', '0x', '0o8', '1e', '1j', 'f"', "f'{", '}', '!r', 'b"é"', 'é', '€', '\u00a0', '\r', '\f', '$', '?', '`',
  'lambda', 'yield', 'await', 'async', 'return', 'match', 'case', '*', '**', '->', '@', 'not', 'in', 'is', 'if', 'else',
  'def', 'class', 'for', 'while', 'try', 'except', 'finally', 'with', 'del', 'global', 'nonlocal', 'import', 'from',
];

export interface FuzzCase {
  source: string;
  how: string;
}

export function makeFuzzCases(files: string[], count: number, seed: number): FuzzCase[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const texts = new Map<string, string[]>();
  const linesOf = (f: string): string[] => {
    let lines = texts.get(f);
    if (!lines) {
      lines = readFileSync(f, 'utf8').split('\n');
      texts.set(f, lines);
    }
    return lines;
  };
  const window = (): string[] => {
    const lines = linesOf(pick(files));
    const len = 5 + Math.floor(rand() * 60);
    const start = Math.floor(rand() * Math.max(1, lines.length - len));
    return lines.slice(start, start + len);
  };
  const cases: FuzzCase[] = [];
  while (cases.length < count) {
    const lines = window();
    let text = lines.join('\n');
    const kind = Math.floor(rand() * 7);
    let how: string;
    const at = Math.floor(rand() * (text.length + 1));
    if (kind === 0) {
      how = 'flip';
      const n = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        const p = Math.floor(rand() * (text.length + 1));
        text = text.slice(0, p) + pick(INTERESTING) + text.slice(p + 1);
      }
    } else if (kind === 1) {
      how = 'truncate';
      text = text.slice(0, at);
    } else if (kind === 2) {
      how = 'splice';
      const other = window().join('\n');
      const from = Math.floor(rand() * other.length);
      text = text.slice(0, at) + other.slice(from, from + Math.floor(rand() * 40)) + text.slice(at);
    } else if (kind === 3) {
      how = 'delete-line';
      lines.splice(Math.floor(rand() * lines.length), 1);
      text = lines.join('\n');
    } else if (kind === 4) {
      how = 'reindent';
      const i = Math.floor(rand() * lines.length);
      lines[i] = pick(['', ' ', '  ', '\t', '        ', '\t ']) + lines[i].trimStart();
      text = lines.join('\n');
    } else if (kind === 5) {
      how = 'insert';
      text = text.slice(0, at) + pick(INTERESTING) + text.slice(at);
    } else {
      how = 'nest';
      const depth = Math.floor(rand() * 260);
      const open = pick(['(', '[', '{', 'f(', '-', 'not ', 'lambda: ', '[x for x in ']);
      const close = open === '(' || open === 'f(' ? ')' : open === '[' ? ']' : open === '{' ? '}' : open.startsWith('[x') ? ']' : '';
      text = 'x = ' + open.repeat(depth) + '1' + close.repeat(rand() < 0.8 ? depth : Math.floor(depth / 2)) + '\n' + text;
    }
    // Cuts may split a surrogate pair; a lone surrogate cannot come from a source file (and
    // CPython's compile() rejects such a str before parsing), so drop it.
    text = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
    cases.push({ source: text, how });
  }
  return cases;
}
