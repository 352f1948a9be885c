// The interpreter's profiling feedback: call and back-edge counters per CodeObject, and per
// instruction the operand kinds of arithmetic/comparisons/subscripts, receiver classes of
// attribute loads and call targets, recorded during the warm-up window only.
import { describe, it, expect, afterEach } from 'vitest';
import { compile, CodeObject } from '../../src/compile/index.js';
import { OPCODES } from '../../src/compile/opcodes.js';
import { FEEDBACK, feedbackOf, newMainModule, runModule } from '../../interp/index.js';
import { Kind, MEGAMORPHIC } from '../../interp/feedback.js';
import { PyType } from '../../src/runtime/type.js';

const WINDOW = FEEDBACK.window;
afterEach(() => {
  FEEDBACK.window = WINDOW;
});

/** Compile and run `source`; return the code objects of its top-level functions `names`. */
function runAll(source: string, ...names: string[]): CodeObject[] {
  const program = compile(source, '<feedback>');
  const m = newMainModule('__feedback__');
  runModule(program.code, m.dict);
  return names.map((name) => {
    const fn = program.code.consts.find((c): c is CodeObject => c instanceof CodeObject && c.name === name);
    if (fn === undefined) throw new Error(`no function ${name}`);
    return fn;
  });
}

const run = (source: string, name: string): CodeObject => runAll(source, name)[0];

/** Instruction indices of opcode `name` in `code`. */
function sites(code: CodeObject, name: string): number[] {
  const op = OPCODES.findIndex((o) => o.name === name);
  const out: number[] = [];
  code.code.forEach((w, i) => (w & 0xff) === op && out.push(i));
  return out;
}

describe('interpreter feedback', () => {
  it('counts calls and back-edges and records operand kinds', () => {
    const code = run(
      `def f(a, b, n):
    t = 0
    for i in range(n):
        t = t + a * b
    return t < 1e300
for k in range(3):
    f(2, 1.5, 10)
f(2, 3, 1)
`,
      'f',
    );
    const fb = feedbackOf(code);
    expect(fb.calls).toBe(4);
    expect(fb.backedges).toBe(31);
    const [mul] = sites(code, 'BINARY_MULTIPLY');
    expect(fb.operandKinds[mul]).toBe(Kind.INT | ((Kind.FLOAT | Kind.INT) << 8));
    const [add] = sites(code, 'BINARY_ADD');
    expect(fb.operandKinds[add]).toBe(Kind.INT | Kind.FLOAT | ((Kind.FLOAT | Kind.INT) << 8));
    const [cmp] = sites(code, 'COMPARE_OP');
    expect(fb.operandKinds[cmp]).toBe((Kind.INT | Kind.FLOAT) | (Kind.FLOAT << 8));
  });

  it('records receiver classes and call targets, megamorphic when they vary', () => {
    const [g, h] = runAll(
      `class A:
    def m(self): return 1
class B:
    def m(self): return 2
def g(objs):
    s = 0
    for o in objs:
        s += o.m() + len(objs)
    return s
def h(objs):
    s = 0
    for o in objs:
        s += o.m()
    return s
g([A(), A()])
h([A(), B(), A()])
`,
      'g',
      'h',
    );
    const fg = feedbackOf(g);
    const [lm] = sites(g, 'LOAD_METHOD');
    expect(fg.receivers[lm]).toBeInstanceOf(PyType);
    expect((fg.receivers[lm] as PyType).name).toBe('A');
    const calls = sites(g, 'CALL_FUNCTION').concat(sites(g, 'CALL_METHOD'));
    expect(calls.length).toBe(2);
    expect(calls.every((i) => fg.targets[i] !== undefined && fg.targets[i] !== MEGAMORPHIC)).toBe(true);
    // h saw A and B at the same sites.
    const fh = feedbackOf(h);
    const [hm] = sites(h, 'LOAD_METHOD');
    expect(fh.receivers[hm]).toBe(MEGAMORPHIC);
    const [hc] = sites(h, 'CALL_METHOD');
    expect(fh.targets[hc]).toBe(MEGAMORPHIC);
  });

  it('stops recording per-instruction facts after the warm-up window, counters go on', () => {
    FEEDBACK.window = 5;
    const code = run(
      `def h(n, x):
    for i in range(n):
        x = x + 1
    return x
h(3, 1)
h(10, 1.5)
`,
      'h',
    );
    const fb = feedbackOf(code);
    expect(fb.calls).toBe(2);
    expect(fb.backedges).toBe(13);
    const [add] = sites(code, 'BINARY_ADD');
    // The float call came after the window closed: only the int/int kind was recorded.
    expect(fb.operandKinds[add]).toBe(Kind.INT | (Kind.INT << 8));
  });
});
