# BaseException.__reduce__/__setstate__ (what pickle and copy use) and OSError's reduce, which
# puts filename back into args, compared with python3.
e = ValueError(1, "x")
print(e.__reduce__())
e.note = 5
print(e.__reduce__())
print(KeyError().__reduce__())
class E(Exception):
    pass
print(E("a").__reduce__()[1:])
s = OSError(2, "no")
print(type(s).__name__, s.__reduce__()[1])
e2 = ValueError(3)
e2.__setstate__({"a": 1})
print(e2.a)
print(BaseException.__reduce__(e))
o = OSError(2, "no", "f.txt")
print(o.__reduce__())
o2 = OSError(2, "no", "a", None, "b")
print(o2.__reduce__())
o3 = OSError(1, "x")
o3.extra = 1
print(o3.__reduce__())
for bad in [5, [1]]:
    try:
        ValueError().__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ValueError().__setstate__({1: 2})
except TypeError as e:
    print("TypeError:", e)
v = ValueError()
v.__setstate__(None)
