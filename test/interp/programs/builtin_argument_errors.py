# Argument errors of every builtin callable (no arguments, six, an unknown keyword), which
# follow the order and wording of CPython's argument parsers; sorted() passes its keywords to
# list.sort as CPython's does.
import builtins
names = sorted(n for n in dir(builtins) if callable(getattr(builtins, n)) and not n.startswith('_') and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)))
skip = {'input', 'open', 'help', 'exit', 'quit', 'breakpoint', 'print', 'copyright', 'credits', 'license', 'aiter', 'anext'}
for n in names:
    if n in skip:
        continue
    f = getattr(builtins, n)
    for args, kw in [((), {}), ((1, 2, 3, 4, 5, 6), {}), ((1,), {'bogus': 1})]:
        try:
            f(*args, **kw)
            r = 'ok'
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(n, len(args), bool(kw), r)

for src in ["sorted([1], x=1)", "sorted()", "sorted([2, 1], reverse=True, key=None)", "sorted([3, 1], key=lambda v: -v)", "enumerate(start=1)", "enumerate()", "enumerate(iterable=[1], start=2)", "enumerate(start=1, iterable=[1])", "enumerate([1], iterable=[2])", "enumerate(x=1, y=2, z=3)", "enumerate([1], 2, 3)", "type(1, x=2)", "super(1, 2, 3)", "compile(1, 2, 3)", "compile(\"1\", \"s\", 3)", "sum()", "sum(start=1)", "pow(1, x=1)", "memoryview(b\"\", x=1)"]:
    try:
        r = eval(src)
        print(src, "->", list(r) if type(r) is enumerate else r)
    except Exception as e:
        print(src, "->", type(e).__name__, e)

# min, max and zip parse their keywords as PyArg_ParseTupleAndKeywords does: too many first.
for src in ["max(1, 2, a=1, b=2, c=3)", "min(1, 2, key=None, default=1, x=2)", "zip([1], strict=True, x=1)", "zip(x=1)", "max(1, 2, x=1)", "min(bogus=1)", "max([], default=7)", "min([3, 1], key=lambda v: -v)", "list(zip([1, 2], [3, 4], strict=True))", "print(a=1, b=2, c=3, d=4, e=5)"]:
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)

# code(...) checks CPython's 16-18 positional-only arguments before anything else.
code = type(compile("1", "s", "eval"))
for args, kw in [((), {}), ((1,), {}), (tuple(range(19)), {}), ((), {"argcount": 1})]:
    try:
        code(*args, **kw)
    except TypeError as e:
        print("code:", e)

# A parameter given by position and by name.
for src in ["'a b'.split(' ', sep=' ')", "bytearray(b'x', source=b'y')", "int('1', 10, base=10)", "pow(2, 3, base=2)", "sum([1], 0, start=1)", "'abc'.encode('utf-8', encoding='x')"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)

# Positional-only parameters passed by keyword.
for src in ['exec("1", globals={})', 'exec("1", {}, locals={})', 'eval("1", globals={})', 'sum([1], start=2)', 'sorted(iterable=[1])', 'pow(base=2, exp=3)', 'round(number=2.5)']:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", e)
