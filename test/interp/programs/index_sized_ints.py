# Ints past 2**53 are bigints in pytier, yet up to 2**63 they fit CPython's Py_ssize_t:
# there an index is merely out of range and a repeat count merely too large, while beyond
# it the conversion itself fails, even for an empty sequence. Found by the differential fuzzer.
cases = [
    "[] * -(2**70)", "[] * 2**70", "[1] * 2**62", "[] * 2**62", "2**64 * []", "[1] * -2**63",
    "() * 2**63", "b'' * 2**63", "bytearray() * 2**63", "'' * -2**63", "'' * (-2**63-1)",
    "'ab'[3**38]", "[1,2][3**38]", "(1,)[2**63]", "'ab'[2**63]", "'ab'[-2**63]", "'ab'[-2**63-1]",
    "b'ab'[3**38]", "b'ab'[2**63]", "bytearray(b'ab')[3**38]", "range(3)[3**38]", "range(3)[2**63]",
    "[1,2].pop(3**38)", "[1,2].pop(2**63)", "[1,2].pop(-2**63-1)", "'abc'.center(2**63)",
    "'abc'.zfill(-2**63-1)", "'a b'.split(' ', 2**63)", "'a b'.split(' ', 3**38)",
]
for t in cases:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!', type(e).__name__, e)

for t in ["x = [1]; x *= 2**64", "x = []; x *= 2**64", "x = []; x *= 2**62", "x = [1, 2]; x[3**38] = 1",
          "x = [1, 2]; x[2**63] = 1", "del [1, 2][3**38]", "x = [1, 2]; x.insert(2**63, 5)",
          "x = [1, 2]; x.insert(3**38, 5); print(x)", "x = [1, 2]; x.insert(-3**38, 5); print(x)"]:
    try:
        exec(t)
        print(t, 'ok')
    except Exception as e:
        print(t, '!', type(e).__name__, e)

# memoryview has words of its own for indices and stored values.
m = memoryview(b'abc')
mb = memoryview(bytearray(b'abc'))
for t in ["m[5]", "m[-4]", "m[3**38]", "m[2**63]", "m[-1]", "m['a']"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, '!', type(e).__name__, e)
for t in ["mb[5] = 1", "mb[2**63] = 1", "mb[0] = 300", "mb[0] = -1", "mb[0] = 2**70", "mb[0] = 'a'", "mb[1] = True"]:
    try:
        exec(t)
        print(t, 'ok', bytes(mb))
    except Exception as e:
        print(t, '!', type(e).__name__, e)

# print() writes each argument as it goes: what came before a failing str() is printed.
class Bad:
    def __str__(self):
        raise ValueError('no str')
for args in [(1, Bad()), (Bad(),), (1, 2, Bad(), 3)]:
    try:
        print(*args, sep='-')
    except ValueError as e:
        print('|', e)
