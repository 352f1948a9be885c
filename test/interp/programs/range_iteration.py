# Range iteration: the safe-int fast path (values, step and count as plain numbers) and the
# exact path beyond 2**53, forwards and reversed, with __length_hint__ before and after.
r = [list(range(5)), list(range(5, 0, -2)), list(reversed(range(5))), list(reversed(range(-3, 10, 4))), list(range(0)), list(reversed(range(0)))]
print(r)
big = 2**53
print(list(range(big - 3, big + 2)), list(reversed(range(big - 3, big + 2))))
print(list(range(-big - 1, -big + 2)), list(range(big - 2, big, 1)), list(reversed(range(big-5, big-1, 2))))
it = iter(range(10)); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(range(1, 20, 3)); next(it); print(it.__length_hint__(), list(it))
it = iter(range(2**70, 2**70 + 3)); print(type(it).__name__, it.__length_hint__(), list(it))
print(type(iter(range(5))).__name__, sum(range(10**6)), sum(range(10**6, 0, -7)))
print(list(range(big - 1, big + 3, 2)), list(reversed(range(big - 1, big + 3, 2))))
