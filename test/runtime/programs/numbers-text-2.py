class I(int):
    def __repr__(self): return 'I(%d)' % self
class S(str):
    pass
class Idx:
    def __index__(self): return 42
class Fl:
    def __float__(self): return 2.5
i = I(7)
print(i, repr(i), i + 1, type(i + 1).__name__, I('ff', 16), isinstance(i, int), int(i), -i, i * 2.0)
s = S('abc')
print(s, repr(s), type(s.upper()).__name__, s + 'x', s * 2, s[1], len(s), s == 'abc', hash(s) == hash('abc'))
print('%x %o %c' % (Idx(), Idx(), Idx()), '%.1f' % Fl(), float(Fl()), float(Idx()), complex(Fl()))
print('%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '{:.0f} {:.1f} {:.2f}'.format(2.5, 0.25, 2.675), format(1e100, '.2f'))
print(format(123.456, 'e'), format(0.0001234, 'g'), format(1234567.0, 'g'), format(1e-10, '.3'), format(12345.6789, '.3'))
print(format(float('inf'), '>8'), format(float('nan'), '+'), format(-1e-320, 'e'), 5e-324, 2.5e-310)
print(f'{1234:08,}', f'{-1234:=+10}', f'{3+4j:.2f}', f'{0.000012345:.3%}', f'{10**25:e}', f'{255:X}')
print(str(1/7), 1/7 * 7, 1e15 + 0.3, 123456789012345678.0, 0.1 * 3, 1.1 ** 10, 2.0 ** 0.5, 10 ** -3)
print(7 ** 0.5, 2 ** 0.25, 3.7 ** 2.2, (-2.0) ** 3, 1e308 * 10, -1e308 * 10, float('-inf') + float('inf'))
print(int(1e300) % 1000, float(10**308), 10**309 / 10**300, (10**400) // 3 % 1000, -(10**30) // 7)
print('a\u0301'.upper(), len('a\u0301'), 'ﬁ'.upper(), 'ﬃ'.title(), 'ΌΣΟΣ'.lower(), 'ǈ'.swapcase(), 'Ⅻ'.lower(), '١٢'.isdigit())
print('  x  '.lstrip(), 'xxhixx'.strip('x'), 'a-b-c'.rsplit('-', 1), 'a\nb\r\nc\rd'.splitlines(True), 'abc'.zfill(6), '-42'.zfill(6))
print('hello world'.replace('o', '0', 1), 'abcabc'.count('bc'), 'abc'.index('c'), 'abcabc'.rfind('b', 0, 4), 'ab'.partition('x'))
print('Hello'.startswith(('He', 'x')), 'Hello'.endswith('lo', 0, 5), 'a{0}b'.format(1), 'x'.isidentifier(), '1x'.isidentifier())
print(str.maketrans('ab', 'xy'), 'aabbc'.translate(str.maketrans('ab', 'xy', 'c')), 'Tab\tbed'.expandtabs(), 'ÅB'.isupper())
print(ord('😀'), chr(128512), ascii('é😀'), repr('\x00\t\'"'), 'é'.encode('latin-1'), b'\xc3\xa9'.decode())
try:
    str(10**5000)
except ValueError as e:
    print(e)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
try:
    2 ** -1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    (-1) ** 0.5 + 'x'
except TypeError as e:
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e)
try:
    '{}{1}'.format(1, 2)
except ValueError as e:
    print(e)
print(0.1 + 0.7, 4.35 * 100, 1e-7, 1e16, 9007199254740993, 2**63 - 1, -2**63)
print(float('1e-400'), float('1e400'), 1.7976931348623157e308 * 1.0000000000000002)
print(divmod(7.5, -2), divmod(-7, 2), 7.5 // 0.1, 7.5 % 0.1, -0.0 % 5, 5 % -0.0 if False else 'skip')
x = 1.0
print(x.is_integer(), (2.5).__round__(), round(2.5, 0), round(-0.5), round(7, 1), round(7.0, 1), type(round(7.5)).__name__)
int('x' * 3)
