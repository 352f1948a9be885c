import sys

def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, caller.f_code.co_name, f.f_back is caller, sorted(caller.f_locals)

def outer():
    local_a = 1
    return inner()

print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
try:
    outer_fail = 1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, type(tb.tb_frame).__name__)
