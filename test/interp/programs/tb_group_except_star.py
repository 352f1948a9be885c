# What escapes a try/except* uncaught: new exceptions raised in handlers next to the
# unhandled rest, in a function and at module level.


def work():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError("from handler")
    except* KeyError:
        pass


try:
    work()
except* TypeError:
    raise NotImplementedError("module level")
