# Errors of calls with * and ** arguments name the callable as CPython's _PyObject_FunctionStr
# does (module.qualname() unless builtins), and a non-str keyword is 'keywords must be strings'.
def f(x, y=1):
    return x
class A:
    def m(self, x):
        pass
for call in [lambda: f(1, x=2), lambda: f(**{"x": 1}, x=2), lambda: f(1, **{"x": 2}), lambda: A().m(1, x=2), lambda: A().m(**{"x": 1}, **{"x": 2}), lambda: print(**{"sep": 1}, **{"sep": 2}), lambda: f(*[1], **{"x": 3})]:
    try:
        call()
    except TypeError as e:
        print(e)

def g(*a, **k):
    return a
class B:
    def m(self, *a, **k): pass
for call in [lambda: g(*1), lambda: g(**1), lambda: g(**{1: 2}), lambda: B().m(*1), lambda: B().m(**1), lambda: print(*1), lambda: print(**1), lambda: len(*1), lambda: g(**{"a": 1}, **{"a": 2}), lambda: (lambda: 0)(**{"a": 1}, **{"a": 2}), lambda: B.m(**{"a": 1}, **{"a": 2}), lambda: g(x=1, **{"x": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)

class C:
    def __init__(self, **k): pass
for call in [lambda: print(**{1: 2}), lambda: C(**{1: 2}), lambda: dict(**{1: 2}), lambda: (lambda **k: k)(**{1: 2}), lambda: (lambda **k: k)(x=1, **{1: 2})]:
    try:
        print(call())
    except TypeError as e:
        print(e)
