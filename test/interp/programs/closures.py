def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, inc.__code__.co_freevars)

fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

def outer():
    x = "outer x"
    class C:
        y = x
        x = "class x"
        def m(self):
            return x
    return C

C = outer()
print(C.y, C.x, C().m())

def deleter():
    v = 1
    def show():
        return v
    del v
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)

deleter()

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    z = 3

unbound()

def nested(a):
    def level1(b):
        def level2(c):
            return a + b + c
        return level2
    return level1

print(nested(1)(2)(3))
x = 10
def glob():
    global x
    x += 1
    return x
print(glob(), x)
def compose(*fs):
    def run(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
