// Binding call arguments to a Python function's parameters, in CPython's order of checks
// and with its exact messages (Python/ceval.c initialize_locals): keywords first, in order
// (unexpected or positional-only passed as keyword, multiple values), then too many
// positional arguments, then missing positional, then missing keyword-only arguments.
import { type PyValue } from './object.js';
import { PyDict } from './dict.js';
import { newTuple } from './tuple.js';
import { typeError } from './errors.js';
import { CO_VARARGS, CO_VARKEYWORDS, newLocals, type PyFunction } from './function.js';

/** Returns the function's locals array (length localsSize(code): the locals, then room for
 * the interpreter's value stack) with the parameters filled. `args` holds the positional
 * arguments followed by the values of `kwnames`. */
export function bindArguments(
  func: PyFunction,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): (PyValue | undefined)[] {
  const code = func.code;
  const argcount = code.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const locals = newLocals(code);
  const defaults = func.defaults;
  // Fast path: exactly the positional parameters, nothing else in play.
  if (nkw === 0 && npos === argcount && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    for (let i = 0; i < npos; i++) locals[i] = args[i];
    return locals;
  }
  const total = argcount + code.kwonlyargcount;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = new PyDict();
    locals[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const ncopy = Math.min(npos, argcount);
  for (let i = 0; i < ncopy; i++) locals[i] = args[i];
  if (hasVarargs) locals[total] = newTuple(args.slice(argcount, npos));

  const names = code.varnames;
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const value = args[npos + k];
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (names[j] === kw) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict !== null) {
        kwdict.setStr(kw, value);
        continue;
      }
      // CPython looks for positional-only names among all the keywords (later ones too)
      // only here, at the first keyword that matches nothing, and lists them in
      // parameter order; earlier keywords may already have failed as multiple values.
      const posonly = names.slice(0, code.posonlyargcount).filter((n) => kwnames!.includes(n));
      if (posonly.length > 0) {
        throw typeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
      }
      throw typeError(`${func.qualname}() got an unexpected keyword argument '${kw}'`);
    }
    if (locals[idx] !== undefined) {
      throw typeError(`${func.qualname}() got multiple values for argument '${kw}'`);
    }
    locals[idx] = value;
  }
  if (npos > argcount && !hasVarargs) throw tooManyPositional(func, npos, locals);

  const ndefaults = defaults === null ? 0 : defaults.length;
  if (npos < argcount) {
    const firstDefault = argcount - ndefaults;
    const missing: string[] = [];
    for (let i = npos; i < firstDefault; i++) if (locals[i] === undefined) missing.push(names[i]);
    if (missing.length > 0) throw missingArguments(func.qualname, missing, 'positional');
    for (let i = Math.max(npos, firstDefault); i < argcount; i++) {
      if (locals[i] === undefined) locals[i] = defaults![i - firstDefault];
    }
  }
  if (code.kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== undefined) continue;
      const dflt = func.kwdefaults?.getStr(names[i]);
      if (dflt !== undefined) locals[i] = dflt;
      else missing.push(names[i]);
    }
    if (missing.length > 0) throw missingArguments(func.qualname, missing, 'keyword-only');
  }
  return locals;
}

const s = (n: number) => (n === 1 ? '' : 's');

function tooManyPositional(func: PyFunction, given: number, locals: (PyValue | undefined)[]) {
  const code = func.code;
  const argcount = code.argcount;
  const ndefaults = func.defaults === null ? 0 : func.defaults.length;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (locals[i] !== undefined) kwonlyGiven++;
  const sig = ndefaults > 0 ? `from ${argcount - ndefaults} to ${argcount}` : `${argcount}`;
  const plural = ndefaults > 0 || argcount !== 1;
  const kwonlySig =
    kwonlyGiven > 0 ? ` positional argument${s(given)} (and ${kwonlyGiven} keyword-only argument${s(kwonlyGiven)})` : '';
  const verb = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  return typeError(
    `${func.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${verb} given`,
  );
}

function missingArguments(qualname: string, missing: string[], kind: string) {
  const quoted = missing.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(
    `${qualname}() missing ${missing.length} required ${kind} argument${s(missing.length)}: ${list}`,
  );
}
