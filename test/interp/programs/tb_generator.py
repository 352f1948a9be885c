def gen():
    yield 1
    raise ValueError("in generator")

for v in gen():
    print(v)
