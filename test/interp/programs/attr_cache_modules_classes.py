# LOAD_ATTR/LOAD_METHOD caches on modules (the dict entry, while the keys are unchanged) and on
# classes (the class attribute, while the class and its metaclass are unchanged).
import math, sys
import types
def f(x): return math.sqrt(x), math.pi
for i in range(3): print(f(4.0))
math.pi = 3
print(f(9.0))
del math.pi
try: f(1.0)
except AttributeError as e: print(e)
math.pi = 3.14
print(f(1.0))
m = types.ModuleType('m'); m.g = lambda: 'g1'
m2 = types.ModuleType('m2'); m2.g = lambda: 'g2'
for mod in [m, m2, m, m2]: print(mod.g(), mod.__name__)
m.__getattr__ = lambda name: 'via getattr ' + name
for i in range(2): print(m.zzz)
class MyMod(types.ModuleType):
    def g(self): return 'method'
mm = MyMod('mm'); mm.__dict__['g'] = lambda: 'dict'
for i in range(2): print(mm.g())
print(m.__dict__ is m.__dict__, m.__class__)
class Base:
    def step(self, a): return ('Base.step', a)
    K = 5
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'sm'
class D(Base):
    def step(self, a): return Base.step(self, a) + ('D',)
d = D()
for i in range(3): print(d.step(i), Base.K, D.K, Base.cm(), D.cm(), D.sm())
Base.step = lambda self, a: ('new', a)
print(d.step(9))
Base.K = 6; print(D.K)
class Meta(type):
    @property
    def K(cls): return 'meta-prop'
class E(metaclass=Meta):
    K = 1
    def h(self): return 'h'
for i in range(2): print(E.K, E.h(None))
class Meta2(type):
    def h(cls): return 'meta-h'
class F(metaclass=Meta2):
    def h(self): return 'F.h'
for i in range(2): print(F.h(1))
class G: pass
for i in range(2):
    try: G.nothing
    except AttributeError as e: print(e)
for cls in [Base, D, E, Base, D]: print(cls.__name__, cls.K)
print(int.from_bytes(b'\x01', 'big'), str.upper('a'), dict.fromkeys([1]))
