# Iterating a deque while it changes: CPython's deque iterators walk by position and raise
# "deque mutated during iteration" after any change that adds or removes items.
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e: print('RuntimeError', e)
d = deque([1, 2, 3])
try:
    for x in d:
        if x == 1: d.popleft()
except RuntimeError as e: print('RuntimeError', e)
it = iter(deque([1,2])); print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed(deque([1, 2, 3]))), type(reversed(deque())).__name__)
from collections import deque
ops = {
 'append': lambda d: d.append(9), 'appendleft': lambda d: d.appendleft(9), 'pop': lambda d: d.pop(),
 'popleft': lambda d: d.popleft(), 'extend': lambda d: d.extend([7]), 'extend0': lambda d: d.extend([]),
 'extendleft': lambda d: d.extendleft([7]), 'clear': lambda d: d.clear(), 'rotate': lambda d: d.rotate(1),
 'rotate0': lambda d: d.rotate(0), 'remove': lambda d: d.remove(3), 'insert': lambda d: d.insert(1, 5),
 'reverse': lambda d: d.reverse(), 'setitem': lambda d: d.__setitem__(0, 8), 'delitem': lambda d: d.__delitem__(0),
 'iadd': lambda d: d.__iadd__([1]), 'imul': lambda d: d.__imul__(2), 'imul1': lambda d: d.__imul__(1),
 'copy': lambda d: d.copy(), 'count': lambda d: d.count(1),
}
for name, op in ops.items():
    d = deque([1, 2, 3, 4])
    it = iter(d)
    first = next(it)
    op(d)
    try: rest = list(it); print(name, 'ok', rest)
    except RuntimeError as e: print(name, 'RuntimeError', e)
for name, op in ops.items():
    d = deque([1, 2, 3, 4])
    it = reversed(d)
    next(it); op(d)
    try: print(name, 'rev ok', list(it))
    except RuntimeError as e: print(name, 'rev', e)
d = deque([1, 2, 3], maxlen=3); it = iter(d); next(it); d.append(4)
try: print(list(it))
except RuntimeError as e: print('maxlen', e)
it = iter(deque([1, 2, 3])); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
d = deque([1, 2]); it = iter(d); print(list(it), next(it, 'end'), it.__length_hint__())

# A subclass whose __init__ does not call deque.__init__ still has an empty deque (deque.__new__).
class DequeNoInit(deque):
    def __init__(self): pass
d = DequeNoInit()
for f in [lambda: list(d), lambda: len(d), lambda: d.append(1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
