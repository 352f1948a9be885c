import sys

def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("got", got)
        i += 1
    return "done"

g = counter(3)
print(g.send(None), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)

def delegator():
    r = yield from counter(2)
    print("returned", r)
    r2 = yield from [10, 20]
    print("list gives", r2)
    return r

print(list(delegator()))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("finally runs")

c = closer()
next(c)
c.close()
c.close()

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignorer()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))
            yield "after"

ct = catcher()
next(ct)
print(ct.throw(ValueError("v")))
print(ct.throw(ValueError))

def inner():
    try:
        yield 1
    except KeyError:
        print("inner caught")
        return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 2

o = outer()
print(next(o))
print(o.throw(KeyError))

def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def exc_state():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

es = exc_state()
print(next(es))
print(sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(next(es))
    print(sys.exc_info()[0].__name__)

squares = (x * x for x in range(5) if x % 2 == 0)
print(type(squares).__name__, list(squares), list(squares))
print(sum(x for x in range(100)))
gen = counter(1)
print(gen.__name__, gen.__qualname__, gen.gi_running)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
try:
    g3 = counter(2)
    g3.send(5)
except TypeError as e:
    print(e)
