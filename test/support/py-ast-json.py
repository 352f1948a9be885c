"""CPython's AST as JSON in pytier's node shape (src/parse/ast.ts), for tests.

stdin: JSON list of {"source": str, "mode": "exec"|"eval"|"single", "filename"?: str}
   or of {"path": str} (a file read as bytes, mode exec).
stdout: JSON list, one per case: {"ast": node} or {"error": {"type", "msg", "lineno", "offset"}}.
Constants: int -> number when |n| <= 2**53-1 else {"$bigint": "..."}; float -> {"$float": x}
(x a number or "inf"/"-inf"/"nan"); complex -> {"$complex": [re, im]}; bytes ->
{"$bytes": [..]}; Ellipsis -> {"$ellipsis": 1}; None/bool/str as JSON.
"""
import ast
import json
import math
import sys

SAFE = 2**53 - 1


def float_json(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else {"$bigint": str(v)}
    if isinstance(v, float):
        return {"$float": float_json(v)}
    if isinstance(v, complex):
        return {"$complex": [float_json(v.real), float_json(v.imag)]}
    if isinstance(v, bytes):
        return {"$bytes": list(v)}
    if v is Ellipsis:
        return {"$ellipsis": 1}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            out[f] = const(v)
        else:
            out[f] = node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if a in n._attributes:
            out[a] = getattr(n, a, None)
    return out


def run(case):
    try:
        if "path" in case:
            with open(case["path"], "rb") as f:
                src = f.read()
            tree = ast.parse(src, case["path"], "exec")
        else:
            tree = ast.parse(case["source"], case.get("filename", "<string>"), case.get("mode", "exec"))
        return {"ast": node(tree)}
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return {"error": {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)),
                          "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}}


sys.setrecursionlimit(10000)
json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
