# run: cli
# The warnings module: warn() under each action, once-per-location registries, the
# filter functions, catch_warnings, stacklevel, category errors, replaced hooks, and an
# "error" filter ending the program. Run as a script: the filters are process-wide.
import sys
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def spam(n):
    for i in range(n):
        warnings.warn("spam %d" % (i % 2))


# "default": once per (text, category, line) in the module's registry
warnings.warn("plain")
warnings.warn("plain")
spam(4)
warnings.warn(DeprecationWarning("shown in __main__"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("a resource", ResourceWarning)
warnings.warn(12345)
print(sorted((str(k[0]), k[1].__name__, k[2]) for k in __warningregistry__ if k != "version"))

warnings.simplefilter("always")
spam(3)
warnings.simplefilter("module")
spam(4)
warnings.warn("spam 0")
warnings.simplefilter("once")
spam(4)
warnings.warn("spam 1")
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("a future", FutureWarning)
print(len(warnings.filters), warnings.filters[:4])
print(__warningregistry__["version"])

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset")
warnings.simplefilter("ignore", append=True)
warnings.simplefilter("error", RuntimeWarning)
warnings.simplefilter("error", RuntimeWarning)
print(warnings.filters)
warnings.warn("appended ignore hides this")
try:
    warnings.warn("raised", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e.args)
w = UserWarning("instance", 2)
warnings.simplefilter("error")
try:
    warnings.warn(w)
except UserWarning as e:
    print("same object:", e is w)
warnings.resetwarnings()

# filterwarnings: message (a regex matched case-insensitively at the start), module,
# category and line number
warnings.filterwarnings("ignore", message="quiet")
warnings.filterwarnings("ignore", message=r"num\d+$")
warnings.filterwarnings("error", module="other")
warnings.filterwarnings("ignore", category=FutureWarning)
warnings.filterwarnings("always", lineno=74)
warnings.warn("QUIET please")
warnings.warn("not quiet")
warnings.warn("num12")
warnings.warn("num12x")
warnings.warn("future", FutureWarning)
for i in range(2):
    warnings.warn("line seventy-four")
print(warnings.filters[:5])
warnings.filterwarnings("ignore", message="quiet")
print(len(warnings.filters), warnings.filters[0])
g = {"__name__": "other.mod"}
exec("import warnings\ntry:\n    warnings.warn('from other')\nexcept UserWarning as e:\n    print('other module raised', e)", g)
g = {"__name__": "elsewhere"}
exec("import warnings\nwarnings.warn('from elsewhere')", g)
print(sorted(k for k in g if k != "__builtins__"))
warnings.resetwarnings()

for bad in [
    lambda: warnings.filterwarnings("bogus"),
    lambda: warnings.filterwarnings("ignore", message=3),
    lambda: warnings.filterwarnings("ignore", category=int),
    lambda: warnings.filterwarnings("ignore", category="x"),
    lambda: warnings.simplefilter("ignore", lineno=-1),
]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)

# catch_warnings restores the filters and showwarning; record=True logs WarningMessages
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", SyntaxWarning)
    spam(2)
    for m in log:
        print(m.message, m.category.__name__, m.lineno, m.filename == __file__, m.line, m.file)
    print(str(log[0]).replace(__file__, "FILE"))
print(warnings.filters == [], warnings.catch_warnings(record=True), warnings.catch_warnings())
with warnings.catch_warnings(action="error", category=FutureWarning):
    try:
        warnings.warn("f", FutureWarning)
    except FutureWarning:
        print("catch_warnings(action=...)")
cw = warnings.catch_warnings()
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__()
except RuntimeError as e:
    print(e)

# stacklevel picks the frame the warning is about; past the outermost it is sys:1
def inner(level):
    warnings.warn("level %d" % level, stacklevel=level)
def outer(level):
    inner(level)
for level in [0, -3, 1, 2, 3, 4, 50]:
    outer(level)
print(sorted(k for k in vars(sys) if k == "__warningregistry__"))

# category errors
for args in [("m", int), ("m", "UserWarning"), ("m", 3), ("m", Exception)]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.warn("m", stacklevel="x")
except TypeError as e:
    print("TypeError", e)

# replaced hooks
def show(message, category, filename, lineno, file=None, line=None):
    print("show:", message, category.__name__, lineno, file, line)
warnings.showwarning = show
warnings.warn("through showwarning")
del warnings.showwarning
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: "formatted: %s %s %s\n" % (m, c.__name__, l)
warnings.warn("through formatwarning")
warnings.formatwarning = warnings._formatwarning_orig
print(warnings.formatwarning("text", UserWarning, "f.py", 3, "  the line  "), end="")
print(repr(warnings.formatwarning("text", UserWarning, "f.py", 3)))
warnings.showwarning("direct", RuntimeWarning, "g.py", 7, sys.stdout, "src")
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12)
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12, registry={})
reg = {}
warnings.warn_explicit("explicit reg", UserWarning, "x.py", 1, module="m", registry=reg)
warnings.warn_explicit("explicit reg", UserWarning, "x.py", 1, module="m", registry=reg)
print(reg)
warnings.simplefilter("always")
warnings.warn("a resource", ResourceWarning, source=object())

# an "error" filter turns the warning into the program's uncaught exception
warnings.simplefilter("error")
def deprecated():
    warnings.warn("this is the end", DeprecationWarning, stacklevel=2)
deprecated()
