import types

@types.coroutine
def suspend(v):
    got = yield v
    return got * 2

async def add(a, b):
    x = await suspend(a)
    y = await suspend(b)
    return x + y

async def main():
    r = await add(1, 2)
    return r + 100

coro = main()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(20)
except StopIteration as e:
    print("result", e.value)

class Awaitable:
    def __await__(self):
        v = yield "from awaitable"
        return v

async def use():
    return await Awaitable()

c = use()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print(e.value)

class CM:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *a):
        print("aexit", a[0])

async def with_cm():
    async with CM() as cm:
        print("inside", type(cm).__name__)

try:
    with_cm().send(None)
except StopIteration:
    print("with done")

# await on a nested class's instance: CPython's message names the type by __name__.
class AwOuter:
    class B:
        pass
    class C:
        def __await__(self):
            return 5
    class D:
        async def __aenter__(self):
            return 1
        async def __aexit__(self, *a):
            return None
async def aw_f(x):
    await x
for x in (AwOuter.B(), AwOuter.C()):
    try:
        aw_f(x).send(None)
    except TypeError as e:
        print(e)
async def aw_g():
    async with AwOuter.D():
        pass
    return 1
try:
    aw_g().send(None)
except StopIteration as e:
    print("ok", e.value)
