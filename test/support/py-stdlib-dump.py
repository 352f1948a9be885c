"""Oracle for the stdlib parity test and benchmark: reads a JSON list of file paths on stdin
and prints, for each file, what CPython 3.11's ast module makes of its bytes, as one JSON list:
  {"ok": true, "dump": sha1(ast.dump(tree)), "attrs": sha1(ast.dump(tree, include_attributes=True))}
  {"ok": false, "error": "SyntaxError", "msg": ..., "lineno": ..., "offset": ...}
With --full the dumps themselves are given instead of their sha1 (to diagnose a file)."""
import ast
import hashlib
import json
import sys
import warnings

warnings.simplefilter('ignore')
full = '--full' in sys.argv


def digest(text):
    return text if full else hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()


results = []
for path in json.load(sys.stdin):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        results.append({'ok': False, 'error': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset})
        continue
    except (ValueError, UnicodeDecodeError) as e:
        results.append({'ok': False, 'error': type(e).__name__, 'msg': str(e)})
        continue
    results.append({'ok': True, 'dump': digest(ast.dump(tree)), 'attrs': digest(ast.dump(tree, include_attributes=True))})
json.dump(results, sys.stdout)
