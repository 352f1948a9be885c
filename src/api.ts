// The library API for running Python: `execute` runs a whole program (stdout/stderr/stdin
// hooks, argv, globals, tier) and reports its exit status like the CLI; `evalPython` and
// `execPython` evaluate an expression / run statements and hand back JS values.
//
// JS <-> Python conversion (toPython / toJS):
//   JS number      -> int when it is an integer (and a safe one), else float
//   JS bigint      -> int                      Python int -> number if safe, else bigint
//   string         <-> str                      float      -> number
//   boolean        <-> bool                     None       -> null
//   null/undefined -> None                      list/tuple -> Array (converted items)
//   Array          -> list                      dict       -> plain object (str keys), else Map
//   plain object   -> dict (own enumerable string keys)
//   JS function    -> a Python callable (arguments converted to JS, result back to Python)
//   Python callable -> JS function (arguments converted to Python, result back to JS)
//   Python objects without a JS counterpart are passed through as they are (opaque).
// Python code only ever sees what the embedder passes in: no `process`, `require` or JS
// prototypes are reachable from Python.
import { compile } from './compile/index.js';
import type { CodeObject, CompileWarning, Program } from './compile/code.js';
import { issueCompileWarnings } from './runtime/builtins-exec.js';
import { PySyntaxError } from './parse/syntax-error.js';
import { PyObject, PyFloat } from './runtime/value.js';
import type { PyValue } from './runtime/object.js';
import { PyBaseException, EXC, typeError } from './runtime/errors.js';
import { PyDict } from './runtime/dict.js';
import { PyList } from './runtime/list.js';
import { PyTuple } from './runtime/tuple.js';
import { defFunction } from './runtime/builtin-function.js';
import { call, isCallable } from './runtime/call.js';
import { strOf, reprOf } from './runtime/ops-repr.js';
import { runExitFuncs, exitHooks } from './runtime/module-atexit.js';
import { hostIO, flushStandardStreams, stdoutStream, stderrStream } from './runtime/stream.js';
import { sysConfig } from './runtime/module-sys.js';
import { findModule } from './runtime/modules.js';
import { setAttr } from './runtime/attr.js';
import { newList } from './runtime/list.js';
import { formatException, formatExceptionOnly, registerSource, runModule, newMainModule, installRuntime, tstate, running } from '../interp/index.js';

export type Tier = 'interp' | 'jit' | 'auto';

export interface ExecuteOptions {
  /** Shown in tracebacks and as `__file__` (default '<string>'). */
  filename?: string;
  /** sys.argv (default [filename]). */
  argv?: string[];
  /** 'interp' and 'auto' run the interpreter; 'jit' is not available yet (an error). */
  tier?: Tier;
  /** Extra globals for `__main__`, converted with toPython. */
  globals?: Record<string, unknown>;
  /** Receive the program's output (default: discarded). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Standard input: the whole text, or a function returning one line at a time ('' = EOF). */
  stdin?: string | (() => string);
}

export interface ExecuteResult {
  /** 0, 1 after an uncaught exception, SystemExit's code, or 130 after an uncaught
   * KeyboardInterrupt (the status a shell reports for CPython, which then ends itself with
   * SIGINT). */
  exitCode: number;
  /** 'SIGINT' after an uncaught KeyboardInterrupt: the signal CPython ends itself with. */
  signal?: 'SIGINT';
  /** The traceback text printed on stderr, when the program failed. */
  error?: string;
}

/** A Python exception that escaped evalPython/execPython. */
export class PythonError extends Error {
  constructor(
    readonly pyException: PyBaseException,
    /** What CPython would print for it. */
    readonly traceback: string,
  ) {
    super(traceback.trimEnd().split('\n').pop());
    this.name = 'PythonError';
  }
}

/** Run a program (source text or compiled) like `python3 FILE` does. */
export async function execute(program: string | { code: CodeObject; filename: string }, options: ExecuteOptions = {}): Promise<ExecuteResult> {
  const stdin = options.stdin;
  let readLine: () => string;
  if (typeof stdin === 'function') readLine = stdin;
  else {
    const lines = (stdin ?? '').match(/[^\n]*\n|[^\n]+$/g) ?? [];
    readLine = () => lines.shift() ?? '';
  }
  return runProgram(program, {
    filename: options.filename ?? (typeof program === 'string' ? '<string>' : program.filename),
    argv: options.argv,
    tier: options.tier ?? 'auto',
    globals: options.globals,
    stdout: options.stdout ?? (() => {}),
    stderr: options.stderr ?? (() => {}),
    readLine,
    registerSource: true,
  });
}

interface RunOptions {
  filename: string;
  argv?: string[];
  tier: Tier;
  globals?: Record<string, unknown>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readLine: () => string;
  /** Keep the source for traceback lines (not for `-c`, as CPython). */
  registerSource: boolean;
}

/** The common core of the CLI and `execute`. */
export async function runProgram(program: string | { code: CodeObject; filename: string }, opts: RunOptions): Promise<ExecuteResult> {
  if (opts.tier === 'jit') {
    const msg = 'pytier: the JIT tier is not available yet; use tier interp or auto\n';
    opts.stderr(msg);
    return { exitCode: 2, error: msg };
  }
  installRuntime();
  hostIO.stdout = opts.stdout;
  hostIO.stderr = opts.stderr;
  hostIO.readLine = opts.readLine;
  const argv = opts.argv ?? [opts.filename];
  sysConfig.argv = argv;
  const sys = findModule('sys');
  if (sys !== undefined) setAttr(sys, 'argv', newList([...argv]));
  let code: CodeObject;
  if (typeof program === 'string') {
    // Registered first: the compile-time warnings show their lines.
    if (opts.registerSource) registerSource(opts.filename, program);
    const warnings: CompileWarning[] = [];
    let compiled: Program | PySyntaxError;
    try {
      compiled = compile(program, opts.filename, 'exec', warnings);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      compiled = e;
    }
    // The warnings found come first, also those before a syntax error (CPython issues them
    // while it parses); a filter can make one the program's SyntaxError.
    try {
      issueCompileWarnings(warnings, opts.filename);
    } catch (e) {
      flushFailure(stderrStream);
      return uncaught(asException(e), opts.stderr);
    }
    if (compiled instanceof PySyntaxError) {
      flushFailure(stderrStream);
      const text = compiled.format();
      opts.stderr(text);
      return { exitCode: 1, error: text };
    }
    code = compiled.code;
  } else code = program.code;

  const main = newMainModule('__main__', opts.filename === '<string>' ? undefined : opts.filename);
  for (const [k, v] of Object.entries(opts.globals ?? {})) main.dict.setStr(k, toPython(v));
  tstate.depth = 0;
  running.frame = null;
  let result: ExecuteResult;
  let lost: PyBaseException | null = null;
  try {
    runModule(code, main.dict);
    result = { exitCode: 0 };
  } catch (e) {
    const exc = asException(e);
    // What the program wrote comes before the traceback.
    lost = flushFailure(stdoutStream);
    result = uncaught(exc, opts.stderr);
  }
  runAtExit(opts.stderr);
  // CPython flushes sys.stdout at exit; a failure (BrokenPipeError when the reader of a pipe
  // has gone) is reported as "Exception ignored in: ..." and makes the exit status 120.
  lost ??= flushFailure(stdoutStream);
  flushFailure(stderrStream);
  if (lost === null) return result;
  opts.stderr(`Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n${formatExceptionOnly(lost)}`);
  return { ...result, exitCode: 120 };
}

/** The atexit functions (weakref.finalize's among them), after the traceback as in CPython;
 * an exception one raises is reported on stderr and the others still run. */
function runAtExit(stderr: (text: string) => void): void {
  const report = (text: string) => {
    flushFailure(stderrStream);
    stderr(text);
  };
  exitHooks.unraisable = (func, e) => report(`Exception ignored in atexit callback: ${reprOf(func)}\n${formatException(asException(e))}`);
  exitHooks.excepthook = (e) => report(formatException(asException(e)));
  runExitFuncs();
}

/** Flush a standard stream; the Python exception if writing failed. */
function flushFailure(stream: typeof stdoutStream): PyBaseException | null {
  try {
    stream.flush();
    return null;
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
}

function asException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError) {
    return new PyBaseException(EXC['RecursionError'], ['maximum recursion depth exceeded']);
  }
  throw e;
}

/** CPython's handling of an exception that reached the top: SystemExit's code, or the
 * traceback on stderr and status 1. */
function uncaught(exc: PyBaseException, stderr: (text: string) => void): ExecuteResult {
  if (exc.cls.isSubtypeOf(EXC['SystemExit'])) {
    const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : new PyTuple(exc.args);
    if (code === null) return { exitCode: 0 };
    if (typeof code === 'number') return { exitCode: code };
    if (typeof code === 'boolean') return { exitCode: code ? 1 : 0 };
    const text = strOf(code) + '\n';
    stderr(text);
    return { exitCode: 1, error: text };
  }
  let text: string;
  try {
    text = formatException(exc);
  } catch (e) {
    text = `Exception (formatting failed: ${e instanceof PyBaseException ? strOf(e) : String(e)})\n`;
  }
  stderr(text);
  if (exc.cls.isSubtypeOf(EXC['KeyboardInterrupt'])) return { exitCode: 130, signal: 'SIGINT', error: text };
  return { exitCode: 1, error: text };
}

// ---------- eval / exec ----------

function namespaceFor(globals: Record<string, unknown> | PyDict | undefined): PyDict {
  if (globals instanceof PyDict) return globals;
  const main = newMainModule('__main__');
  for (const [k, v] of Object.entries(globals ?? {})) main.dict.setStr(k, toPython(v));
  return main.dict;
}

function runSync(source: string, mode: 'eval' | 'exec', globals: Record<string, unknown> | PyDict | undefined): PyValue {
  installRuntime();
  const ns = namespaceFor(globals);
  let code: CodeObject;
  try {
    code = compile(source, '<string>', mode).code;
  } catch (e) {
    if (e instanceof PySyntaxError) throw new SyntaxError(e.format().trimEnd());
    throw e;
  }
  const depth = tstate.depth;
  try {
    return runModule(code, ns);
  } catch (e) {
    tstate.depth = depth;
    const exc = asException(e);
    throw new PythonError(exc, formatException(exc));
  } finally {
    flushStandardStreams();
  }
}

/** Evaluate a Python expression; the result converted with toJS. */
export function evalPython(expr: string, globals?: Record<string, unknown>): unknown {
  return toJS(runSync(expr, 'eval', globals));
}

/** Run Python statements; returns the resulting global namespace converted with toJS. */
export function execPython(code: string, globals?: Record<string, unknown>): Record<string, unknown> {
  const ns = namespaceFor(globals);
  runSync(code, 'exec', ns);
  const out: Record<string, unknown> = {};
  for (const [k, v] of ns.entries()) {
    if (typeof k === 'string' && !k.startsWith('__')) out[k] = toJS(v);
  }
  return out;
}

/** Prepare the runtime ahead of the first call (optional: every entry point does it). */
export async function ready(): Promise<void> {
  installRuntime();
}

// ---------- conversion ----------

export function toPython(v: unknown): PyValue {
  switch (typeof v) {
    case 'number':
      return Number.isSafeInteger(v) ? v : Number.isInteger(v) ? BigInt(v) : new PyFloat(v);
    case 'bigint':
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    case 'string':
    case 'boolean':
      return v;
    case 'undefined':
      return null;
    case 'function':
      return wrapJsFunction(v as (...args: unknown[]) => unknown);
  }
  if (v === null) return null;
  if (v instanceof PyObject) return v as PyValue;
  if (Array.isArray(v)) return new PyList(v.map(toPython));
  if (v instanceof Map) {
    const d = new PyDict();
    for (const [k, x] of v) d.set(toPython(k), toPython(x));
    return d;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const d = new PyDict();
    for (const k of Object.keys(v as object)) d.setStr(k, toPython((v as Record<string, unknown>)[k]));
    return d;
  }
  throw typeError(`cannot convert a JS ${proto?.constructor?.name ?? 'object'} to a Python value`);
}

function wrapJsFunction(fn: (...args: unknown[]) => unknown): PyValue {
  const name = fn.name || 'js_function';
  return defFunction(name, '(*args)', (args: PyValue[]) => toPython(fn(...args.map(toJS))));
}

export function toJS(v: PyValue): unknown {
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      return v;
  }
  if (v === null) return null;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJS);
  if (v instanceof PyDict) {
    const entries = v.entries();
    if (entries.every(([k]) => typeof k === 'string')) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of entries) o[k as string] = toJS(x);
      return o;
    }
    return new Map(entries.map(([k, x]) => [toJS(k), toJS(x)]));
  }
  if (isCallable(v)) {
    return (...args: unknown[]) => {
      try {
        return toJS(call(v, args.map(toPython)));
      } catch (e) {
        if (e instanceof PyBaseException) throw new PythonError(e, formatException(e));
        throw e;
      }
    };
  }
  return v;
}
