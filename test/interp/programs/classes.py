class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag")
        return cls

class A(metaclass=Meta, tag="t"):
    def who(self):
        return "A"

print(A.injected, A.tag, type(A).__name__)

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append((cls.__name__, kw))

class Child(Base, flavor="x"):
    pass

print(Base.registry)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else f"<{self.name} of {type(obj).__name__}>"

class Host:
    field = Named()

print(Host().field, Host.field.name)

class P:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
    def __repr__(self):
        return f"P({self._x})"
    def __eq__(self, other):
        return isinstance(other, P) and self._x == other._x
    def __hash__(self):
        return hash(self._x)
    def __add__(self, other):
        return P(self._x + other._x)
    def __lt__(self, other):
        return self._x < other._x

p = P(3)
p.x = 5
print(p.x, P.s(1), P.c(), p + P(1), p == P(10), sorted([P(3), P(1), P(2)]), len({P(1), P(1)}))

class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def __repr__(self):
        return "Q" + super().__repr__() + str(self.y)

print(Q(1, 2), isinstance(Q(1, 2), P), issubclass(Q, P), Q.__mro__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)

class Dyn:
    def __getattr__(self, name):
        return name.upper()

print(Dyn().hello)

def deco(cls):
    cls.decorated = True
    return cls

@deco
class D:
    pass

print(D.decorated, D.__name__, D.__qualname__, D.__module__)

class WithClassCell:
    def get_class(self):
        return __class__

print(WithClassCell().get_class().__name__)

class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print([k.__name__ for k in W.__mro__])
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(e)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

with Ctx() as c:
    raise ValueError("swallowed")
print("after with")
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()))
