// Attribute lookup and the descriptor protocol vs CPython: data/non-data descriptors vs
// the instance dict, property, classmethod, staticmethod, __getattr__, __slots__,
// metaclass attributes, super, and the error messages. The same classes are built in
// python3 (class statements) and with the runtime API (type(name, bases, ns)).
import { describe, it, expect } from 'vitest';
import { call, typeType, objectType, getAttrOrUndefined, newTuple, newDict, getAttr, setAttr, delAttr, PyType, newList, propertyType, classMethodType, staticMethodType, superType, typeOf, type PyValue } from '../../src/runtime/index.js';
import { pythonEval, capture, encPlain, mismatches } from './oracle.js';
import { pyfunc, readable } from './pyfunc.js';

const SETUP = `
log = []
class DataDesc:
    def __get__(self, obj, owner): return ('DataDesc.get', obj is None, owner.__name__)
    def __set__(self, obj, value): log.append(('set', value))
    def __delete__(self, obj): log.append(('del',))
class NonData:
    def __get__(self, obj, owner): return ('NonData.get', obj is None, owner.__name__)
class SetOnly:
    def __set__(self, obj, value): log.append(('setonly', value))
class Base:
    cattr = 1
    dd = DataDesc()
    nd = NonData()
    so = SetOnly()
    def meth(self): return 'Base.meth'
    @property
    def prop(self): return 'Base.prop'
    def _get_rw(self): return self._rw
    def _set_rw(self, v): self._rw = v
    rw = property(_get_rw, _set_rw)
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'sm'
class Child(Base):
    def __getattr__(self, name): return 'getattr:' + name
    def meth(self): return 'Child.meth'
class Slotted:
    __slots__ = ('x', 'y')
class Meta(type):
    mattr = 'meta'
    @property
    def mprop(cls): return 'mprop:' + cls.__name__
WithMeta = Meta('WithMeta', (), {'cattr': 'own'})
class GA:
    k = 'class-k'
    def __getattribute__(self, name):
        if name.startswith('v'): return 'ga:' + name
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback:' + name
    def __setattr__(self, name, value):
        log.append(('setattr', name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name): log.append(('delattr', name))
o = Base(); c = Child(); s = Slotted(); ga = GA()
`;

const EXPRS = [
  'o.cattr', 'o.meth()', 'o.prop', 'o.dd', 'Base.dd', 'o.nd', 'Base.nd',
  "(setattr(o, 'nd', 7), o.nd)[1]", "(setattr(o, 'dd', 9), o.dd)[1]", "setattr(o, 'prop', 1)", "delattr(o, 'prop')",
  "(setattr(o, 'rw', 5), o.rw)[1]", 'o.cm()', 'Base.cm()', 'Child.cm()', 'c.cm()', 'o.sm()', 'Base.sm()',
  'c.missing', 'c.meth()', 'c.cattr', 'o.missing', 'Base.missing', 's.x', "(setattr(s, 'x', 1), s.x)[1]",
  "setattr(s, 'z', 1)", 's.__dict__', "delattr(s, 'y')", "(delattr(s, 'x'), hasattr(s, 'x'))[1]",
  'WithMeta.mattr', 'WithMeta().mattr', 'WithMeta.mprop', 'WithMeta.cattr', 'Base.meth(o)', 'Base.meth()',
  "type(o.so).__name__", "setattr(o, 'so', 3)", "delattr(o, 'dd')", "delattr(o, 'cattr')", "delattr(o, 'nope')",
  'super(Child, c).meth()', 'super(Child, Child).cm()', 'super(Child, c).cattr', 'super(Child, c).nope',
  "(setattr(Base, 'cattr', 2), o.cattr, c.cattr)[1:]", "(delattr(Base, 'cattr'), hasattr(c, 'cattr'), c.cattr)[1:]",
  "(setattr(o, 'inst', 'x'), delattr(o, 'inst'), hasattr(o, 'inst'))[2]",
  'o.meth.__self__ is o', 'o.meth.__func__ is Base.__dict__["meth"]', 'Base.__dict__["cm"].__func__.__name__',
  "getattr(o, 'missing', 'dflt')", "getattr(c, 'zz', 'dflt')", "hasattr(o, 'prop')",
  'ga.val', 'ga.k', 'ga.other', "(setattr(ga, 'w', 1), ga.w)[1]", "(delattr(ga, 'w'), ga.w)[1]", "getattr(ga, 'q', 'd')",
  'list(log)',
];

function fn(qualname: string, params: string, body: (l: (PyValue | undefined)[]) => PyValue): PyValue {
  return pyfunc(qualname, params, body);
}

function cls(name: string, bases: PyValue[], members: [string, PyValue][], meta: PyValue = typeType): PyValue {
  return call(meta, [name, newTuple(bases), newDict([['__module__', '__main__'], ['__qualname__', name], ...members])]);
}

/** The same program built with the runtime API; returns named objects. */
function build(): Record<string, PyValue> {
  const log = newList([]);
  const nameOf = (t: PyValue) => getAttr(t, '__name__');
  const DataDesc = cls('DataDesc', [], [
    ['__get__', fn('DataDesc.__get__', 'self, obj, owner', (l) => newTuple(['DataDesc.get', l[1] === null, nameOf(l[2]!)]))],
    ['__set__', fn('DataDesc.__set__', 'self, obj, value', (l) => (log.items.push(newTuple(['set', l[2]!])), null))],
    ['__delete__', fn('DataDesc.__delete__', 'self, obj', () => (log.items.push(newTuple(['del'])), null))],
  ]);
  const NonData = cls('NonData', [], [
    ['__get__', fn('NonData.__get__', 'self, obj, owner', (l) => newTuple(['NonData.get', l[1] === null, nameOf(l[2]!)]))],
  ]);
  const SetOnly = cls('SetOnly', [], [
    ['__set__', fn('SetOnly.__set__', 'self, obj, value', (l) => (log.items.push(newTuple(['setonly', l[2]!])), null))],
  ]);
  const Base = cls('Base', [], [
    ['cattr', 1],
    ['dd', call(DataDesc, [])],
    ['nd', call(NonData, [])],
    ['so', call(SetOnly, [])],
    ['meth', fn('Base.meth', 'self', () => 'Base.meth')],
    ['prop', call(propertyType, [fn('Base.prop', 'self', () => 'Base.prop')])],
    ['rw', call(propertyType, [
      fn('Base._get_rw', 'self', (l) => getAttr(l[0]!, '_rw')),
      fn('Base._set_rw', 'self, v', (l) => (setAttr(l[0]!, '_rw', l[1]!), null)),
    ])],
    ['cm', call(classMethodType, [fn('Base.cm', 'cls', (l) => nameOf(l[0]!))])],
    ['sm', call(staticMethodType, [fn('Base.sm', '', () => 'sm')])],
  ]);
  const Child = cls('Child', [Base], [
    ['__getattr__', fn('Child.__getattr__', 'self, name', (l) => 'getattr:' + (l[1] as string))],
    ['meth', fn('Child.meth', 'self', () => 'Child.meth')],
  ]);
  const Slotted = cls('Slotted', [], [['__slots__', newTuple(['x', 'y'])]]);
  const Meta = cls('Meta', [typeType], [
    ['mattr', 'meta'],
    ['mprop', call(propertyType, [fn('Meta.mprop', 'cls', (l) => 'mprop:' + (nameOf(l[0]!) as string))])],
  ]);
  const WithMeta = call(Meta, ['WithMeta', newTuple([]), newDict([['cattr', 'own']])]);
  const objectGetattribute = getAttr(objectType, '__getattribute__');
  const objectSetattr = getAttr(objectType, '__setattr__');
  const GA = cls('GA', [], [
    ['k', 'class-k'],
    ['__getattribute__', fn('GA.__getattribute__', 'self, name', (l) =>
      (l[1] as string).startsWith('v') ? 'ga:' + (l[1] as string) : call(objectGetattribute, [l[0]!, l[1]!]))],
    ['__getattr__', fn('GA.__getattr__', 'self, name', (l) => 'fallback:' + (l[1] as string))],
    ['__setattr__', fn('GA.__setattr__', 'self, name, value', (l) => {
      log.items.push(newTuple(['setattr', l[1]!]));
      return call(objectSetattr, [l[0]!, l[1]!, l[2]!]);
    })],
    ['__delattr__', fn('GA.__delattr__', 'self, name', (l) => (log.items.push(newTuple(['delattr', l[1]!])), null))],
  ]);
  return { log, Base, Child, Slotted, Meta, WithMeta, o: call(Base, []), c: call(Child, []), s: call(Slotted, []), ga: call(GA, []) };
}

const hasattr = (o: PyValue, n: string) => getAttrOrUndefined(o, n) !== undefined;
const getattrDefault = (o: PyValue, n: string, d: PyValue) => getAttrOrUndefined(o, n) ?? d;

describe('attribute lookup vs CPython', () => {
  it('descriptors, instance dicts, __getattr__, slots, metaclasses, super', () => {
    const want = pythonEval(EXPRS, SETUP);
    const e = readable(build);
    const { o, c, s, Base, Child, WithMeta } = e;
    const m = (obj: PyValue, name: string, ...args: PyValue[]) => call(getAttr(obj, name), args);
    const sup = (t: PyValue, obj: PyValue) => call(superType, [t, obj]);
    const ns = (t: PyValue, name: string) => (t as PyType).ns.get(name)!;
    const ops: (() => PyValue)[] = [
      () => getAttr(o, 'cattr'), () => m(o, 'meth'), () => getAttr(o, 'prop'), () => getAttr(o, 'dd'), () => getAttr(Base, 'dd'),
      () => getAttr(o, 'nd'), () => getAttr(Base, 'nd'),
      () => (setAttr(o, 'nd', 7), getAttr(o, 'nd')), () => (setAttr(o, 'dd', 9), getAttr(o, 'dd')),
      () => (setAttr(o, 'prop', 1), null), () => (delAttr(o, 'prop'), null),
      () => (setAttr(o, 'rw', 5), getAttr(o, 'rw')), () => m(o, 'cm'), () => m(Base, 'cm'), () => m(Child, 'cm'), () => m(c, 'cm'),
      () => m(o, 'sm'), () => m(Base, 'sm'),
      () => getAttr(c, 'missing'), () => m(c, 'meth'), () => getAttr(c, 'cattr'), () => getAttr(o, 'missing'), () => getAttr(Base, 'missing'),
      () => getAttr(s, 'x'), () => (setAttr(s, 'x', 1), getAttr(s, 'x')), () => (setAttr(s, 'z', 1), null), () => getAttr(s, '__dict__'),
      () => (delAttr(s, 'y'), null), () => (delAttr(s, 'x'), hasattr(s, 'x')),
      () => getAttr(WithMeta, 'mattr'), () => getAttr(call(WithMeta, []), 'mattr'), () => getAttr(WithMeta, 'mprop'), () => getAttr(WithMeta, 'cattr'),
      () => m(Base, 'meth', o), () => m(Base, 'meth'),
      () => getAttr(typeOf(getAttr(o, 'so')), '__name__'), () => (setAttr(o, 'so', 3), null), () => (delAttr(o, 'dd'), null),
      () => (delAttr(o, 'cattr'), null), () => (delAttr(o, 'nope'), null),
      () => m(sup(Child, c), 'meth'), () => m(sup(Child, Child), 'cm'), () => getAttr(sup(Child, c), 'cattr'), () => getAttr(sup(Child, c), 'nope'),
      () => (setAttr(Base, 'cattr', 2), newTuple([getAttr(o, 'cattr'), getAttr(c, 'cattr')])),
      () => (delAttr(Base, 'cattr'), newTuple([hasattr(c, 'cattr'), getAttr(c, 'cattr')])),
      () => (setAttr(o, 'inst', 'x'), delAttr(o, 'inst'), hasattr(o, 'inst')),
      () => getAttr(getAttr(o, 'meth'), '__self__') === o, () => getAttr(getAttr(o, 'meth'), '__func__') === ns(Base, 'meth'),
      () => getAttr(getAttr(ns(Base, 'cm'), '__func__'), '__name__'),
      () => getattrDefault(o, 'missing', 'dflt'), () => getattrDefault(c, 'zz', 'dflt'), () => hasattr(o, 'prop'),
      () => getAttr(e.ga, 'val'), () => getAttr(e.ga, 'k'), () => getAttr(e.ga, 'other'),
      () => (setAttr(e.ga, 'w', 1), getAttr(e.ga, 'w')), () => (delAttr(e.ga, 'w'), getAttr(e.ga, 'w')),
      () => getattrDefault(e.ga, 'q', 'd'),
      () => e.log,
    ];
    const got = ops.map((op) => capture(() => encPlain(op())));
    expect(mismatches(EXPRS, got, want)).toEqual([]);
  });
});
