import sys
import math
from math import sqrt, pi as PI
import sys as system
print(system is sys, sqrt(16), round(PI, 3), math.floor(2.5))
print(type(sys).__name__, sys.__name__, "math" in sys.modules)
try:
    import nonexistent_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nonexistent
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.sub
except ModuleNotFoundError as e:
    print(e)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize, sys.byteorder, type(sys.argv).__name__, sys.getrecursionlimit())
print(sys.implementation.name, isinstance(sys.version, str), sys.platform)
import builtins
print(builtins.len is len, __name__)
