# run: cli
# atexit functions and weakref.finalize's exit function run after the traceback of an
# uncaught exception, last registered first; an exception in one is reported and the rest run.
import atexit, weakref, sys
def a(*args, **kw): print('a', args, kw)
class Bad:
    def __repr__(self): return '<Bad callback>'
    def __call__(self): raise ValueError('boom')
bad = Bad()
def ex(): sys.exit(3)
print(atexit.register(a, 1, k=2) is a)
atexit.register(bad)
atexit.register(ex)
atexit.register(a, 'twice')
atexit.unregister(ex)
class O: pass
o = O()
f = weakref.finalize(o, print, 'finalized o')
g = weakref.finalize(o, print, 'finalized o 2')
h = weakref.finalize(o, print, 'no atexit'); h.atexit = False
atexit.register(lambda: print('last registered'))
print('end of program')
raise KeyError('x')
