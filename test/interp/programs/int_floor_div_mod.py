# // and % on ints with every sign combination, around the int32, 2**21, 2**52 and 2**53
# edges where the runtime changes how it divides, plus divmod and the in-place forms.
seed = 7


def randrange(lo, hi):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return lo + seed % (hi - lo)


edges = [0, 1, 2, 3, 7, 2**21 - 1, 2**21, 2**21 + 1, 2**31 - 1, 2**31, 2**32 + 5,
         2**52 - 1, 2**52, 2**52 + 3, 2**53 - 1, 2**53, 2**53 + 1, 10**15 + 7, 2**64 + 9]
vals = edges + [-v for v in edges if v] + [randrange(-2**53, 2**53) for _ in range(40)]
divs = [v for v in edges + [-v for v in edges] if v] + [randrange(-2**22, 2**22) or 1 for _ in range(20)]
acc = 0
rows = []
for a in vals:
    row = []
    for b in divs:
        q, r = a // b, a % b
        assert divmod(a, b) == (q, r) and q * b + r == a
        row.append(r)
        acc = (acc * 31 + q + r) % (2**61 - 1)
    rows.append(row)
print(acc)
print(rows[:3], rows[-2:])
x = 10**15 + 7
x //= 3
x %= 1000
print(x, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2**52) % 3, (2**53 - 1) % -(2**21 - 1), (2**52 + 3) // -7)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
