# run: cli
# The DeprecationWarnings CPython 3.11's runtime issues, triggered from __main__ (which the
# default filters show): conversion dunders returning a strict subclass of their type,
# int() delegating to __trunc__, NotImplemented's truth value, non-integer randrange()
# arguments. Then each as an exception under an "error" filter.
import cmath
import math
import operator
import random
import warnings


class Index:
    def __index__(self):
        return True


class Trunc:
    def __trunc__(self):
        return 3


class TruncToIndex:
    def __trunc__(self):
        return Index()


class Int:
    def __int__(self):
        return False


class MyInt(int):
    pass


class IntSub:
    def __int__(self):
        return MyInt(7)


class MyFloat(float):
    pass


class Float:
    def __float__(self):
        return MyFloat(2.5)


class MyComplex(complex):
    pass


class Complex:
    def __complex__(self):
        return MyComplex(1, 2)


class IndexSub:
    def __index__(self):
        return MyInt(5)


data = [10, 20, 30, 40]
print(operator.index(Index()), operator.index(IndexSub()))
print(range(Index()), data[Index():], data[IndexSub()::-1])
print(hex(Index()), bin(IndexSub()), float(Index()))
print(int(Trunc()), int(TruncToIndex()))
print(int(Int()), int(IntSub()))
print(float(Float()), math.floor(Float()), math.sqrt(Float()))
print(complex(Complex()), cmath.sqrt(Complex()))
print(bool(NotImplemented), not NotImplemented)
# (after a call on the line: pytier's frames update their line number at calls)
if print("NotImplemented in an if:") or NotImplemented:
    print("is true")
random.seed(5)
print(random.randrange(10.0), random.randrange(2, 10.0), random.randrange(0, 20, 2.0))
print(random.randint(1.0, 3.0))
for bad in [(2.5,), (0, 7.5), (0, 10, 1.5)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print("ValueError", e)
print(True.__index__(), operator.index(True), int(True), range(True))


def convert():
    return operator.index(Index())


print(convert())
for i in range(3):
    print(operator.index(Index()))

warnings.simplefilter("error")
for f in [
    lambda: operator.index(Index()),
    lambda: int(Trunc()),
    lambda: int(Int()),
    lambda: float(Float()),
    lambda: complex(Complex()),
    lambda: bool(NotImplemented),
    lambda: random.randrange(3.0),
]:
    try:
        print(f())
    except DeprecationWarning as e:
        print("DeprecationWarning:", e)
print([1, 2, 3][Index()])
