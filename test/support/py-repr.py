"""repr() of floats, complex numbers, strs and bytes, for the repr helper tests.
stdin: {"floats": [hex of 8 little-endian bytes], "complexes": [[hex, hex]], "strs": [[code points]],
"bytes": [[byte values]]}; stdout: the same keys with lists of repr() strings."""
import json
import struct
import sys

req = json.load(sys.stdin)
f = lambda h: struct.unpack('<d', bytes.fromhex(h))[0]
print(json.dumps({
    'floats': [repr(f(h)) for h in req['floats']],
    'complexes': [repr(complex(f(a), f(b))) for a, b in req['complexes']],
    'strs': [repr(''.join(map(chr, cps))) for cps in req['strs']],
    'bytes': [repr(bytes(b)) for b in req['bytes']],
}))
