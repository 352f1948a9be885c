# run: cli
# atexit at a normal end: SystemExit in a callback is reported, not the exit status;
# unregister, registration errors, finalizers' atexit flag and detach.
import atexit, weakref, sys
class O: pass
o = O()
def bad_fin(): print('bad finalizer runs')
weakref.finalize(o, bad_fin)
weakref.finalize(o, print, 'after bad finalizer')
atexit.register(sys.exit, 4)
atexit.register(print, 'first to run', sep='|', end='!\n')
try: atexit.register(5)
except TypeError as e: print(e)
def unreg(): pass
atexit.register(unreg); atexit.register(unreg); atexit.unregister(unreg)
f = weakref.finalize(o, print, 'detached'); f.detach(); print(f.alive, f.atexit)
print('main done')
