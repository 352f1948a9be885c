# List comprehensions: nested comprehensions building a matrix, a matrix product written with
# comprehensions and zip, filters, and comprehensions over strings.


def matrix(n, seed):
    return [[(i * n + j + seed) % 17 - 8 for j in range(n)] for i in range(n)]


def matmul(a, b):
    columns = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def filtered(n):
    odds = [x for x in range(n) if x % 2]
    pairs = [(x, y) for x in range(40) for y in range(x) if (x + y) % 7 == 0]
    words = [str(x)[::-1] for x in odds if x % 5 == 1]
    return len(odds), len(pairs), sum(len(w) for w in words)


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (8, 1000),
    (100, 10): (16, 5000),
    (1000, 10): (60, 150000),
    (5000, 10): (100, 600000),
}


def bm_setup(params):
    size, n = params
    state = None

    def run():
        nonlocal state
        product = matmul(matrix(size, 1), matrix(size, 2))
        trace = sum(product[i][i] for i in range(size))
        state = (trace, sum(map(sum, product)), filtered(n))

    def result():
        return size * size, state

    return run, result
