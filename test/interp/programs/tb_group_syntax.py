# Syntax errors, multi-line messages, empty notes and SystemExit inside an uncaught group
# (CPython 3.11 leaves the margin off some of these lines).
errs = []
try:
    compile("x = (1,\n  2 +", "<src>", "exec")
except SyntaxError as e:
    errs.append(e)
try:
    compile("a b", "<src2>", "exec")
except SyntaxError as e:
    errs.append(e)
e = ValueError("multi\nline message")
e.add_note("")
e.add_note("ends\n")
errs.append(e)
errs.append(SystemExit(3))
raise BaseExceptionGroup("syntax", errs)
