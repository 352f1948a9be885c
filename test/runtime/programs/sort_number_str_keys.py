# Sorts whose keys are all ints/exact floats (compared as JS numbers) or all strs without
# surrogates (compared with JS <): same order as CPython, NaN, -0.0 and astral chars included.
import random
random.seed(5)
nan = float('nan')
for trial in range(200):
    n = random.randrange(0, 300)
    xs = [random.choice([random.random(), float(random.randrange(5)), nan, -0.0, 0.0, random.randrange(-3, 3), float('inf')]) for _ in range(n)]
    if xs and random.random() < 0.5: xs[0] = 1.5
    a = sorted(xs); b = sorted(xs, reverse=True); c = sorted(xs, key=lambda v: -v if v == v else v)
    print(trial, [repr(v) for v in a[:8]], [id(v) == id(w) for v, w in zip(a, sorted(xs))][:3], repr(b[:5]), repr(c[:5]))
words = [''.join(random.choice('ab\u00e9\uffff\U00010000z') for _ in range(random.randrange(4))) for _ in range(500)]
print(sorted(words)[:40])
print(sorted([w for w in words if '\U00010000' not in w])[:40])
print(sorted(['b', 'a', 'c'], key=str.upper), sorted([3.0, 1, 2.5, True]))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        return sorted([s.v, o.v], key=str)[0] == s.v and s.v != o.v
print([k.v for k in sorted([K(x) for x in ['b', 'a', 'd', 'c']])])
