// The builtins that need the interpreter or the compiler: print, input, exec, eval,
// compile, globals, locals, vars, __build_class__, __import__. The interpreter provides the
// running frame's namespaces and code execution through `execHooks`.
import { CodeObject, type CompileMode, type CompileWarning, type Program } from '../compile/code.js';
import { compile as compileSource } from '../compile/index.js';
import { PySyntaxError } from '../parse/syntax-error.js';
import { PyBytes } from './value.js';
import { type PyValue } from './object.js';
import { typeOf } from './builtin-types.js';
import { typeError, valueError, EXC, newException, PyBaseException } from './errors.js';
import { defFunction, type PyBuiltinFunction } from './builtin-function.js';
import { PyDict } from './dict.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyCell } from './function.js';
import { call } from './call.js';
import { getAttr, getAttrOrUndefined } from './attr.js';
import { strOf } from './ops-repr.js';
import { toIndex } from './ops-number.js';
import { isTrue } from './ops-protocols.js';
import { buildClassBuiltin } from './build-class.js';
import { PyModule, addBuiltins, builtinsModule, findModule, importModule, moduleNotFound } from './modules.js';
import { PyTextStream } from './stream.js';
import { warnExplicit } from './warnings.js';
import './code-type.js';

export const execHooks = {
  /** Run module-level code with these namespaces (interp/calls.ts runCode); `closure` holds
   * the cells of the code's free variables (exec's closure=). */
  run: (_code: CodeObject, _globals: PyDict, _locals: PyValue, _closure?: readonly PyCell[]): PyValue => {
    throw new Error('no interpreter installed');
  },
  /** Globals of the running Python frame. */
  globals: (): PyDict => {
    throw new Error('no interpreter installed');
  },
  /** locals() of the running Python frame (a snapshot dict for function frames). */
  locals: (): PyValue => {
    throw new Error('no interpreter installed');
  },
};

// ---------- print / input ----------

function sysAttr(name: string): PyValue {
  const sys = findModule('sys');
  if (sys === undefined) throw newException(EXC['RuntimeError'], `lost sys.${name}`);
  const v = getAttrOrUndefined(sys, name);
  if (v === undefined || v === null) throw newException(EXC['RuntimeError'], `lost sys.${name}`);
  return v;
}

function writeTo(file: PyValue, s: string): void {
  if (file instanceof PyTextStream) file.write(s);
  else call(getAttr(file, 'write'), [s]);
}

function printImpl(sepArg: PyValue | undefined, endArg: PyValue | undefined, fileArg: PyValue | undefined, flush: PyValue | undefined, args: PyValue[]): PyValue {
  const sep = sepArg ?? null;
  const end = endArg ?? null;
  const file = fileArg ?? null;
  if (sep !== null && typeof sep !== 'string') throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== null && typeof end !== 'string') throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
  const out = file === null ? sysAttr('stdout') : file;
  const sepStr = sep ?? ' ';
  if (out instanceof PyTextStream) {
    // One write, but what CPython would have written before a failing str() still appears.
    let s = '';
    try {
      for (let i = 0; i < args.length; i++) {
        if (i > 0) s += sepStr;
        s += strOf(args[i]);
      }
    } catch (e) {
      if (s !== '') out.write(s);
      throw e;
    }
    out.write(s + (end ?? '\n'));
  } else {
    for (let i = 0; i < args.length; i++) {
      if (i > 0) writeTo(out, sepStr);
      writeTo(out, strOf(args[i]));
    }
    writeTo(out, end ?? '\n');
  }
  if (flush !== undefined && isTrue(flush)) {
    if (out instanceof PyTextStream) out.flush();
    else call(getAttr(out, 'flush'), []);
  }
  return null;
}

function inputImpl(prompt: PyValue | undefined): PyValue {
  const stdout = sysAttr('stdout');
  if (prompt !== undefined) {
    writeTo(stdout, strOf(prompt));
  }
  if (stdout instanceof PyTextStream) stdout.flush();
  else call(getAttr(stdout, 'flush'), []);
  const stdin = sysAttr('stdin');
  const line = stdin instanceof PyTextStream ? stdin.readline() : call(getAttr(stdin, 'readline'), []);
  if (typeof line !== 'string') throw typeError('object.readline() returned non-string');
  if (line === '') throw newException(EXC['EOFError'], 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

// ---------- compile / exec / eval ----------

/** A PySyntaxError from the front end as a Python SyntaxError. */
export function syntaxErrorToPython(e: PySyntaxError): PyBaseException {
  const exc = newException(EXC[e.type], e.msg);
  exc.fields = {
    ...(exc.fields ?? {}),
    msg: e.msg,
    filename: e.filename,
    lineno: e.lineno,
    offset: e.offset,
    text: e.text,
    end_lineno: e.endLineno,
    end_offset: e.endOffset,
    print_file_and_line: null,
  };
  return exc;
}

function sourceText(source: PyValue, what: string): string {
  if (typeof source === 'string') return source;
  if (source instanceof PyBytes) return new TextDecoder().decode(source.bytes);
  const tname = typeOf(source).name;
  if (tname === 'bytearray' || tname === 'memoryview') {
    const b = call(builtinsModule().dict.getStr('bytes')!, [source]);
    if (b instanceof PyBytes) return new TextDecoder().decode(b.bytes);
  }
  throw typeError(`${what}() arg 1 must be a string, bytes or code object`);
}

export function compileToCode(source: string, filename: string, mode: CompileMode): CodeObject {
  const warnings: CompileWarning[] = [];
  let program: Program;
  try {
    program = compileSource(source, filename, mode, warnings);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // What was found before the error is issued first, as CPython issues it while parsing.
    issueCompileWarnings(warnings, filename);
    throw syntaxErrorToPython(e);
  }
  issueCompileWarnings(warnings, filename);
  return program.code;
}

/** Issue compile-time warnings through the warnings module, in the order they were found.
 * When a filter turns one into an exception, its SyntaxError is raised instead (as CPython's
 * tokenizer, parser and compiler replace the warning). */
export function issueCompileWarnings(warnings: readonly CompileWarning[], filename: string): void {
  for (const w of warnings) {
    const category = EXC[w.category];
    try {
      warnExplicit(category, w.message, filename, w.lineno);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(category)) throw syntaxErrorToPython(w.error);
      throw e;
    }
  }
}

function namespaces(globals: PyValue, locals: PyValue, what: string): [PyDict, PyValue] {
  if (globals !== null && !(globals instanceof PyDict)) {
    throw typeError(`${what}() globals must be a dict, not ${typeOf(globals).name}`);
  }
  if (locals !== null && typeOf(locals).lookup('__getitem__') === undefined) {
    throw typeError(`locals must be a mapping`);
  }
  if (globals === null) {
    const g = execHooks.globals();
    return [g, locals ?? execHooks.locals()];
  }
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', builtinsModule());
  return [globals, locals ?? globals];
}

function execImpl(source: PyValue, globals?: PyValue, locals?: PyValue, closure?: PyValue): PyValue {
  const [g, l] = namespaces(globals ?? null, locals ?? null, 'exec');
  const given = closure !== undefined && closure !== null;
  if (!(source instanceof CodeObject)) {
    if (given) throw typeError('closure can only be used when source is a code object');
    execHooks.run(compileToCode(sourceText(source, 'exec'), '<string>', 'exec'), g, l);
    return null;
  }
  execHooks.run(source, g, l, closureCells(source, given ? closure : undefined));
  return null;
}

/** The cells exec() runs `code` with: none for code without free variables (then no
 * closure may be given), else exactly one cell per free variable, in a tuple. */
function closureCells(code: CodeObject, closure: PyValue | undefined): PyCell[] | undefined {
  const nfree = code.freevars.length;
  if (nfree === 0) {
    if (closure !== undefined) throw typeError('cannot use a closure with this code object');
    return undefined;
  }
  if (closure instanceof PyTuple && closure.cls === tupleType && closure.items.length === nfree && closure.items.every((c) => c instanceof PyCell)) {
    return closure.items as PyCell[];
  }
  throw typeError(`code object requires a closure of exactly length ${nfree}`);
}

function evalImpl(source: PyValue, globals?: PyValue, locals?: PyValue): PyValue {
  const [g, l] = namespaces(globals ?? null, locals ?? null, 'eval');
  if (source instanceof CodeObject) {
    if (source.freevars.length > 0) throw typeError('code object passed to eval() may not contain free variables');
    return execHooks.run(source, g, l);
  }
  const text = sourceText(source, 'eval').replace(/^[ \t]+/, '');
  return execHooks.run(compileToCode(text, '<string>', 'eval'), g, l);
}

function compileImpl(source: PyValue, filename: PyValue, mode: PyValue): PyValue {
  // In the order CPython's argument parser converts them: filename, then mode.
  if (typeof filename !== 'string' && !(filename instanceof PyBytes)) {
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(filename).name}`);
  }
  if (typeof mode !== 'string') throw typeError(`compile() argument 'mode' must be str, not ${typeOf(mode).name}`);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  const code = source instanceof CodeObject ? source : compileToCode(sourceText(source, 'compile'), strOf(filename), mode);
  return code as unknown as PyValue;
}

// ---------- namespaces ----------

function varsImpl(obj: PyValue | undefined): PyValue {
  if (obj === undefined) return execHooks.locals();
  const d = getAttrOrUndefined(obj, '__dict__');
  if (d === undefined) throw typeError('vars() argument must have __dict__ attribute');
  return d;
}

// ---------- __import__ ----------

export const importHook = {
  defaultImportFunction: undefined as PyValue | undefined,
};

/** The default __import__ for built-in modules only. */
export function defaultImport(name: string, globals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  const lvl = level === null ? 0 : toIndex(level);
  if (lvl !== 0) {
    throw newException(EXC['ImportError'], 'attempted relative import with no known parent package');
  }
  if (name === '') throw valueError('Empty module name');
  const parts = name.split('.');
  const top = importModule(parts[0]);
  let leaf = top;
  for (let i = 1; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join('.');
    if (getAttrOrUndefined(leaf, '__path__') === undefined) {
      throw moduleNotFound(full, `No module named '${full}'; '${parts.slice(0, i).join('.')}' is not a package`);
    }
    const m = findModule(full) ?? getAttrOrUndefined(leaf, parts[i]);
    if (m === undefined || !(m instanceof PyModule)) throw moduleNotFound(full);
    leaf = m;
  }
  const hasFromlist = fromlist !== null && fromlist !== undefined && (!(fromlist instanceof PyTuple) || fromlist.items.length > 0);
  return hasFromlist ? leaf : top;
}

function importImpl(name: PyValue, globals?: PyValue, _locals?: PyValue, fromlist?: PyValue, level?: PyValue): PyValue {
  if (typeof name !== 'string') throw typeError(`module name must be str, not ${typeOf(name).name}`);
  return defaultImport(name, globals ?? null, fromlist ?? null, level ?? 0);
}

// ---------- registration ----------

const builtinsList: PyBuiltinFunction[] = [
  defFunction('print', '(*args, sep=None, end=None, file=None, flush=False)', printImpl),
  defFunction('input', '(prompt=<unrepresentable>, /)', inputImpl),
  defFunction('exec', '(source, globals=None, locals=None, /, *, closure=None)', execImpl),
  defFunction('eval', '(source, globals=None, locals=None, /)', evalImpl),
  defFunction('compile', '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)', compileImpl),
  defFunction('globals', 0, () => execHooks.globals()),
  defFunction('locals', 0, () => execHooks.locals()),
  defFunction('vars', '(object=<unrepresentable>, /)', varsImpl),
  defFunction('__import__', '(name, globals=None, locals=None, fromlist=(), level=0)', importImpl),
];
importHook.defaultImportFunction = builtinsList[builtinsList.length - 1];

addBuiltins((d) => {
  for (const f of builtinsList) d.setStr(f.name, f);
  d.setStr('__build_class__', buildClassBuiltin);
  d.setStr('__name__', 'builtins');
});
