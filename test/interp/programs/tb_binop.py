def f(a, b):
    return a + b

def g(items):
    return [f(x, "s") for x in items]

print("start")
g([1])
