# One attribute instruction meeting several receiver types (interp/inline-cache.ts keeps up
# to four per instruction, plus "generic" entries for properties and custom __getattr__):
# every load, method call and store must still see each type's own, current attributes.


class A:
    kind = "A"

    def __init__(self, v):
        self.v = v

    def who(self):
        return "A.who"


class B(A):
    kind = "B"

    def who(self):
        return "B.who"


class C(A):
    @property
    def v(self):
        return "C.v property"

    @v.setter
    def v(self, value):
        self.__dict__["_v"] = value


class D:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def who(self):
        return "D.who"


class E:
    def __getattr__(self, name):
        return "E.__getattr__ " + name

    def who(self):
        return "E.who"


class F(B):
    def __init__(self, v):
        self.extra = 1
        self.v = v


def load(o):
    return o.v


def call(o):
    return o.who()


def kind(o):
    return o.kind


def store(o, x):
    o.v = x


objs = [A(1), B(2), C(3), D(4), E(), F(6), A(7), B(8)]
for round_ in range(3):
    print([load(o) for o in objs])
    print([call(o) for o in objs])
    print([kind(o) if not isinstance(o, D) else "-" for o in objs])
    for i, o in enumerate(objs):
        store(o, (round_, i))
    print(vars(objs[2]), objs[3].v)
    if round_ == 0:
        # Change classes after the instructions have cached them.
        B.who = lambda self: "B.who replaced"
        A.kind = "A2"
        del B.kind
    if round_ == 1:
        C.v = 5
        E.__getattr__ = lambda self, name: "E new " + name
print([load(o) for o in objs])


class G:
    pass


many = []
for i in range(8):
    cls = type("K%d" % i, (G,), {"v": i * 10} if i % 2 else {})
    o = cls()
    if i % 3:
        o.v = i
    many.append(o)
for _ in range(2):
    print([getattr(o, "v", None) if not hasattr(o, "v") else load(o) for o in many])
