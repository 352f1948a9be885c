# Cases found by the format differential fuzzer (test/interp/format-generator.ts), one group
# per root cause, each minimised; the comment says what pytier got wrong.

def show(*exprs):
    for src in exprs:
        try:
            print(src, '->', repr(eval(src)))
        except Exception as e:
            print(src, '->', type(e).__name__, e)

# Constant folding of `real +/- imag j` in tuples negated the imaginary zero and ignored
# the real zero's sign: CPython adds complex(real, 0.0) and the complex, part by part.
print((-0.0-0j,), (-0.0+0j,), (0.0-0j,), (1 + -0j,), (-0.0 + -0j,), (0 - -0j,), (1-2j,))
print((9, (-0.0-0j),), (-(0j),))

# bytes % args used str's rules: %b was missing (PEP 461's %s), %c took any buffer and
# said range(0x110000), a failing float() kept its own error instead of 'float argument
# required', %i was named %i (bytes says %d), the leftover-argument error said 'string',
# and an unsupported byte >= 0x80 could not be shown (CPython: OverflowError).
show("b'%b' % b'x'", "b'%.2b|%-4b|%5.1b' % (b'xyz', b'a', bytearray(b'q'))", "'%b' % 1",
     "b'%c%c' % (65, b'z')", "b'%c' % 256", "b'%c' % -1", "b'%c' % 2**70", "b'%c' % 'x'",
     "b'%c' % b'ab'", "b'%c' % memoryview(b'a')", "b'%c' % 2.0", "b'%3c|' % bytearray(b'q')",
     "b'%f' % ('x',)", "b'%e' % (1j,)", "b'%g' % (10**400,)", "'%g' % (10**400,)", "'%f' % 'x'",
     "b'%i' % 1j", "b'%u' % 1j", "'%i' % 1j", "b'' % (1,)", "b'%s' % (b'a', b'b')",
     "b'%\\x7f' % 1", "b'%\\x80' % 1", "'%\\x7f' % 1")

# int() and float() of bytes-like objects parsed the latin-1 text as a str: \xa0 and \x85
# were stripped as spaces, and the error showed a str ('3.5') instead of b'3.5' (float shows
# the object itself); with a base, int() accepted a memoryview. \x1c-\x1f (str.isspace) are
# not number padding in CPython, for str either; float.fromhex strips ASCII spaces only.
show("int(b'3.5')", "int(bytearray(b'3.5'), 2)", "int(b'1'*300 + b'x')", "int(b'\\xa012')", "int(b'')",
     "int(memoryview(b'1x'))", "int(memoryview(b'12'), 16)", "int(b' 12\\x0b')", "int(b'\\x0b7\\x0c', 8)",
     "float(b'3.x')", "float(bytearray(b'x'))", "float(b'\\xa01.5')", "float(b' 1.5\\x0c')", "float(b'')",
     "int('\\x1c12')", "int('12\\x1f')", "float('\\x1e1.5')", "float('\\xa01.5\\u2003')", "int('\\u200012\\x85')",
     "complex('\\x1c1j')", "complex('(\\xa01j\\x0b)')", "complex('(\\x1c1j)')",
     "float.fromhex(' \\xa00x1p0')", "float.fromhex('\\x1c0x1p0')", "float.fromhex('0x1p0\\x0b')")

# Hashing a str of more than ~120 UTF-8 bytes whose length grew the hash buffer to a size
# that is not a multiple of 4 crashed (internal RangeError from the Uint32Array view).
# (Hashing a string over 1 MB first shrinks the buffer back to 64 bytes.)
print(hash('y' * 2**21) == hash('y' * 2**21), hash('x' * 153) == hash('x' * 153))
print(len({'x' * n: n for n in range(300)}), len({'é' * n for n in range(300)}))

# e/g formats took the decimal exponent from the rounded digits: 1e23 is exactly
# 99999999999999991611392, which at 16 significant digits is 9.999999999999999e+22, but
# rounding at exponent 23 also gave 16 digits ('1.000000000000000e+23').
show("format(1e23, '.15e')", "format(1e23, '.16g')", "format(1e23, '.16')", "'%.15E' % 1e23",
     "'{:.16}'.format(complex(1.5, 1e23))", "format(9.999999999999999e22, '.15e')",
     "format(9.995, '.2e')", "format(99.5, '.1e')", "format(999999.5, '.6g')")

# int.to_bytes with length 0: 0 (and False) raised 'int too big to convert' when signed (the
# bound shifted by -1); a length past Py_ssize_t or beyond memory was an internal RangeError.
show("(0).to_bytes(0, 'little', signed=True)", "(False).to_bytes(0, signed=True)", "(-1).to_bytes(0, signed=True)",
     "(1).to_bytes(0, signed=True)", "(-2).to_bytes(0, signed=True)", "(-1).to_bytes(0)", "(-128).to_bytes(1, signed=True)",
     "(-129).to_bytes(1, signed=True)", "(1).to_bytes(2**63)", "(1).to_bytes(2**40)", "(-1).to_bytes(2**40)")

# Argument Clinic names a bad argument's type 'None' for None and by __name__ otherwise;
# __format__ methods say '__format__() argument', from_bytes names itself, and
# float.fromhex of a non-str has CPython's generic message.
class Outer:
    class Inner:
        pass
show("format(1, None)", "format(1.5, Outer.Inner())", "(1).__format__(None)", "(1.5).__format__(2)",
     "(1j).__format__(None)", "int.from_bytes(b'', None)", "(1).to_bytes(1, None)", "float.fromhex(None)",
     "float.fromhex(b'1')")

# complex ** with infinities: glibc's cos/sin of an infinite phase set EDOM, which CPython
# reports as ZeroDivisionError; and pow/log got infinite arguments they do not handle
# (log(inf) came out as 709.78), so inf ** 1j was a finite number.
show("float('inf') ** 1j", "float('-inf') ** complex(-0.0, 2)", "float('inf') ** (1.5-2j)", "1j ** 1e308",
     "1j ** float('inf')", "(1.5-2j) ** float('inf')", "complex(1, 0) ** complex(float('nan'), 1)",
     "complex(float('inf'), 0) ** 0.5", "complex(float('nan'), 1) ** 1j", "complex(0.5, 0.5) ** -1e308",
     "(1e-200+0j) ** -2", "complex(1e308, 1e308) ** 1.5")

# str methods' Argument Clinic errors say 'None' (not 'NoneType'); str.__format__ says
# '__format__() argument'; the fill character of center/ljust/rjust has its own message;
# expandtabs and splitlines take a C int (splitlines ignored a non-int keepends);
# complex()'s second argument is 'a number'; int.__round__(None) is a TypeError (round(5,
# None) omits it); bytes.fromhex(None) says 'None'.
show("'a'.__format__(None)", "'a'.__format__(1)", "'a'.replace(None, 'b')", "'a'.replace('a', None)",
     "'a'.removeprefix(None)", "'a'.encode(None)", "'a'.encode('utf-8', None)", "str(b'a', None)",
     "'a'.maketrans('a', None)", "'a'.center(3, None)", "'a'.ljust(3, 1)", "'a'.rjust(3, 'xy')",
     "'a\\tb'.expandtabs(2**31)", "'a\\tb'.expandtabs(-3)", "'a\\nb'.splitlines(None)", "'a\\nb'.splitlines(1.5)",
     "'a\\nb'.splitlines(2**31)", "'a\\nb'.splitlines(5)", "complex(1, None)", "complex(None)", "complex(1, [])",
     "(5).__round__(None)", "round(5, None)", "(5.5).__round__(None)", "bytes.fromhex(None)")

# A direct seq.__mul__(x) with a non-int x fails as PyNumber_AsSsize_t does ("'NoneType'
# object cannot be interpreted as an integer"); only the * operator says "can't multiply
# sequence by non-int".
show("'ab'.__mul__(None)", "[1].__mul__(1.5)", "b'a'.__rmul__('x')", "'ab' * None", "1.5 * [1]", "'a' * 'b'")
x = [1]
try:
    x *= None
except TypeError as e:
    print(e)

# bytes % calls a precision past C int 'prec too big' (str says 'precision too big').
show("b'%.2147483648f' % 1.0", "'%.2147483648f' % 1.0", "b'%99999999999999999999d' % 1")

# bytes.hex(sep, bytes_per_sep) checks as CPython's _Py_strhex_impl: len(sep) first (None:
# "has no len()"), then str or bytes only, then ASCII only ('é' was used as is);
# bytes_per_sep is a C int (None gave a NaN group).
show("b'\\x01\\xab\\xff'.hex('é')", "b'\\x01\\xab'.hex(b'\\xff')", "b'\\x01\\xab'.hex(bytearray(b'-'))",
     "b'\\x01\\xab'.hex([1])", "b'ab'.hex(None)", "b'ab'.hex(1)", "b'ab'.hex(':', None)", "b'ab'.hex(':', 2**31)",
     "b'\\x01\\xab\\xff'.hex(':', -2)", "memoryview(b'abc').hex('-', 2)")

# bytes/bytearray methods took any argument for their integers (center(None), zfill(1.5),
# replace(.., count=[]), splitlines('a') all ran; 2**64 was an internal RangeError) and
# decode(None) looked up an encoding named 'null'; the fill byte must be a bytes or
# bytearray of length 1 ('None' in the message); join of a non-iterable says 'can only join
# an iterable'; a tuple item of startswith fails as a bytes-like argument; partition(None)
# is an error and bytes.partition returns the separator object itself; a memoryview after
# bytes % is a mapping (no 'not all arguments converted').
show("b'abc'.center(None)", "b'abc'.zfill(1.5)", "b'abc'.center(2**64)", "b'abc'.ljust(2**62)",
     "b'abc'.replace(b'a', b'b', [])", "b'abc'.replace(b'a', b'b', 2**64)", "b'a b'.split(None, 2**64)",
     "b'a\\nb'.splitlines('a')", "b'a\\nb'.splitlines(2**64)", "bytearray(b'a\\nb').splitlines(1)",
     "b'a\\tb'.expandtabs(2**31)", "b'abc'.decode(None)", "b'abc'.decode('utf-8', 1)",
     "b'abc'.center(5, None)", "b'abc'.center(5, memoryview(b'x'))", "b'abc'.center(5, bytearray(b'x'))",
     "b'abc'.join(None)", "b'abc'.startswith((None,))", "b'abc'.startswith(b'a', 1.5)",
     "b'abc'.partition(None)", "b'abc'.partition(bytearray(b'b'))", "bytearray(b'abc').partition(b'b')",
     "b'abc' % memoryview(b'a')", "bytes('a', None)", "bytearray('a', 'utf-8', None)")

# Argument order and names: bytes find/count parse start/end before sub, split converts
# maxsplit before checking the separator, and object.__format__ (used by bytes) says 'None'.
show("b''.find([], [])", "b'abc'.count(None, 1.5)", "bytearray(b'-12').split(b'', 'q')", "b'a'.split(b'', 2**64)",
     "b''.__format__(None)", "object().__format__(None)")

# str find/rfind/index/rindex/count check start and end before sub, as CPython parses them.
show("' 3 '.find(1.5, 1.5)", "'ab'.count(None, None, [])", "'ab'.rfind(None, 0)")

# float.__getformat__ was missing.
show("float.__getformat__('double')", "float.__getformat__('float')", "float.__getformat__('x')",
     "float.__getformat__(None)", "(1.5).__getformat__('double')")
