// `_warnings`: the core of the warnings machinery, as CPython's Python/_warnings.c. warn()
// finds the code a warning is about (the caller, `stacklevel - 1` frames out) and
// warn_explicit() applies the filters: the warning is ignored, raised ("error") or shown
// through warnings._showwarnmsg, and remembered in the module's __warningregistry__ so that
// "default", "module" and "once" show it once per place, module or registry. The rest of
// the warnings module is Python (frozen/warnings.ts). As in CPython, where site imports
// `warnings` at start-up, the filters, default action and once-registry are read from the
// `warnings` module (catch_warnings() replaces them there), importing it when needed.
import { type PyValue } from './object.js';
import { type PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { EXC, PyBaseException, typeError, valueError, runtimeError, excMatches } from './errors.js';
import { defFunction } from './builtin-function.js';
import { PyDict } from './dict.js';
import { PyList, newList } from './list.js';
import { PyTuple, newTuple } from './tuple.js';
import { call, isCallable } from './call.js';
import { getAttr, getAttrOrUndefined } from './attr.js';
import { isInstance, isSubclass } from './isinstance.js';
import { isTrue } from './ops-protocols.js';
import { reprOf, strOf } from './ops-repr.js';
import { toIndex, toSsizeArg } from './ops-number.js';
import { PyModule, newModule, registerModule, importModule } from './modules.js';
import { sysHooks } from './module-sys.js';
import { warningsHooks } from './warnings.js';

/** Bumped by _filters_mutated(): a registry made under other filters is cleared first. */
let filtersVersion = 0;

const state = {
  filters: newList([
    newTuple(['default', null, EXC['DeprecationWarning'], '__main__', 0]),
    newTuple(['ignore', null, EXC['DeprecationWarning'], null, 0]),
    newTuple(['ignore', null, EXC['PendingDeprecationWarning'], null, 0]),
    newTuple(['ignore', null, EXC['ImportWarning'], null, 0]),
    newTuple(['ignore', null, EXC['ResourceWarning'], null, 0]),
  ]) as PyValue,
  onceRegistry: new PyDict() as PyValue,
  defaultAction: 'default' as PyValue,
};

/** `name` of the warnings module, or the last value seen (CPython's get_warnings_attr). */
function warningsAttr(name: string, key: keyof typeof state): PyValue {
  const v = getAttrOrUndefined(importModule('warnings'), name);
  if (v !== undefined) state[key] = v;
  return state[key];
}

// ---------- where a warning is about ----------

/** A frame's attribute (frames are the interpreter's objects). */
const frameAttr = (frame: PyValue, name: string): PyValue => getAttr(frame, name);

/** The running Python frame, or null when no Python code is running. */
function runningFrame(): PyValue {
  try {
    return sysHooks.getFrame(0);
  } catch (e) {
    // sys._getframe's "call stack is not deep enough"
    if (excMatches(e, 'ValueError')) return null;
    throw e;
  }
}

/** CPython's setup_context: the file, line, module name and registry of the code
 * `stacklevel - 1` frames out from `frame`; past the outermost frame, sys's ("sys", 1). */
function warnAt(frame: PyValue, stacklevel: number, category: PyValue, message: PyValue, source: PyValue): void {
  let f = frame;
  while (--stacklevel > 0 && f !== null) f = frameAttr(f, 'f_back');
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    globals = (importModule('sys') as PyModule).dict;
    filename = 'sys';
    lineno = 1;
  } else {
    globals = frameAttr(f, 'f_globals') as PyDict;
    filename = frameAttr(frameAttr(f, 'f_code'), 'co_filename') as string;
    lineno = frameAttr(f, 'f_lineno') as number;
  }
  let registry = globals.getStr('__warningregistry__');
  if (registry === undefined) {
    registry = new PyDict();
    globals.setStr('__warningregistry__', registry);
  }
  const name = globals.getStr('__name__');
  const module = name === null || typeof name === 'string' ? name : '<string>';
  warnExplicit(category, message, filename, lineno, module, registry, source);
}

/** CPython's get_category: a Warning instance gives its class, else `category` (default
 * UserWarning), which must be a Warning subclass. */
function categoryOf(message: PyValue, category: PyValue): PyValue {
  const cat = isInstance(message, EXC['Warning']) ? typeOf(message) : category === null ? EXC['UserWarning'] : category;
  let ok = false;
  try {
    ok = isSubclass(cat, EXC['Warning']);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (!ok) throw typeError(`category must be a Warning subclass, not '${typeOf(cat).name}'`);
  return cat;
}

// ---------- the filters ----------

/** Is `key` in the registry already? Sets it when asked. A registry from other filters
 * (its 'version') is cleared first. */
function alreadyWarned(registry: PyDict, key: PyValue, set: boolean): boolean {
  const version = registry.getStr('version');
  if (version !== filtersVersion) {
    registry.clear();
    registry.setStr('version', filtersVersion);
  } else {
    const seen = registry.get(key);
    if (seen !== undefined && isTrue(seen)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

/** A filter's message or module part: None matches anything, a str (the built-in
 * filters' '__main__') only itself, anything else through its match() (a pattern). */
function matches(pattern: PyValue, text: PyValue): boolean {
  if (pattern === null) return true;
  if (typeof pattern === 'string') {
    if (typeof text !== 'string') throw typeError(`Can't compare str and ${typeOf(text).name}`);
    return pattern === text;
  }
  return isTrue(call(getAttr(pattern, 'match'), [text]));
}

/** The action of the first filter matching the warning, and that filter (CPython's
 * get_filter); the default action when none does. */
function filterFor(category: PyValue, text: PyValue, lineno: number, module: PyValue): [string, PyValue] {
  const filters = warningsAttr('filters', 'filters');
  if (!(filters instanceof PyList)) throw valueError('_warnings.filters must be a list');
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw valueError(`_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items;
    if (typeof action !== 'string') throw typeError(`action must be a string, not '${typeOf(action).name}'`);
    const goodMsg = matches(msg, text);
    const goodMod = matches(mod, module);
    const isSub = isSubclass(category, cat);
    const line = Number(toIndex(ln));
    if (goodMsg && isSub && goodMod && (line === 0 || line === lineno)) return [action, item];
  }
  const action = warningsAttr('defaultaction', 'defaultAction');
  if (typeof action !== 'string') throw typeError(`_warnings.defaultaction must be a string, not '${typeOf(action).name}'`);
  return [action, null];
}

function onceRegistry(): PyDict {
  const r = warningsAttr('onceregistry', 'onceRegistry');
  if (!(r instanceof PyDict)) throw typeError(`_warnings.onceregistry must be a dict, not '${typeOf(r).name}'`);
  return r;
}

/** CPython's warn_explicit. `module` undefined: the filename without '.py'. */
function warnExplicit(category: PyValue, message: PyValue, filename: string, lineno: number, module: PyValue | undefined, registry: PyValue, source: PyValue): void {
  if (registry !== null && !(registry instanceof PyDict)) throw typeError("'registry' must be a dict or None");
  if (module === undefined) module = filename === '' ? '<unknown>' : filename.endsWith('.py') ? filename.slice(0, -3) : filename;
  let text: PyValue;
  if (isInstance(message, EXC['Warning'])) {
    text = strOf(message);
    category = typeOf(message);
  } else {
    text = message;
    message = call(category, [message]);
  }
  const key = newTuple([text, category, lineno]);
  if (registry !== null && alreadyWarned(registry, key, false)) return;
  const [action, item] = filterFor(category, text, lineno, module);
  if (action === 'error') throw message instanceof PyBaseException ? message : call(category, [message]);
  if (action === 'ignore') return;
  let shown = false;
  if (action !== 'always') {
    if (registry !== null) registry.set(key, true);
    // "once" and "module" remember (text, category) without the line: in the module's
    // registry, or for warn_explicit() without one, in the once-registry.
    if (action === 'once') shown = alreadyWarned(registry ?? onceRegistry(), newTuple([text, category]), true);
    else if (action === 'module') shown = registry !== null && alreadyWarned(registry, newTuple([text, category]), true);
    else if (action !== 'default') throw runtimeError(`Unrecognized action (${reprOf(action)}) in warnings.filters:\n ${reprOf(item)}`);
  }
  if (!shown) showWarning(category, message, filename, lineno, source);
}

/** Show through warnings._showwarnmsg(WarningMessage(...)) (CPython's call_show_warning). */
function showWarning(category: PyValue, message: PyValue, filename: string, lineno: number, source: PyValue): void {
  const warnings = importModule('warnings');
  const show = getAttr(warnings, '_showwarnmsg');
  if (!isCallable(show)) throw typeError('warnings._showwarnmsg() must be set to a callable');
  const msg = call(getAttr(warnings, 'WarningMessage'), [message, category, filename, lineno, null, null, source]);
  call(show, [msg]);
}

// ---------- the runtime's entry points (warnings.ts) ----------

warningsHooks.warn = (category: PyType, message: string, stacklevel: number): void => {
  // Runtime code called from a frozen module's function (operator.index) stands for C code
  // called from C in CPython: the warning is about the Python code that called that function.
  let f = runningFrame();
  while (f !== null && (frameAttr(frameAttr(f, 'f_code'), 'co_filename') as string).startsWith('<frozen ')) f = frameAttr(f, 'f_back');
  warnAt(f, stacklevel, category, message, null);
};
warningsHooks.warnExplicit = (category: PyType, message: string, filename: string, lineno: number): void => {
  warnExplicit(category, message, filename, lineno, undefined, null, null);
};

// ---------- filter patterns ----------

/** A Python pattern as a JavaScript one: the syntax the two spell differently (\A, \Z, $
 * before a final newline, named groups, ']' first in a class) is rewritten. */
function jsPattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[++i] ?? '';
      out += inClass ? '\\' + e : e === 'A' ? '^' : e === 'Z' ? '$' : '\\' + e;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += '\\' + pattern[++i];
    } else if (c === '$') out += '(?=\\n?$)';
    else if (pattern.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
    } else if (pattern.startsWith('(?P=', i) && pattern.indexOf(')', i) > 0) {
      const close = pattern.indexOf(')', i);
      out += `\\k<${pattern.slice(i + 4, close)}>`;
      i = close;
    } else out += c;
  }
  return out;
}

/** _compile_pattern(pattern, ignorecase): the match function of a filter's pattern (the
 * warnings module's _Pattern; pytier has no re module yet). Not in CPython's _warnings. */
function compilePattern(pattern: PyValue, ignorecase: PyValue): PyValue {
  if (typeof pattern !== 'string') throw typeError(`first argument must be string or compiled pattern`);
  let regex: RegExp;
  try {
    regex = new RegExp(jsPattern(pattern), isTrue(ignorecase) ? 'iy' : 'y');
  } catch (e) {
    throw valueError(`cannot compile ${reprOf(pattern)} as a regular expression: ${(e as Error).message}`);
  }
  return defFunction('match', '(string, /)', (s: PyValue) => {
    if (typeof s !== 'string') throw typeError(`expected string or bytes-like object, got '${typeOf(s).name}'`);
    regex.lastIndex = 0;
    return regex.test(s) ? true : null;
  });
}

registerModule('_warnings', () => {
  const m = newModule('_warnings', '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.');
  const fns = [
    defFunction('warn', '(message, category=None, stacklevel=1, source=None)', (message: PyValue, category?: PyValue, stacklevel?: PyValue, source?: PyValue) => {
      const cat = categoryOf(message, category ?? null);
      warnAt(runningFrame(), stacklevel === undefined ? 1 : toSsizeArg(stacklevel), cat, message, source ?? null);
      return null;
    }, '_warnings'),
    defFunction(
      'warn_explicit',
      '(message, category, filename, lineno, module=<unrepresentable>, registry=None, module_globals=None, source=None)',
      (message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, module?: PyValue, registry?: PyValue, moduleGlobals?: PyValue, source?: PyValue) => {
        if (typeof filename !== 'string') throw typeError(`warn_explicit() argument 3 must be str, not ${typeOf(filename).name}`);
        if (moduleGlobals !== undefined && moduleGlobals !== null && !(moduleGlobals instanceof PyDict)) {
          throw typeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).name}'`);
        }
        warnExplicit(category, message, filename, Number(toIndex(lineno)), module, registry ?? null, source ?? null);
        return null;
      },
      '_warnings',
    ),
    defFunction('_filters_mutated', 0, () => {
      filtersVersion++;
      return null;
    }, '_warnings'),
    defFunction('_compile_pattern', 2, compilePattern, '_warnings'),
  ];
  for (const f of fns) m.set(f.name, f);
  m.set('filters', state.filters).set('_defaultaction', state.defaultAction).set('_onceregistry', state.onceRegistry);
  return m;
});
