x = 2**100
print(x, -x // 7, x % -13, divmod(-x, 97), x >> 3, ~x, x & 0xffff, hex(x), oct(-x), bin(5))
print(7 / 2, 7 // 2, -7 // 2, -7 % 3, 2 ** -2, pow(3, -1, 7), (-8) ** (1/3), 10 ** 20, 1e22, 1.5e-7)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(1e300, -299))
print(int('  0x_1f ', 16), int('١٢٣'), float(' -1_000.5 '), float('nan'), complex('1-2j'), int(3.99), int(-1e20))
print(f'{x:,}', f'{3.14159:10.3f}|', f'{255:#010b}', f'{-0.0:z.2f}', f'{1234567.891:_.2f}', f'{"hi":*^9}', f'{12:c}')
print('%5.2f|%-6d|%x|%r|%s|%c|%%' % (3.14159, 42, 255, 'a', None, 65))
print('{0!r:>8}{1:{2}}'.format('x', 3.5, '>6'), '{a[0]}{b.real}'.format(a=[7], b=2.5))
s = 'Hello, Wörld 😀!'
print(len(s), s[7:], s[::-1], s.upper(), s.casefold(), s.title(), s.swapcase(), s.split(), s.find('ö'), s.encode())
print('ß'.upper(), 'ǆ'.title(), 'İ'.lower(), 'ΣΑΣ'.lower(), 'straße'.casefold(), 'a\tb'.expandtabs(4), 'x'.center(6, '-'))
print(hash('abc'), hash(1.5), hash(-1), hash((1, 'a')), hash(complex(1, 2)), hash(2**64))
print({'apple', 'banana', 'cherry', 'date'} == set(['date', 'cherry', 'banana', 'apple']), list({'b': 1, 'a': 2}))
print(True + True, True & False, True | 2, -True, 1 == 1.0, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2, 1/3)
print(repr(1e16), repr(1.0), repr(-0.0), str(1e-5), 3.0.hex(), float.fromhex('0x1.8p1'), (0.1).as_integer_ratio())
print(abs(-3+4j), (1+2j) * (3-1j), (1+2j) / (1-1j), 1j ** 2, complex(0, -0.0), (2+0j) ** 0.5)
print('abc' < 'abd', '😀' > '\uffff', 'a' * 3, 3 * 'ab', 'x' in 'xyz', 'ab'.join('123'), ' a b '.strip(), 'a,b,,c'.split(','))
print(str(12345678901234567890123), int('9' * 50) + 1, (10**50).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    format('a', 'd')
except ValueError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
print(sorted(['b', 'a', 'C', '😀', 'é']), max(1, 2.5, -3), min('ab', 'aa'), sum([0.1] * 10))
