# Code objects' co_consts, co_code, co_lnotab and co_lines(). co_code holds pytier's own
# bytecode, so only its type and the shape of the line data are compared; CPython 3.11 also
# gives the `def` line to its RESUME instruction, which pytier does not have, so lines are
# compared from the first body line on.
def f(a, b=2):
    "doc"
    x = (1, (2, "three"), None)
    if a:
        return a + b
    return x


c = f.__code__
print(c.co_consts[0], type(c.co_code).__name__, type(c.co_lnotab).__name__, len(c.co_code) > 0)
lines = list(c.co_lines())
print(all(len(t) == 3 and t[0] < t[1] for t in lines), all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print(sorted({t[2] for t in lines if t[2] is not None and t[2] > c.co_firstlineno}))
print(all(isinstance(b, int) for b in c.co_lnotab), len(c.co_lnotab) % 2 == 0)
print(any(v == (1, (2, "three"), None) for v in c.co_consts), (lambda: 0).__code__.co_consts)
print(type(c.co_lines()).__name__)
