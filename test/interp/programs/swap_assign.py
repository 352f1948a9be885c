# `a, b = b, a` and friends compile to SWAP instead of a tuple (compile-stmt.ts
# compileSwapAssign): the values are all evaluated first, the stores run left to right.
log = []


def v(x):
    log.append(x)
    return x


class Box:
    def __setattr__(self, name, value):
        log.append("set " + name)
        object.__setattr__(self, name, value)


a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = v("x"), v("y"), v("z")
print(x, y, z, log)
log.clear()
box = Box()
box.p, box.q, box.r = v(1), v(2), v(3)
print(vars(box), log)
[c, d] = d2 = (5, 6)
print(c, d, d2)
[c, d] = 7, 8
print(c, d)
(e,) = (v(9),)
print(e)
items = [1, 2, 3]
items[0], items[2] = items[2], items[0]
print(items)
log.clear()
try:
    box.a, None.b, box.c = v("first"), v("second"), v("third")
except AttributeError as exc:
    print("AttributeError:", exc)
print(log, hasattr(box, "a"), hasattr(box, "c"))
try:
    a, b = 1, undefined_name
except NameError as exc:
    print("NameError:", exc, a, b)
s = "ab"
p, q = s
print(p, q)
