def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"k": value, **others}:
            return f"dict k={value} others={others}"
        case str() | bytes():
            return "text"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case _:
            return "other"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

for v in [0, -5, 7, [1, 2], [1, 2, 3], {"k": 1, "z": 2}, "s", Point(0, 4), Point(1, 2), 3.5, ()]:
    print(describe(v))
