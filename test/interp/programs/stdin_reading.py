# run: cli
# sys.stdin as a file: iteration, readline/read/readlines with sizes, and what follows a
# partial read. Iterating sys.stdin raised "'TextIOWrapper' object is not iterable".
import sys

print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.readline(0)))
print(repr(input()))
print(sys.stdin.readlines(10))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break
print(repr(sys.stdin.read(4)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(None)), sys.stdin.readlines(None))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(next(sys.stdin, 'done'), iter(sys.stdin) is sys.stdin)
sys.stdout.writelines(x for x in ['a', 'b\n'])
for call in [lambda: sys.stdout.readline(), lambda: next(iter(sys.stdout)), lambda: sys.stdin.readline('x'), lambda: sys.stdout.writelines([1]), lambda: sys.stdin.readline(None), lambda: sys.stdin.write('x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), e)
