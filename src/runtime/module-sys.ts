// The `sys` module. Interpreter state (recursion limit, handled exception, frames) comes
// through `sysHooks`, which the interpreter installs; argv is set by the host per run.
import { PyFloat, PyObject } from './value.js';
import { type PyValue, type HasAttrs } from './object.js';
import { PyType } from './type.js';
import { typeOf, typeType, objectType, NotImplemented } from './builtin-types.js';
import { typeError, valueError, EXC, newException, overflowError } from './errors.js';
import { defFunction, defMethod, defGetSet, defRichCompare } from './builtin-function.js';
import { PyTuple, tupleType } from './tuple.js';
import { newList, PyList } from './list.js';
import { PyDict } from './dict.js';
import { reprOf, withReprGuard } from './ops-repr.js';
import { richCompare } from './ops-compare.js';
import { toIndex } from './ops-number.js';
import { PyModule, newModule, registerModule, sysModules, builtinModuleNames } from './modules.js';
import { stdoutStream, stderrStream, stdinStream } from './stream.js';
import { call } from './call.js';
import { getAttr, instanceDictOf } from './attr.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from './int-text.js';

export const sysHooks = {
  getRecursionLimit: (): number => 1000,
  setRecursionLimit: (_n: number): void => {},
  /** The exception being handled, or None. */
  handledException: (): PyValue => null,
  /** sys._getframe(depth) */
  getFrame: (_depth: number): PyValue => null,
};

/** Set by the host before a run: sys.argv. */
export const sysConfig = {
  argv: [''] as string[],
  executable: '',
};

/** A named tuple type like sys.version_info (CPython's structseq). */
export function structSeqType(qualname: string, fields: readonly string[]): PyType {
  const t = new PyType(typeType, qualname.slice(qualname.lastIndexOf('.') + 1), [tupleType]);
  if (qualname.includes('.')) t.setModuleName(qualname.slice(0, qualname.lastIndexOf('.')));
  else t.ns.set('__module__', 'builtins');
  t.isBaseType = false;
  fields.forEach((f, i) => defGetSet(t, f, (self) => (self as PyTuple).items[i]));
  t.ns.set('n_fields', fields.length);
  t.ns.set('n_sequence_fields', fields.length);
  defMethod(t, '__repr__', 0, (self: PyValue) => {
    const items = (self as PyTuple).items;
    return `${qualname}(${fields.map((f, i) => `${f}=${reprOf(items[i])}`).join(', ')})`;
  });
  return t;
}

export function structSeq(type: PyType, items: PyValue[]): PyTuple {
  return new PyTuple(items, type);
}

const VERSION = '3.11.7 (main, pytier) [JavaScript]';

function createSys(): PyModule {
  const m = newModule('sys', 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.');
  const versionInfoType = structSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  const versionInfo = structSeq(versionInfoType, [3, 11, 7, 'final', 0]);
  const floatInfoType = structSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  const intInfoType = structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
  const hashInfoType = structSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);

  const impl = new PyDict();
  impl.setStr('name', 'cpython');
  impl.setStr('cache_tag', 'cpython-311');
  impl.setStr('version', versionInfo);
  impl.setStr('hexversion', 0x030b07f0);
  impl.setStr('_multiarch', 'x86_64-linux-gnu');

  m.set('argv', newList([...sysConfig.argv]))
    .set('orig_argv', newList([...sysConfig.argv]))
    .set('stdout', stdoutStream)
    .set('stderr', stderrStream)
    .set('stdin', stdinStream)
    .set('__stdout__', stdoutStream)
    .set('__stderr__', stderrStream)
    .set('__stdin__', stdinStream)
    .set('maxsize', 9223372036854775807n)
    .set('maxunicode', 0x10ffff)
    .set('version', VERSION)
    .set('version_info', versionInfo)
    .set('hexversion', 0x030b07f0)
    .set('api_version', 1013)
    .set('implementation', namespaceObject(impl))
    .set('platform', 'linux')
    .set('byteorder', 'little')
    .set('executable', sysConfig.executable)
    .set('prefix', '')
    .set('exec_prefix', '')
    .set('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.')
    .set('modules', sysModules)
    .set('path', newList([]))
    .set('meta_path', newList([]))
    .set('path_hooks', newList([]))
    .set('builtin_module_names', new PyTuple(builtinModuleNames()))
    .set('dont_write_bytecode', true)
    .set('flags', structSeq(structSeqType('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']), [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]))
    .set('float_info', structSeq(floatInfoType, [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]))
    .set('int_info', structSeq(intInfoType, [30, 4, 4300, 640]))
    .set('hash_info', structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]))
    .set('float_repr_style', 'short');

  const fns = [
    defFunction('exit', '(status=None, /)', (status?: PyValue) => {
      throw newException(EXC['SystemExit'], ...(status === undefined ? [] : [status]));
    }, 'sys'),
    defFunction('getrecursionlimit', 0, () => sysHooks.getRecursionLimit(), 'sys'),
    defFunction('setrecursionlimit', 1, (n: PyValue) => {
      if (typeof n !== 'number' && typeof n !== 'bigint') {
        throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
      }
      if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C int');
      if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
      sysHooks.setRecursionLimit(n);
      return null;
    }, 'sys'),
    defFunction('exc_info', 0, () => {
      const e = sysHooks.handledException();
      if (e === null) return new PyTuple([null, null, null]);
      return new PyTuple([typeOf(e), e, (e as { traceback?: PyValue }).traceback ?? null]);
    }, 'sys'),
    defFunction('exception', 0, () => sysHooks.handledException(), 'sys'),
    defFunction('intern', 1, (s: PyValue) => {
      if (typeof s !== 'string') throw typeError(`intern() argument must be str, not ${typeOf(s).name}`);
      return s;
    }, 'sys'),
    defFunction('getsizeof', '(object, default=<unrepresentable>)', (o: PyValue) => sizeOf(o), 'sys'),
    defFunction('getdefaultencoding', 0, () => 'utf-8', 'sys'),
    defFunction('getfilesystemencoding', 0, () => 'utf-8', 'sys'),
    defFunction('get_int_max_str_digits', 0, () => getIntMaxStrDigits(), 'sys'),
    defFunction('set_int_max_str_digits', '(maxdigits)', (n: PyValue) => {
      setIntMaxStrDigits(Number(toIndex(n)));
      return null;
    }, 'sys'),
    defFunction('_getframe', '(depth=0, /)', (d?: PyValue) => sysHooks.getFrame(d === undefined ? 0 : Number(toIndex(d))), 'sys'),
    defFunction('displayhook', 1, (v: PyValue) => {
      if (v === null) return null;
      const builtins = sysModules.getStr('builtins');
      if (builtins instanceof PyModule) builtins.dict.setStr('_', null);
      const out = getAttr(m, 'stdout');
      call(getAttr(out, 'write'), [reprOf(v) + '\n']);
      if (builtins instanceof PyModule) builtins.dict.setStr('_', v);
      return null;
    }, 'sys'),
  ];
  for (const f of fns) m.set(f.name, f);
  m.set('__displayhook__', m.dict.getStr('displayhook')!);
  return m;
}

/** Rough sizes in the shape of CPython's 64-bit sys.getsizeof (enough for comparisons). */
function sizeOf(o: PyValue): number {
  if (typeof o === 'boolean') return o ? 28 : 24;
  if (typeof o === 'number') return o === 0 ? 24 : 28 + 4 * Math.floor(Math.log2(Math.abs(o)) / 30);
  if (typeof o === 'bigint') return 28 + 4 * Math.floor((o < 0n ? -o : o).toString(2).length / 30);
  if (typeof o === 'string') return 49 + o.length;
  if (o === null) return 16;
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyList) return 56 + 8 * o.items.length;
  if (o instanceof PyTuple) return 40 + 8 * o.items.length;
  if (o instanceof PyDict) return 64 + 24 * o.size;
  return 48;
}

// ---------- types.SimpleNamespace (the type of sys.implementation) ----------

export const simpleNamespaceType = new PyType(typeType, 'SimpleNamespace', [objectType]);
simpleNamespaceType.setModuleName('types');
simpleNamespaceType.hasDict = true;
defGetSet(simpleNamespaceType, '__dict__', (self) => instanceDictOf(self as PyObject & HasAttrs));
defMethod(simpleNamespaceType, '__init__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs: PyDict) => {
  if (args.length > 0) throw typeError('no positional arguments expected');
  const store = (self as PyObject & HasAttrs).attrs!;
  for (const [k, v] of kwargs.entries()) store.set(k as string, v);
  return null;
});
// As CPython's namespace_repr: a subclass shows its own name, keys that are not non-empty
// strs are left out, and a namespace inside itself is 'namespace(...)'.
defMethod(simpleNamespaceType, '__repr__', 0, (self: PyValue) => {
  const name = typeOf(self) === simpleNamespaceType ? 'namespace' : typeOf(self).name;
  return withReprGuard(self, `${name}(...)`, () => {
    const d = instanceDictOf(self as PyObject & HasAttrs);
    const items = d.entries().filter(([k]) => typeof k === 'string' && k !== '');
    return `${name}(${items.map(([k, v]) => `${k as string}=${reprOf(v)}`).join(', ')})`;
  });
});
// Comparisons compare the attribute dicts of two namespaces (subclasses included), which
// makes namespaces unhashable.
defRichCompare(simpleNamespaceType, (self: PyValue, other: PyValue, op: number) => {
  if (!typeOf(other).isSubtypeOf(simpleNamespaceType)) return NotImplemented;
  return richCompare(instanceDictOf(self as PyObject & HasAttrs), instanceDictOf(other as PyObject & HasAttrs), op);
});
simpleNamespaceType.setMember('__hash__', null);

function namespaceObject(attrs: PyDict): PyValue {
  const o = simpleNamespaceType.alloc(simpleNamespaceType);
  const store = (o as PyObject & HasAttrs).attrs!;
  for (const [k, v] of attrs.entries()) store.set(k as string, v);
  return o;
}

registerModule('sys', createSys);
