# complex + - * / and abs() with exact complex, float and int operands take a fast path
# (ops-binary.ts complexArith, ops-unary.ts abs); subclasses, bools, big ints and other
# types keep the dunder protocol. Results and errors as CPython's.
import math

inf, nan = math.inf, math.nan
values = [0j, -0.0 + 0j, complex(-0.0, -0.0), 1 + 2j, -3.5 - 0.25j, 2, 0, -7, 1.5, -0.0, 0.0,
          complex(inf, 1), complex(1, nan), inf, 1e308 + 1e308j, 3j]
for a in values:
    row = []
    for b in values:
        for op in ("+", "-", "*", "/"):
            try:
                row.append(repr(eval("a %s b" % op)))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError: %s" % e)
            except OverflowError as e:
                row.append("OverflowError: %s" % e)
    print(repr(a), " ".join(row))

for z in [3 + 4j, -0.0 - 5j, complex(inf, nan), complex(nan, 1), 1e300 + 1e300j, 0j]:
    try:
        print(repr(z), abs(z))
    except OverflowError as e:
        print(repr(z), "OverflowError:", e)


class C(complex):
    def __add__(self, other):
        return "C.__add__"

    def __radd__(self, other):
        return "C.__radd__"

    def __abs__(self):
        return "C.__abs__"


print(1j + C(2), C(2) + 1j, 2.0 + C(1), abs(C(1)), 1j * C(2), type(1j * C(2)).__name__)
print(True + 1j, 1j - False, 10 ** 30 * 1j, 1j / 10 ** 30)
for bad in ["s", None, [1]]:
    try:
        1j + bad
    except TypeError as e:
        print("TypeError:", e)
z = 1 + 1j
z += 2
z *= 1j
z /= 2
z -= 0.5
print(z)
