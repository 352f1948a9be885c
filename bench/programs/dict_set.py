# Dict and set work: counting with tuple and string keys, dict comprehensions, set algebra,
# membership tests, deletion and iteration over views.


def count_pairs(n):
    counts = {}
    for i in range(n):
        key = (i % 97, i % 13)
        counts[key] = counts.get(key, 0) + 1
    return len(counts), counts[(5, 5)]


def word_index(n):
    index = {}
    for i in range(n):
        word = "w" + str(i % 500)
        if word in index:
            index[word].append(i)
        else:
            index[word] = [i]
    squares = {k: len(v) * len(v) for k, v in index.items()}
    for k in list(squares):
        if squares[k] % 2:
            del squares[k]
    return len(index), sum(squares.values())


def set_algebra(n):
    a = set(range(0, n, 2))
    b = set(range(0, n, 3))
    c = {i * i % n for i in range(n)}
    hits = 0
    for i in range(n):
        if i in a and i not in b:
            hits += 1
    return len(a | b), len(a & b), len(a - c), len(a ^ c), hits


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (1000,),
    (100, 10): (5000,),
    (1000, 10): (60000,),
    (5000, 10): (300000,),
}


def bm_setup(params):
    (n,) = params
    state = None

    def run():
        nonlocal state
        state = (count_pairs(n), word_index(n), set_algebra(n))

    def result():
        return n, state

    return run, result
