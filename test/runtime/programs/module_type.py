# types.ModuleType: __new__ leaves the dict empty, __init__ fills it; repr without a loader.
import types
M=types.ModuleType
print(M.__new__(M).__dict__)
m=M('x'); print(m.__dict__, repr(m))
m=M('x','doc'); print(m.__doc__)
try: M(1)
except TypeError as e: print(e)
try: M()
except TypeError as e: print(e)
try: M('a', 'b', 'c')
except TypeError as e: print(e)
print(M(name='q', doc=None))
class S(M):
    def __init__(self, n): super().__init__(n); self.extra = 1
s=S('s'); print(s, s.extra, s.__dict__.keys())
print(repr(M.__new__(M)))
