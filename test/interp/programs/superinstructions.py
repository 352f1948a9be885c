# Pairs the interpreter runs as one superinstruction (interp/quicken.ts): errors must still
# come from the right instruction and line, and jumps onto the second of a pair must work.
import sys


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def first_unbound():
    a = 1
    del a
    b = 2
    return (a,
            b)


def second_unbound():
    a = 1
    b = 2
    del b
    return (a,
            b)


def store_then_unbound():
    x = 1
    del x
    y = 5
    z = y
    return z + x


def const_pair(n):
    total = 0
    for i in range(n):
        total += i
        total = total * 2
    return total


def loop_target(items):
    # The loop's back edge and the `continue` land on FOR_ITER; its STORE_FAST follows.
    out = []
    for x in items:
        if x % 2:
            continue
        out.append(x)
    return out


def while_target(n):
    a = 0
    b = 1
    while a < n:
        a, b = b, a + b
    return a, b


def for_iter_raises():
    def gen():
        yield 1
        raise ValueError("from the iterator")
    seen = []
    for v in gen():
        seen.append(v)
    return seen


for f in (first_unbound, second_unbound, store_then_unbound, for_iter_raises):
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e, line_of(e))

print(const_pair(10), loop_target(range(10)), while_target(100))
print(sum(i * j for i in range(30) for j in range(i)))
second_unbound()
