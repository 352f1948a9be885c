// Module objects and the registry of built-in modules. There is no file-system import yet:
// `import m` finds `m` in sys.modules or creates it from a registered factory (`sys`,
// `math`, ...). The `builtins` module is assembled from contributors (each builtins file
// adds its functions with `addBuiltins`).
import { PyObject } from './value.js';
import { type AttrStore, type HasAttrs, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { newBuiltinType, typeOf } from './builtin-types.js';
import { PyDict } from './dict.js';
import { EXC, newException, typeError } from './errors.js';
import { defMethod, defGetSet, defGenericNew } from './builtin-function.js';
import { strRepr } from './str-repr.js';

export class PyModule extends PyObject implements HasAttrs {
  override cls: PyType = moduleType;
  attrs: AttrStore | null = null;
  /** The module namespace (`__dict__`); also the globals of code run in it. */
  dict: PyDict = new PyDict();
  /** Made by Python code calling ModuleType (not a registered or frozen module). */
  madeByCaller = false;
  /** Without a name the dict stays empty, as ModuleType.__new__ leaves it for __init__. */
  constructor(name?: string, doc: PyValue = null) {
    super();
    if (name !== undefined) initModuleDict(this.dict, name, doc);
  }

  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }

  /** Convenience for module factories: set `name` in the namespace. */
  set(name: string, value: PyValue): this {
    this.dict.setStr(name, value);
    return this;
  }
}

/** What module.__init__ puts in a module's namespace. */
function initModuleDict(d: PyDict, name: string, doc: PyValue): void {
  d.setStr('__name__', name);
  d.setStr('__doc__', doc);
  d.setStr('__package__', null);
  d.setStr('__loader__', null);
  d.setStr('__spec__', null);
}

export const moduleType = newBuiltinType('module', {
  alloc: (cls) => {
    const m = new PyModule();
    m.cls = cls;
    m.madeByCaller = true;
    return m;
  },
});
moduleType.hasDict = true;
defGenericNew(moduleType);
defMethod(moduleType, '__init__', '(name, doc=None)', (self: PyModule, name: PyValue, doc: PyValue | undefined) => {
  if (typeof name !== 'string') throw typeError(`module() argument 'name' must be str, not ${typeOf(name).name}`);
  initModuleDict(self.dict, name, doc ?? null);
  return null;
});
defMethod(moduleType, '__repr__', 0, (self: PyModule) => {
  const file = self.dict.getStr('__file__');
  if (typeof file === 'string') return `<module ${strRepr(self.name)} from ${strRepr(file)}>`;
  // A ModuleType() module has neither a loader nor a spec (importlib's _module_repr).
  return self.madeByCaller ? `<module ${strRepr(self.name)}>` : `<module ${strRepr(self.name)} (built-in)>`;
});

defGetSet(moduleType, '__dict__', (self) => (self as PyModule).dict);

export function newModule(name: string, doc: PyValue = null): PyModule {
  return new PyModule(name, doc);
}

const factories = new Map<string, () => PyModule>();

/** `sys.modules`: every imported module by name. */
export const sysModules = new PyDict();

/** Register a built-in module; it is created on first import. */
export function registerModule(name: string, create: () => PyModule): void {
  factories.set(name, create);
}

/** Names of the registered built-in modules (sys.builtin_module_names). */
export function builtinModuleNames(): string[] {
  return [...factories.keys()].sort();
}

/** The module `name` (a dotted name imports each parent first), or undefined. */
export function findModule(name: string): PyValue | undefined {
  const cached = sysModules.getStr(name);
  if (cached !== undefined) return cached;
  const create = factories.get(name);
  if (create === undefined) return undefined;
  const m = create();
  sysModules.setStr(name, m);
  return m;
}

/** Import `name` or raise ModuleNotFoundError "No module named 'x'". */
export function importModule(name: string): PyValue {
  const m = findModule(name);
  if (m === undefined) throw moduleNotFound(name);
  return m;
}

export function moduleNotFound(name: string, msg = `No module named '${name}'`) {
  const e = newException(EXC['ModuleNotFoundError'], msg);
  e.fields = { ...(e.fields ?? {}), name, path: null, msg };
  return e;
}

// ---------- builtins ----------

const contributors: ((d: PyDict) => void)[] = [];
let builtins: PyModule | null = null;

/** Add names to the builtins module (called at load by each builtins file). */
export function addBuiltins(install: (d: PyDict) => void): void {
  contributors.push(install);
  if (builtins !== null) install(builtins.dict);
}

/** The `builtins` module, created on first use from every contributor. */
export function builtinsModule(): PyModule {
  if (builtins === null) {
    builtins = newModule('builtins', 'Built-in functions, types, exceptions, and other objects.');
    for (const install of contributors) install(builtins.dict);
    sysModules.setStr('builtins', builtins);
  }
  return builtins;
}

export function builtinsDict(): PyDict {
  return builtinsModule().dict;
}
