# run: cli
# Compile-time warnings go through the warnings filters: the tokenizer's SyntaxWarning for a
# number running into a keyword, the parser's DeprecationWarning for invalid escape
# sequences, the compiler's SyntaxWarnings. An "error" filter turns each into a SyntaxError.
# A script's own DeprecationWarnings are filtered as module '<path without .py>' (ignored).
import warnings

print(0in [0, 1], 1if True else 2, [0x1for x in "ab"], "\d")


def compiles(source, mode="exec", filename="<string>"):
    try:
        compile(source, filename, mode)
        print("compiled", repr(source))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        return e


# default filters: '<string>' is not __main__, so DeprecationWarnings stay hidden
exec("x = '\\d'")
print(eval("'\\q' + 'x'"))
compiles("1 is 1")

warnings.simplefilter("always")
for source in [
    "x = '\\d'",
    "x = b'\\d' + b'\\400'",
    "x = '\\777' '\\8' '\\9'",
    "x = f'\\d{1}\\d'",
    "x = f'\\{1}'",
    "x = f'{1:\\w}'",
    "x = 1\nx = '''abc\n\\d'''",
    "x = ('\\d'\n  '\\q')",
    "x = r'\\d' + '\\N{BULLET}\\x41\\u0041\\101'",
    "x = 1_000if 1 else 0.5or 1",
    "x = 1jif 1 else 0o7and 0b1or 2",
    "x = 1not in [1]",
    "x = f'{0in [1]}'",
    "x = 1\nif x is 'a': pass",
    "assert (x, 'message')",
]:
    compiles(source)
print(eval("'\\p'"))
compiles("x = '\\d' +")
compiles("x = 0in [1]\ny = )")

warnings.simplefilter("default")
compiles("x = '\\d'", filename="mod.py")
compiles("x = '\\d'", filename="mod.py")

warnings.simplefilter("ignore", SyntaxWarning)
compiles("x is 1\nx = 0in []")

warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning)
warnings.simplefilter("always", SyntaxWarning)
compiles("x is 1\ny = 2\nz = '\\d'\nw = 1 is 1")
for source in ["x = '\\d'", "x = b'\\777'", "x = 1\ny = (0in [1])", "x = f'\\{1}'", "x = (f'a'\n  f'\\d')", "x = f'{0in [1]}'"]:
    warnings.simplefilter("error")
    e = compiles(source)
    print(repr(e.text))
for source in ["x = 1\nif x is 1: pass", "assert (x, 'm')"]:
    compiles(source)
try:
    exec("print('never')\nx = '\\d'")
except SyntaxError as e:
    print("exec:", e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("a = '\\s'\nb = a is 1", "rec.py", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
