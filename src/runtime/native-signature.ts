// Signatures of builtin (JS-implemented) callables and the binding of Python call arguments
// to JS parameters, with CPython's messages for builtins. A signature is written as text,
// like CPython's __text_signature__ minus self:
//     '(x, /)'                     one positional-only parameter
//     '(sep=None, maxsplit=-1)'    optional parameters (the default text is documentation:
//                                  a missing argument reaches JS as `undefined`)
//     '(*args, key=None, **kw)'    varargs as a JS array, **kw as a PyDict
//     '(iterable=(), /, *, key=None, reverse=False)'
import { type PyValue } from './object.js';
import { PyDict } from './dict.js';
import { typeError } from './errors.js';

export class NativeSignature {
  /** Names of positional parameters (incl. positional-only), then keyword-only ones. */
  readonly names: string[] = [];
  posOnly = 0;
  positional = 0;
  /** Positional parameters without a default. */
  required = 0;
  kwOnlyRequired: string[] = [];
  varargs = false;
  varkw = false;
  /** Number of JS arguments the implementation receives (after self). */
  arity = 0;
  /** Positional-only, fixed count, no keywords (set once parsed). */
  simple = false;
  /** No *args, **kw or required keyword-only parameter: a call with positional arguments
   * only, between `required` and `positional` of them, can skip the binder (the missing
   * optional ones reach JS as undefined, as the binder would pass them). */
  direct = false;
  /** Exactly `(*args, **kwargs)`: a call without keywords passes a copy of the arguments
   * and an empty dict, without the binder. */
  starOnly = false;
  constructor(readonly text: string) {}
}

const cache = new Map<string, NativeSignature>();

export function parseSignature(text: string): NativeSignature {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const sig = new NativeSignature(text);
  const body = text.trim().replace(/^\(/, '').replace(/\)$/, '').trim();
  let kwOnly = false;
  let sawDefault = false;
  const parts = body === '' ? [] : splitTopLevel(body);
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '/') {
      sig.posOnly = sig.positional;
    } else if (p === '*') {
      kwOnly = true;
    } else if (p.startsWith('**')) {
      sig.varkw = true;
    } else if (p.startsWith('*')) {
      sig.varargs = true;
      kwOnly = true;
    } else {
      const eqAt = p.indexOf('=');
      const name = (eqAt < 0 ? p : p.slice(0, eqAt)).trim();
      const hasDefault = eqAt >= 0;
      sig.names.push(name);
      if (kwOnly) {
        if (!hasDefault) sig.kwOnlyRequired.push(name);
      } else {
        sig.positional++;
        if (hasDefault) sawDefault = true;
        else if (!sawDefault) sig.required++;
      }
    }
  }
  sig.arity = sig.names.length + (sig.varargs ? 1 : 0) + (sig.varkw ? 1 : 0);
  sig.direct = !sig.varargs && !sig.varkw && sig.kwOnlyRequired.length === 0;
  sig.starOnly = sig.varargs && sig.varkw && sig.names.length === 0;
  sig.simple = sig.direct && sig.posOnly === sig.positional && sig.names.length === sig.positional;
  cache.set(text, sig);
  return sig;
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Bind `args` (positional, then the values of `kwnames`) to the JS parameter list of a
 * builtin: missing optional ones are `undefined`, *args is a PyValue[], **kw a PyDict.
 * `name` is what messages call the function ("split", "list.append"). Errors are checked in
 * the order of CPython's _PyArg_UnpackKeywords: too many arguments in all, too many
 * positional, too few positional-only, each missing required parameter, a parameter given
 * both ways, then a keyword that matches none. */
export function bindNative(
  name: string,
  sig: NativeSignature,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): (PyValue | undefined | PyValue[] | PyDict)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const bareName = messageName(name);
  const typeSlot = bareName !== name.slice(name.lastIndexOf('.') + 1);
  if (nkw > 0 && sig.names.length === sig.posOnly && !sig.varkw) {
    throw typeError(`${typeSlot ? bareName : name}() takes no keyword arguments`);
  }
  const takesKeywords = sig.names.length > sig.posOnly;
  if (takesKeywords && !sig.varargs && !sig.varkw && npos + nkw > sig.names.length) {
    const max = sig.names.length;
    throw typeError(`${bareName}() takes at most ${max} ${npos === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > sig.positional && !sig.varargs) {
    throw typeSlot && !takesKeywords ? positionalCountError(bareName, sig, npos) : tooManyPositional(name, bareName, sig, npos);
  }
  const minPosOnly = Math.min(sig.required, sig.posOnly);
  if (takesKeywords && npos < minPosOnly) {
    const atLeast = minPosOnly < sig.positional ? 'at least' : 'exactly';
    throw typeError(`${bareName}() takes ${atLeast} ${plural(minPosOnly, 'positional argument')} (${npos} given)`);
  }
  const out: (PyValue | undefined | PyValue[] | PyDict)[] = new Array(sig.arity).fill(undefined);
  const nfill = Math.min(npos, sig.positional);
  for (let i = 0; i < nfill; i++) out[i] = args[i];
  let at = sig.names.length;
  if (sig.varargs) out[at++] = args.slice(sig.positional, npos);
  let extra: PyDict | null = null;
  if (sig.varkw) out[at] = extra = new PyDict();
  let twice: string | null = null;
  let unknown: string | null = null;
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const value = args[npos + k];
    const idx = sig.names.indexOf(kw);
    if (idx >= sig.posOnly) {
      if (idx < nfill) twice ??= `argument for ${bareName}() given by name ('${kw}') and position (${idx + 1})`;
      else out[idx] = value;
    } else if (extra !== null) {
      extra.setStr(kw, value);
    } else {
      unknown ??= `'${kw}' is an invalid keyword argument for ${bareName}()`;
    }
  }
  for (let i = 0; i < sig.required; i++) {
    if (out[i] === undefined) {
      if (!takesKeywords) throw typeSlot ? positionalCountError(bareName, sig, npos) : tooFewPositional(name, bareName, sig, npos);
      throw typeError(`${bareName}() missing required argument '${sig.names[i]}' (pos ${i + 1})`);
    }
  }
  for (const kw of sig.kwOnlyRequired) {
    if (out[sig.names.indexOf(kw)] === undefined) {
      throw typeError(`${bareName}() missing required keyword-only argument '${kw}'`);
    }
  }
  if (twice !== null) throw typeError(twice);
  if (unknown !== null) throw typeError(unknown);
  return out;
}

/** What PyArg_ParseTupleAndKeywords makes of keywords alone (min, max and zip parse their
 * keyword-only parameters so): more keywords than parameters is an error, then the first
 * unknown one; the values come back in the order of `names`. */
export function keywordOnly(fname: string, kwargs: PyDict, names: readonly string[]): (PyValue | undefined)[] {
  if (kwargs.size > names.length) {
    throw typeError(`${fname}() takes at most ${plural(names.length, 'keyword argument')} (${kwargs.size} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (const [k, v] of kwargs.entries()) {
    const i = names.indexOf(k as string);
    if (i < 0) throw typeError(`'${k as string}' is an invalid keyword argument for ${fname}()`);
    out[i] = v;
  }
  return out;
}

/** The name messages give a builtin: its own name, and for a type's __new__ or __init__
 * the type's (Argument Clinic and the hand-written checks name them after the class:
 * "bytearray()", "reversed expected 1 argument, got 0"). */
function messageName(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return name;
  const own = name.slice(dot + 1);
  if (own !== '__init__' && own !== '__new__') return own;
  const owner = name.slice(0, dot);
  return owner.slice(owner.lastIndexOf('.') + 1);
}

function tooManyPositional(name: string, bareName: string, sig: NativeSignature, given: number) {
  if (sig.positional === 0) {
    return sig.names.length > 0
      ? typeError(`${bareName}() takes no positional arguments`)
      : typeError(`${name}() takes no arguments (${given} given)`);
  }
  if (sig.positional === 1 && sig.required === 1 && sig.simple) {
    return typeError(`${name}() takes exactly one argument (${given} given)`);
  }
  if (sig.names.length === sig.posOnly) return positionalCountError(bareName, sig, given);
  return typeError(`${bareName}() takes at most ${plural(sig.positional, 'argument')} (${given} given)`);
}

function tooFewPositional(name: string, bareName: string, sig: NativeSignature, given: number) {
  if (sig.positional === 1 && sig.required === 1 && sig.simple) {
    return typeError(`${name}() takes exactly one argument (${given} given)`);
  }
  return positionalCountError(bareName, sig, given);
}

/** CPython's _PyArg_CheckPositional wording: "divmod expected 2 arguments, got 1". */
function positionalCountError(bareName: string, sig: NativeSignature, given: number) {
  const max = sig.varargs ? Infinity : sig.positional;
  if (sig.required === max) return typeError(`${bareName} expected ${plural(max, 'argument')}, got ${given}`);
  if (given < sig.required) {
    return typeError(`${bareName} expected at least ${plural(sig.required, 'argument')}, got ${given}`);
  }
  return typeError(`${bareName} expected at most ${plural(max, 'argument')}, got ${given}`);
}
