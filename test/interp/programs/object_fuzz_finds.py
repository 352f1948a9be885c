# Cases found by differential fuzzing of classes, functions, generators and control flow
# (test/interp/object-generator.ts), each group with what pytier got wrong.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# Positional-only names passed as keywords are reported only when a keyword matches no
# parameter (and there is no **kwargs); a keyword matching a later parameter twice fails
# first as 'multiple values'. pytier reported the unexpected keyword instead.
def h(a, b=2, /, *, k=1): return a, b, k
def g(a, /, b, c=1): return a, b, c
show(lambda: h(a=1, kw=2))
show(lambda: h(1, b=3, z=1))
show(lambda: h(a=1, b=2, c=3))
show(lambda: g(1, 2, b=3, a=4))
show(lambda: g(1, 2, a=4, b=3))
show(lambda: h(1, 2, k=0, q=1))

# __base__ of a class whose bases share one instance layout is the first base (CPython's
# best_base keeps the earlier winner); pytier took the last.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print(D.__base__.__name__, E.__base__.__name__)

# object.__init__ with arguments: 'object.__init__()' when the class overrides __init__
# (a super().__init__(v) call), else the class's __name__ (not __qualname__); the
# 'takes no arguments' errors name __name__ too.
class O:
    class F: pass
    class G:
        def __init__(self, v=1):
            super().__init__(v)
show(lambda: O.G())
show(lambda: O.F().__init__(1))
show(lambda: O.F(1))
show(lambda: object.__new__(O.F, 1))
show(lambda: object().__init__(1))

# `x in obj` without __contains__: any TypeError of iter(obj) (a non-iterator returned by
# __iter__, one raised inside it) becomes "argument of type 'K' is not iterable";
# __contains__ = None is "'K' object is not a container". pytier let iter()'s error through.
class J:
    def __iter__(self): return [1]
class KK:
    def __iter__(self): raise TypeError('inner')
class NC:
    __contains__ = None
show(lambda: 1 in J())
show(lambda: 1 in KK())
show(lambda: 1 in NC())

# list(), tuple(), [*x], f(*x), sorted(), list.extend, str.join and a, *b = x ask the
# iterable (join and starred unpacking: its iterator) for its length after iter() and
# before reading items, as CPython's PyObject_LengthHint: __len__ returning -1 or 2**64
# fails there, a TypeError from it is ignored, then __length_hint__ is checked. pytier
# never asked, so list(K(-1)) listed K's items. iter(seq).__length_hint__ existed not; a
# KeyError from __getitem__ skipped that index on the next next().
class K:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class H:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return self.h
def unpack(k):
    a, *b = k
    return a, b
for n in [-1, 2**64, '3', 2]:
    k = K(n)
    show(lambda: list(k)); show(lambda: tuple(k)); show(lambda: [*k]); show(lambda: print(*k))
    show(lambda: sorted(k)); show(lambda: [].extend(k)); show(lambda: set(k)); show(lambda: unpack(k))
    show(lambda: '-'.join(map(str, k))); show(lambda: list(iter(k))); show(lambda: iter(k).__length_hint__())
for h in [-1, 'x', None, NotImplemented, 2**70, 3, True]:
    o = H(); o.h = h
    show(lambda: list(o))
class G:
    def __getitem__(self, i):
        if i == 0 and not hasattr(self, 'once'):
            self.once = 1
            raise KeyError('once')
        if i > 2: raise IndexError
        return i
it = iter(G())
show(lambda: next(it)); show(lambda: list(it))

# Error messages name a class by its tp_name, which for a class statement is __name__,
# never __qualname__: pytier wrote 'mk.<locals>.K' for classes defined in functions.
def mk():
    class K:
        def __iter__(self): return iter([1])
        def __repr__(self): return 'K'
    class J:
        __slots__ = ()
        def __repr__(self): return 'J'
    return K(), J()
k, j = mk()
show(lambda: k + 1); show(lambda: k < k); show(lambda: -k); show(lambda: k.x); show(lambda: k())
show(lambda: format(k, 'x')); show(lambda: divmod(k, 1)); show(lambda: next(k)); show(lambda: int(k))
show(lambda: [] + k); show(lambda: {**k}); show(lambda: print(*j)); show(lambda: type(j).x); show(lambda: j[0])
show(lambda: reversed(j)); show(lambda: bytes(j)); show(lambda: type(j)[1]); show(lambda: '%d' % j)
show(lambda: type(k).__qualname__); show(lambda: str(type(k)))

# x <op>= y of an immutable builtin x (no __iop__) failing names the in-place operator, as
# CPython's binary_iop does: 'unsupported operand type(s) for <<=' and '**=' (pytier wrote
# '<<' and '** or pow()').
def aug(x, y, op):
    try:
        if op == '<<': x <<= y
        elif op == '**': x **= y
        elif op == '@': x @= y
        elif op == '+': x += y
        elif op == '-': x -= y
        elif op == '|': x |= y
        print(x)
    except TypeError as e:
        print(e)
for x, y in [(1, 'a'), (1.5, 'a'), (True, 1j), ('s', 1), ((1,), None), (1j, [])]:
    for op in ['<<', '**', '@', '+', '-', '|']:
        aug(x, y, op)

# pow(a, b, m) follows CPython's ternary_op: the nb_power slots of a, b and m, each distinct
# slot once. A Python class's slot calls a.__pow__(b, m) only when a's class has one too
# (__rpow__ never gets a modulus; only __rpow__ -> AttributeError '__pow__'), float's slot
# refuses any modulus ('pow() 3rd argument not allowed ...'), complex's says 'complex
# modulo'. pytier called b.__rpow__(a, m) and never tried m.
class Named:
    def __repr__(self): return type(self).__name__
class P(Named):
    def __pow__(self, o, m=None): return ('P.pow', o, m)
class R(Named):
    def __rpow__(self, o, m=None): return ('R.rpow', o, m)
class Q(Named):
    def __pow__(self, o): return 'Q2'
class PS(P):
    def __rpow__(self, o, m=None): return ('PS.rpow', o, m)
class I(int): pass
vals = [2, 2.5, 1j, True, 'x', P(), R(), Q(), PS(), I(3)]
for a in vals:
    for b in vals:
        for m in [3, 2.5, 1j, P(), R(), 'm']:
            try: r = pow(a, b, m)
            except Exception as e: r = (type(e).__name__, str(e))
            print(type(a).__name__, type(b).__name__, type(m).__name__, r)

# Subclasses of list and tuple are iterated through their own __iter__ (and asked their own
# __len__) wherever CPython's fast paths check for the exact types: list(), tuple(), [*x],
# f(*x), sorted(), list.extend/+=, a, b = x, a, *b = x, bytes(x), dict([pair]). pytier read
# the subclass's items directly.
class L(list):
    def __iter__(self): return iter([9, 8])
    def __len__(self): return 2
class T(tuple):
    def __iter__(self): return iter('xy')
def unpack2(v):
    a, b = v
    return a, b
def unpack_star(v):
    a, *b = v
    return a, b
for v in [L([1, 2]), T((1, 2))]:
    show(lambda: list(v)); show(lambda: tuple(v)); show(lambda: [*v]); show(lambda: sorted(v))
    show(lambda: print(*v)); show(lambda: (lambda *a: a)(*v)); show(lambda: unpack2(v)); show(lambda: unpack_star(v))
    show(lambda: '-'.join(map(str, v))); show(lambda: bytes(v) if isinstance(v, L) else b'')
    show(lambda: dict([v]) if isinstance(v, T) else {})
    x = []; x += v; x.extend(v); print(x)

# format(s, '') of a str subclass is str(s), its own __str__ included, as for every other
# builtin's __format__ (CPython's format_obj); pytier returned the raw text.
class S(str):
    def __str__(self): return 'S!'
class J(int):
    def __str__(self): return 'J!'
for v in [S('x'), J(6)]:
    print(f"{v}", format(v, ''), '{}'.format(v), f"{v!r}", f"{v:>4}")

# str % v: a TypeError while converting v for %d/%x/%c (int() of a __float__-only class,
# __int__ or __index__ returning a str) becomes the conversion's own error ('%d format: a
# real number is required, not A'), as CPython's mainformatlong/formatchar; other errors
# pass. pytier let the inner TypeError through.
class A:
    def __int__(self): return 's'
class B:
    def __float__(self): return 2.5
class C:
    def __index__(self): return 's'
class D:
    def __int__(self): raise ValueError('v')
for v in [A(), B(), C(), D(), 1j]:
    for f in ['%d', '%x', '%i', '%c', '%e']:
        show(lambda: f % v)

# operator.length_hint is CPython's PyObject_LengthHint: len(), else __length_hint__, whose
# result is checked. pytier's pure-Python version only tried len().
import operator
class X:
    def __init__(self, h): self.h = h
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return self.h
for v in [X(2), X(-1), X('x'), X(NotImplemented), X(True), [1, 2], iter([1, 2, 3]), 5]:
    show(lambda: (operator.length_hint(v), operator.length_hint(v, 9)))
show(lambda: operator.length_hint([], 'a'))

# x *= seq with an x whose type has a sequence table (every class statement's type, dict,
# set, range, ...) but no repeat fails as '*=' instead of repeating seq: CPython's
# PyNumber_InPlaceMultiply looks at seq only when x's type has no such table (int, float).
class N: pass
class I(int): pass
for a in [2, 2.5, 1j, {1: 2}, {1}, N(), range(2), I(2)]:
    for b in [[1], 'ab', (1,)]:
        x = a
        try:
            x *= b
            print(x)
        except TypeError as e:
            print(e)

# OSError sets errno/strerror/filename/filename2 once, when made, and takes a filename out
# of args; a subclass overriding __init__ gets args only from __init__ (() unless it calls
# super().__init__), and OSError.__init__ does nothing for the others. pytier kept all args
# and derived the fields from args on every read.
class OA(OSError):
    def __init__(self, *a): self.extra = a
class OB(OSError):
    def __init__(self, a, b): super().__init__(a, b, 'fn')
class OC(OSError): pass
for k in [OA, OC, OSError]:
    for args in [(), ('m',), (2, 'no'), (2, 'no', 'f'), (2, 'no', None), (2, 'no', 'f', None, 'g')]:
        e = k(*args)
        print(k.__name__, repr(e), str(e), e.args, e.errno, e.filename, e.filename2)
e = OSError(1, 'x'); OSError.__init__(e, 5); print(e.args, e.errno)
e.args = (7, 'y'); print(e.errno, e.strerror, str(e))
f = OB(3, 'z'); print(repr(f), str(f), f.filename)
show(lambda: OB(1, 2, k=3)); show(lambda: OC(1, k=2)); show(lambda: OA(k=1).args)

# Setting or deleting an attribute of an object without __dict__ whose class has an
# attribute of that name (not a data descriptor) is "'Q' object attribute 'a' is
# read-only" (pytier: "has no attribute"), for builtins too ([].append = 1).
class Q:
    __slots__ = ('__weakref__',)
    a = 1
    def m(self): pass
show(lambda: setattr(Q(), 'a', 5)); show(lambda: delattr(Q(), 'a')); show(lambda: setattr(Q(), 'm', 5))
show(lambda: setattr(Q(), 'z', 5)); show(lambda: setattr([], 'append', 1)); show(lambda: setattr(1, 'bit_length', 1))
show(lambda: setattr(object(), 'x', 1)); show(lambda: delattr([], 'append'))

# An index or repeat count whose __index__ gives an int beyond Py_ssize_t fails naming the
# object's own type, as CPython's PyNumber_AsSsize_t: "cannot fit 'M' into an index-sized
# integer" (pytier said 'int').
class M:
    def __index__(self): return 2**70
m = M()
show(lambda: [1, 2][m]); show(lambda: (1, 2)[m]); show(lambda: 'ab'[m]); show(lambda: [1] * m); show(lambda: 'ab' * m)
show(lambda: m * (1,)); show(lambda: bytearray(b'a').__setitem__(m, 1)); show(lambda: b'ab'[m]); show(lambda: [1][2**70])

# next() of an exhausted builtin iterator raises a fresh StopIteration: pytier re-raised the
# StopIteration(7) an unrelated Python __next__ had raised earlier.
class X7:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
def stop_args(f):
    try: print(f())
    except StopIteration as e: print('StopIteration', e.args)
stop_args(lambda: list(X7())); stop_args(lambda: next(iter(range(0)))); stop_args(lambda: next(map(abs, X7())))
stop_args(lambda: next(iter([]))); stop_args(lambda: next(enumerate(X7()))); stop_args(lambda: next(iter(range(0))))

# types.SimpleNamespace(**kwargs) sets attributes (pytier: 'takes no arguments'); its
# comparisons compare the attribute dicts; its repr leaves out keys that are not non-empty
# strs, names a subclass, and shows a namespace inside itself as 'namespace(...)'.
import types
NS = types.SimpleNamespace
show(lambda: NS(a=1, b=[2])); show(lambda: NS(a=1) == NS(a=1)); show(lambda: NS(a=1) != NS(a=2)); show(lambda: NS() == 1)
show(lambda: NS(1)); show(lambda: NS() < NS())
n = NS(a=1); n.b = 2; n.a = n; print(n); del n.b; n.__dict__[1] = 2; print(n)
class SubNS(NS): pass
show(lambda: SubNS(z=1)); show(lambda: SubNS(z=1) == NS(z=1))

# C.__bases__ = (...) may not change the instances' deallocator or layout (CPython's
# compatible_for_assignment); pytier accepted (int,) for a plain class.
class H: pass
class HA: pass
class HS:
    __slots__ = ('a',)
class HI(int): pass
class HJ(int): pass
class HP: pass
class HQ: pass
class HR(HP): pass
show(lambda: setattr(H, '__bases__', (int,))); show(lambda: setattr(H, '__bases__', (HA,)))
show(lambda: setattr(HJ, '__bases__', (HI,))); show(lambda: setattr(HJ, '__bases__', (str,)))
show(lambda: setattr(HR, '__bases__', (HQ,)) or HR.__mro__); show(lambda: setattr(HR, '__bases__', (HS,)))

# __slots__ as CPython's type_new_slots_impl: no slots for subclasses of variable-size
# builtins (int, tuple); every item is checked before any conflict with a class variable;
# the member descriptors come in sorted order before __dict__, have no __doc__, and their
# repr names the class's __name__. pytier accepted slots on int subclasses, kept the given
# order and gave members object's docstring.
def mk_slots(sl, base=(), extra=None):
    ns = {'__slots__': sl}
    if extra: ns.update(extra)
    return type('S', base, ns)
show(lambda: mk_slots(('a',), (int,))); show(lambda: mk_slots(('a',), (tuple,))); show(lambda: mk_slots((), (int,)).__name__)
show(lambda: mk_slots(('a', 1), (), {'a': 0})); show(lambda: mk_slots(('a',), (), {'a': 1}))
S2 = mk_slots(('b', 'a', '__dict__'), (), {'x': 1})
print(list(S2.__dict__), S2.a.__doc__, repr(S2.a))
def in_function():
    class Local:
        __slots__ = ('z',)
    return repr(Local.z)
print(in_function())

# e.__traceback__ = x and e.with_traceback(x) accept only a traceback or None (pytier took
# anything).
e = ValueError('x')
show(lambda: setattr(e, '__traceback__', 1)); show(lambda: e.with_traceback('s')); show(lambda: e.with_traceback(None).args)
try:
    raise KeyError(1)
except KeyError as k:
    tb = k.__traceback__
show(lambda: e.with_traceback(tb).__traceback__ is tb)

# A generator or coroutine not started yet is at its def line (decorator line) in
# f_lineno, where CPython 3.11's RETURN_GENERATOR stands; pytier gave the first body line.
def gen_not_started():

    yield 1
g = gen_not_started()
print(g.gi_frame.f_lineno); next(g); print(g.gi_frame.f_lineno)
async def co_not_started():
    return 1
c = co_not_started(); print(c.cr_frame.f_lineno); c.close()
print((x for x in [1]).gi_frame.f_lineno)

# match: a class pattern whose callee is not a type says 'called match pattern must be a
# type' (3.11's words; pytier had 3.12's 'a class'), and collections.deque is a sequence.
import collections
def match_cls(v, cls):
    match v:
        case cls(): return 'matched'
    return 'no'
def match_seq(v):
    match v:
        case [1, *r]: return r
    return 'no'
show(lambda: match_cls(5, 5)); show(lambda: match_seq(collections.deque([1, 5]))); show(lambda: match_seq(collections.OrderedDict()))

# The RuntimeError for a failing __set_name__ has the original error as __cause__ and as
# __context__ (CPython's _PyErr_FormatFromCause); pytier left __context__ None.
class FailingSetName:
    def __set_name__(self, owner, name): raise ValueError('sn')
def make_with_set_name():
    class I:
        a = FailingSetName()
try:
    make_with_set_name()
except RuntimeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
