# Async generators (PEP 525) driven by hand, without an event loop: __anext__/asend/athrow/
# aclose awaitables, async for, awaits inside async generators, aiter()/anext().
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


def run(coro, replies=()):
    """Drive a coroutine: print what it yields through awaits, answer with `replies`."""
    replies = list(replies)
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  driver got", out)
        value = replies.pop(0) if replies else None


def step(awaitable, value=None):
    """One send into an awaitable: ('yield', v) / ('stop', v) / ('raise', type, message)."""
    try:
        return ("yield", awaitable.send(value))
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__, str(e))


async def counter(n):
    for i in range(n):
        got = await suspend(("tick", i))
        yield i * 10 + (got or 0)


async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out


print("async for:", run(consume(), [1, 2, 3]))


async def comprehension():
    return [v async for v in counter(2) if v >= 0]


print("comprehension:", run(comprehension()))


# --- types and attributes ---
async def simple():
    yield 1
    yield 2


g = simple()
print(type(g).__name__, type(g.__anext__()).__name__, type(g.asend(None)).__name__)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(g.__aiter__() is g, aiter(g) is g)
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name, g.__name__, g.__qualname__)
for name in ("send", "throw", "close", "__next__", "__iter__", "gi_running", "ag_suspended"):
    print(name, hasattr(g, name))
aw = g.__anext__()
for name in ("send", "throw", "close", "__next__", "__iter__", "__await__"):
    print("asend has", name, hasattr(aw, name))
print(aw.__await__() is aw, iter(aw) is aw)
print(step(aw), step(aw))
print(step(g.__anext__()), step(g.__anext__()), step(g.__anext__()))
print("closed:", g.ag_frame)

# --- asend values, StopIteration carries the yielded value ---
async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x == "stop":
                return
            received.append(x)
    finally:
        print("echo finally", received)


e = echo()
print(step(e.asend(None)))
print(step(e.asend("a")))
print(step(e.asend("b")))
print(step(e.asend("stop")))
print(step(e.asend("again")))

# a tuple / exception / None as yielded value goes through StopIteration.value unchanged
async def odd_values():
    yield (1, 2)
    yield ValueError("v")
    yield None


o = odd_values()
for _ in range(4):
    r = step(o.__anext__())
    print(r[0], type(r[1]).__name__ if r[0] == "stop" else r[1:], r[1] if r[0] == "stop" and not isinstance(r[1], Exception) else "")

# --- awaits inside: the asend passes yields from the await to the driver ---
async def awaiting():
    a = await suspend("first")
    b = yield a
    c = await suspend(("second", b))
    yield c


g = awaiting()
s = g.asend(None)
print(step(s))
print("ag_running mid-await:", g.ag_running, type(g.ag_await).__name__)
print(step(g.__anext__()))  # already running
print(step(s, "A"))
print(step(s, "late"))  # reused
print("ag_running after:", g.ag_running)
s = g.asend("B")
print(step(s))
print(step(s, "C"))
print(step(g.asend(None)))
print(step(g.asend(None)))

# a just-started async generator rejects a non-None value
g = simple()
print(step(g.asend(5)))
print(step(g.asend(None)))
print(step(g.aclose()))

# --- throw into an asend awaitable ---
async def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield ("caught", e.args)


g = catcher()
print(step(g.__anext__()))
a = g.__anext__()
print(step(a))
a2 = g.asend(None)
try:
    a2.throw(KeyError, KeyError("x"))
except StopIteration as e:
    print("asend.throw ->", e.value)
print(step(a2))
try:
    g.asend(None).throw(TypeError("boom"))
except TypeError as e:
    print("propagated", e)
print(step(g.__anext__()))

# close() on the awaitable marks it used
g = simple()
a = g.__anext__()
print(a.close())
print(step(a))
print(step(g.__anext__()))
print(step(g.aclose()))

# --- athrow ---
async def resilient():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        got = await suspend("cleanup await")
        yield ("after", got)
    yield 3


g = resilient()
print(step(g.__anext__()))
t = g.athrow(ValueError("bad"))
print(step(t))
print(step(t, "reply"))
print(step(t))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.athrow(ValueError)))
print(step(g.aclose()))

g = resilient()
print(step(g.athrow(KeyError, "not started")))
print(step(g.__anext__()))

g = resilient()
print(step(g.__anext__()))
print(step(g.athrow(KeyError("escapes"))))
print(step(g.__anext__()))

# athrow argument checking happens when the awaitable is first sent into
g = resilient()
t = g.athrow()
print(step(t))
print("ag_running after bad athrow:", g.ag_running)
g2 = resilient()
print(step(g2.athrow(1)))
print(step(g2.athrow(ValueError, 1, 2, 3)))
print(step(g2.athrow(ValueError("x"), "value")))
print(step(g2.__anext__()))

g = resilient()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("x")), "non-None"))
print(step(g.aclose()))

# --- aclose ---
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


g = with_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print(step(c))
print(step(g.__anext__()))
print(step(g.aclose()))

g = with_finally()
print("aclose before start:", step(g.aclose()))
print(step(g.__anext__()))


async def awaits_in_finally():
    try:
        yield 1
    finally:
        got = await suspend("finally await")
        print("finally got", got)


g = awaits_in_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print("ag_running in aclose:", g.ag_running)
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(c, "done"))
print("ag_running after aclose:", g.ag_running)


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


g = ignores_exit()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print(step(c))


async def ignores_after_await():
    try:
        yield 1
    except GeneratorExit:
        await suspend("x")
        yield "ignored"


g = ignores_after_await()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print(step(c))


async def raises_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from finally")


g = raises_on_exit()
print(step(g.__anext__()))
print(step(g.aclose()))


async def stops_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise StopAsyncIteration


g = stops_on_exit()
print(step(g.__anext__()))
print(step(g.aclose()))

# throw into an aclose awaitable while it awaits
g = awaits_in_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
try:
    c.throw(GeneratorExit)
except StopIteration:
    print("aclose throw -> StopIteration")
print(step(g.__anext__()))

# --- errors raised inside async generators ---
async def raises_stop_iteration():
    yield 1
    raise StopIteration("x")


g = raises_stop_iteration()
print(step(g.__anext__()))
r = step(g.__anext__())
print(r)


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


g = raises_stop_async()
print(step(g.__anext__()))
print(step(g.__anext__()))


async def raises_value_error():
    yield 1
    raise ValueError("inside")


async def loop_over(agen):
    got = []
    try:
        async for v in agen:
            got.append(v)
    except ValueError as e:
        got.append(("error", str(e)))
    return got


print(run(loop_over(raises_value_error())))

# break out of async for, then close explicitly
async def breaker():
    agen = with_finally()
    async for v in agen:
        print("breaking at", v)
        break
    await agen.aclose()
    return "closed"


print(run(breaker()))

# nested async generators
async def inner():
    for i in range(2):
        yield await suspend(("inner", i))


async def outer():
    async for v in inner():
        yield ("outer", v)
    yield "end"


async def collect():
    return [v async for v in outer()]


print(run(collect(), ["r0", "r1"]))

# --- aiter / anext ---
async def use_anext():
    agen = counter(2)
    a = await anext(agen)
    b = await anext(agen, "default")
    c = await anext(agen, "default")
    d = await anext(agen, "default")
    try:
        await anext(agen)
    except StopAsyncIteration:
        e = "StopAsyncIteration"
    return a, b, c, d, e


print(run(use_anext(), [5, 6]))

aw = anext(simple(), "dflt")
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
print(step(aw))
agen = simple()
aw = anext(agen, "dflt")
print(step(aw), step(anext(agen, "d")), step(anext(agen, "d")), step(anext(agen, "d")))


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return await suspend(("ticker", self.n))


async def use_class():
    out = [v async for v in Ticker(2)]
    t = Ticker(1)
    out.append(await anext(t, "d1"))
    out.append(await anext(t, "d2"))
    return out


print(run(use_class(), ["x", "y", "z"]))

aw = anext(Ticker(1), "dflt")
print(step(aw))
print(step(aw, "v"))

for bad in (1, "s", [1]):
    for f in (aiter, anext):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 42


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)


async def bad_async_for():
    async for x in BadAiter():
        pass


print(step(bad_async_for()))


async def async_for_non_iterable():
    async for x in [1, 2]:
        pass


print(step(async_for_non_iterable()))

# generator-based awaitables (types.coroutine) and custom __await__ through asend
class Waiter:
    def __await__(self):
        got = yield "waiter"
        return got


async def custom_awaits():
    x = await Waiter()
    yield x


g = custom_awaits()
s = g.__anext__()
print(step(s), step(s, "w-reply"))
print(step(g.aclose()))

# async with inside an async generator; the context's awaits pass through the asend
class Context:
    async def __aenter__(self):
        print("enter", await suspend("aenter"))
        return self

    async def __aexit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, await suspend("aexit"))
        return False


async def in_context():
    async with Context():
        yield 1
        yield 2


async def context_consumer():
    out = [v async for v in in_context()]
    agen = in_context()
    out.append(await agen.__anext__())
    await agen.aclose()
    return out


print(run(context_consumer(), ["r1", "r2", "r3", "r4"]))

print(type(simple()).__class_getitem__(int))
print(types.AsyncGeneratorType is type(simple()))
print(simple().ag_code is simple.__code__)


def throw_step(awaitable, exc):
    try:
        return ("yield", awaitable.throw(exc))
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__, str(e))


# aclose of an async generator awaiting another async generator's __anext__ / aclose
async def inner_gen():
    try:
        yield 1
        await suspend("inner-await")
        yield 2
    finally:
        print("inner finally")
        await suspend("inner-finally-await")


async def outer_gen():
    agen = inner_gen()
    try:
        print("outer got", await agen.__anext__())
        print("outer got", await agen.__anext__())
        yield "outer"
    finally:
        print("outer finally")
        await agen.aclose()


g = outer_gen()
s = g.__anext__()
print(step(s))
print(type(g.ag_await).__name__, g.ag_running)
print(step(s))
c = g.aclose()
print(step(c))
print(step(c))
print(step(c))


# athrow(GeneratorExit)/aclose() throw GeneratorExit into an awaited coroutine (not close it)
async def coro_catches():
    try:
        await suspend("c1")
    except GeneratorExit:
        print("coro saw GeneratorExit")
        await suspend("c2")
        raise


async def awaits_on_key_error():
    while True:
        try:
            yield 1
        except KeyError:
            await coro_catches()


for how in ("athrow", "aclose"):
    x = awaits_on_key_error()
    print(step(x.__anext__()))
    s = x.__anext__()
    print(throw_step(s, KeyError))
    print("running", x.ag_running)
    t = x.athrow(GeneratorExit) if how == "athrow" else x.aclose()
    print(step(t))
    print(step(t))
    print(step(t))
    print(step(x.__anext__()))

# asend.throw(GeneratorExit) closes the awaited coroutine instead
x = awaits_on_key_error()
print(step(x.__anext__()))
s = x.__anext__()
print(throw_step(s, KeyError))
print(throw_step(x.__anext__(), GeneratorExit))
print(step(x.__anext__()))
