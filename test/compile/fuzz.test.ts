// Verifier fuzzing: mutated serialized programs (byte and bit flips, truncations,
// splices, absurd lengths and counts) either deserialize into a verified program or
// raise BytecodeFormatError — never another exception, a hang, or a huge allocation.
// FUZZ_COUNT sets the number of cases (`npm run fuzz:bytecode` runs 1,000,000).
import { describe, expect, it } from 'vitest';
import { BytecodeFormatError, Op, compile, deserialize, disassemble, serialize } from '../../src/compile/index.js';

const SEEDS = [
  'x = 1\nprint(x + 2.5, 3j, b"\\x00b", ..., None, True, 10**40, -(2**70), "s\\ud800")',
  'def f(a, b=1, *c, d, e=2, **g):\n    "doc"\n    def h():\n        nonlocal a\n        a += 1\n        return [x for x in c if x]\n    return h',
  'class C(B, metaclass=M):\n    x: int = 1\n    def m(self):\n        return super().m(k=1)',
  'try:\n    import os\nexcept (ImportError, E) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    y = 2',
  'async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return {k: v async for k, v in g()}',
  'match p:\n    case [1, *rest] if rest:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case C(x=0) | D(y=1):\n        pass\n    case _:\n        pass',
  'def gen():\n    x = yield 1\n    yield from x\n    with open(f) as g, h:\n        while g:\n            if h:\n                continue\n            break\n        else:\n            return 3',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: Uint8Array, other: Uint8Array, rand: () => number): Uint8Array {
  const int = (n: number): number => Math.floor(rand() * n);
  const b = Uint8Array.from(src);
  switch (int(7)) {
    case 0: {
      const n = 1 + int(4);
      for (let i = 0; i < n; i++) b[int(b.length)] = int(256);
      return b;
    }
    case 1: {
      b[int(b.length)] ^= 1 << int(8);
      return b;
    }
    case 2:
      return b.slice(0, int(b.length));
    case 3: {
      const start = int(other.length);
      const chunk = other.slice(start, start + 1 + int(64));
      const at = int(b.length);
      return Uint8Array.from([...b.slice(0, at), ...chunk, ...b.slice(at + (rand() < 0.5 ? chunk.length : 0))]);
    }
    case 4: {
      // An absurd length or count: a maximal varint where a small one was.
      const at = int(b.length);
      const huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f];
      return Uint8Array.from([...b.slice(0, at), ...huge.slice(0, 1 + int(8)), ...b.slice(at + 1)]);
    }
    case 5: {
      const at = int(b.length);
      const len = 1 + int(16);
      return Uint8Array.from([...b.slice(0, at), ...b.slice(at + len)]);
    }
    default: {
      // Rewrite an instruction word in place: opcode and argument both random.
      const at = 8 + 4 * int((b.length - 8) / 4);
      for (let i = 0; i < 4 && at + i < b.length; i++) b[at + i] = int(256);
      return b;
    }
  }
}

const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);

describe('deserialize under mutation', () => {
  const seeds = SEEDS.map((s) => serialize(compile(s)));

  it('round-trips the unmutated seeds', () => {
    for (const s of seeds) expect(Buffer.from(serialize(deserialize(s)))).toEqual(Buffer.from(s));
  });

  it(
    `accepts or rejects ${COUNT} mutated programs cleanly`,
    () => {
      const rand = mulberry32(20261124);
      let accepted = 0;
      let rejected = 0;
      let slowest = 0;
      const unexpected: string[] = [];
      for (let i = 0; i < COUNT; i++) {
        const bytes = mutate(seeds[i % seeds.length], seeds[(i * 7 + 3) % seeds.length], rand);
        const t0 = performance.now();
        try {
          const program = deserialize(bytes);
          serialize(program);
          disassemble(program);
          accepted++;
        } catch (e) {
          if (e instanceof BytecodeFormatError) rejected++;
          else if (unexpected.length < 10) unexpected.push(`case ${i}: ${e instanceof Error ? e.stack : String(e)}`);
        }
        slowest = Math.max(slowest, performance.now() - t0);
      }
      console.log(`bytecode fuzz: ${COUNT} cases, ${accepted} accepted (verified), ${rejected} rejected, slowest ${slowest.toFixed(1)} ms`);
      expect(unexpected).toEqual([]);
      expect(accepted + rejected).toBe(COUNT);
      expect(rejected).toBeGreaterThan(COUNT / 2);
      expect(slowest).toBeLessThan(500);
    },
    Math.max(120_000, COUNT / 2),
  );

  it("rejects the interpreter's superinstructions (they exist only in its private copy)", () => {
    const program = compile('def f(a, b):\n    return a + b\n');
    const f = program.code.children()[0];
    const i = f.code.findIndex((w) => (w & 0xff) === Op.LOAD_FAST);
    f.code[i] = (f.code[i] & ~0xff) | Op.LOAD_FAST__LOAD_FAST;
    expect(() => deserialize(serialize(program))).toThrow(/LOAD_FAST__LOAD_FAST is the interpreter's own superinstruction/);
  });

  it('names the byte offset and the reason', () => {
    const bytes = Uint8Array.from(seeds[0]);
    bytes[0] = 0;
    expect(() => deserialize(bytes)).toThrow(/at byte 0: bad magic number/);
    expect(() => deserialize(seeds[0].slice(0, 20))).toThrow(BytecodeFormatError);
    const err = (() => {
      try {
        deserialize(seeds[0].slice(0, 20));
      } catch (e) {
        return e as BytecodeFormatError;
      }
    })();
    expect(err?.offset).toBeGreaterThanOrEqual(8);
    expect(err?.reason).toMatch(/needs|truncated|exceeds/);
  });
});
