# Loops long enough that the interpreter pauses and re-enters their frame several times
# (interp/eval.ts SLICE_BACKEDGES): inside try/except/finally, with, generators, nested
# loops, comprehensions, while/else, and a frame whose loop raises after many rounds.
import sys


def in_try(n):
    total = 0
    try:
        for i in range(n):
            try:
                total += i
                if i == n - 1:
                    raise KeyError(i)
            finally:
                total -= 1
    except KeyError as e:
        return total, e.args


print(in_try(5000))


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


def in_with(n):
    k = 0
    with Ctx():
        while True:
            k += 1
            if k > n:
                raise ValueError(k)
    return k


print(in_with(3000))


def gen(n):
    for i in range(n):
        if i % 1000 == 999:
            yield i


print(list(gen(10000)))
print(sum(x * x for x in range(20000)))
print(len([j for i in range(100) for j in range(100) if (i ^ j) & 1]))

i = 0
while i < 7000:
    i += 1
else:
    print("while-else", i)


def deep(n):
    if n == 0:
        s = 0
        for k in range(4000):
            s += k
        return s
    return deep(n - 1) + 1


print(deep(50), sys.getrecursionlimit())


def fails_late(n):
    acc = []
    for i in range(n):
        acc.append(i)
    return acc[n]


try:
    fails_late(6000)
except IndexError as e:
    print("IndexError:", e)


# Each pause gives the frame a fresh copy of its locals and stack: what reads a frame's
# locals from outside (locals(), f_locals, gi_frame, zero-argument super()) sees the
# values the loop left there.
def caller_locals():
    return sorted(sys._getframe(1).f_locals.items())


def reads_after_pauses(n):
    a = 0
    for i in range(n):
        a += i
    b = [a]
    return caller_locals(), sorted(locals())


print(reads_after_pauses(5000))


def gen_long(n):
    total = 0
    for i in range(n):
        total += i
        if i % 2500 == 2499:
            yield total


g = gen_long(10000)
print(next(g), g.gi_frame.f_locals["total"], next(g), g.gi_frame.f_locals["i"])


class Base:
    def who(self):
        return "Base.who"


class Derived(Base):
    def who(self):
        n = 0
        for k in range(3000):
            n += k
        return super().who(), n


print(Derived().who())
