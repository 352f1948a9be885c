# The compiler's other SyntaxWarnings (compile-warnings.ts): calling or subscripting a literal
# that cannot take it, usually a missing comma, and asserting a non-empty tuple; stdout and
# stderr compared with python3.
def f():
    try:
        (1, 2)(3)
    except TypeError as e:
        print(e)
    try:
        [1, 2] (3, 4)
    except TypeError as e:
        print(e)
    for src in ["5[0]", "None[0]", "{1, 2}[0]", "(x for x in ())[0]", "(lambda: 0)[1]", "[1, 2][1.5]", "'ab'['x']", "(1, 2)[None]",
                "[1][0]", "'ab'[0]", "(1,)[0:1]", "{'a': 1}['a']", "f'{1}'[0]", "b'x'[(1,)]", "1.5[0]", "(1j)[0]", "True[0]", "...[0]",
                "'x'(1)", "{}()", "{1}()", "[x for x in ()]()", "f'x'()", "None()", "x[0]", "x()", "(-1)[0]", "(1, 2)[1, 2]"]:
        try:
            exec(src, {"x": [1]})
        except Exception as e:
            print(src, type(e).__name__, e)
assert (1, "always")
assert () or True
f()
