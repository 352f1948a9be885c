# run: cli
# weakref.finalize at exit: many finalizers, newest first, and one made while they run.
import weakref
class O: pass
objs = [O() for i in range(3000)]
for i, o in enumerate(objs): weakref.finalize(o, lambda i=i: i % 1000 == 0 and print('fin', i))
def mk(): print('making one at exit'); weakref.finalize(objs[0], print, 'made during exit')
weakref.finalize(objs[1], mk)
print('end')
