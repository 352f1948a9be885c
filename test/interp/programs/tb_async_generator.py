# An exception raised in an async generator after an await, uncaught through async for.
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


async def inner():
    yield 1
    await suspend(2)
    raise ValueError("deep")


async def main():
    async for v in inner():
        print(v)


c = main()
print(c.send(None))
c.send(None)
