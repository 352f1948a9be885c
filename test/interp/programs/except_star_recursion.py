# Splitting exception groups counts against the recursion limit, as CPython's
# _Py_EnterRecursiveCall in exceptiongroup_split_recursive: nesting deeper than the limit
# raises RecursionError from split(), subgroup() and except*, nesting within it works.
import sys

sys.setrecursionlimit(100)


def nested(depth):
    eg = ValueError(1)
    for i in range(depth):
        eg = ExceptionGroup("g%d" % i, [eg, TypeError(i)] if i % 2 else [eg])
    return eg


deep = nested(300)
try:
    deep.split(ValueError)
except RecursionError as e:
    print("split: RecursionError", e)
try:
    deep.subgroup(lambda e: isinstance(e, ValueError))
except RecursionError as e:
    print("subgroup: RecursionError", e)
try:
    try:
        raise deep
    except* ValueError:
        print("not reached")
except RecursionError as e:
    print("except*: RecursionError", e)

shallow = nested(30)
match, rest = shallow.split(ValueError)
print(type(match).__name__, type(rest).__name__, len(rest.exceptions))
try:
    raise shallow
except* TypeError as g:
    print("caught", len(g.exceptions))
except* ValueError as g:
    print("caught values", repr(g.exceptions[0])[:40])
