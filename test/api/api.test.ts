import { describe, it, expect, beforeAll } from 'vitest';
import { execute, evalPython, execPython, ready, toPython, toJS, PythonError } from '../../src/api.js';

beforeAll(async () => {
  await ready();
});

describe('execute', () => {
  it('captures stdout/stderr and reports exit codes', async () => {
    let out = '';
    let err = '';
    const ok = await execute('print("hi", 1 + 2)', { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    expect(ok.exitCode).toBe(0);
    expect(out).toBe('hi 3\n');
    const bad = await execute('x = 1\nraise ValueError("no")\n', { filename: 'prog.py', stderr: (s) => (err += s) });
    expect(bad.exitCode).toBe(1);
    expect(err).toBe('Traceback (most recent call last):\n  File "prog.py", line 2, in <module>\n    raise ValueError("no")\nValueError: no\n');
    expect((await execute('import sys\nsys.exit(4)')).exitCode).toBe(4);
  });

  it('passes argv, globals and stdin', async () => {
    let out = '';
    const r = await execute('import sys\nprint(sys.argv, greeting, input())', {
      argv: ['prog.py', '-v'],
      globals: { greeting: 'hello' },
      stdin: 'typed\n',
      stdout: (s) => (out += s),
    });
    expect(r.exitCode).toBe(0);
    expect(out).toBe("['prog.py', '-v'] hello typed\n");
  });

  it('refuses the JIT tier for now', async () => {
    let err = '';
    const r = await execute('print(1)', { tier: 'jit', stderr: (s) => (err += s) });
    expect(r.exitCode).toBe(2);
    expect(err).toMatch(/JIT tier is not available yet/);
  });

  it('reports syntax errors like python3', async () => {
    let err = '';
    const r = await execute('x = (1,\n', { filename: 'bad.py', stderr: (s) => (err += s) });
    expect(r.exitCode).toBe(1);
    expect(err).toMatch(/SyntaxError: '\(' was never closed/);
  });
});

describe('evalPython / execPython and conversion', () => {
  it('converts results to JS', () => {
    expect(evalPython('1 + 2')).toBe(3);
    expect(evalPython('2 ** 64')).toBe(18446744073709551616n);
    expect(evalPython('1 / 4')).toBe(0.25);
    expect(evalPython('"a" * 3')).toBe('aaa');
    expect(evalPython('None')).toBe(null);
    expect(evalPython('3 > 2')).toBe(true);
    expect(evalPython('[1, (2, 3), "x"]')).toEqual([1, [2, 3], 'x']);
    expect(evalPython('{"a": 1, "b": [True]}')).toEqual({ a: 1, b: [true] });
    expect(evalPython('{1: "x"}')).toEqual(new Map([[1, 'x']]));
  });

  it('converts arguments to Python', () => {
    expect(evalPython('type(x).__name__', { x: 1.5 })).toBe('float');
    expect(evalPython('type(x).__name__', { x: 2 })).toBe('int');
    expect(evalPython('x + 1', { x: 2n ** 70n })).toBe(2n ** 70n + 1n);
    expect(evalPython('x is None and y is None', { x: null, y: undefined })).toBe(true);
    expect(evalPython('[type(v).__name__ for v in x]', { x: [1, 'a', true, [2], { k: 1 }] })).toEqual(['int', 'str', 'bool', 'list', 'dict']);
    expect(evalPython('d["k"] * 2', { d: { k: 21 } })).toBe(42);
    expect(toJS(toPython({ a: [1, 2.5, 'x', null] }))).toEqual({ a: [1, 2.5, 'x', null] });
  });

  it('calls JS functions from Python and Python functions from JS', () => {
    const add = (a: number, b: number) => a + b;
    expect(evalPython('add(2, 40)', { add })).toBe(42);
    const ns = execPython('def square(x):\n    return x * x\nvalue = square(7)\n');
    expect(ns.value).toBe(49);
    expect((ns.square as (x: number) => number)(12)).toBe(144);
  });

  it('raises Python exceptions as PythonError with the traceback', () => {
    try {
      evalPython('1 / 0');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PythonError);
      expect((e as PythonError).message).toBe('ZeroDivisionError: division by zero');
      expect((e as PythonError).traceback).toMatch(/^Traceback \(most recent call last\):/);
    }
    expect(() => evalPython('1 +')).toThrow(SyntaxError);
  });

  it('gives Python no way to the host', () => {
    expect(evalPython('"process" in globals() or "require" in globals()')).toBe(false);
    expect(() => evalPython('__import__("os")')).toThrow(/No module named 'os'/);
    expect(() => evalPython('(1).__class__.__class__.__dict__["constructor"]')).toThrow(PythonError);
    expect(() => evalPython('getattr(add, "constructor")', { add: () => 1 })).toThrow(PythonError);
  });
});
