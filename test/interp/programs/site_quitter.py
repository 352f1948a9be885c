# run: cli
# exit() and quit() (CPython's site module puts them in builtins): their repr, attributes and
# type; calling one closes sys.stdin and raises SystemExit; closed text streams refuse reads
# and writes. Runs as a script on both sides: it closes the real stdin and stdout.
import sys

print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__, exit.name, exit.eof)
try:
    exit("bye")
except SystemExit as e:
    print(repr(e.code), sys.stdin.closed)
try:
    quit()
except SystemExit as e:
    print(repr(e.code), e.args)
print(repr(type(exit)("leave", "Ctrl-Z")))
for f in (sys.stdin.readline, input, sys.stdin.read):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
sys.stdout.flush()
sys.stdout.close()
try:
    print("after")
except ValueError as e:
    sys.stderr.write(f"ValueError {e}\n")
exit(3)
