# str.maketrans checks its str arguments before the body (as Argument Clinic does), and
# translate rejects mappings outside range(0x110000) with CPython's messages.
for a in [('ab', 5), (5, 'ab'), ({}, 'a'), ('a', 'b', 5), ('ab','c'), ({97: 'b'}, None), ({97: 'b', 'c': None},), ('ab', 'xy', 'z'), (5,)]:
    try: print(str.maketrans(*a))
    except Exception as e: print(type(e).__name__, e)
for t in [{97: -1}, {97: 0x110000}, {97: 0x10ffff}, {97: 98}, {97: 'zz'}, {97: 1.5}]:
    try: print(ascii('abc'.translate(t)))
    except Exception as e: print(type(e).__name__, e)
