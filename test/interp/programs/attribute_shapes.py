# Instance attributes live in shared shapes (src/runtime/attr-store.ts) and the inline
# caches remember a shape per instruction: one load or store site meeting objects whose
# attributes were set in different orders, deleted, re-added, or that outgrew a shape.


class P:
    pass


def build(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p


objs = [build("xyz"), build("zyx"), build("xz"), build("y"), build("")]


def read_x(o):
    return o.x  # one LOAD_ATTR site for every shape


for o in objs:
    try:
        print(read_x(o), vars(o))
    except AttributeError as e:
        print("AttributeError:", e)

# Store sites: existing name, new name (a transition), on different shapes.
def put(o, v):
    o.w = v


for i, o in enumerate(objs * 2):
    put(o, i)
print([vars(o) for o in objs])

# Delete and re-add: the name moves to the end, as in a dict.
q = build("abcd")
del q.b
print(vars(q), q.c, q.d)
q.b = "again"
print(vars(q), list(q.__dict__))
try:
    del q.zz
except AttributeError as e:
    print("AttributeError:", e)

# Names JS objects would treat specially keep their Python order.
r = P()
for name in ["2", "b", "1", "__proto__", "constructor", "a", "0"]:
    setattr(r, name, name)
print(vars(r))
print(getattr(r, "__proto__"), getattr(r, "constructor"), getattr(r, "1"))

# Many attributes: past the shape limit the attributes move into a dict.
many = P()
for i in range(100):
    setattr(many, "a%d" % (99 - i), i)
print(len(vars(many)), list(vars(many))[:3], list(vars(many))[-3:], many.a0, many.a99)
many.a50 = "changed"
del many.a51
print(many.a50, hasattr(many, "a51"), len(many.__dict__))

# A method shadowed by an instance attribute after the call site has cached the method.
class M:
    def f(self):
        return "method"


def call_f(o):
    return o.f()


ms = [M() for _ in range(3)]
ms[1].f = lambda: "instance"
print([call_f(o) for o in ms])
del ms[1].f
print([call_f(o) for o in ms])

# __slots__ next to a __dict__, and slots on their own.
class S:
    __slots__ = ("a", "__dict__")


s = S()
s.a = 1
s.b = 2
for i in range(70):
    setattr(s, "k%d" % i, i)
s.a = 3
print(s.a, s.b, len(vars(s)), "a" in vars(s))
del s.a
print(hasattr(s, "a"))


class T:
    __slots__ = ("x", "y")


def load_y(o):
    return o.y


ts = [T(), T()]
ts[0].x, ts[0].y = 1, 2
ts[1].y = 5
print([load_y(t) for t in ts])
del ts[1].y
try:
    load_y(ts[1])
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ replaced or taken: later loads and stores go through it.
d = build("xy")
read_x(d)
d.__dict__ = {"x": "from dict", "q": 1}
print(read_x(d), vars(d))
e = build("xy")
e.__dict__["x"] = "via __dict__"
print(read_x(e))
put(e, "stored")
print(e.__dict__)

# __class__ assignment keeps the attributes.
class Q:
    def f(self):
        return "Q.f"


z = build("fx")
z.__class__ = Q
print(read_x(z), vars(z))
del z.f
print(z.f())

# More __slots__ than the shape limit: every slot keeps its value, with and without __dict__.
names = ["s%d" % i for i in range(70)]
Wide = type("Wide", (), {"__slots__": tuple(names)})
w = Wide()
for i, n in enumerate(names):
    setattr(w, n, i)
w.s65 = -1
print(sum(getattr(w, n) for n in names), w.s69, w.s0)
WideDict = type("WideDict", (), {"__slots__": tuple(names) + ("__dict__",)})
wd = WideDict()
for i, n in enumerate(names):
    setattr(wd, n, i)
wd.extra = 5
print(sum(getattr(wd, n) for n in names), wd.s69, vars(wd))
del wd.s69
print(hasattr(wd, "s69"), wd.s68)
