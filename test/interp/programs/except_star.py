# PEP 654 exception groups and try/except* (compared with python3 live).


def show(label, v):
    if isinstance(v, BaseExceptionGroup):
        print(label, type(v).__name__, repr(v), str(v), tree(v))
    else:
        print(label, repr(v))


def tree(e):
    if isinstance(e, BaseExceptionGroup):
        return [type(e).__name__, e.message, [tree(x) for x in e.exceptions]]
    return repr(e)


def outcome(f):
    try:
        f()
    except BaseException as e:
        return e
    return None


# ---- construction ----
for args in [(), ("m",), ("m", [ValueError()], 3), (1, [ValueError()]), (None, [ValueError()]),
             ("m", []), ("m", ()), ("m", 5), ("m", None), ("m", [1]), ("m", [ValueError(), 2]),
             ("m", {ValueError()}), ("m", {1: ValueError()}), ("m", "ab"), ("m", [ValueError])]:
    for cls in [BaseExceptionGroup, ExceptionGroup]:
        try:
            show("new", cls(*args))
        except Exception as e:
            print("new", cls.__name__, type(e).__name__, e)

show("base-all-exc", BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
show("base-mixed", BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
show("tuple-arg", ExceptionGroup("m", (ValueError(1),)))
show("nested", ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)]))
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("nest base:", e)
try:
    ExceptionGroup("m", [BaseExceptionGroup("b", [SystemExit()])])
except TypeError as e:
    print("nest base group:", e)
try:
    ExceptionGroup("m", [ValueError()], x=1)
except TypeError as e:
    print("kw:", e)


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


show("my", MyEG("mine", [ValueError(1)]))
show("mybase", MyBEG("mine", [ValueError(1)]))
show("mybase-base", MyBEG("mine", [KeyboardInterrupt()]))
try:
    MyEG("mine", [KeyboardInterrupt()])
except TypeError as e:
    print("my nest:", e)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
print(str(ExceptionGroup("one", [ValueError()])), str(eg), repr(ExceptionGroup("", [ValueError()])))
for attr in ["message", "exceptions"]:
    try:
        setattr(eg, attr, 1)
    except AttributeError as e:
        print("set", attr, type(e).__name__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])

# ---- split / subgroup ----
v1, t2, k3, v4 = ValueError(1), TypeError(2), KeyError(3), ValueError(4)
inner = ExceptionGroup("inner", [k3, v4])
eg = ExceptionGroup("outer", [v1, t2, inner])
for cond in [ValueError, TypeError, KeyError, LookupError, OSError, Exception, (ValueError, KeyError), (OSError,),
             lambda e: isinstance(e, ValueError), lambda e: False, lambda e: True,
             lambda e: isinstance(e, ExceptionGroup) and e.message == "inner", ExceptionGroup, BaseExceptionGroup]:
    m, r = eg.split(cond)
    show("split-m", m)
    show("split-r", r)
    show("subgroup", eg.subgroup(cond))
    if m is not None:
        print("identities", m is eg, [x is y for x, y in zip(m.exceptions, eg.exceptions)])
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg, eg.split(OSError)[1] is eg)
leaf = eg.split(KeyError)[0].exceptions[0].exceptions[0]
print("leaf identity", leaf is k3)
for bad in [1, "x", int, (ValueError, int), [ValueError], ValueError()]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("bad matcher", e)
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print("predicate calls", seen)


def boom(e):
    raise RuntimeError("in predicate")


try:
    eg.split(boom)
except RuntimeError as e:
    print("predicate raised", e)

# metadata is copied onto derived groups
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    meta = e
meta.add_note("note 1")
m, r = meta.split(ValueError)
for part in (m, r):
    print("meta", part.__traceback__ is meta.__traceback__, part.__cause__ is meta.__cause__,
          part.__context__ is meta.__context__, part.__notes__, part.__notes__ is meta.__notes__,
          part.__suppress_context__)
print("no tb", ExceptionGroup("x", [ValueError()]).split(ValueError)[0].__traceback__)


# derive is used by split
class Derived(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
        self.code = code

    def derive(self, excs):
        return Derived(self.message + "!", excs, self.code + 1)


d = Derived("d", [ValueError(1), Derived("e", [TypeError(2), ValueError(3)], 10)], 5)
m, r = d.split(ValueError)
show("derived-m", m)
show("derived-r", r)
print(m.code, r.code, m.exceptions[1].code)
show("plain derive", ExceptionGroup("p", [ValueError()]).derive([TypeError(1)]))
show("plain derive base", ExceptionGroup("p", [ValueError()]).derive([KeyboardInterrupt()]))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("bad derive", e)

# ---- try/except* ----


def run(label, f):
    e = outcome(f)
    show(label, e)
    return e


def one_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        show("  caught", e)


run("one clause", one_clause)


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("  v", e)
    except* TypeError as e:
        show("  t", e)
    print("  after")


run("all handled", all_handled)


def none_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("  not reached")


orig = None


def none_match_identity():
    global orig
    orig = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [KeyError(2)])])
    try:
        raise orig
    except* TypeError:
        print("  not reached")


e = run("none match", none_match)
e = run("none match identity", none_match_identity)
print("  is orig", e is orig, e.exceptions[0] is orig.exceptions[0], e.exceptions[1] is orig.exceptions[1])


def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, KeyError) as e:
        show("  vk", e)


run("tuple clause", tuple_clause)


def nested_partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError as e:
        show("  v", e)
    except* LookupError as e:
        show("  l", e)


run("nested partial", nested_partial)


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass


run("bare reraise", bare_reraise)


def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2)]), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


run("reraise keeps structure", reraise_all)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


e = run("raise new + unhandled", raise_new)
print("  ctx", repr(e.exceptions[0].__context__), e.__context__, e.__cause__)


def raise_new_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise IndexError("i")


run("raise in two", raise_new_in_two)


def raise_new_all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")


e = run("raise new only", raise_new_all_handled)


def raise_and_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise


run("raise and reraise", raise_and_reraise)


def raise_the_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e


run("raise e", raise_the_match)


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("x") from e


e = run("raise from", raise_from)
show("  cause", e.__cause__)


def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("sub", [KeyError(5)])


run("raise group in handler", raise_group_in_handler)


def naked_caught():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("  wrapped", e)
        print("  leaf", repr(e.exceptions[0]), e.exceptions[0].__traceback__ is not None)


run("naked caught", naked_caught)


def naked_uncaught():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  not reached")


run("naked uncaught", naked_uncaught)


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


run("naked reraise", naked_reraise)


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")


run("naked raise new", naked_raise_new)


def naked_base():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        show("  base wrapped", e)


run("naked base", naked_base)


def catch_eg():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


run("except* ExceptionGroup", catch_eg)


def catch_eg_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


run("except* tuple with group", catch_eg_tuple)


def catch_not_exc():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass


run("except* int", catch_not_exc)


def handled_exc_info():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  exc_info is match", sys.exc_info()[1] is e)
    except* TypeError as e:
        print("  exc_info is match", sys.exc_info()[1] is e)
    print("  after", sys.exc_info())


run("exc_info", handled_exc_info)


def else_finally():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else")
    finally:
        print("  finally")
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  handled")
    else:
        print("  no else")
    finally:
        print("  finally 2")


run("else/finally", else_finally)


def loop_control():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
    return out


print("loop", loop_control())


def nested_try_star():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("  inner v")
        except* TypeError:
            raise
    except* TypeError as e:
        show("  outer t", e)
    except* KeyError as e:
        show("  outer k", e)


run("nested try*", nested_try_star)


def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        show("  v", e)


run("base group", base_group)


def clause_raises_and_context():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise OSError("inner")
        except OSError:
            pass
        1 / 0


e = run("zero div in handler", clause_raises_and_context)
print("  ctx", repr(e.exceptions[0].__context__))


def gen():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield 2


g = gen()
print("gen", next(g), next(g))
show("gen end", outcome(lambda: next(g)))


# ---- more edges ----
class SplitOverride(ExceptionGroup):
    def split(self, cond):
        print("  custom split", cond.__name__)
        return super().split(cond)


def custom_split():
    try:
        raise SplitOverride("x", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("  caught", e)


run("custom split", custom_split)
show("subclass split keeps plain derive", MyEG("mine", [ValueError(1), TypeError(2)]).split(ValueError)[0])
for src in ["try:\n  pass\nexcept* ValueError:\n  break\n",
            "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
            "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
            "try:\n  pass\nexcept*:\n  pass\n",
            "try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n",
            "for x in y:\n  try:\n    pass\n  except* ValueError:\n    for z in x:\n      break\n"]:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)


def handler_internals():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError:
            def inner():
                return 5
            print("  inner", inner())
            try:
                raise KeyError(1)
            except KeyError:
                pass
            if i == 1:
                raise


run("handler internals", handler_internals)
e = ExceptionGroup("m", [ValueError()])
for action in [lambda: setattr(e, "message", "x"), lambda: delattr(e, "exceptions")]:
    try:
        action()
    except AttributeError as err:
        print("AttributeError", err)
print(BaseExceptionGroup.__init__ is BaseException.__init__, ExceptionGroup.__init__)
print(BaseExceptionGroup.__new__(BaseExceptionGroup, "m", [ValueError()]))
try:
    BaseExceptionGroup.__new__(int, "m", [ValueError()])
except TypeError as err:
    print(err)
print(ExceptionGroup.__doc__, BaseExceptionGroup.__doc__)
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__)


async def co_inner(i):
    raise ValueError(i)


async def co_main():
    try:
        try:
            await co_inner(1)
        except* ValueError as e:
            show("  co caught", e)
            raise TypeError("t")
    except* TypeError as e:
        show("  co outer", e)
        print("  co ctx", repr(e.exceptions[0].__context__))
    return 7


co = co_main()
try:
    co.send(None)
except StopIteration as s:
    print("coroutine result", s.value)

# A new group leaving try/except* into a caller inside an except block: __context__ stays None.
def ctx_inner():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(2)
    except* TypeError:
        raise KeyError(3)
def ctx_outer():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            ctx_inner()
        except ExceptionGroup as e:
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print(repr(e), repr(e.__context__), names)
ctx_outer()
