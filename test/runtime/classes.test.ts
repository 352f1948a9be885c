// Class creation and instantiation vs CPython: __build_class__ (metaclass keyword,
// __prepare__, __mro_entries__), metaclass __call__, __new__/__init__ protocol and its
// errors, __init_subclass__ with keywords, __set_name__, __class_getitem__, __slots__,
// instance __dict__ sync, __eq__ without __hash__, __class__ and __bases__ assignment.
import { describe, it, expect } from 'vitest';
import { call, typeType, objectType, newTuple, getAttr, setAttr, delAttr, typeOf, buildClassBuiltin, superType, classMethodType, newDict, instanceDictOf, PyTuple, PyList, PyType, PyDict, getItem, hashOf, isInstance, isSubclass, typeHooks, valueError, strOf, PyBaseException, type PyValue, type PyObject, type HasAttrs } from '../../src/runtime/index.js';
import { pythonEval, capture, encPlain, mismatches } from './oracle.js';
import { pyfunc, classBody, readable } from './pyfunc.js';

const SETUP = `
__name__ = '__main__'
log = []
class Meta(type):
    def __call__(cls, *a): return ('Meta.call', cls.__name__, a)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(('prepare', name, sorted(kw)))
        return {'prepared': True}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta, extra=1): pass
class NewReturnsOther:
    def __new__(cls, x): return x
    def __init__(self, x): log.append('init must not run')
class InitReturns:
    def __init__(self): return 1
class NoArgs: pass
class Base:
    def __init_subclass__(cls, flag=None, **kw):
        log.append(('init_subclass', cls.__name__, flag))
        cls.flag = flag
        super().__init_subclass__(**kw)
class Sub(Base, flag=3): pass
class Named:
    def __set_name__(self, owner, name): log.append(('set_name', owner.__name__, name))
class Owner:
    first = Named()
    second = Named()
class Bad:
    def __set_name__(self, owner, name): raise ValueError('boom')
class CG:
    def __class_getitem__(cls, item): return ('CG', item)
class Slots:
    __slots__ = ('a', '__dict__')
class Eq:
    def __eq__(s, o): return True
class D: pass
class X: pass
class Y: pass
class MroEntries:
    def __mro_entries__(self, bases): return (Y,)
class FromEntries(MroEntries()): pass
class MroMeta(type):
    def mro(cls): return [cls, object]
class CustomMro(D, metaclass=MroMeta): pass
class IC(type):
    def __instancecheck__(cls, obj): return obj == 42
    def __subclasscheck__(cls, sub): return sub is int
class Any(metaclass=IC): pass
def catch(f):
    try:
        f()
    except BaseException as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__, e.__suppress_context__)
d = D()
`;

const CASES: [string, (e: Record<string, PyValue>) => PyValue][] = [
  ['WithMeta(1, 2)', (e) => call(e.WithMeta, [1, 2])],
  ['WithMeta.prepared', (e) => getAttr(e.WithMeta, 'prepared')],
  ['type(WithMeta).__name__', (e) => getAttr(typeOf(e.WithMeta), '__name__')],
  ['NewReturnsOther(5)', (e) => call(e.NewReturnsOther, [5])],
  ['InitReturns()', (e) => call(e.InitReturns, [])],
  ['NoArgs(1)', (e) => call(e.NoArgs, [1])],
  ['NoArgs(x=1)', (e) => call(e.NoArgs, [1], ['x'])],
  ['type(NoArgs()).__name__', (e) => getAttr(typeOf(call(e.NoArgs, [])), '__name__')],
  ['Sub.flag', (e) => getAttr(e.Sub, 'flag')],
  ["type('S2', (Base,), {}, other=1)", (e) => call(typeType, ['S2', newTuple([e.Base]), newDict(), 1], ['other'])],
  ['CG[7]', (e) => getItem(e.CG, 7)],
  ['CG.__class_getitem__(7)', (e) => call(getAttr(e.CG, '__class_getitem__'), [7])],
  ["(setattr(s := Slots(), 'a', 1), setattr(s, 'b', 2), s.a, s.b)[2:]", (e) => {
    const s = call(e.Slots, []);
    setAttr(s, 'a', 1);
    setAttr(s, 'b', 2);
    return newTuple([getAttr(s, 'a'), getAttr(s, 'b')]);
  }],
  ["(setattr(s := Slots(), 'b', 2), len(s.__dict__), s.__dict__['b'])[1:]", (e) => {
    const s = call(e.Slots, []);
    setAttr(s, 'b', 2);
    const dd = getAttr(s, '__dict__') as PyDict;
    return newTuple([dd.size, dd.get('b')!]);
  }],
  ['Eq.__hash__', (e) => getAttr(e.Eq, '__hash__')],
  ['hash(Eq())', (e) => hashOf(call(e.Eq, []))],
  ["(setattr(d, 'x', 1), d.__dict__.__setitem__('y', 2), d.y, d.x, len(d.__dict__))[2:]", (e) => {
    setAttr(e.d, 'x', 1);
    (getAttr(e.d, '__dict__') as PyDict).set('y', 2);
    return newTuple([getAttr(e.d, 'y'), getAttr(e.d, 'x'), (instanceDictOf(e.d as PyObject & HasAttrs)).size]);
  }],
  ["(delattr(d, 'x'), hasattr(d, 'x'), 'x' in d.__dict__)[1:]", (e) => {
    delAttr(e.d, 'x');
    const dd = instanceDictOf(e.d as PyObject & HasAttrs);
    return newTuple([false, dd.has('x')]);
  }],
  ["(setattr(x := X(), '__class__', Y), type(x).__name__)[1]", (e) => {
    const x = call(e.X, []);
    setAttr(x, '__class__', e.Y);
    return getAttr(typeOf(x), '__name__');
  }],
  ["setattr(X(), '__class__', int)", (e) => (setAttr(call(e.X, []), '__class__', typeOf(1)), null)],
  ["setattr(X(), '__class__', 1)", (e) => (setAttr(call(e.X, []), '__class__', 1), null)],
  ['[c.__name__ for c in FromEntries.__mro__]', (e) => newTuple((e.FromEntries as PyType).mro.map((c) => c.name))],
  ["FromEntries.__orig_bases__[0].__class__.__name__", (e) => getAttr(typeOf((getAttr(e.FromEntries, '__orig_bases__') as PyTuple).items[0]), '__name__')],
  ['isinstance(Sub(), Base)', (e) => isInstance(call(e.Sub, []), e.Base)],
  ['issubclass(Sub, (int, Base))', (e) => isSubclass(e.Sub, newTuple([typeOf(1), e.Base]))],
  ['isinstance(1, (str, (int,)))', () => isInstance(1, newTuple([typeOf(''), newTuple([typeOf(1)])]))],
  ['isinstance(1, 1)', () => isInstance(1, 1)],
  ['issubclass(1, int)', () => isSubclass(1, typeOf(1))],
  ['issubclass(int, 1)', () => isSubclass(typeOf(1), 1)],
  ['type(1, 2)', () => call(typeType, [1, 2])],
  ["type('a', 1, {})", () => call(typeType, ['a', 1, newDict()])],
  ["type(1, (), {})", () => call(typeType, [1, newTuple([]), newDict()])],
  ["type('Q', (), {'__slots__': ('a',), 'a': 1})", () => call(typeType, ['Q', newTuple([]), newDict([['__slots__', newTuple(['a'])], ['a', 1]])])],
  ["type('Q', (), {'__slots__': ('1a',)})", () => call(typeType, ['Q', newTuple([]), newDict([['__slots__', newTuple(['1a'])]])])],
  ["type('Q', (), {'__qualname__': 1})", () => call(typeType, ['Q', newTuple([]), newDict([['__qualname__', 1]])])],
  ["type('Q', (), {'__qualname__': 'A.Q'}).__qualname__", () => getAttr(call(typeType, ['Q', newTuple([]), newDict([['__qualname__', 'A.Q']])]), '__qualname__')],
  ["type('Q', (), {}).__module__", () => getAttr(call(typeType, ['Q', newTuple([]), newDict()]), '__module__')],
  ['[type(b).__name__ for b in object.__bases__] + [int.__module__]', () => newTuple([getAttr(typeOf(1), '__module__')])],
  ["type('Q', (), {'b': Bad()})", (e) => call(typeType, ['Q', newTuple([]), newDict([['b', call(e.Bad, [])]])])],
  ["catch(lambda: type('Q', (), {'b': Bad()}))", (e) => {
    try {
      call(typeType, ['Q', newTuple([]), newDict([['b', call(e.Bad, [])]])]);
      return null;
    } catch (x) {
      const exc = x as PyBaseException;
      return newTuple([exc.cls.name, strOf(exc), typeOf(getAttr(exc, '__cause__')).name, getAttr(exc, '__suppress_context__')]);
    }
  }],
  ['[c.__name__ for c in CustomMro.__mro__]', (e) => newTuple((e.CustomMro as PyType).mro.map((c) => c.name))],
  ['(isinstance(42, Any), isinstance(1, Any), isinstance(Any(), Any), isinstance(1, (str, Any)))', (e) =>
    newTuple([isInstance(42, e.Any), isInstance(1, e.Any), isInstance(call(e.Any, []), e.Any), isInstance(1, newTuple([typeOf(''), e.Any]))])],
  ['(issubclass(int, Any), issubclass(Any, Any), issubclass(str, (Any,)))', (e) =>
    newTuple([isSubclass(typeOf(1), e.Any), isSubclass(e.Any, e.Any), isSubclass(typeOf(''), newTuple([e.Any]))])],
  ['list(log)', (e) => e.log],
];

function build(): Record<string, PyValue> {
  // What the interpreter reports while running module __main__'s code.
  typeHooks.callerModuleName = () => '__main__';
  const log = new PyList([]);
  const push = (...items: PyValue[]) => log.items.push(items.length === 1 ? items[0] : newTuple(items));
  const nameOf = (c: PyValue) => getAttr(c, '__name__');
  const cls = (name: string, bases: PyValue[], fill: (ns: PyValue) => void, kw: [string, PyValue][] = []) =>
    call(buildClassBuiltin, [classBody(name, (ns) => {
      (ns as PyDict).setStr('__module__', '__main__');
      (ns as PyDict).setStr('__qualname__', name);
      fill(ns);
    }), name, ...bases, ...kw.map(([, v]) => v)], kw.length ? kw.map(([k]) => k) : null);
  const superNew = (mcs: PyValue, args: PyValue[]) => call(getAttr(call(superType, [e.Meta, mcs]), '__new__'), [mcs, ...args]);
  const e: Record<string, PyValue> = { log };
  e.Meta = cls('Meta', [typeType], (ns) => {
    (ns as PyDict).setStr('__call__', pyfunc('Meta.__call__', 'cls, *a', (l) => newTuple(['Meta.call', nameOf(l[0]!), l[1]!])));
    (ns as PyDict).setStr('__prepare__', call(classMethodType, [pyfunc('Meta.__prepare__', 'mcs, name, bases, **kw', (l) => {
      const kw = l[3] as PyDict;
      push('prepare', l[1]!, new PyList(kw.entries().map(([k]) => k).sort()));
      return newDict([['prepared', true]]);
    })]));
    (ns as PyDict).setStr('__new__', pyfunc('Meta.__new__', 'mcs, name, bases, ns, **kw', (l) => superNew(l[0]!, [l[1]!, l[2]!, l[3]!])));
  });
  e.WithMeta = cls('WithMeta', [], () => {}, [['metaclass', e.Meta], ['extra', 1]]);
  e.NewReturnsOther = cls('NewReturnsOther', [], (ns) => {
    (ns as PyDict).setStr('__new__', pyfunc('NewReturnsOther.__new__', 'cls, x', (l) => l[1]!));
    (ns as PyDict).setStr('__init__', pyfunc('NewReturnsOther.__init__', 'self, x', () => (push('init must not run'), null)));
  });
  e.InitReturns = cls('InitReturns', [], (ns) => (ns as PyDict).setStr('__init__', pyfunc('InitReturns.__init__', 'self', () => 1)));
  e.NoArgs = cls('NoArgs', [], () => {});
  e.Base = cls('Base', [], (ns) => {
    (ns as PyDict).setStr('__init_subclass__', pyfunc('Base.__init_subclass__', 'cls, flag=None, **kw', (l) => {
      push('init_subclass', nameOf(l[0]!), l[1]!);
      setAttr(l[0]!, 'flag', l[1]!);
      const kw = l[2] as PyDict;
      const entries = kw.entries();
      call(getAttr(call(superType, [e.Base, l[0]!]), '__init_subclass__'), entries.map(([, v]) => v), entries.length ? entries.map(([k]) => k as string) : null);
      return null;
    }, { defaults: [null] }));
  });
  e.Sub = cls('Sub', [e.Base], () => {}, [['flag', 3]]);
  const Named = cls('Named', [], (ns) => (ns as PyDict).setStr('__set_name__', pyfunc('Named.__set_name__', 'self, owner, name', (l) => (push('set_name', nameOf(l[1]!), l[2]!), null))));
  e.Owner = cls('Owner', [], (ns) => {
    (ns as PyDict).setStr('first', call(Named, []));
    (ns as PyDict).setStr('second', call(Named, []));
  });
  e.Bad = cls('Bad', [], (ns) => (ns as PyDict).setStr('__set_name__', pyfunc('Bad.__set_name__', 'self, owner, name', () => {
    throw valueError('boom');
  })));
  e.CG = cls('CG', [], (ns) => (ns as PyDict).setStr('__class_getitem__', pyfunc('CG.__class_getitem__', 'cls, item', (l) => newTuple(['CG', l[1]!]))));
  e.Slots = cls('Slots', [], (ns) => (ns as PyDict).setStr('__slots__', newTuple(['a', '__dict__'])));
  e.Eq = cls('Eq', [], (ns) => (ns as PyDict).setStr('__eq__', pyfunc('Eq.__eq__', 's, o', () => true)));
  e.D = cls('D', [], () => {});
  e.X = cls('X', [], () => {});
  e.Y = cls('Y', [], () => {});
  e.MroEntries = cls('MroEntries', [], (ns) => (ns as PyDict).setStr('__mro_entries__', pyfunc('MroEntries.__mro_entries__', 'self, bases', () => newTuple([e.Y]))));
  e.FromEntries = cls('FromEntries', [call(e.MroEntries, [])], () => {});
  e.MroMeta = cls('MroMeta', [typeType], (ns) => (ns as PyDict).setStr('mro', pyfunc('MroMeta.mro', 'cls', (l) => new PyList([l[0]!, objectType]))));
  e.CustomMro = cls('CustomMro', [e.D], () => {}, [['metaclass', e.MroMeta]]);
  e.IC = cls('IC', [typeType], (ns) => {
    (ns as PyDict).setStr('__instancecheck__', pyfunc('IC.__instancecheck__', 'cls, obj', (l) => l[1] === 42));
    (ns as PyDict).setStr('__subclasscheck__', pyfunc('IC.__subclasscheck__', 'cls, sub', (l) => l[1] === typeOf(1)));
  });
  e.Any = cls('Any', [], () => {}, [['metaclass', e.IC]]);
  e.d = call(e.D, []);
  return e;
}

describe('class creation and instantiation vs CPython', () => {
  it('metaclasses, __new__/__init__, __init_subclass__, __set_name__, slots, __dict__, __class__', () => {
    const exprs = CASES.map(([src]) => src);
    const want = pythonEval(exprs, SETUP);
    const env = readable(build);
    const got = CASES.map(([, op]) => capture(() => encPlain(op(env))));
    expect(mismatches(exprs, got, want)).toEqual([]);
  });
});
