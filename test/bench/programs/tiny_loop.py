# Test fixture for test/bench/harness.test.ts: a tiny program in the benchmark protocol.


def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


bm_params = {(10, 10): (200,), (100, 100): (2000,)}


def bm_setup(params):
    state = None

    def run():
        nonlocal state
        state = sum_squares(params[0])

    def result():
        return params[0], state

    return run, result
