// Character names for \N{...} escapes, as CPython's unicodedata name lookup finds them
// (Unicode 14.0, CPython 3.11's version): table names match in any case; Hangul syllable
// and CJK unified ideograph names are computed, as CPython computes them. The table is
// decoded on the first \N escape only.

import { CONT_DIGITS, END_DIGITS, NAMES, WORDS } from './unicode-name-table.js';

let table: Map<string, number> | null = null;

function decodeTable(): Map<string, number> {
  const words = WORDS.split(' ');
  const map = new Map<string, number>();
  let cp = -1;
  for (const entry of NAMES.split(',')) {
    let i = 0;
    if (entry.charCodeAt(0) === 33) {
      const close = entry.indexOf('!', 1);
      cp += parseInt(entry.slice(1, close), 16);
      i = close + 1;
    } else {
      cp++;
    }
    const parts: string[] = [];
    let index = 0;
    for (; i < entry.length; i++) {
      const ch = entry[i];
      const end = END_DIGITS.indexOf(ch);
      if (end >= 0) {
        parts.push(words[index * 43 + end]);
        index = 0;
      } else {
        index = index * 43 + CONT_DIGITS.indexOf(ch) + 1;
      }
    }
    map.set(parts.join(' '), cp);
  }
  return map;
}

const CJK_RANGES = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b738],
  [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1],
  [0x2ceb0, 0x2ebe0],
  [0x30000, 0x3134a],
];

const HANGUL_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const HANGUL_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const HANGUL_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** Index of the longest jamo name that `s` starts with at `at` (CPython's find_syllable). */
function longestJamo(s: string, at: number, names: string[]): [index: number, length: number] {
  let best = -1;
  let bestLen = -1;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.length > bestLen && s.startsWith(n, at)) {
      best = i;
      bestLen = n.length;
    }
  }
  return [best, bestLen];
}

function hangulSyllable(rest: string): number {
  const [l, ll] = longestJamo(rest, 0, HANGUL_L);
  if (l < 0) return -1;
  const [v, vl] = longestJamo(rest, ll, HANGUL_V);
  if (v < 0) return -1;
  const [t, tl] = longestJamo(rest, ll + vl, HANGUL_T);
  if (t < 0 || ll + vl + tl !== rest.length) return -1;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

function cjkIdeograph(hex: string): number {
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return -1;
  const cp = parseInt(hex, 16);
  for (const [lo, hi] of CJK_RANGES) if (cp >= lo && cp <= hi) return cp;
  return -1;
}

/** The code point named `name`, or -1. */
export function lookupUnicodeName(name: string): number {
  if (name.slice(0, 16).toUpperCase() === 'HANGUL SYLLABLE ') return hangulSyllable(name.slice(16));
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) return cjkIdeograph(name.slice(22));
  table ??= decodeTable();
  return table.get(name.toUpperCase()) ?? -1;
}
