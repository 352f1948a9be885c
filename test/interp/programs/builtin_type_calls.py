# Calling builtin types with positional arguments (the interpreter's direct path) and the errors
# their argument checks give; subclass and exception construction still run __init__.
print(str("a"), str(1), str(2.5), str(), str(b"x", "ascii"), int("12"), int(3.9), int(), float("1.5"), range(3), range(1, 5, 2), tuple([1]), bool(0), complex(1, 2), bytes(3), frozenset([1]))
for bad in [lambda: int(1, 2, 3, 4), lambda: range(), lambda: object(1), lambda: str(1, 2, 3, 4), lambda: range(1.5), lambda: bool(1, 2), lambda: float(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class S(str):
    def __init__(self, *a):
        print("S init", a)
class X:
    def __str__(self): return S("hi")
print(type(X()).__name__)
e = ValueError("m", 2); print(repr(e), e.args)
print(list("ab"), dict([(1, 2)]), set("aa"), type(1), object().__class__, type("T", (), {}).__name__)
class I:
    def __index__(self): return 5
print(range(I()), int("ff", 16))
class L(list):
    def __init__(self, *a):
        print("L init", a)
        super().__init__(*a)
print(L("xy"))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
print(repr(E(1, 2)))
print(KeyError("k").args, StopIteration(3).value, OSError(2, "no").errno)
# __str__ may return a str subclass instance: str() returns it as it is.
class S2(str):
    pass
class X2:
    def __str__(self): return S2("hi")
r = str(X2()); print(type(r).__name__, r)
print(X2(), "%s" % X2(), f"{X2()}", str(5), str(None), str(1.5), [str(X2())])
class T2(str):
    def __str__(self): return "T2!"
print(str(T2("x")), type(str(T2("x"))).__name__, S2(X2()), type(S2(X2())).__name__)
class B2:
    def __str__(self): return 1
try: str(B2())
except TypeError as e: print(e)
# __repr__ and __format__ may return str subclass instances too: repr()/format() return them as they are.
class S3(str):
    pass
class X3:
    def __repr__(self): return S3("rep")
    def __format__(self, spec): return S3("fmt")
print(repr(X3()), type(repr(X3())).__name__, [X3()], f"{X3()}", format(X3()), type(format(X3())).__name__, "%r" % X3())
