# Runs many Python programs in ONE python3 process. Reads a JSON list on stdin; each item is
# a source string or {"path": file}. Prints a JSON list of {"out", "exc", "err", "code"}:
# stdout text, "Type: message" of an uncaught exception (or null), what python3 would print
# on stderr for it (traceback), and the exit status python3 would have.
import io, json, sys, contextlib

def run(item):
    if isinstance(item, dict):
        path = item["path"]
        with open(path, encoding="utf-8") as f:
            src = f.read()
        stdin_text = item.get("stdin", "")
    else:
        path, src, stdin_text = "<prog>", item, ""
    out, err = io.StringIO(), io.StringIO()
    exc, code = None, 0
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin_text)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                exec(compile(src, path, "exec"), {"__name__": "__main__", "__file__": path})
            except SystemExit as e:
                c = e.code
                if c is None:
                    code = 0
                elif isinstance(c, int):
                    code = c
                else:
                    print(c, file=sys.stderr)
                    code = 1
            except BaseException as e:
                exc = type(e).__name__ + (": " + str(e) if str(e) else "")
                code = 1
                # The C printer python3 uses for uncaught exceptions (not traceback.py,
                # which strips lines and marks multi-line ranges differently).
                tb = e.__traceback__.tb_next if e.__traceback__ else None
                e.__traceback__ = tb
                sys.__excepthook__(type(e), e, tb)
    finally:
        sys.stdin = old_stdin
    return {"out": out.getvalue(), "exc": exc, "err": err.getvalue(), "code": code}

progs = json.load(sys.stdin)
sys.stdout.write(json.dumps([run(p) for p in progs]))
