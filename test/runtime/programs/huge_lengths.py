# Lengths past 2**53: len() of huge ranges, and list()/tuple()/extend/f(*x) of them failing at
# once from the length hint (MemoryError, or OverflowError past Py_ssize_t) as CPython does.
for src in ['list(range(2**62))', 'list(range(2**64))', 'tuple(range(2**62))', '[].extend(range(2**62))', 'print(*range(2**62))', 'list(iter(range(2**62)))']:
    try: eval(src)
    except Exception as e: print(src, type(e).__name__, e)
print(list(range(5)), tuple(x for x in 'ab'), list({1: 2}), [*range(3)])
class L:
    def __len__(self): raise ValueError('len!')
    def __iter__(self): return iter([1])
try: list(L())
except ValueError as e: print(e)
class H:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 'x'
try: list(H())
except TypeError as e: print(e)
print(len(range(2**62)), len([1]), len('ab'), len({1}))
try: len(range(2**64))
except OverflowError as e: print(e)
class B:
    def __len__(self): return 2**70
try: len(B())
except OverflowError as e: print(e)
class N:
    def __len__(self): return -1
try: len(N())
except ValueError as e: print(e)
try: len(5)
except TypeError as e: print(e)
class F:
    def __len__(self): return 2.0
try: len(F())
except TypeError as e: print(e)
for src in ['bytes(2**40)', 'bytearray(2**40)', 'bytes(2**63)', 'bytes(-1)', 'b"ab" * 2**40', '"ab" * 2**40', 'bytes(10)']:
    try: r = eval(src); print(src, len(r))
    except Exception as e: print(src, type(e).__name__, e)
