# int.from_bytes reads its argument as CPython's PyObject_Bytes does: __bytes__, a buffer or an
# iterable of ints; a str or an int is refused.
class B:
    def __bytes__(self):
        return b"\x01\x02"


for a in ["a", 5, [1, 2], (3,), b"ab", bytearray(b"c"), memoryview(b"d"), iter([1]), {1: 2}, 2.5, None, [256], ["x"], B()]:
    try:
        print(type(a).__name__, int.from_bytes(a, "big"), int.from_bytes(a, "little", signed=True))
    except Exception as e:
        print(type(a).__name__, type(e).__name__, e)
