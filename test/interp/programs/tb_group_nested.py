# An uncaught exception group: the sub-exception tree with margins, chained exceptions and
# notes inside the tree, a nested group's own traceback, carets, repeated recursion lines.


def divide(a, b):
    return a / b


def deep(n):
    if n == 0:
        raise RecursionError("bottom")
    return deep(n - 1)


def collect():
    errors = []
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        errors.append(e)
    try:
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("while handling")
    except ValueError as e:
        e.add_note("a note")
        e.add_note("two\nlines")
        errors.append(e)
    try:
        deep(10)
    except RecursionError as e:
        errors.append(e)
    try:
        raise ExceptionGroup("inner", [TypeError("t"), OSError(2, "No such file", "x.txt")])
    except ExceptionGroup as e:
        errors.append(e)
    errors.append(IndexError("never raised"))
    errors.append(ExceptionGroup("never raised group", [KeyError(1)]))
    try:
        raise RuntimeError("the cause")
    except RuntimeError as cause:
        eg = ExceptionGroup("many problems", errors)
        eg.add_note("group note")
        raise eg from cause


collect()
