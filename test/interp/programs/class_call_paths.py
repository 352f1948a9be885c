# Calling a class from the interpreter: the fast path (object.__new__, a Python __init__,
# type's own __call__; interp/calls.ts callClass) and every case that must leave it.


class Vec:
    def __init__(self, x, y=0, *, z=0):
        self.x, self.y, self.z = x, y, z


print(vars(Vec(1)), vars(Vec(1, 2)), vars(Vec(1, 2, z=3)))
for args in [(), (1, 2, 3)]:
    try:
        Vec(*args)
    except TypeError as e:
        print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(7).a)


class CustomNew:
    def __new__(cls, a):
        print("__new__", a)
        return super().__new__(cls)

    def __init__(self, a):
        print("__init__", a)


CustomNew(1)


class OtherNew:
    def __new__(cls, a):
        return a * 2

    def __init__(self, a):
        print("never runs")


print(OtherNew(21))


class NoInit:
    pass


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class BuiltinInit:
    __init__ = object.__init__


try:
    BuiltinInit(1)
except TypeError as e:
    print("TypeError:", e)


class Callable:
    def __call__(self, *a):
        return a


class InitIsCallable:
    __init__ = Callable()


try:
    InitIsCallable(1)
except TypeError as e:
    print("TypeError:", e)

class Abstract:
    def __init__(self):
        print("never runs")


Abstract.__abstractmethods__ = frozenset({"f"})


try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        raise ValueError(v)


try:
    Raises("in __init__")
except ValueError as e:
    print("ValueError:", e)


class Sub(Vec):
    def __init__(self, x):
        super().__init__(x, x)


print(vars(Sub(4)))
Vec.__init__ = lambda self, q: setattr(self, "q", q)
print(vars(Vec(9)))
