# Methods of classes with __slots__ and no __dict__ (LOAD_METHOD caches them), and a slot
# hidden by a subclass's method, reached through its member descriptor.
class P:
    __slots__ = ('x',)
    def m(self): return 'method'
p = P(); p.x = 1
for i in range(3): print(p.m())
try:
    p.m = 5
except AttributeError as e: print(e)
class Q:
    __slots__ = ('m',)
    def g(self): return 'g'
q = Q()
print(q.g())
class R(P):
    def m(self): return 'R'
r = R(); print(r.m()); r.m = lambda: 'inst'; print(r.m())
for o in [p, r, p, r]: print(o.m())
class A:
    __slots__ = ('m',)
class B(A):
    __slots__ = ()
    def m(self): return 'B.m'
b = B()
for i in range(3): print(b.m())
A.m.__set__(b, 5)
for i in range(3): print(b.m(), b.m.__name__, A.m.__get__(b))
class C:
    __slots__ = ('v',)
    def f(self): return 'f'
c = C()
for i in range(3): print(c.f())
C.f = lambda self: 'new'
for i in range(3): print(c.f())
A.m.__delete__(b)
try: A.m.__delete__(b)
except AttributeError as e: print(e)
try: A.m.__get__(b)
except AttributeError as e: print(e)
try: A.m.__set__(3, 4)
except TypeError as e: print(e)
