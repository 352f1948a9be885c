g = {"a": 2}
exec("b = a * 21\ndef f(x):\n    return x + b", g)
print(g["b"], g["f"](1), sorted(k for k in g if not k.startswith("__")))
print(eval("a + b", g), eval("  1 + 1"))
l = {}
exec("x = 5", None, l)
print(l)
code = compile("print('compiled', 1 + 2)", "<c>", "exec")
exec(code)
print(eval(compile("3 * 3", "<e>", "eval")))
def show_locals(p):
    q = p + 1
    return sorted(locals().items())
print(show_locals(1))
print("show_locals" in globals(), vars()["g"] is g)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("caught", e)
class O:
    pass
o = O()
o.z = 1
print(vars(o))
