// A set of code points above U+007F stored as the points where membership flips (hex gaps,
// comma-separated, starting outside the set at U+0080): the compact form of the generated
// Unicode tables (printable characters, identifier characters) of CPython's Unicode version.

export class CodePointSet {
  private flips: Int32Array | null = null;

  constructor(private readonly encoded: string) {}

  has(cp: number): boolean {
    const flips = (this.flips ??= decode(this.encoded));
    let lo = 0;
    let hi = flips.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (flips[mid] <= cp) lo = mid + 1;
      else hi = mid;
    }
    return (lo & 1) === 1;
  }
}

function decode(encoded: string): Int32Array {
  const gaps = encoded.split(',');
  const out = new Int32Array(gaps.length);
  let cp = 0;
  for (let i = 0; i < gaps.length; i++) out[i] = cp += parseInt(gaps[i], 16);
  return out;
}
