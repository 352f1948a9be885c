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

# f_back after the frame finished: a function's frame keeps its caller (by return or by an
# exception), a generator's frame has none once it is suspended or finished.
def fb_inner():
    return sys._getframe()
def fb_outer():
    return fb_inner()
fb = fb_outer()
print(fb.f_code.co_name, fb.f_back.f_code.co_name, fb.f_back.f_back.f_code.co_name)
def fb_gen():
    yield sys._getframe()
fb_g = fb_gen()
fb_fr = next(fb_g)
print(fb_fr.f_back)
next(fb_g, None)
print(fb_fr.f_back)
def fb_fails():
    raise ValueError
def fb_caller():
    fb_fails()
try:
    fb_caller()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name, tb.tb_frame.f_back.f_back.f_code.co_name)
