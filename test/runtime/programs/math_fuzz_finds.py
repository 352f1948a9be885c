# Cases found by differential fuzzing of the math module against CPython.
import math, time, sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# A module's function is named with its module in argument-count messages.
show(lambda: math.factorial(1, 2))
show(lambda: math.isqrt())
show(lambda: math.sqrt(1, 2))
show(lambda: math.gcd(x=1))
show(lambda: math.fsum(1, 2))
show(lambda: time.time(1))
show(lambda: sys.getrecursionlimit(1))
show(lambda: len(1, 2))
show(lambda: math.perm())
# math.log's optional group has its own count message.
show(lambda: math.log())
show(lambda: math.log(1, 2, 3))
show(lambda: math.log(x=1))
show(lambda: math.log(8, 2))
# ldexp converts x before checking i.
show(lambda: math.ldexp(10**400, float("-inf")))
show(lambda: math.ldexp("a", 1.5))
show(lambda: math.ldexp(1.5, 1.5))
# frexp of subnormals below 2**-1024 (it looped forever).
for x in [5e-324, -5e-324, 1e-310, 2.0**-1024, 2.0**-1023, 2.2250738585072014e-308, 1e-320]:
    show(lambda: math.frexp(x))
# perm and comb count their factors in a long long.
show(lambda: math.perm(10**20, 10**20))
show(lambda: math.perm(10**20, 2**63))
show(lambda: math.comb(10**20, 10**20 - 1))
show(lambda: math.comb(10**20, 10**19))
show(lambda: math.comb(2**65, 2**64))
show(lambda: math.perm(5, 10**20))
