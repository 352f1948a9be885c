# Integer loops: a sieve of Eratosthenes over a list and the longest Collatz chain, both pure
# small-int arithmetic, comparisons and indexing.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def longest_collatz(limit):
    best, best_start = 0, 1
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best, best_start = steps, start
    return best_start, best


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (2000, 500),
    (100, 10): (20000, 2000),
    (1000, 10): (200000, 10000),
    (5000, 10): (1000000, 50000),
}


def bm_setup(params):
    sieve_limit, collatz_limit = params
    state = None

    def run():
        nonlocal state
        state = (sieve(sieve_limit), longest_collatz(collatz_limit))

    def result():
        return sieve_limit, state

    return run, result
