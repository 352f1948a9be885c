"""For the tokenizer tests: stdin is a JSON list of sources; stdout a JSON list with, per
source, the tokens of Python's tokenize module (NAME, NUMBER, STRING, OP as [kind, text,
line, byte col, end line, end byte col] with NFKC-normalised names; INDENT/DEDENT as [kind])
or "error", and what compile() raises: {type, msg, lineno, offset, text, end_lineno,
end_offset} or null."""
import io
import json
import sys
import tokenize
import unicodedata
import warnings

warnings.simplefilter('ignore')
KIND = {tokenize.NAME: 1, tokenize.NUMBER: 2, tokenize.STRING: 3, tokenize.OP: 4, tokenize.INDENT: 6, tokenize.DEDENT: 7}


def tokens(source):
    # CPython's C tokenizer reads '\r\n' and '\r' as '\n'; the tokenize module does not.
    source = source.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in source.split('\n')]
    def col(pos):
        line, c = pos
        text = lines[line - 1] if line - 1 < len(lines) else ''
        return len(text[:c].encode('utf-8', 'surrogatepass'))
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(source).readline):
            kind = KIND.get(t.type)
            if kind in (6, 7):
                out.append([kind])
            elif kind:
                text = unicodedata.normalize('NFKC', t.string) if kind == 1 else t.string
                out.append([kind, text, t.start[0], col(t.start), t.end[0], col(t.end)])
    except (tokenize.TokenError, SyntaxError):
        return 'error'
    return out


def compile_error(source):
    try:
        compile(source, '<unknown>', 'exec')
    except SyntaxError as e:
        return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset, 'text': e.text,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    return None


print(json.dumps([{'tokens': tokens(s), 'error': compile_error(s)} for s in json.load(sys.stdin)]))
