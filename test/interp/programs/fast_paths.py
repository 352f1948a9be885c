# The interpreter's fast paths must agree with the full protocols: __slots__ attribute
# caches, float arithmetic and comparisons, calls of builtin types, builtins called
# positionally, and Python calls run inside the caller's dispatch loop.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


def read_slots(objs):
    out = []
    for o in objs:
        try:
            out.append((o.x, o.y))
        except AttributeError as e:
            out.append(str(e))
    return out


p = P(1)
print(read_slots([p, p]))
p.y = 2
print(read_slots([p, p]))
del p.y
print(read_slots([p]))


class Q(P):
    pass


q = Q(3)
q.y = 4
q.z = 5
print(read_slots([p, q, p, q]), q.z)
P.x = property(lambda self: "prop")
print(read_slots([q]))
try:
    q.x = 9
except AttributeError as e:
    print("AttributeError:", e)

values = [3, -2, 0, 2**60, 1.5, -0.0, 0.0, float("inf"), float("nan"), True, 7.25]
for a in values:
    row = []
    for b in values:
        for op in ("+", "-", "*", "/", "//", "%", "**"):
            if op == "**" and type(b) is int and abs(b) > 64:
                continue
            try:
                r = eval(f"a {op} b")
                row.append(repr(r))
            except Exception as e:
                row.append(f"{type(e).__name__}: {e}")
        row.append(str([a < b, a <= b, a == b, a != b, a > b, a >= b]))
    print(a, " ".join(row))

x = 10
x /= 4
x //= 0.5
x **= 0.5
x %= 1.25
print(x, 7 / 2, -7 / 2, 0 / -5, 2**53 / 3)

print(str(), str("a"), str(1.5), str(b"x", "ascii"), str(object="kw"), repr(str(None)))
print(int(), int("ff", 16), int("12", base=8), int(2.9), int(-2.9), float(), float("1e3"), float(2**70))
print(bool(), bool([]), bool("x"), complex(1, 2), tuple("ab"), list(range(3)))
try:
    int("x", 99)
except ValueError as e:
    print("ValueError:", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class MyStr(str):
    pass


print(MyInt(4), type(MyInt(4)).__name__, MyStr("s"), type(MyStr("s")).__name__)
print("a,b,c".split(",", 1), "a b".split(None), "abc".find("c", 1), "x".center(5, "*"))


def depth(n):
    if n == 0:
        raise KeyError("bottom")
    return depth(n - 1) + 1


def catch_at(n, k):
    try:
        return depth(n)
    except KeyError as e:
        return f"caught {e} at {k}"


def middle(n):
    try:
        return catch_at(n, "inner")
    finally:
        print("finally in middle")


print(middle(5))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self


c = Counter()
for i in range(100):
    c.bump(i).bump(1)
print(c.n)


def outer():
    def inner(v):
        if v > 2:
            raise ValueError(f"too big: {v}")
        return v

    total = 0
    for v in range(5):
        try:
            total += inner(v)
        except ValueError as e:
            print(e)
    return total


print(outer())
astral = "a\U0001F600b"
print("\ud83d" in astral, "\ude00" in astral, "\ud83d" not in astral, "\U0001F600" in astral, "ab" in astral)


class RStr(str):
    def __rmod__(self, other):
        return "rmod wins"


print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "a" * True, "%s-%d" % ("a", 3), "%d" % 5, "%s" % None)
print("%s" % [1], "%(a)s" % {"a": 1}, "%s" % RStr("x"), "%r" % (RStr("y"),))
# A dict miss compares colliding keys once (d[k] and operator.getitem), as CPython.
class KeyProbe:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
probe_d = {KeyProbe(1): 'a'}
import operator
try:
    operator.getitem(probe_d, KeyProbe(2))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    probe_d[KeyProbe(3)]
except KeyError:
    print("KeyError 3")
print(operator.getitem(probe_d, KeyProbe(1)))

# Tuple subscripts with an int take the list's fast path in LOAD_SUBSCR; a tuple subclass
# with __getitem__, bools, big ints and out-of-range indices do not.
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)


tup = (10, 20, 30)
print(tup[0], tup[-1], tup[-3], tup[True], T((1, 2))[0], (5,)[0])
for bad in (3, -4, 2 ** 70):
    try:
        tup[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    tup["x"]
except TypeError as e:
    print("TypeError:", e)

# List slices in LOAD_SUBSCR/STORE_SUBSCR call list's own __getitem__/__setitem__ directly
# for an exact list; subclasses keep their overrides.
class L(list):
    def __getitem__(self, k):
        return ("L.get", k)

    def __setitem__(self, k, v):
        print("L.set", k, v)


nums = list(range(10))
print(nums[2:5], nums[::-3], nums[8:2:-2], nums[:], nums[-3:], nums[5:2])
nums[2:5] = "ab"
nums[::4] = [100, 200, 300]
nums[:0] = nums
print(nums)
sub = L([1, 2, 3])
print(sub[0:2])
sub[0:1] = [9]
for bad in [lambda: nums.__setitem__(slice(None, None, 2), [1]), lambda: nums.__setitem__(slice(0, 1), 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    nums[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    nums[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    nums[::0]
except ValueError as e:
    print("ValueError:", e)

# `in` on an exact list or tuple compares item by item without the __contains__ call;
# identity first (a nan is in a list holding it), == after, subclasses keep theirs.
nan = float("nan")
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__")
        return other == 3


class LC(list):
    def __contains__(self, x):
        return "LC"


print(3 in [1, 2, 3], 3.0 in (1, 3), nan in [nan], nan in [float("nan")], Eq() in [1, 3], [1] in [[1]])
print(4 not in (1, 2), 1 in LC(), 2 in [], "a" in ("a",))

depth(3)
