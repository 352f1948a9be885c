# Types that stand for C types of a module carry the module in their tp_name, which error
# messages use ('collections.deque', 'sys.flags', 'types.SimpleNamespace'); __name__ is the
# bare name, and reprs of instances and exceptions use it.
import sys, time, array, struct, operator, weakref, types, collections
class O: pass
for v in [sys.flags, sys.version_info, sys.float_info, sys.int_info, sys.hash_info, array.array('i'), struct.Struct('i'), operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('a'), weakref.ref(O), types.SimpleNamespace(), collections.deque(), collections.OrderedDict(), collections.defaultdict(), sys.implementation]:
    t = type(v)
    try: 1 + v
    except TypeError as e: msg = str(e)
    print(repr(t), t.__name__, t.__qualname__, t.__module__, msg)
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
import types
objs = [deque([1]), OrderedDict(a=1), defaultdict(int), types.SimpleNamespace(a=1), Counter('ab')]
for o in objs:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
    for f in [lambda: 1 + o, lambda: o.nope, lambda: hash(o), lambda: o(), lambda: o['k'] if isinstance(o, deque) else o[{}], lambda: iter(5) if False else len(o) + 'x']:
        try: f()
        except Exception as e: print(' ', type(e).__name__, e)
import struct, sys, types, weakref, array, operator
print(type(list[int]), type(sys.stdout), repr(struct.error('x')), struct.error.__name__, struct.error.__module__, struct.error.__qualname__)
print(type(sys.stdout).__name__, type(sys.stdout).__module__, repr(array.array('i', [1])), repr(types.SimpleNamespace(a=1)))
class A(array.array): pass
print(repr(A('i', [2])), A.__name__)
class NS(types.SimpleNamespace): pass
print(repr(NS(b=2)))
print(operator.itemgetter(1), operator.attrgetter('x'), repr(operator.methodcaller('f', 1)))
try: struct.pack('z')
except struct.error as e: print(type(e).__name__, e, repr(e))
print(isinstance(sys.flags, tuple), sys.flags.__class__.__name__, type(sys.version_info))
try: quit + 1
except TypeError as e: print(e)
try: sys.stdout + 1
except TypeError as e: print(e)
try: (lambda: 0) + list[int]
except TypeError as e: print(e)
match array.array('i', [1, 2]):
    case [a, b]: print('seq', a, b)
import collections
match collections.deque([1, 2]):
    case [a, b]: print('deque seq', a, b)
struct.unpack('i', b'')
