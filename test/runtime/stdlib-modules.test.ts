// The library modules pytier ships (struct, random, collections, operator, io, gc, keyword,
// time): one generated program per module runs under python3 and under pytier, and the
// printed results — values or "ExceptionType: message" — must match line for line.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runHere } from '../interp/run-here.js';

/** Wrap each expression so one failing case prints its exception instead of ending the run. */
function program(setup: string, exprs: string[]): string {
  const body = exprs
    .map((e) => `print(${JSON.stringify(e)}, end=' -> ')\ntry:\n    print(repr(${e}))\nexcept Exception as exc:\n    print(type(exc).__name__ + ': ' + str(exc))`)
    .join('\n');
  return `${setup}\n${body}\n`;
}

function python(source: string): string {
  return execFileSync('python3', ['-'], { input: source, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
}

const STRUCT_FORMATS = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', '?', 'e', 'f', 'd', 'P'];
const STRUCT_VALUES = ['0', '1', '-1', '127', '128', '-129', '255', '256', '65535', '-32769', '2**31', '2**32 - 1', '2**63', '-2**63', '2**64', '1.5', '-0.0', '65504.0', '1e300', 'True', "'x'"];

const struct = program(
  'import struct',
  [
    ...['<', '>', '!', '=', '@', ''].flatMap((order) =>
      STRUCT_FORMATS.flatMap((f) => STRUCT_VALUES.map((v) => `struct.pack('${order}${f}', ${v})`)),
    ),
    ...['<', '>', '@'].flatMap((order) => STRUCT_FORMATS.map((f) => `struct.unpack('${order}${f}', bytes(range(1, 1 + struct.calcsize('${order}${f}'))))`)),
    "struct.calcsize('@bid')", "struct.calcsize('=bid')", "struct.calcsize('3s2xq')", "struct.calcsize('@ci?l')",
    "struct.pack('3s', b'abcdef')", "struct.pack('5s', b'ab')", "struct.pack('4p', b'abcdef')", "struct.unpack('4p', b'\\x09abc')",
    "struct.pack('c', b'ab')", "struct.pack('2i', 1)", "struct.unpack('i', b'abc')", "struct.pack('z', 1)", "struct.pack('3')",
    "struct.unpack_from('<h', b'abcdef', 2)", "struct.unpack_from('<h', b'abcdef', -2)", "struct.unpack_from('<i', b'abcdef', 4)",
    "list(struct.iter_unpack('<h', b'abcdef'))", "struct.Struct('<hi').size", "struct.Struct('<hi').pack(1, 2)",
    "struct.Struct('>q').unpack(b'\\x80' + bytes(7))",
  ],
);

const ARRAY_VALUES = ['0', '-1', '127', '128', '-129', '255', '256', '65535', '65536', '-32769', '2**31', '2**32', '2**63', '-2**63 - 1', '2**64', '1.5', "'a'"];

const array = program(
  'from array import array',
  [
    ...[...'bBhHiIlLqQfdu'].flatMap((t) => ARRAY_VALUES.map((v) => `array('${t}', [${v}])`)),
    ...[...'bBhHiIlLqQfd'].map((t) => `array('${t}', [1, 2, 3]).tobytes()`),
    ...[...'bhiq'].map((t) => `array('${t}', bytes(range(16)))`),
    "array('x')", "array('u', 'héllo')", "array('b', 'ab')", "array('i', range(5))[1:4]", "array('i', range(5))[::-2]", "array('i', [1]) + array('i', [2])",
    "array('i', [1]) + array('b', [2])", "array('i', [1]) + [2]", "array('i', [1, 2]) * 2", "array('d', [1.5]) == array('f', [1.5])", "array('i', [1, 2]) < array('i', [1, 3])",
    "(lambda a: (a.append(4), a.extend([5, 6]), a.insert(0, -1), a.pop(), a.remove(4), a)[-1])(array('h', [1]))", "array('i', [1, 2]).index(3)",
    "(lambda a: (a.__setitem__(slice(0, 2), array('i', [9])), a)[1])(array('i', [1, 2, 3]))", "(lambda a: (a.__setitem__(slice(0, 2), [9]), a)[1])(array('i', [1, 2, 3]))",
    "(lambda a: (a.__delitem__(slice(None, None, 2)), a)[1])(array('i', range(7)))", "(lambda a: (a.byteswap(), a)[1])(array('h', [1, 256]))",
    "bytes(array('H', [1, 2]))", "b'ab' == array('b', [97, 98])", "bytearray(b'ab') == array('b', [97, 98])", "array('b', [97, 98]) == b'ab'",
    "array('i', [5, 6]).tolist()", "array('i').frombytes(b'abc')", "list(array('f', [0.1]))", "array('Q', [2**64 - 1])[0]", "array('i', [1])[5]",
  ],
);

const random = program(
  'import random',
  [
    'random.seed(42)', 'random.random()', 'random.randrange(1000)', 'random.randint(-5, 5)', 'random.getrandbits(70)',
    'random.choice("abcdef")', 'random.sample(range(50), 5)', 'random.uniform(-1, 1)', 'random.randrange(0)', 'random.randrange(1, 10, 0)',
    'random.choice([])',
  ],
);

const collections = program(
  'from collections import deque, namedtuple, OrderedDict, defaultdict, Counter\nP = namedtuple("P", "x y", defaults=[0])\nd = deque([1, 2, 3], maxlen=4)',
  [
    'd', 'd.append(4) or d', 'd.append(5) or d', 'd.appendleft(0) or d', 'd.pop()', 'd.popleft()', 'd.rotate(1) or d', 'd[0]', 'd[10]',
    'deque().pop()', 'deque([1]).index(2)', 'deque(maxlen=-1)', 'P(1)', 'P(1, 2)._replace(y=5)', 'P._fields', 'P(3)._asdict()', 'P(1, 2, 3)',
    'P(1, 2) == (1, 2)', "namedtuple('Q', ['a', 'a'])", "namedtuple('Q', ['_a'])", "namedtuple('Q', ['def'])", "namedtuple('Q', ['def', '_x'], rename=True)._fields",
    "OrderedDict(a=1, b=2)", "OrderedDict()", "OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)", "dict(a=1, b=2) == OrderedDict(b=2, a=1)",
    "(lambda o: (o.move_to_end('a'), o)[1])(OrderedDict(a=1, b=2, c=3))", "(lambda o: (o.move_to_end('c', last=False), o)[1])(OrderedDict(a=1, b=2, c=3))",
    "OrderedDict(a=1, b=2).popitem()", "OrderedDict(a=1, b=2).popitem(last=False)", "OrderedDict().popitem()",
    "(lambda dd: (dd['k'].append(1), dd)[1])(defaultdict(list))", "defaultdict(None)['x']", "defaultdict(5)",
    "Counter('abracadabra')", "Counter('abracadabra').most_common(2)", "Counter(a=3) + Counter(a=1, b=2)", "Counter(a=3) - Counter(a=5)",
    "sorted(Counter('hello').elements())", "Counter()['missing']",
  ],
);

const operatorEtc = program(
  'import operator, io, gc, keyword, time',
  [
    'operator.itemgetter(1)([5, 6])', 'operator.itemgetter(0, 2)("abc")', "operator.attrgetter('real')(3)", "operator.methodcaller('split', ',')('a,b')",
    'operator.add(2, 3)', 'operator.neg(4)', 'operator.contains([1], 1)', 'operator.indexOf([4, 5], 5)', 'operator.indexOf([4], 6)', 'operator.itemgetter(1)',
    "(lambda s: (s.write('ab\\ncd'), s.seek(0), s.readline(), s.read(), s.tell()))(io.StringIO())",
    "(lambda b: (b.write(b'xyz'), b.seek(1), b.read(), b.getvalue()))(io.BytesIO())", "io.StringIO(5)", "io.BytesIO().write('s')",
    "(lambda s: (s.close(), s.read()))(io.StringIO('a'))", 'gc.isenabled()', 'gc.collect()', "keyword.iskeyword('for')", "keyword.iskeyword('match')",
    "keyword.softkwlist", "type(time.time())", "time.perf_counter() <= time.perf_counter()", "time.sleep(-1)",
  ],
);

describe.each([
  ['struct', struct],
  ['array', array],
  ['random', random],
  ['collections', collections],
  ['operator, io, gc, keyword, time', operatorEtc],
])('%s', (_name, source) => {
  it('prints what python3 prints', async () => {
    const expected = python(source);
    const got = await runHere(source, '<modules>');
    expect(got.err).toBe('');
    expect(got.out.split('\n')).toEqual(expected.split('\n'));
  });
});
