import sys
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("raw write\n")
print(None, True, 1.5, [1, "a"], {"k": (1,)}, sep=", ")
try:
    print(1, sep=3)
except TypeError as e:
    print(e)
name = input("name? ")
print("hello", name)
print(input())
try:
    input()
except EOFError as e:
    print("EOF:", e)
