# Cases found by the format differential fuzzer (test/interp/format-generator.ts), one group
# per root cause, each minimised; the comment says what pytier got wrong.

def show(*exprs):
    for src in exprs:
        try:
            print(src, '->', repr(eval(src)))
        except Exception as e:
            print(src, '->', type(e).__name__, e)

# Constant folding of `real +/- imag j` in tuples negated the imaginary zero and ignored
# the real zero's sign: CPython adds complex(real, 0.0) and the complex, part by part.
print((-0.0-0j,), (-0.0+0j,), (0.0-0j,), (1 + -0j,), (-0.0 + -0j,), (0 - -0j,), (1-2j,))
print((9, (-0.0-0j),), (-(0j),))
