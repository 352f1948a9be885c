# Containers, iteration and builtins: cases found by differential fuzzing against python3
# (test/interp/container-generator.ts). Each group says what pytier got wrong.

# list.sort keeps the partial order reached when a comparison raises (CPython sorts in
# place), and with reverse=True reverses back even then; pytier left the list untouched
# or reversed.
for items, rev in [([7, 8, 8, 2, -2, None, 0, 6], False), ([1, {}, 3, 2], True), ([3, 1, 2, 'a', 0], False), ([5, 4, 'x', 1, 2, 3], True)]:
    L = list(items)
    try:
        L.sort(reverse=rev)
    except TypeError as e:
        print(e)
    print(L)
L = [3, 1, 2, None, 0]
try:
    L.sort(key=lambda x: x)
except TypeError as e:
    print(e)
print(L)
try:
    print(sorted([2, 1, 'a']))
except TypeError as e:
    print(e)
