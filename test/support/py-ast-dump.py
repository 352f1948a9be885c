"""ast.dump of many sources in one python3 process, for the parser's parity tests.

stdin: JSON list of {"source": str, "mode": "exec"|"eval"|"single"|"func_type"}.
stdout: JSON list, one per case: {"plain": ast.dump(tree), "attrs": ast.dump(tree, include_attributes=True)}
or {"error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}} for a SyntaxError
(IndentationError, TabError), or {"error": {"type": "MemoryError", ...}} and the like for others.
"""
import ast
import json
import sys


def run(case):
    try:
        tree = compile(case["source"], "<unknown>", case.get("mode", "exec"), ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": e.end_lineno, "end_offset": e.end_offset}}
    except (MemoryError, RecursionError, ValueError) as e:
        return {"error": {"type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None,
                          "end_lineno": None, "end_offset": None}}
    return {"plain": ast.dump(tree), "attrs": ast.dump(tree, include_attributes=True)}


sys.setrecursionlimit(100000)
print(json.dumps([run(c) for c in json.load(sys.stdin)]))
