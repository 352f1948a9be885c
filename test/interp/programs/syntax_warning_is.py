# "is" / "is not" with a literal compiles with a SyntaxWarning on stderr (CPython's
# check_compare), for the main script (with its source line), exec() and compile().
x = 5
print(x is 5, x is not "a", x is None, x is ..., x is True)
if x is (1, 2):
    pass
y = [x is -1, 1 is x is 2]
print(y)
exec("z = 3\nprint(z is 3)")
c = compile("q = 1\nq is 'x'", "named.py", "exec")
print(x is x, x is not x)
