"""How CPython prints SyntaxErrors (the C print_exception of sys.excepthook): stdin is a JSON
list of {"source", "filename"}; stdout a JSON list of the printed text (null if it compiles)."""
import io
import json
import sys
import warnings

warnings.simplefilter('ignore')
out = []
for case in json.load(sys.stdin):
    try:
        compile(case['source'], case['filename'], 'exec')
        out.append(None)
    except SyntaxError as e:
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(type(e), e.with_traceback(None), None)
            out.append(sys.stderr.getvalue())
        finally:
            sys.stderr = saved
print(json.dumps(out))
