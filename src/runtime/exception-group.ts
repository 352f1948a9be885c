// BaseExceptionGroup / ExceptionGroup (PEP 654) as CPython 3.11's Objects/exceptions.c:
// construction rules (ExceptionGroup chosen for all-Exception contents, BaseExceptions
// refused inside Exception groups), message/exceptions, split/subgroup (recursive, keeping
// the nesting, new groups made by derive() and given the original's __traceback__,
// __cause__, __context__ and a copy of __notes__), derive, str, and the two operations the
// interpreter runs for `try/except*`: the except* match (CHECK_EG_MATCH) and the combination
// of what the handlers raised and re-raised (PREP_RERAISE_STAR, _PyExc_PrepReraiseStar).
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { PyBaseException, EXC, typeError, valueError, attributeError, recursionGuard } from './errors.js';
import { defMethod, defGetSet, defNew, defClassMethod } from './builtin-function.js';
import { dictType, type PyDict } from './dict.js';
import { PyTuple, newTuple, tupleType } from './tuple.js';
import { newList } from './list.js';
import { strOf } from './ops-repr.js';
import { toArray, isTrue } from './ops-protocols.js';
import { getAttr, getAttrOrUndefined, setAttr } from './attr.js';
import { call, isCallable } from './call.js';
import { strValue } from './number-box.js';
import { genericAlias } from './generic-alias.js';
import { isExceptionClass, checkExceptType, givenExceptionMatches } from './exception-match.js';

const BaseExceptionGroup = EXC['BaseExceptionGroup'];
const ExceptionGroup = EXC['ExceptionGroup'];

export function isExceptionGroup(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException && v.cls.isSubtypeOf(BaseExceptionGroup);
}

function group(v: PyValue): PyBaseException {
  if (!isExceptionGroup(v)) {
    throw typeError(`descriptor requires a 'BaseExceptionGroup' object but received '${typeOf(v).name}'`);
  }
  return v;
}

/** The sub-exceptions of a group (set by __new__, read-only afterwards). */
function subExceptions(eg: PyBaseException): readonly PyValue[] {
  return (eg.fields!['exceptions'] as PyTuple).items;
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequenceLike(v: PyValue): boolean {
  const t = typeOf(v);
  return !t.isSubtypeOf(dictType) && t.lookup('__getitem__') !== undefined;
}

defNew(BaseExceptionGroup, '(*args, **kwargs)', (cls: PyType, args: PyValue[]) => {
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (strValue(message) === undefined) {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${message === null ? 'None' : typeOf(message).name}`);
  }
  if (!isSequenceLike(excs)) throw typeError('second argument (exceptions) must be a sequence');
  const items = toArray(excs);
  if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let nestedBaseExceptions = false;
  items.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtypeOf(EXC['Exception'])) nestedBaseExceptions = true;
  });
  let t = cls;
  if (cls === ExceptionGroup) {
    if (nestedBaseExceptions) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === BaseExceptionGroup) {
    if (!nestedBaseExceptions) t = ExceptionGroup;
  } else if (nestedBaseExceptions && cls.isSubtypeOf(EXC['Exception'])) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = t.alloc(t) as PyBaseException;
  e.args = args;
  e.fields = { message, exceptions: newTuple(items) };
  return e;
});

// BaseExceptionGroup.__init__ is its own slot in CPython, doing what BaseException's does
// (looked up per call: exception-methods.ts installs it after this module has loaded).
defMethod(BaseExceptionGroup, '__init__', '(*args, **kwargs)', (self: PyValue, args: PyValue[], kwargs: PyDict) => {
  const kw = kwargs.entries();
  return call(EXC['BaseException'].lookup('__init__')!, [self, ...args, ...kw.map(([, v]) => v)], kw.length > 0 ? kw.map(([k]) => k as string) : null);
});
// message and exceptions are read-only members in CPython (hence its "readonly attribute").
const readonly = (): never => {
  throw attributeError('readonly attribute');
};
defGetSet(BaseExceptionGroup, 'message', (self) => group(self).fields!['message'], readonly);
defGetSet(BaseExceptionGroup, 'exceptions', (self) => group(self).fields!['exceptions'], readonly);
defMethod(BaseExceptionGroup, '__str__', 0, (self: PyValue) => {
  const eg = group(self);
  const n = subExceptions(eg).length;
  return `${strOf(eg.fields!['message'])} (${n} sub-exception${n > 1 ? 's' : ''})`;
});
defMethod(BaseExceptionGroup, 'derive', 1, (self: PyValue, excs: PyValue) =>
  call(BaseExceptionGroup, [group(self).fields!['message'], excs]),
);
defMethod(BaseExceptionGroup, 'split', 1, (self: PyValue, matcher: PyValue) => {
  const m = toMatcher(matcher);
  const r = splitRecursive(group(self), m, true);
  return newTuple([r.match, r.rest]);
});
defMethod(BaseExceptionGroup, 'subgroup', 1, (self: PyValue, matcher: PyValue) => {
  return splitRecursive(group(self), toMatcher(matcher), false).match;
});
defClassMethod(BaseExceptionGroup, '__class_getitem__', 1, (cls: PyType, arg: PyValue) => genericAlias(cls, arg));

// ---------- split ----------

/** What selects the leaves of a split: exception types (PyErr_GivenExceptionMatches), a
 * predicate called on every group and leaf, or (internal) a set of leaf identities. */
type Matcher =
  | { kind: 'type'; types: PyValue }
  | { kind: 'predicate'; fn: PyValue }
  | { kind: 'ids'; leaves: Set<PyBaseException> };

function toMatcher(v: PyValue): Matcher {
  if (isCallable(v) && !(v instanceof PyType)) return { kind: 'predicate', fn: v };
  if (isExceptionClass(v)) return { kind: 'type', types: v };
  if (v instanceof PyTuple && typeOf(v) === tupleType && v.items.every(isExceptionClass)) return { kind: 'type', types: v };
  throw typeError('expected a function, exception type or tuple of exception types');
}

function checkMatch(exc: PyBaseException, m: Matcher): boolean {
  switch (m.kind) {
    case 'type':
      return givenExceptionMatches(exc, m.types);
    case 'predicate':
      return isTrue(call(m.fn, [exc]));
    case 'ids':
      return !isExceptionGroup(exc) && m.leaves.has(exc);
  }
}

interface SplitResult {
  match: PyValue;
  rest: PyValue;
}

function splitRecursive(exc: PyBaseException, m: Matcher, constructRest: boolean): SplitResult {
  if (checkMatch(exc, m)) return { match: exc, rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: constructRest ? exc : null };
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  recursionGuard.enter(' in exceptiongroup_split_recursive');
  try {
    for (const e of subExceptions(exc)) {
      const r = splitRecursive(e as PyBaseException, m, constructRest);
      if (r.match !== null) matched.push(r.match);
      if (r.rest !== null) rest.push(r.rest);
    }
  } finally {
    recursionGuard.leave();
  }
  const match = subset(exc, matched);
  return { match, rest: constructRest ? subset(exc, rest) : null };
}

/** A group like `orig` (made by orig.derive) holding `excs`, with orig's traceback, cause,
 * context and a copy of its notes; None when `excs` is empty. */
function subset(orig: PyBaseException, excs: PyValue[]): PyValue {
  if (excs.length === 0) return null;
  const eg = call(getAttr(orig, 'derive'), [newList(excs)]);
  if (!isExceptionGroup(eg)) throw typeError('derive must return an instance of BaseExceptionGroup');
  if (orig.traceback !== null) eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  const notes = getAttrOrUndefined(orig, '__notes__');
  if (notes !== undefined && isSequenceLike(notes)) setAttr(eg, '__notes__', newList(toArray(notes)));
  return eg;
}

// ---------- try/except* ----------

/** CPython's _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). */
function createExceptionGroup(message: string, excs: PyValue): PyValue {
  return call(BaseExceptionGroup, [message, excs]);
}

/** The check CPython makes on the type of an `except*` clause. */
function checkExceptStarType(t: PyValue): void {
  checkExceptType(t);
  const types = t instanceof PyTuple ? t.items : [t];
  if (types.some((c) => (c as PyType).isSubtypeOf(BaseExceptionGroup))) {
    throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** CHECK_EG_MATCH: [match, rest] of `exc` (the exception or what earlier clauses left,
 * None when nothing is left) against an except* clause's type. A fully matching bare
 * exception comes back wrapped in a new group; match is None when nothing matches. */
export function exceptStarMatch(exc: PyValue, type: PyValue): [PyValue, PyValue] {
  checkExceptStarType(type);
  if (exc === null) return [null, null];
  const e = exc as PyBaseException;
  if (givenExceptionMatches(e, type)) {
    return [isExceptionGroup(e) ? e : createExceptionGroup('', newTuple([e])), null];
  }
  if (!isExceptionGroup(e)) return [null, null];
  const pair = call(getAttr(e, 'split'), [type]);
  const cls = typeOf(e).name;
  if (!(pair instanceof PyTuple) || typeOf(pair) !== tupleType) {
    throw typeError(`${cls}.split must return a tuple, not ${typeOf(pair).name}`);
  }
  if (pair.items.length !== 2) throw typeError(`${cls}.split must return a 2-tuple, got tuple of size ${pair.items.length}`);
  return [pair.items[0], pair.items[1]];
}

/** Leaves are compared by identity; a group passes its metadata to the parts that split()
 * derives, so a part with orig's traceback/cause/context is a re-raise of orig's leaves. */
function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

function collectLeaves(exc: PyValue, into: Set<PyBaseException>): void {
  if (!(exc instanceof PyBaseException)) return;
  if (!isExceptionGroup(exc)) into.add(exc);
  else for (const e of subExceptions(exc)) collectLeaves(e, into);
}

/** PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what a try/except* raises at its end, given
 * the exception it caught and the exceptions its clauses raised or re-raised (None entries
 * for clauses that raised nothing, plus what no clause matched). Re-raised parts keep their
 * place in orig's structure; newly raised ones become siblings in a new group. */
export function prepReraiseStar(orig: PyValue, excs: readonly PyValue[]): PyValue {
  if (excs.length === 0) return null;
  if (!isExceptionGroup(orig)) return excs[0];
  const raised: PyValue[] = [];
  const reraisedLeaves = new Set<PyBaseException>();
  for (const e of excs) {
    if (!(e instanceof PyBaseException)) continue;
    if (sameMetadata(e, orig)) collectLeaves(e, reraisedLeaves);
    else raised.push(e);
  }
  const reraised = splitRecursive(orig, { kind: 'ids', leaves: reraisedLeaves }, false).match;
  if (raised.length === 0) return reraised;
  if (reraised !== null) raised.push(reraised);
  return raised.length > 1 ? createExceptionGroup('', newList(raised)) : raised[0];
}
