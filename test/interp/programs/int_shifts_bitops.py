# Shifts and bitwise operators on ints around the int32 and 2**53 edges, where the runtime
# switches between its int32 fast paths, plain numbers and bigints.
vals = [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**52, -2**53, 2**53 + 1, 2**64 + 3, -2**70]
counts = [0, 1, 2, 20, 21, 22, 30, 31, 32, 33, 52, 53, 64, 100]
rows = []
for v in vals:
    rows.append([v << c for c in counts if c < 70])
    rows.append([v >> c for c in counts])
    rows.append([v & w for w in vals] + [v | w for w in vals] + [v ^ w for w in vals])
for r in rows:
    print(r)
x = 12345
x <<= 3
x >>= 5
x &= 0xFF
x |= 0x100
x ^= 0x3C
print(x, True << 3, 7 >> True, True & 3, False | 2)
for bad in (-1, -2**40):
    try:
        1 << bad
    except ValueError as e:
        print("ValueError:", e)
    try:
        1 >> bad
    except ValueError as e:
        print("ValueError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
print(-7 >> 1, -7 >> 31, -7 >> 32, -(2**31) >> 31, (2**31 - 1) >> 30, -1 << 21, -(2**31) << 21)
