# String building: f-strings, %-formatting, str.join, += concatenation, methods that scan and
# split, and slicing.


def render_rows(n):
    parts = []
    for i in range(n):
        parts.append(f"row {i:5d}: {i * 1.5:8.2f} [{'x' * (i % 7)}]")
    return "\n".join(parts)


def accumulate(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 200:
            s = s[100:]
    return s[-12:]


def transform(text):
    words = text.split()
    upper = sum(1 for w in words if w.upper() == w)
    joined = "-".join(w.strip("[]:") for w in words)
    return len(joined), upper, joined.count("x"), joined.find("42")


def percent(n):
    out = []
    for i in range(n):
        out.append("%s=%d (%r)" % ("k" + str(i), i * i, i / 4))
    return len("".join(out))


###########################################################################
# Benchmark interface

bm_params = {
    (32, 10): (100,),
    (100, 10): (500,),
    (1000, 10): (12000,),
    (5000, 10): (60000,),
}


def bm_setup(params):
    (n,) = params
    state = None

    def run():
        nonlocal state
        text = render_rows(n)
        state = (len(text), transform(text), accumulate(n * 4), percent(n))

    def result():
        return n, state

    return run, result
