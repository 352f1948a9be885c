"""CPython's view of a batch of sources, for the compiler's parity tests.

stdin: JSON list of {"kind": "symtable" | "compile" | "strings", "source": str, "mode"?: str}
   or {"kind": "compile", "path": str}.
stdout: JSON list: per case {"ok": result} or {"error": {"type", "msg", "lineno", "offset"}}.
symtable: {type, name, lineno, symbols: {name: [flags & 0x7ff, scope]}, children: [...]}
compile: the code-object tree {name, qualname, firstlineno, argcount, posonlyargcount,
         kwonlyargcount, flags, varnames, cellvars, freevars, children: [...]}
strings: the sorted set of str constants of the top code object (tuples searched too)
"""
import json
import symtable
import sys
import types
import warnings


def table(t):
    return {
        "type": t.get_type(),
        "name": t.get_name(),
        "lineno": t.get_lineno(),
        "symbols": {s.get_name(): [s._Symbol__flags & 0x7FF, s._Symbol__scope] for s in t.get_symbols()},
        "children": [table(c) for c in t.get_children()],
    }


def code(c):
    return {
        "name": c.co_name,
        "qualname": c.co_qualname,
        "firstlineno": c.co_firstlineno,
        "argcount": c.co_argcount,
        "posonlyargcount": c.co_posonlyargcount,
        "kwonlyargcount": c.co_kwonlyargcount,
        "flags": c.co_flags & 0x3FF,
        "varnames": list(c.co_varnames),
        "cellvars": list(c.co_cellvars),
        "freevars": list(c.co_freevars),
        "children": [code(k) for k in c.co_consts if isinstance(k, types.CodeType)],
    }


def strings(consts):
    out = set()
    for k in consts:
        if isinstance(k, str):
            out.add(k)
        elif isinstance(k, tuple):
            out |= strings(k)
    return out


def run(case):
    try:
        if "path" in case:
            with open(case["path"], "rb") as f:
                return {"ok": code(compile(f.read(), case["path"], "exec", dont_inherit=True))}
        src = case["source"]
        if case["kind"] == "strings":
            return {"ok": sorted(strings(compile(src, "<string>", "exec", dont_inherit=True).co_consts))}
        if case["kind"] == "symtable":
            return {"ok": table(symtable.symtable(src, "<string>", case.get("mode", "exec")))}
        return {"ok": code(compile(src, "<string>", case.get("mode", "exec"), dont_inherit=True))}
    except (SyntaxError, ValueError) as e:
        return {"error": {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)),
                          "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}}


warnings.simplefilter("ignore")
sys.setrecursionlimit(10000)
json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
