# Exceptions in loops: raise and catch in a hot loop, try/finally, a custom exception class
# with an attribute, KeyError from dict lookups and exception chaining.


class ParseFailure(ValueError):
    def __init__(self, position):
        super().__init__("bad input")
        self.position = position


def parse_digit(text, position):
    c = text[position]
    if "0" <= c <= "9":
        return ord(c) - 48
    raise ParseFailure(position)


def sum_digits(text):
    total = 0
    failures = 0
    for position in range(len(text)):
        try:
            total += parse_digit(text, position)
        except ParseFailure as e:
            failures += e.position % 3
    return total, failures


def lookups(n):
    table = {i: i * 2 for i in range(0, n, 3)}
    misses = 0
    finals = 0
    for i in range(n):
        try:
            misses -= table[i]
        except KeyError:
            misses += 1
        finally:
            finals += 1
    return misses, finals


def chained(n):
    causes = 0
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError as inner:
                raise RuntimeError("wrapped") from inner
        except RuntimeError as outer:
            if isinstance(outer.__cause__, KeyError):
                causes += 1
    return causes


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (200,),
    (100, 10): (1000,),
    (1000, 10): (40000,),
    (5000, 10): (200000,),
}


def bm_setup(params):
    (n,) = params
    state = None
    text = "".join("x" if i % 4 == 0 else str(i % 10) for i in range(n))

    def run():
        nonlocal state
        state = (sum_digits(text), lookups(n), chained(n // 5))

    def result():
        return n, state

    return run, result
