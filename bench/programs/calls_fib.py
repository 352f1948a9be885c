# Calls and recursion: naive Fibonacci plus a mutual recursion and calls with defaults and
# keyword arguments, so both the call path and argument binding are exercised.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def scaled(x, factor=3, offset=0):
    return x * factor + offset


def call_mix(n):
    total = 0
    for i in range(n):
        total += scaled(i) + scaled(i, 2) + scaled(i, offset=1) + scaled(x=i, factor=5, offset=-1)
    return total


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (12, 50, 500),
    (100, 10): (16, 100, 2000),
    (1000, 10): (25, 300, 40000),
    (5000, 10): (28, 400, 200000),
}


def bm_setup(params):
    depth, parity_n, mix_n = params
    state = None

    def run():
        nonlocal state
        evens = sum(1 for k in range(parity_n) if is_even(k))
        state = (fib(depth), evens, call_mix(mix_n))

    def result():
        return depth, state

    return run, result
