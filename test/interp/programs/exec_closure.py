# exec()'s keyword-only closure= (3.11): a code object with free variables runs with the
# given cells; every misuse raises CPython's TypeError. eval() refuses free variables.
def outer():
    x = 10

    def inner():
        nonlocal x
        x += 1
        print("inner sees", x)

    return inner


f = outer()
exec(f.__code__, {}, closure=f.__closure__)
exec(f.__code__, {"print": print}, None, closure=f.__closure__)
print(f.__closure__[0].cell_contents)

cases = [
    lambda: exec(f.__code__, {}),
    lambda: exec(f.__code__, {}, closure=()),
    lambda: exec(f.__code__, {}, closure=[f.__closure__[0]]),
    lambda: exec(f.__code__, {}, closure=(1,)),
    lambda: exec("x = 1", {}, closure=f.__closure__),
    lambda: exec(compile("y = 2", "s", "exec"), {}, closure=f.__closure__),
    lambda: eval(f.__code__),
    lambda: exec(),
    lambda: exec("1", {}, {}, None, 5),
    lambda: exec("1", bogus=1),
    lambda: exec(source="1"),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
g = {}
exec(compile("z = 3", "s", "exec"), g, closure=None)
print(g["z"])
