print('a b  c'.split(maxsplit=1), 'a,b,c'.rsplit(sep=',', maxsplit=1), int('101', base=2), 'x'.center(width=5) if False else 'kw')
print('abc'.ljust(6, '😀'), 'abc'.rjust(2), '%-6s|%6s|' % ('ab', 'cd'), '%(x)s-%(y)05.1f' % {'x': 'X', 'y': 2.25})
print('%s' % (1,), '%s %s' % ('a', 'b'), '%r' % ((1, 2),), '%5s' % [1], '%.3s' % 'abcdef', '%i' % 3.9)
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{"x":{"^"}{w}}|', f'{12:{"*"}>{w}}', f'{{}}', f'{3!r:>4}', f'{"é"!a}')
print([0.1, 1e-20, 1e20, -0.0, float('inf')], (1.5, 2), {1.0: 'a', 2: 'b'}, {'k': 0.5})
print(sorted(['b', 'B', 'a', '10', '9', 'ä', 'ü', '😀', '\uffff', 'z']), sorted([3, 1.5, True, -2**70, 2.5e10]))
print('abc'.isalpha(), 'ab1'.isalnum(), '²'.isdigit(), '½'.isnumeric(), '   '.isspace(), 'Title Case'.istitle(), 'ABC'.isupper(), ''.islower())
print((3.5).conjugate(), (1+2j).real, (5).real, (5).imag, (5).numerator, (2.5).real, complex(3).imag, abs(-2.5), abs(True))
print(float('1.5').hex(), (-1.0).hex(), int.from_bytes(b'\xff\xff', 'big', signed=True), (1024).to_bytes(4, 'little'))
print(str(True), repr(False), int(True), float(False), True * 3.0, True / 2, 5 // True, -True ** 2, True ** -1)
print(max('abc', 'abd', key=len), 'x'.join(['1', '2']), '-'.join(str(i) for i in range(5)), ''.join([]))
print('{:>10}'.format('right'), '{:<{}}'.format('l', 5) + '|', '{0[1]}'.format('xyz'), '{:,.2f}'.format(1234567.891))
print('{0:.2%}'.format(0.256), '{:e}'.format(0.0), '{:g}'.format(100000.0), '{:g}'.format(1000000.0), '{:.3g}'.format(0.00001234))
print('%e' % 1e-300, '%g' % 1e-300, '%.2e' % 9.995, '%.1f' % 0.05, '%.1f' % 0.15, '%.1f' % 0.25, '%.1f' % 0.35)
print(round(0.125, 2), round(0.375, 2), round(2.5e-5, 5), round(1234.5678, -2), round(-1.5), round(5e-324, 400))
print(int('  -0  '), int('+1_2'), float('-0'), float('.5e1'), float('1_0.5_0'), complex(' ( 1+1j ) '), complex(real=2, imag=3))
print(7 .bit_length(), (-7).bit_count(), (10).as_integer_ratio(), (0.75).as_integer_ratio(), (2**100).bit_length())
print(1 < 2.5 < 3, 2**64 > 1e19, 2**1024 > 1e308, -2**1024 < float('-inf'), 10**400 == float('inf'), float('nan') == float('nan'))
print(hash(0.0) == hash(-0.0) == hash(0), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(2**61 - 1), hash(-2**61))
print('😀'.encode('utf-16') if False else 'skip', 'ab'.encode('ascii', 'ignore'), 'é€'.encode('latin-1', 'replace'), 'é€'.encode('ascii', 'xmlcharrefreplace'))
print('a\u2028b'.splitlines(), 'x\x0cy'.split(), '\xa0x\xa0'.strip(), '\u3000'.isspace(), 'A\u0300'.lower(), 'ß'.casefold())
for s in ['42', '-3.5', '1e3', 'nan', 'abc', '']:
    try:
        print(s, int(s))
    except ValueError as e:
        print('int', e)
    try:
        print(s, float(s))
    except ValueError as e:
        print('float', e)
print(divmod(2**70, -3), pow(2, 100, 10**9 + 7), pow(-2, 3, 5), pow(3, -2, 11), 0 ** 0, 0.0 ** 0, (-8) ** 2)
print(1e16 + 1, 2.0 ** 53 + 1, 1 - 1e-16, 123e-20, 1.0e-4, 0.0001, 1e-4 * 1, 100.0 * 3, 1/3 * 3)
