# Builtin types that only the runtime creates (iterators, dict views, generators, frames):
# calling the type raises "cannot create 'X' instances" and object.__new__(X) says it is not
# safe, as CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION types do; none makes a blank object.
import sys


async def agen():
    yield 1


def gen():
    yield 1


objs = [iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(3)), gen(), reversed([]),
        {}.keys(), {}.values(), {}.items(), iter({}.items()), agen(), agen().asend(None), sys._getframe(),
        zip(), map(abs, []), filter(None, []), type(None), type(NotImplemented), type(...)]
for o in objs:
    t = type(o)
    try:
        made = t()
        print(t.__name__, "->", repr(made)[:30] if t.__name__ not in ("zip", "map", "filter") else t.__name__)
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
    try:
        object.__new__(t)
        print(t.__name__, "object.__new__ made one")
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
