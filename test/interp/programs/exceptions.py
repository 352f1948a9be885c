import sys

def f(kind):
    try:
        if kind == 1:
            return "return in try"
        if kind == 2:
            raise ValueError("v")
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally", kind)

print(f(1), f(2), f(3))

def finally_override():
    try:
        return 1
    finally:
        return 2

print(finally_override())

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        print("loop finally", i)

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise TypeError("t") from e
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t2")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t3") from None
except TypeError as e:
    print(e.__suppress_context__, repr(e.__context__))

try:
    raise
except RuntimeError as e:
    print(e)

def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
        raise

try:
    reraiser()
except ZeroDivisionError as e:
    print("reraised", e)
print(sys.exc_info())

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception))

try:
    try:
        raise ValueError(1)
    except (KeyError, ValueError) as e:
        print("tuple match", e)
        raise
except ValueError:
    print("outer")

try:
    [][1]
except LookupError as e:
    print(type(e).__name__, e)

try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e))

try:
    undefined_name
except NameError as e:
    print(e)

try:
    None.attr
except AttributeError as e:
    print(e)

try:
    int("x")
except ValueError as e:
    print(e)

def gen_finally():
    try:
        yield 1
    finally:
        print("gen finally")

for v in gen_finally():
    print(v)

e_saved = None
try:
    raise OSError("first")
except OSError as e:
    e_saved = e
try:
    e_saved
    print("e_saved still bound")
except NameError:
    pass
try:
    e
except NameError as err:
    print("e unbound:", err)
try:
    assert 1 == 2, "assertion message"
except AssertionError as e:
    print("assert", e)
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
except ValueError:
    pass
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    deep(n - 1)
try:
    deep(20)
except IndexError as e:
    n = 0
    tb = e.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)

# What an except / except* clause may name (one check for both, exception-match.ts).
for t in (ValueError, (KeyError, ValueError), (KeyError, 5), 5, ((ValueError,),), (), int):
    try:
        try:
            raise ValueError("v")
        except t:
            print("caught by", t)
    except Exception as e:
        print(type(e).__name__, e)
for t in (ValueError, (KeyError, ValueError), (KeyError, 5), int, ExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* t:
            print("star caught by", t)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("g", [ValueError(1), KeyError(2)]).split(((ValueError,),))
except TypeError as e:
    print("split", e)
