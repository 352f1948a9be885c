// Builtin callables and descriptors implemented in JS, and the helpers every type file uses
// to install its methods:
//   defMethod(type, name, sig, fn)        fn(self, ...params)  -> method_descriptor
//   defClassMethod(type, name, sig, fn)   fn(cls, ...params)   -> classmethod_descriptor
//   defStaticMethod(type, name, sig, fn)  fn(...params)        -> staticmethod(builtin)
//   defGetSet(type, name, get, set?)      attribute computed by JS -> getset_descriptor
//   defFunction(name, sig, fn)            a module-level builtin function
// `sig` is signature text (native-signature.ts) or a number N = exactly N positional-only
// parameters (the fast path: no binding, the JS function is called directly).
import { PyObject } from './value.js';
import { type PyValue } from './object.js';
import { PyType } from './type.js';
import { newBuiltinType, typeOf } from './builtin-types.js';
import { NativeSignature, bindNative, parseSignature } from './native-signature.js';
import { typeError, overflowError } from './errors.js';
import { PyStaticMethod } from './descriptors.js';
import { PyDict } from './dict.js';
import { hasIndex, toIndex, fitsSsize } from './ops-number.js';

/** The count of a sequence repeat (`[0] * n`), with CPython's message for a non-int. */
function repeatCount(n: PyValue): number | bigint {
  // A direct call (str.__mul__(s, None)) fails as PyNumber_AsSsize_t does; the operator
  // checks first, with its own message (ops-binary.ts repeatOperand).
  if (!hasIndex(n)) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
  const i = toIndex(n);
  // CPython's PyNumber_AsSsize_t, which names the original object's type.
  if (typeof i === 'bigint' && !fitsSsize(i)) throw overflowError(`cannot fit '${typeOf(n).name}' into an index-sized integer`);
  return i;
}

// JS implementations receive PyValue arguments (undefined for a missing optional one,
// PyValue[] for *args, PyDict for **kw); `any` keeps type files free of casts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NativeFn = (...args: any[]) => PyValue;

const sigOf = (sig: string | number): NativeSignature =>
  typeof sig === 'number'
    ? parseSignature(`(${Array.from({ length: sig }, (_, i) => `a${i}`).join(', ')}${sig > 0 ? ', /' : ''})`)
    : parseSignature(sig);

const isDunder = (name: string) => name.length > 4 && name.startsWith('__') && name.endsWith('__');

/** What messages call a builtin ("split", "list.append"); read only when raising. */
interface Named {
  readonly qualname: string;
  readonly module?: string | null;
}

/** Call `fn(self?, ...params)`. Positional-only signatures called without keywords skip
 * the binder: a missing optional parameter is simply an absent JS argument (undefined). */
function invokeNative(
  fn: NativeFn,
  self: PyValue | undefined,
  named: Named,
  sig: NativeSignature,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  slotStyle: boolean,
): PyValue {
  if (sig.direct) {
    const n = args.length;
    if ((kwnames === null || kwnames.length === 0) && n >= sig.required && n <= sig.positional) {
      if (self === undefined) {
        switch (n) {
          case 0: return fn();
          case 1: return fn(args[0]);
          case 2: return fn(args[0], args[1]);
          case 3: return fn(args[0], args[1], args[2]);
          default: return fn(...args);
        }
      }
      switch (n) {
        case 0: return fn(self);
        case 1: return fn(self, args[0]);
        case 2: return fn(self, args[0], args[1]);
        default: return fn(self, ...args);
      }
    }
    if (slotStyle && sig.simple) {
      if (kwnames !== null && kwnames.length > 0) {
        throw typeError(`wrapper ${named.qualname.slice(named.qualname.lastIndexOf('.') + 1)}() takes no keyword arguments`);
      }
      throw typeError(`expected ${sig.positional} argument${sig.positional === 1 ? '' : 's'}, got ${n}`);
    }
  }
  if (sig.starOnly && (kwnames === null || kwnames.length === 0)) {
    return self === undefined ? fn(args.slice(), new PyDict()) : fn(self, args.slice(), new PyDict());
  }
  // CPython's _PyObject_FunctionStr: a module's function is named with its module
  // ("math.sqrt() takes exactly one argument"), except the builtins'.
  const module = self === undefined ? named.module : null;
  const bound = bindNative(module && module !== 'builtins' ? `${module}.${named.qualname}` : named.qualname, sig, args, kwnames);
  return self === undefined ? fn(...bound) : fn(self, ...bound);
}

/** `builtin_function_or_method` (and `method-wrapper` when bound from a slot wrapper). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly sig: NativeSignature,
    readonly fn: NativeFn,
    /** `__self__` when bound (the receiver), undefined for a plain function. */
    readonly self: PyValue | undefined = undefined,
    public override cls: PyType = builtinFunctionType,
    readonly module: string | null = null,
  ) {
    super();
  }

  call(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    return invokeNative(this.fn, this.self, this, this.sig, args, kwnames, this.cls === methodWrapperType && this.name !== '__init__');
  }
}

/** `method_descriptor` / `wrapper_descriptor` (dunders): a JS method in a builtin type's
 * namespace. Getting it from an instance binds it (PyBuiltinFunction with __self__). */
export class PyMethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly sig: NativeSignature,
    /** fn(self, ...params) */
    readonly fn: NativeFn,
    public override cls: PyType,
    /** Sequence concat/repeat wrappers (list.__add__, str.__mul__, ...): operator dispatch
     * tries them only after the numeric protocol, as CPython's sq_concat/sq_repeat. */
    readonly sequenceSlot = false,
  ) {
    super();
  }

  get qualname(): string {
    return `${this.objclass.qualname}.${this.name}`;
  }

  get isSlotWrapper(): boolean {
    return this.cls === wrapperDescriptorType;
  }

  /** Raise CPython's error if `self` is not an instance of the defining type. */
  checkSelf(self: PyValue): void {
    if (!typeOf(self).isSubtypeOf(this.objclass)) {
      const got = typeOf(self).name;
      throw typeError(
        this.isSlotWrapper
          ? `descriptor '${this.name}' requires a '${this.objclass.qualname}' object but received a '${got}'`
          : `descriptor '${this.name}' for '${this.objclass.qualname}' objects doesn't apply to a '${got}' object`,
      );
    }
  }

  bind(self: PyValue): PyBuiltinFunction {
    return new PyBuiltinFunction(
      this.name,
      this.qualname,
      this.sig,
      this.fn,
      self,
      this.isSlotWrapper ? methodWrapperType : builtinFunctionType,
    );
  }

  /** Call through the descriptor: `list.append(lst, x)`; args[0] is self. */
  call(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw < 1) throw typeError(`unbound method ${this.qualname}() needs an argument`);
    this.checkSelf(args[0]);
    return this.callWithSelf(args[0], args.slice(1), kwnames);
  }

  /** Call with an already-checked receiver (LOAD_METHOD/CALL_METHOD, slot dispatch). */
  callWithSelf(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    // A slot wrapper checks the argument count itself, except __init__'s (wrap_init), which
    // leaves it to tp_init.
    return invokeNative(this.fn, self, this, this.sig, args, kwnames, this.isSlotWrapper && this.name !== '__init__');
  }
}

/** `classmethod_descriptor`: a JS classmethod of a builtin type (dict.fromkeys). */
export class PyClassMethodDescriptor extends PyObject {
  override cls: PyType = classMethodDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly sig: NativeSignature,
    /** fn(cls, ...params) */
    readonly fn: NativeFn,
  ) {
    super();
  }

  bind(type: PyType): PyBuiltinFunction {
    return new PyBuiltinFunction(this.name, `${this.objclass.qualname}.${this.name}`, this.sig, this.fn, type);
  }
}

/** `getset_descriptor`: a data descriptor computed by JS (float.real, __class__, ...). */
export class PyGetSetDescriptor extends PyObject {
  override cls: PyType = getSetDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: (self: PyValue) => PyValue,
    /** null: read-only ("attribute '...' of '...' objects is not writable"). Receives
     * undefined for `del`. */
    readonly set: ((self: PyValue, value: PyValue | undefined) => void) | null = null,
  ) {
    super();
  }
}

export const builtinFunctionType = newBuiltinType('builtin_function_or_method', { final: true });
export const methodWrapperType = newBuiltinType('method-wrapper', { final: true });
export const methodDescriptorType = newBuiltinType('method_descriptor', { final: true });
export const wrapperDescriptorType = newBuiltinType('wrapper_descriptor', { final: true });
export const classMethodDescriptorType = newBuiltinType('classmethod_descriptor', { final: true });
export const getSetDescriptorType = newBuiltinType('getset_descriptor', { final: true });

/** Install a JS method: `fn(self, ...params)`. Dunders become slot wrappers. */
export function defMethod(type: PyType, name: string, sig: string | number, fn: NativeFn): PyMethodDescriptor {
  const d = new PyMethodDescriptor(
    name,
    type,
    sigOf(sig),
    fn,
    isDunder(name) ? wrapperDescriptorType : methodDescriptorType,
  );
  type.setMember(name, d);
  return d;
}

/** The rich-comparison dunders, indexed by CompareOp (LT, LE, EQ, NE, GT, GE). */
const COMPARE_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;

/** Install `__lt__` … `__ge__` from one function of the CompareOp number. */
export function defRichCompare(type: PyType, fn: (self: PyValue, other: PyValue, op: number) => PyValue): void {
  COMPARE_DUNDERS.forEach((name, op) => defMethod(type, name, 1, (self: PyValue, other: PyValue) => fn(self, other, op)));
}

/** `c <op> 0` for a three-way comparison result `c` (NaN, "unordered", is only `!=`). */
export function compareSign(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** Install a sequence operator (`__add__`/`__iadd__` = concat, `__mul__`/`__rmul__`/
 * `__imul__` = repeat): operator dispatch calls it only after the numeric dunders of both
 * operands declined, like CPython, so `[] + X()` still reaches `X.__radd__`. Repeat
 * functions receive the count as an int (number | bigint). */
export function defSequenceMethod(
  type: PyType,
  name: '__add__' | '__iadd__' | '__mul__' | '__rmul__' | '__imul__',
  fn: NativeFn,
): PyMethodDescriptor {
  const impl: NativeFn = name === '__add__' || name === '__iadd__' ? fn : (self: PyValue, n: PyValue) => fn(self, repeatCount(n));
  const d = new PyMethodDescriptor(name, type, sigOf(1), impl, wrapperDescriptorType, true);
  type.setMember(name, d);
  return d;
}

/** Install several simple methods at once: `{ name: [sig, fn] }`. */
export function defMethods(type: PyType, methods: Record<string, [string | number, NativeFn]>): void {
  for (const [name, [sig, fn]] of Object.entries(methods)) defMethod(type, name, sig, fn);
}

export function defClassMethod(type: PyType, name: string, sig: string | number, fn: NativeFn): void {
  type.setMember(name, new PyClassMethodDescriptor(name, type, sigOf(sig), fn));
}

export function defStaticMethod(type: PyType, name: string, sig: string | number, fn: NativeFn): void {
  const f = new PyBuiltinFunction(name, `${type.qualname}.${name}`, sigOf(sig), fn);
  type.setMember(name, new PyStaticMethod(f));
}

export function defGetSet(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | undefined) => void) | null = null,
): void {
  type.setMember(name, new PyGetSetDescriptor(name, type, get, set));
}

/** `T.__new__` of a builtin type T: a builtin bound to T (so it is not re-bound when found
 * through a subclass) whose first argument is the class to instantiate. */
export class PyBuiltinNew extends PyBuiltinFunction {
  constructor(
    readonly owner: PyType,
    sig: NativeSignature,
    /** impl(cls, ...params) */
    readonly impl: NativeFn,
  ) {
    super('__new__', `${owner.qualname}.__new__`, sig, impl, owner);
    // Named as a type slot, so that messages name the type ("reversed expected 1 argument").
    this.display = { qualname: `${owner.name}.__new__` };
  }

  private readonly display: Named;

  override call(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    const owner = this.owner;
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos < 1) throw typeError(`${owner.qualname}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) {
      throw typeError(`${owner.qualname}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    }
    if (!cls.isSubtypeOf(owner)) {
      throw typeError(`${owner.qualname}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.qualname}`);
    }
    return this.construct(cls, args.slice(1), kwnames);
  }

  /** impl(cls, ...args) for a `cls` already known to be a subtype of the owner (type.__call__). */
  construct(cls: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    // Messages name the type, as CPython's: "float expected at most 1 argument, got 2".
    return invokeNative(this.impl, cls, this.display, this.sig, args, kwnames, false);
  }
}

/** Install `__new__` for a builtin type: `fn(cls, ...params)` where `cls` has been checked
 * to be a subtype of `type` ("int.__new__(A): A is not a subtype of int"). `sig` describes
 * the parameters after cls. */
export function defNew(type: PyType, sig: string, fn: NativeFn): PyBuiltinFunction {
  const f = new PyBuiltinNew(type, parseSignature(sig), fn);
  type.setMember('__new__', f);
  return f;
}

/** `__new__` that makes a blank instance with the type's allocator and leaves the
 * arguments to `__init__` (CPython's PyType_GenericNew). */
export function defGenericNew(type: PyType): PyBuiltinFunction {
  return defNew(type, '(*args, **kwargs)', (cls: PyType) => cls.alloc(cls));
}

/** A module-level builtin function (`len`, `math.sqrt`). */
export function defFunction(name: string, sig: string | number, fn: NativeFn, module: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, name, sigOf(sig), fn, undefined, builtinFunctionType, module);
}
