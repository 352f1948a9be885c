# Big ints: factorial, Fibonacci by fast doubling, modular exponentiation and integer square
# roots by Newton's method, all far beyond 64 bits.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def isqrt(n):
    x = 1 << (n.bit_length() // 2 + 1)
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def digit_sum(n):
    return sum(int(c) for c in str(n))


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (100, 1000, 3),
    (100, 10): (300, 5000, 10),
    (1000, 10): (1400, 60000, 400),
    (5000, 10): (1400, 300000, 2000),
}


def bm_setup(params):
    fact_n, fib_n, rounds = params
    state = None

    def run():
        nonlocal state
        f = factorial(fact_n)
        fb = fib_pair(fib_n)[0]
        m = (1 << 127) - 1
        acc = 0
        for r in range(rounds):
            acc ^= pow(fb % m + r, f % m + 3, m)
        root = isqrt(f)
        state = (digit_sum(f), fb.bit_length(), fb % 1000000007, acc % 1000003, root % 999983, -f // 7 % 1000003)

    def result():
        return fact_n, state

    return run, result
