# Test fixture for test/bench/harness.test.ts: a tiny string program in the benchmark protocol.


def words(n):
    return " ".join("w%d" % i for i in range(n)).split(" ")[-3:]


bm_params = {(10, 10): (50,), (100, 100): (500,)}


def bm_setup(params):
    state = None

    def run():
        nonlocal state
        state = words(params[0])

    def result():
        return params[0], state

    return run, result
