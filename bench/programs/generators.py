# Generators: a lazy pipeline of generator functions, generator expressions consumed by
# builtins, send() into a coroutine-style accumulator and yield from delegation.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (500,),
    (100, 10): (3000,),
    (1000, 10): (100000,),
    (5000, 10): (500000,),
}


def bm_setup(params):
    (n,) = params
    state = None

    def run():
        nonlocal state
        pipeline = sum(len(c) + c[-1] % 1000 for c in chunks(evens(squares(numbers(n))), 7))
        genexpr = sum(x for x in range(n) if x % 3 == 1)
        acc = averager()
        next(acc)
        last = None
        for x in range(n // 4):
            last = acc.send(x)
        nested = [[i, [i + 1, [i + 2]]] for i in range(n // 10)]
        flat = sum(flatten(nested))
        state = (pipeline, genexpr, last, flat)

    def result():
        return n, state

    return run, result
