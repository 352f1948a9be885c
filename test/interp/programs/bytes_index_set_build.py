# Item access on bytes/bytearray (the direct paths for exact types and what must still go
# through the methods: errors, subclasses, odd index/value kinds, memoryview exports), `in`,
# len and iteration; then set/frozenset construction from many kinds of source, whose
# iteration order must be CPython's.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Idx({self.v})"


def setitem(obj, key, value):
    obj[key] = value
    return obj


# ---------- bytes / bytearray reads ----------
b = bytes(range(250, 256)) + b"xyz"
ba = bytearray(b)
for obj in (b, ba):
    name = type(obj).__name__
    for key in (0, 1, -1, -9, 8, 9, -10, 100, -100, True, False, Idx(2), Idx(-1), Idx(50),
                2**62, -(2**62), 2**63, -(2**63) - 1, 2**100, 1.0, "0", None, slice(1, 4),
                slice(None, None, -2)):
        attempt(f"{name}[{key!r}]", lambda: obj[key])
    attempt(f"len {name}", lambda: len(obj))
    attempt(f"list {name}", lambda: list(obj))
    for x in (255, 0, 120, 1, True, False, Idx(121), 256, -1, 2**70, b"yz", b"", bytearray(b"zx"), "x", 1.5, None):
        attempt(f"{x!r} in {name}", lambda: x in obj)

# Indexing inside a loop, the hot-loop shape (also negative indices).
table = bytes((i * 7) & 0xFF for i in range(256))
acc = 0
for i in range(-256, 256):
    acc = (acc * 31 + table[i]) & 0xFFFFFFFF
print("acc", acc)

# ---------- bytearray writes ----------
for key, value in ((0, 65), (-1, 66), (8, 255), (-9, 0), (9, 1), (-10, 1), (100, 300), (0, 256),
                   (0, -1), (0, 2**70), (0, 1.0), (0, "a"), (0, b"a"), (0, None), (True, 67),
                   (False, True), (Idx(1), Idx(68)), (1, Idx(300)), (2**62, 300), (2**62, 5),
                   (2**63, 300), (2**100, 5), (-(2**63) - 1, 1), ("0", 1), (1.0, 1), (None, 1)):
    ba = bytearray(b"abcdefghi")
    attempt(f"ba[{key!r}] = {value!r}", lambda: setitem(ba, key, value))
attempt("bytes item assignment", lambda: setitem(b"abc", 0, 1))

# A hot write loop, in place, with negative indices.
state = bytearray(16)
for r in range(50):
    for i in range(16):
        state[i] ^= (state[-1 - i] + r * i) & 0xFF
print("state", state.hex())

# An index whose __index__ shrinks the bytearray before the bounds check.
shrinking = bytearray(b"abcdef")


class Shrinker:
    def __index__(self):
        del shrinking[:]
        return 1


attempt("shrink value", lambda: setitem(shrinking, 1, Shrinker()))
print(shrinking)

# Writes show through a memoryview export; resizing is refused while it lives.
ba = bytearray(b"hello")
view = memoryview(ba)
ba[0] = 74
ba[-1] = 33
print(bytes(view), view[0], view[-1])
view[1] = 69
print(ba, ba[1])
attempt("append while exported", lambda: ba.append(1))
view.release()
ba.append(46)
print(ba)

# ---------- subclasses keep their overrides ----------


class LoudBytes(bytes):
    def __getitem__(self, i):
        return ("loud", super().__getitem__(i))

    def __contains__(self, x):
        return "always"


class LoudArray(bytearray):
    def __getitem__(self, i):
        return ("loud", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, (v + 1) & 0xFF)


class PlainArray(bytearray):
    pass


lb = LoudBytes(b"abc")
print(lb[0], lb[-1], 97 in lb, len(lb), list(lb))
la = LoudArray(b"abc")
la[0] = 200
la[-1] = 255
print(la[0], la[1], la[-1], bytes(la))
pa = PlainArray(b"abc")
pa[1] = 0
print(pa[0], pa[1], 0 in pa, pa, str(pa), repr(pa))
attempt("PlainArray out of range", lambda: pa[3])
attempt("PlainArray bad value", lambda: setitem(pa, 0, 256))

# ---------- iteration and `in` follow mutation ----------
grow = bytearray(b"ab")
seen = []
for x in grow:
    seen.append(x)
    if len(grow) < 5:
        grow.append(x + 10)
print(seen, grow)
it = iter(bytearray(b"q"))
src = bytearray(b"q")
it = iter(src)
print(next(it), next(it, "done"))
src.append(1)
print(next(it, "still done"))
it = iter(b"xy")
print(list(it), list(it))
print(0 in bytearray(3), 1 in bytearray(3), 0 in bytearray(), 99 in b"c")

# ---------- set / frozenset construction ----------


def gen(n):
    for i in range(n):
        yield (i * 37) % 101


class MyList(list):
    def __iter__(self):
        return iter(reversed(self))


class IterOnly:
    def __iter__(self):
        return iter([5, 3, 5, 64, 0, 32])


class GetitemOnly:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError
        return (i * 9) % 17


ints = [32, 0, 64, 1, 2, 96, 8, 16, 128, 7, 40, 3]
sources = {
    "list": lambda: ints,
    "tuple": lambda: tuple(ints),
    "range": lambda: range(0, 300, 7),
    "range-neg": lambda: range(50, -50, -3),
    "set": lambda: set(ints),
    "frozenset": lambda: frozenset(ints),
    "dict": lambda: dict.fromkeys(ints),
    "dict-keys": lambda: dict.fromkeys(ints).keys(),
    "dict-items": lambda: {1: 2, 3: 4, 33: 5}.items(),
    "generator": lambda: gen(60),
    "genexpr": lambda: (v * v for v in ints),
    "map": lambda: map(lambda v: v * 3, ints),
    "str": lambda: "abracadabra",
    "bytes": lambda: b"mississippi",
    "bytearray": lambda: bytearray(b"\x00\xff\x10\x00"),
    "list-subclass": lambda: MyList(ints),
    "iter-only": lambda: IterOnly(),
    "getitem-only": lambda: GetitemOnly(),
    "tuples": lambda: [(i, j) for i in range(4) for j in range(3)],
    "strings": lambda: ["alpha", "beta", "gamma", "delta", "alpha", "epsilon"] * 3,
    "mixed": lambda: [1, 1.0, True, 2, 2.5, "x", (1, 2), frozenset({1}), -1, -2, 2**64, -(2**70)],
    "big": lambda: [i * 1000003 % 65537 for i in range(3000)],
    "empty": lambda: [],
}
for name, make in sources.items():
    s = set(make())
    f = frozenset(make())
    print(name, len(s), list(s)[:40], list(f) == list(s), s == f)

# The same elements in different insertion orders (the table's growth decides the order).
print(list(set(ints)), list(set(reversed(ints))), list(set(dict.fromkeys(ints))))
s = {0}
s.update(ints)
print(list(s))
s = set()
for v in ints:
    s.add(v)
print(list(s))

# nqueens' shape: many small sets built from generators in a loop.
total = 0
orders = set()
for perm in range(2000):
    vec = [(perm * k + k * k) % 11 for k in range(8)]
    a = set(vec[i] + i for i in range(8))
    b2 = set(vec[i] - i for i in range(8))
    total += len(a) * 100 + len(b2)
    orders.add(tuple(a))
print("total", total, len(orders), sorted(orders)[:3])

# A list mutated by a key's __hash__ during set(list): iteration sees the change.
victim = [1, 2, 3]


class Grower:
    def __hash__(self):
        if len(victim) < 8:
            victim.append(len(victim) * 10)
        return 7

    def __eq__(self, other):
        return self is other


victim.insert(1, Grower())
print(sorted(x for x in set(victim) if isinstance(x, int)), len(set(victim)))

for bad in (1, None, [[1]], [{}], ([1, 2], 3)):
    attempt(f"set({bad!r})", lambda: set(bad))
    attempt(f"frozenset({bad!r})", lambda: frozenset(bad))

# Big tables (past the small-table size), copies of them, removals and regrowth.
big = set(range(0, 30000, 7))
words = {f"w{i}" for i in range(2500)}
print(list(set(big))[:20] == list(big)[:20], list(frozenset(words)) == list(words), list(words)[:8])
for v in range(0, 30000, 21):
    big.discard(v)
big.update(range(1, 5000, 3))
print(len(big), list(big)[:30], list(big.copy()) == list(big))
small = {1, 2, 3}
small |= big
print(list(small)[:30])
while len(big) > 5:
    big.pop()
print(list(big), list(set(big)))
