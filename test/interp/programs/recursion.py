# run: cli
import sys
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(900))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), down(2500))
sys.setrecursionlimit(100)
try:
    down(200)
except RecursionError:
    print("limit 100 hit")
print(down(50))
