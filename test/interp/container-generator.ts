// A fixed-seed generator of small Python programs that exercise containers, iteration and
// builtins: list/dict/set/frozenset/tuple/range methods and operators, slicing (reads,
// assignment, deletion, extended slices of the wrong length), comparisons and `in`, dict
// views, sorted/min/max/sum/any/all/enumerate/zip/map/filter/reversed, iter/next,
// comprehensions, unpacking, del, hashing, recursive reprs and str join/split/partition.
// Every statement is wrapped in try/except printing the exception's type and message, so
// one failure does not hide the rest. Nothing printed may vary between runs: sets hold no
// strs unless printed through `p()` (which sorts a set whose repr has a quote, None or nan),
// because pytier's str hashes differ from CPython's (set order), and hash(None) and hash of
// a nan are address-based in 3.11.
import { rng, Draw } from '../support/rng.js';

// Printed first in every program: p() prints like print() but sorts sets whose order varies.
const PRELUDE = `def p(*a):
    print(*[type(x).__name__ + str(sorted(x, key=repr)) if isinstance(x, (set, frozenset)) and any(w in repr(x) for w in ("'", 'None', 'nan')) else x for x in a])
`;

class Gen extends Draw {
  /** 0..n comma-separated items (min of them at least). */
  private many(n: number, f: () => string, min = 0): string {
    return Array.from({ length: min + this.int(n + 1 - min) }, f).join(', ');
  }

  /** A small int, sometimes negative, sometimes huge (bigint in pytier). Huge ones are
   * literals: CPython folds 2**63 to a constant and pytier does not, which changes how a set
   * display of it is built (and so its order). */
  small(): string {
    if (this.chance(0.05)) return this.pick(['9223372036854775808', '-9223372036854775808', '18446744073709551617', '100000000000000000000']);
    return String(this.int(12) - 3);
  }
  idx(): string {
    if (this.chance(0.04)) return this.pick(['2**63', '-2**63', '10**30', 'True', '1.0', "'1'", 'None']);
    return String(this.int(15) - 7);
  }
  str(): string {
    return this.pick(["'a'", "'b'", "'xy'", "''", "'abc'", "'a,b,,c'", "' a b '", "'ba'", "'é☃'"]);
  }
  /** Any scalar (ints dominate so most comparisons and sorts work). */
  scalar(): string {
    return this.pick([this.small(), this.small(), this.small(), this.str(), '1.5', '-0.0', '2.0', 'None', 'True', 'False', "float('nan')", "float('inf')"]);
  }
  /** A hashable value whose hash CPython derives from its value alone (no str, no None). */
  hashable(): string {
    return this.pick([this.small(), this.small(), this.small(), '1.5', '2.0', 'True', 'False', `(${this.small()}, ${this.small()})`, `frozenset({${this.small()}})`, '()']);
  }
  /** A dict key: small ints, strs and tuples, or (rarely) an unhashable one. */
  key(): string {
    if (this.chance(0.03)) return this.pick(['[1]', '{}', '{1}']);
    return this.pick([String(this.int(6)), String(this.int(6)), "'a'", "'b'", "'c'", '(1, 2)', '1.0', 'True']);
  }
  value(d = 1): string {
    if (d > 0 && this.chance(0.2)) return this.pick([() => this.list(d - 1), () => this.tuple(d - 1), () => this.dict(d - 1)])();
    return this.scalar();
  }
  list(d = 1): string {
    if (this.chance(0.5)) return `[${this.many(5, () => this.small())}]`;
    return `[${this.many(5, () => this.value(d))}]`;
  }
  intList(): string {
    return `[${this.many(6, () => String(this.int(10) - 3))}]`;
  }
  tuple(d = 1): string {
    const items = this.chance(0.5) ? this.many(4, () => this.small()) : this.many(4, () => this.value(d));
    return items === '' ? '()' : `(${items},)`;
  }
  dict(d = 1): string {
    return `{${this.many(4, () => `${this.key()}: ${this.value(d)}`)}}`;
  }
  set(): string {
    const items = this.many(5, () => this.hashable());
    return items === '' ? 'set()' : `{${items}}`;
  }
  /** A set of ints; half of them of values whose hashes collide (multiples of 8, up to 63),
   * so the order depends on CPython's probing, resizing and dummy handling. */
  intSet(): string {
    const collide = this.chance(0.5);
    const items = this.many(collide ? 12 : 6, () => String(collide ? this.pick([this.int(8) * 8, this.int(64), this.int(8) * 32]) : this.int(10)));
    return items === '' ? this.pick(['set()', 'frozenset()']) : this.pick([`{${items}}`, `frozenset({${items}})`]);
  }
  range(): string {
    const args = this.pick([1, 2, 3, 3]);
    if (args === 1) return `range(${this.int(8) - 1})`;
    // Bounds stay small: list(range(2**62)) is a MemoryError in CPython (it preallocates).
    const b = () => String(this.int(12) - 3);
    if (args === 2) return `range(${b()}, ${b()})`;
    return `range(${b()}, ${b()}, ${this.pick(['1', '2', '3', '-1', '-2', '-3', '0'])})`;
  }
  /** An iterable expression (occasionally a non-iterable, for the error). */
  iterable(): string {
    return this.pick([
      () => this.list(),
      () => this.intList(),
      () => this.tuple(),
      () => this.str(),
      () => this.range(),
      () => this.dict(),
      () => this.intSet(),
      () => `(x * 2 for x in ${this.intList()})`,
      () => `iter(${this.intList()})`,
      () => `map(abs, ${this.intList()})`,
      () => `${this.dict()}.${this.pick(['keys', 'values', 'items'])}()`,
      () => this.pick(['L', 'T', 'D', 'S', 'R', 's']),
      () => this.pick(['5', 'None', '1.5']),
    ])();
  }
  slicePart(): string {
    return this.chance(0.3) ? '' : this.chance(0.1) ? this.pick(['None', '2**70', '-2**70', 'True']) : String(this.int(13) - 6);
  }
  slice(): string {
    if (this.chance(0.5)) return `${this.slicePart()}:${this.slicePart()}`;
    const step = this.pick(['1', '2', '-1', '-2', '3', '-3', '0', '', 'None']);
    return `${this.slicePart()}:${this.slicePart()}:${step}`;
  }
  sortKey(): string {
    return this.pick(['str', 'abs', 'len', 'repr', 'lambda x: -x', 'lambda x: x % 3', 'lambda x: (type(x).__name__, str(x))', 'None', 'bool']);
  }
  cmpOp(): string {
    return this.pick(['<', '<=', '==', '!=', '>', '>=']);
  }

  // --- statement families; each returns the lines of one guarded statement ---

  listStmt(): string[] {
    const m = this.pick([
      () => `L.append(${this.value()})`,
      () => `L.extend(${this.iterable()})`,
      () => `L.insert(${this.idx()}, ${this.scalar()})`,
      () => `print(L.pop())`,
      () => `print(L.pop(${this.idx()}))`,
      () => `L.remove(${this.scalar()})`,
      () => `print(L.index(${this.scalar()}${this.chance(0.5) ? `, ${this.idx()}` : ''}${this.chance(0.3) ? `, ${this.idx()}` : ''}))`,
      () => `print(L.count(${this.scalar()}))`,
      () => `L.sort()`,
      () => `L.sort(key=${this.sortKey()}${this.chance(0.5) ? `, reverse=${this.pick(['True', 'False', '1'])}` : ''})`,
      () => `L.sort(reverse=True)`,
      () => `L.reverse()`,
      () => `print(L.copy() == L, L.copy() is L)`,
      () => `L.clear()`,
      () => `L = ${this.list()}`,
      () => `L += ${this.iterable()}`,
      () => `L *= ${this.pick(['2', '0', '-1', '3', "'a'"])}`,
      () => `print(L + ${this.pick([this.list(), this.tuple(), this.str()])})`,
      () => `print(L * ${this.pick(['2', '-1', '0', '1.5'])}, ${this.pick(['3', '0'])} * L)`,
    ])();
    return [m, 'print(L)'];
  }

  sliceStmt(): string[] {
    const seq = this.pick(['L', 'L', 'T', 's', 'R', this.list(), this.str(), this.range()]);
    return this.pick([
      () => [`print(${seq}[${this.slice()}])`],
      () => [`print(${seq}[${this.idx()}])`],
      () => [`L[${this.slice()}] = ${this.iterable()}`, 'print(L)'],
      () => [`L[${this.idx()}] = ${this.scalar()}`, 'print(L)'],
      () => [`del L[${this.slice()}]`, 'print(L)'],
      () => [`del L[${this.idx()}]`, 'print(L)'],
      () => [`print(${seq}[slice(${this.slicePart() || 'None'}, ${this.slicePart() || 'None'}, ${this.pick(['None', '2', '-1', '0'])})])`],
      () => [`print(slice(${this.slicePart() || 'None'}, ${this.slicePart() || 'None'}, ${this.pick(['None', '2', '-1', '-3'])}).indices(${this.int(8)}))`],
      () => [`T[${this.int(9) - 4}] = 1`],
      () => [`s[${this.slice()}] = 'z'`],
    ])();
  }

  compareStmt(): string[] {
    const a = this.pick([() => this.list(), () => this.tuple(), () => 'L', () => 'T']);
    const b = this.pick([() => this.list(), () => this.tuple(), () => 'L', () => 'T', () => this.dict(), () => this.intSet()]);
    return this.pick([
      () => [`print(${a()} ${this.cmpOp()} ${b()})`],
      () => [`print(${this.value()} ${this.pick(['in', 'not in'])} ${this.pick([a(), b(), this.str(), this.range(), 'D', 'S', 'R'])})`],
      () => [`x = float('nan')`, `print(x in [x], [x] == [x], (x,) == (float('nan'),), [x] < [x], x in {x}, x in {float('nan')})`],
      () => [`print(${this.range()} ${this.pick(['==', '!=', '<'])} ${this.pick([this.range(), 'R', this.list()])})`],
      () => [`print(${this.dict()} ${this.pick(['==', '!=', '<', '<='])} ${this.pick([this.dict(), 'D'])})`],
    ])();
  }

  dictStmt(): string[] {
    const m = this.pick([
      () => `print(D.get(${this.key()}${this.chance(0.5) ? `, ${this.scalar()}` : ''}))`,
      () => `print(D.pop(${this.key()}${this.chance(0.5) ? `, ${this.scalar()}` : ''}))`,
      () => `print(D.popitem())`,
      () => `print(D.setdefault(${this.key()}${this.chance(0.6) ? `, ${this.value()}` : ''}))`,
      () => `D.update(${this.dict()})`,
      () => `D.update(${this.pick([`[(${this.key()}, ${this.scalar()}), (${this.key()}, ${this.scalar()})]`, `zip(${this.str()}, ${this.intList()})`, "['ab', 'cd']", "['abc']", '[1]', '5', `${this.dict()}.items()`])})`,
      () => `D.update(${this.chance(0.5) ? `${this.dict()}, ` : ''}${this.pick(['a', 'b', 'z'])}=${this.scalar()}${this.chance(0.3) ? `, c=${this.small()}` : ''})`,
      () => `D[${this.key()}] = ${this.value()}`,
      () => `del D[${this.key()}]`,
      () => `print(D[${this.key()}])`,
      () => `print(list(D.items()), list(D.keys()), list(D.values()))`,
      () => `print(D | ${this.pick([this.dict(), 'D', '[(1, 2)]', this.intSet()])})`,
      () => `D |= ${this.pick([this.dict(), '[(1, 2), (3, 4)]', "['xy']", '5', `zip(${this.intList()}, ${this.str()})`])}`,
      () => `D = dict.fromkeys(${this.iterable()}${this.chance(0.5) ? `, ${this.value()}` : ''})`,
      () => `D = dict(${this.pick([this.dict(), `[(1, 'a'), (2, 'b')]`, `zip(${this.intList()}, ${this.intList()})`, `${this.dict()}, x=1`, 'a=1, b=2', "'ab'", '[[1, 2, 3]]'])})`,
      () => `k = ${this.key()}\nv = D.pop(k, 0)\nD[k] = v`,
      () => `print(len(D), ${this.key()} in D, list(reversed(D)))`,
      () => `D.clear()`,
      () => `print(D.copy() == D, D.copy() is D)`,
      () => `D = {${this.key()}: 1 for _ in range(2)}`,
      () => `for k in D:\n    D[k] = 0`,
      () => `for k in D:\n    D[${this.key()}] = 0`,
      () => `for k in list(D):\n    del D[k]`,
    ])();
    return [...m.split('\n'), 'print(D)'];
  }

  viewStmt(): string[] {
    const v = () => this.pick(['D.keys()', 'D.items()', `${this.dict()}.keys()`, `${this.dict()}.items()`, 'D.values()']);
    const o = () => this.pick([v(), this.intSet(), `[${this.key()}, ${this.key()}]`, `[(${this.key()}, ${this.scalar()})]`, this.str(), '5']);
    return this.pick([
      () => [`p(${v()} ${this.pick(['&', '|', '-', '^'])} ${o()})`],
      () => [`p(${o()} ${this.pick(['&', '|', '-', '^'])} ${v()})`],
      () => [`print(${v()} ${this.cmpOp()} ${o()})`],
      () => [`print(D.keys().isdisjoint(${o()}), ${this.key()} in D.keys(), (${this.key()}, ${this.scalar()}) in D.items())`],
      () => [`print(${v()}, len(${v()}), list(reversed(${v()})))`],
      () => [`print(${v()}.mapping)`],
    ])();
  }

  setStmt(): string[] {
    const o = () => this.pick([() => this.set(), () => this.intSet(), () => this.intList(), () => 'S', () => 'F', () => this.range(), () => `{${this.int(5)}: 'a', ${this.int(5)}: 'b'}.keys()`])();
    const args = () => this.many(3, () => o());
    const op = this.pick(['|', '&', '-', '^']);
    const m = this.pick([
      () => `S.add(${this.hashable()})`,
      () => `S.add(${this.pick(['[1]', '{1}', '{}'])})`,
      () => `S.discard(${this.pick([this.hashable(), '{1}', '[1]'])})`,
      () => `S.remove(${this.pick([this.hashable(), '{1}'])})`,
      () => `p(S.pop())`,
      () => `S.${this.pick(['update', 'intersection_update', 'difference_update'])}(${args()})`,
      () => `S.symmetric_difference_update(${this.chance(0.8) ? o() : `${o()}, ${o()}`})`,
      () => `p(${this.pick(['S', 'F', this.intSet()])}.${this.pick(['union', 'intersection', 'difference'])}(${args()}))`,
      () => `p(${this.pick(['S', 'F'])}.symmetric_difference(${this.chance(0.8) ? o() : `${o()}, ${o()}`}))`,
      () => `p(${this.pick(['S', 'F', this.intSet()])}.${this.pick(['issubset', 'issuperset', 'isdisjoint'])}(${o()}))`,
      () => `p(${this.pick(['S', 'F', this.intSet()])} ${this.pick(['<', '<=', '==', '!=', '>', '>='])} ${this.pick(['S', 'F', this.intSet(), this.intList()])})`,
      () => `p(${this.pick(['S', 'F', this.intSet()])} ${op} ${this.pick(['S', 'F', this.intSet(), this.intList()])})`,
      () => `S ${op}= ${this.pick(['S', 'F', this.intSet(), this.intList()])}`,
      () => `F ${op}= ${this.pick(['S', 'F', this.intSet()])}\np(F)`,
      () => `S = ${this.pick(['set', 'frozenset'])}(${this.pick([this.intList(), this.range(), `(x % 4 for x in ${this.intList()})`, this.set(), '', this.intSet()])})`,
      () => `S = set(${this.intSet()})\nfor x in ${this.intList()}:\n    S.${this.pick(['discard', 'add'])}(x * 8)`,
      () => `p(${this.pick(['{1}', 'set()', 'frozenset({1})', '{frozenset()}', '{1, 2}'])} in {frozenset({1}), frozenset(), 3})`,
      () => `p(hash(${this.pick(['F', 'frozenset()', `frozenset(${this.intSet()})`, 'S'])}))`,
      () => `p({${this.hashable()}: 1, ${this.hashable()}: 2, ${this.hashable()}: 3})`,
      () => `p(S.copy(), S.copy() is S, len(S), ${this.hashable()} in S)`,
      () => `S.clear()`,
      () => `p(set() == frozenset(), {1} == frozenset({1}), type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)`,
      () => `p(frozenset(F) is F, frozenset(), set(), repr(frozenset({1})))`,
    ])();
    return [...m.split('\n'), 'p(S)'];
  }

  builtinStmt(): string[] {
    const it = () => this.iterable();
    const kw = () => (this.chance(0.5) ? `, key=${this.sortKey()}` : '') + (this.chance(0.4) ? `, reverse=${this.pick(['True', 'False'])}` : '');
    return [
      this.pick([
        () => `print(sorted(${it()}${kw()}))`,
        () => `print(${this.pick(['min', 'max'])}(${it()}${this.chance(0.4) ? `, key=${this.sortKey()}` : ''}${this.chance(0.4) ? `, default=${this.scalar()}` : ''}))`,
        () => `print(${this.pick(['min', 'max'])}(${[this.many(3, () => this.scalar()), this.chance(0.3) ? `key=${this.sortKey()}` : '', this.chance(0.2) ? 'default=0' : ''].filter((a) => a).join(', ')}))`,
        () => `print(sum(${it()}${this.chance(0.5) ? `, ${this.pick(['10', '0.5', '[]', "''", '()', 'start=2', 'start=[]'])}` : ''}))`,
        () => `print(sum(${this.pick(['[[1], [2, 3]]', '[(1,), (2,)]', "['a', 'b']", '[1.5, 2, True]', '[0.1] * 10', '[2**63, 2**63, -1]', '[1e308, 1e308, -1e308]'])}${this.chance(0.5) ? `, ${this.pick(['[]', '()', "''", '0', '0.0'])}` : ''}))`,
        () => `print(${this.pick(['any', 'all'])}(${it()}))`,
        () => `print(${this.pick(['any', 'all'])}(x ${this.cmpOp()} ${this.small()} for x in ${this.intList()}))`,
        () => `print(list(enumerate(${it()}${this.chance(0.5) ? `, ${this.pick(['1', '-2', '10**20', "'a'", 'start=5', '1.5'])}` : ''})))`,
        () => `print(list(zip(${this.many(3, it, 1)}${this.chance(0.4) ? `, strict=${this.pick(['True', 'False'])}` : ''})))`,
        () => `print(list(map(${this.pick(['lambda x: x * 2', 'repr', 'lambda x, y: (x, y)', 'len', 'abs', 'lambda *a: a'])}, ${this.many(3, it, 1)})))`,
        () => `print(list(filter(${this.pick(['None', 'lambda x: x', 'lambda x: x % 2', 'bool', 'str.isdigit'])}, ${it()})))`,
        () => `print(list(reversed(${it()})))`,
        () => `print(len(${it()}))`,
        () => `print(list(${it()}), tuple(${it()}))`,
        () => `print(list(zip(*${this.pick(['[(1, 2), (3, 4), (5, 6)]', '[]', "['ab', 'cd']", '[[1], [2, 3]]'])})))`,
        () => `z = zip(${it()}, ${it()}, strict=True)\nprint(next(z))\nprint(list(z))`,
        () => `e = enumerate(${it()})\nprint(next(e), list(e))`,
        () => `r = reversed(${this.pick(['L', 'T', 'R', 's', 'D', this.range(), this.list()])})\nprint(next(r, 'end'), list(r), list(r))`,
        () => `print(${this.pick(['min', 'max'])}(${this.pick(['[]', '()', "''", 'set()', 'range(0)', '{}'])}${this.chance(0.5) ? `, default=${this.scalar()}` : ''}))`,
      ])(),
    ].flatMap((s) => s.split('\n'));
  }

  rangeStmt(): string[] {
    return [
      this.pick([
        () => `R = ${this.range()}\nprint(R, len(R), list(R))`,
        () => `print(R[${this.idx()}], R[${this.slice()}])`,
        () => `print(${this.range()}[${this.slice()}])`,
        () => `print(R.index(${this.pick([this.small(), '1.0', 'True', "'a'"])}))`,
        () => `print(R.count(${this.pick([this.small(), '1.0', 'True', "'a'"])}))`,
        () => `print(${this.pick([this.small(), '1.0', '2.5', 'True', "'a'", 'None'])} in ${this.pick(['R', this.range()])})`,
        () => `print(${this.range()} == ${this.range()}, R == R, hash(range(${this.int(4)})) == hash(range(0, ${this.int(4)})))`,
        () => `print(repr(${this.range()}), R.start, R.stop, R.step)`,
        () => `print(${this.pick(['range(2**64)', 'range(-2**63, 2**63)', 'range(10**20, 10**20 + 5)'])}${this.pick(['[-1]', '[2:5]', '[::2**62]', '.index(10**20 + 3)', '.count(5)', '.__len__()', '[2**64]', '[::-1]'])})`,
        () => `print(len(${this.pick(['range(2**64)', 'range(2**62)'])}))`,
        () => `print(range(${this.pick(['1.5', "'a'", 'None', '1, 2, 0', '1, 2, 3, 4', ''])}))`,
        () => `print(list(reversed(${this.range()})), sum(${this.range()}), sorted(${this.range()}, reverse=True))`,
        () => `print(bool(R), list(iter(R))[::2], R[::-1] == range(R[-1], R[0] - 1, -R.step) if R else None)`,
      ])(),
    ].flatMap((s) => s.split('\n'));
  }

  iterStmt(): string[] {
    return this.pick([
      () => [`it = iter(${this.iterable()})`, `print(next(it), next(it, 'dflt'), list(it), next(it, None))`],
      () => [`it = iter(${this.intList()})`, 'for x in it:', `    if x > ${this.small()}:`, '        break', 'print(list(it))'],
      () => [`print(next(iter(${this.pick(['[]', '()', "''", '{}', 'range(0)'])})))`],
      () => [`print(next(${this.pick(['L', '[1]', '5', 'iter(L)'])}))`],
      () => [`c = iter([${this.many(5, () => this.small())}]).__next__`, `print(list(iter(c, ${this.small()})))`],
      () => [`print(iter(L) is iter(L), iter(it := iter(L)) is it, list(it))`],
      () => [`g = (x for x in ${this.intList()})`, 'print(list(g), list(g))'],
      () => [`print([type(iter(x)).__name__ for x in (L, T, s, R, D, S, D.keys(), D.values(), D.items(), reversed(L))])`],
    ])();
  }

  comprehensionStmt(): string[] {
    const src = () => this.pick([this.intList(), this.range(), this.str(), 'L', 'R', this.intSet(), 'D']);
    const cond = () => (this.chance(0.5) ? ` if ${this.pick(['x', 'x % 2', 'x != 1', 'not x', 'x > 2', "x != 'a'"])}` : '');
    return [
      this.pick([
        () => `print([x${this.pick(['', ' * 2', ' + 1', ''])} for x in ${src()}${cond()}])`,
        () => `print([(x, y) for x in ${src()}${cond()} for y in ${this.pick([this.intList(), 'range(x % 5)', this.str()])}${this.chance(0.4) ? ' if y' : ''}])`,
        () => `print({x: ${this.pick(['x', 'str(x)', '0', 'i'])} for i, x in enumerate(${src()})${cond()}})`,
        () => `p({x ${this.pick(['% 3', '* 2', ''])} for x in ${src()}${cond()}})`,
        () => `print(${this.pick(['sum', 'list', 'tuple', 'sorted', 'max'])}(x for x in ${src()}${cond()}))`,
        () => `print([[y for y in range(x)] for x in ${this.intList()}])`,
        () => `print([x for row in ${this.pick(['[[1, 2], [3], []]', '[L, T]', "['ab', 'c']"])} for x in row])`,
        () => `print({k: v for k, v in ${this.pick(['D.items()', `zip(${this.str()}, ${this.intList()})`, "[(1, 2), (1, 3)]", "['ab', 'cd']", '[1, 2]'])}})`,
        () => `x = 'outer'\nprint([x for x in ${src()}], x)`,
        () => `print([y := x + 1 for x in ${this.intList()}], y)`,
      ])(),
    ].flatMap((s) => s.split('\n'));
  }

  unpackStmt(): string[] {
    const src = () => this.pick([this.list(), this.tuple(), this.str(), this.range(), this.intSet(), this.dict(), 'L', '5', 'None', '[(1, 2), (3, 4)]', '[[1, [2, 3]], 4]']);
    return this.pick([
      () => [`a, b = ${src()}`, 'print(a, b)'],
      () => [`a, *b = ${src()}`, 'print(a, b)'],
      () => [`*a, b, c = ${src()}`, 'print(a, b, c)'],
      () => [`a, *b, c = ${src()}`, 'print(a, b, c)'],
      () => [`(a, b), c = ${src()}`, 'print(a, b, c)'],
      () => [`a, (b, *c) = ${src()}`, 'print(a, b, c)'],
      () => [`a, b, c = ${src()}`, 'print(a, b, c)'],
      () => [`[a] = ${src()}`, 'print(a)'],
      () => [`for a, b in ${src()}:`, '    print(a, b)'],
      () => [`for a, *b in ${src()}:`, '    print(a, b)'],
      () => [`print([*${src()}, *${src()}], (*${src()},))`],
      () => [`p({*${this.pick([this.intList(), this.intSet(), this.range()])}, ${this.small()}}, {**${this.dict()}, ${this.key()}: 0, **${this.pick([this.dict(), 'D', '[1]'])}})`],
      () => [`print(*${src()}, sep='|')`],
      () => [`def f(*a, **k): return a, k`, `print(f(*${src()}, **${this.pick([this.dict(), "{'x': 1}", 'D'])}))`],
      () => ['a = b = 0', `a, b = b, a = ${src()}`, 'print(a, b)'],
      () => [`L[0], L[1] = ${src()}`, 'print(L)'],
    ])();
  }

  delStmt(): string[] {
    return this.pick([
      () => [`x = ${this.value()}`, 'del x', 'print(x)'],
      () => [`del L[${this.idx()}], L[${this.idx()}]`, 'print(L)'],
      () => [`del D[${this.key()}], D[${this.key()}]`, 'print(D)'],
      () => [`del ${this.pick(['T[0]', 's[0]', 'R[0]', 'S[0]', 'D.keys()[0]', '(L)[0]'])}`],
      () => ['x = [1, 2, 3]', `del x[${this.slice()}], x[0]`, 'print(x)'],
      () => ['del nonexistent_name'],
    ])();
  }

  hashStmt(): string[] {
    const h = () => this.pick([`(${this.many(3, () => this.small(), 1)},)`, `(${this.small()}, ${this.pick(['1.5', '2.0', '-0.0', 'True', '()', 'frozenset({1, 2})'])})`, `frozenset(${this.intList()})`, '1.0', '-1', '18446744073709551616', '-9223372036854775808', '(-1,)', '((1, 2), (3,))', "float('inf')", '0.5', '1e20']);
    return this.pick([
      () => [`print(hash(${h()}))`],
      () => [`print(hash(${h()}) == hash(${h()}))`],
      () => [`d = {${h()}: 'a', ${h()}: 'b', ${h()}: 'c'}`, "print(d, d.get((1, 2)), d.get(1), d.get(1.0))"],
      () => [`print(hash(${this.pick(['[1]', '(1, [2])', '{}', '{1}', '(1, {2: 3})', 'frozenset({1}) | {2}'])}))`],
      () => [`print({(1, 2): 'x', (1.0, 2.0): 'y', (True, 2): 'z'})`],
      () => [`print({${h()}, ${h()}, ${h()}, ${h()}})`],
      () => [`print({1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False, -0.0})`],
    ])();
  }

  reprStmt(): string[] {
    return this.pick([
      () => ['x = [1]', 'x.append(x)', `print(x, repr(x), str(x), ${this.pick(['x == x', 'x[1] is x', 'len(x)'])})`],
      () => ['x = {}', `x[${this.key()}] = x`, 'print(x, list(x.values()))'],
      () => ['x = [1]', "y = {'l': x}", 'x.append(y)', 'x.append((x,))', 'print(x, y)'],
      () => ['x = []', 'x.append([x, x])', 'print(x)'],
      () => ['x = {1: 2}', 'print(x.keys(), x.values(), x.items())', 'x[2] = x.values()', 'print(x)'],
      () => ['x = []', 'x.append(x)', 'print({1: x}, (x, x), [x])'],
      () => ['x = [1]', 'x.append(x)', `print(${this.pick(['x == [1, x]', 'x + [2]', 'x * 2', 'x[1:]', 'sorted(x, key=id) == sorted(x, key=id)'])})`],
      () => [`print(${this.pick(['[None, True, 1.0, -0.0, "q\'", \'d"\', (1,), ()]', "({'a': [1, (2,)]}, {1: {2: {}}})", '[frozenset(), set(), {}, [], ()]', "[1e16, 1e-5, 0.1 + 0.2, float('nan')]"])})`],
    ])();
  }

  strStmt(): string[] {
    const sep = () => this.pick(["','", "' '", "''", "'--'", "'a'"]);
    return this.pick([
      () => [`print(${sep()}.join(${this.pick(["['a', 'b', 'c']", "('x',)", "'abc'", "{'a': 1, 'b': 2}", "[]", "['a', 1]", "[1, 2]", "(str(i) for i in range(3))", "map(str, L)", "['é', '☃']", "[b'a']", 'L', 's'])}))`],
      () => [`print(${this.str()}.${this.pick(['split', 'rsplit'])}(${this.pick(['', "','", "' '", "'a'", "''", 'None', 'maxsplit=1', "',', 1", "None, 1", "' ', -1", '1'])}))`],
      () => [`print(${this.str()}.${this.pick(['partition', 'rpartition'])}(${this.pick(["','", "'a'", "'b'", "''", "' '", '1', "'xyz'"])}))`],
      () => [`print(${this.pick(["'a\\nb\\r\\nc\\n'", "''", "'x\\n'", "'\\n\\n'", "'a\\x0bb\\x1cc'"])}.splitlines(${this.pick(['', 'True', 'keepends=True'])}))`],
      () => [`print(list(${this.str()}), sorted(${this.str()}), tuple(${this.str()}), ${this.str()} in ${this.str()})`],
      () => [`print(' '.join(map(str, ${this.iterable()})))`],
      () => [`print(list(reversed(${this.str()})), ''.join(reversed(${this.str()})), min(${this.str()}), max(${this.str()}, default='?'))`],
    ])();
  }

  /** collections: deque, OrderedDict, defaultdict, Counter. */
  collectionsStmt(): string[] {
    const dq = () => `deque(${this.pick([this.intList(), this.str(), this.range(), '()'])}${this.chance(0.4) ? `, ${this.pick(['2', '0', '5', 'None', '-1'])}` : ''})`;
    return [
      'from collections import deque, OrderedDict, defaultdict, Counter',
      ...this.pick([
        () => [`q = ${dq()}`, `q.${this.pick(['append', 'appendleft'])}(${this.scalar()})`, `q.${this.pick(['extend', 'extendleft'])}(${this.iterable()})`, `print(q, len(q), q.maxlen)`],
        () => [`q = ${dq()}`, `print(q.${this.pick(['pop', 'popleft'])}(), q)`],
        () => [`q = ${dq()}`, `q.rotate(${this.pick(['', '1', '-2', '7', "'a'"])})`, `print(q, q.count(1), ${this.small()} in q)`],
        () => [`q = ${dq()}`, `print(q.index(${this.small()}), q[${this.idx()}])`],
        () => [`q = ${dq()}`, `q.insert(${this.idx()}, 9)`, `q.remove(${this.small()})`, 'print(q, q.copy(), q == deque(list(q)), q < deque([5]))'],
        () => [`q = ${dq()}`, `del q[${this.idx()}]`, `q[${this.idx()}] = 0`, 'print(q, list(reversed(q)), q * 2, q + deque([1]))'],
        // Str keys only: pytier's move_to_end re-inserts the argument, not the stored key
        // (OrderedDict({True: 0}).move_to_end(1) shows 1), a known difference.
        () => [`o = OrderedDict(${this.pick([`{'a': ${this.value()}, 'b': 2}`, `zip(${this.str()}, ${this.intList()})`, 'a=1, b=2', ''])})`, `o.move_to_end(${this.pick(["'a'", "'b'", "'x'", "'é'"])}${this.chance(0.5) ? ', last=False' : ''})`, `print(o, o.popitem(${this.pick(['', 'last=False', 'False'])}), list(o))`],
        () => [`o = OrderedDict(a=1, b=2)`, `print(o == OrderedDict(b=2, a=1), o == dict(b=2, a=1), o | {'c': 3}, OrderedDict.fromkeys(${this.str()}))`],
        () => [`dd = defaultdict(${this.pick(['list', 'int', 'None', 'set', 'str', '5'])})`, `dd[${this.key()}]${this.pick(['.append(1)', ' += 1', '', '.add(2)'])}`, `print(dd, dict(dd), dd.get('zz'), 'zz' in dd)`],
        () => [`c = Counter(${this.pick([this.str(), this.intList(), this.dict(), 'a=2, b=-1', ''])})`, `print(c, sorted(c.elements(), key=repr), c.most_common(${this.pick(['', '1', '0'])}), c.total())`],
        () => [`c = Counter(${this.str()})`, `d = Counter(${this.str()})`, `print(c + d, c - d, c | d, c & d, -c, +d, c == d)`],
        () => [`c = Counter(${this.intList()})`, `c.update(${this.intList()})`, `c.subtract(${this.pick([this.intList(), this.dict()])})`, `print(c, c[99], c.most_common(2))`],
      ])(),
    ];
  }

  /** Mutation during iteration and aliasing (L[a:b] = L, extend by a generator over L). */
  mutateStmt(): string[] {
    return this.pick([
      () => [`for k in D:`, `    D[${this.key()}] = 1`],
      () => [`for k in D:`, `    D.pop(k)`],
      () => [`for x in S:`, `    S.${this.pick(['add', 'discard'])}(${this.small()})`],
      () => [`for x in L:`, `    if len(L) < 12: L.append(x)`, 'print(L)'],
      () => [`L[${this.slice()}] = L`, 'print(L)'],
      () => [`L.extend(x for x, _ in zip(L, range(${this.int(6)})))`, 'print(L)'],
      () => [`L += L`, `L[::2] = L[1::2]`, 'print(L)'],
      () => [`it = iter(D${this.pick(['', '.items()', '.values()', '.keys()'])})`, `print(next(it, None))`, `D[${this.key()}] = 0`, 'print(list(it))'],
      () => [`L.sort(key=lambda x: (L.append(x) if len(L) < 20 else None, str(x)))`, 'print(L)'],
      () => [`L.sort(key=lambda x: L.clear() or str(x))`, 'print(L)'],
      () => [`it = reversed(L)`, `L.${this.pick(['clear()', 'append(0)', 'pop()', 'insert(0, 7)'])}`, 'print(list(it))'],
      () => [`print([L.pop() for _ in L])`, 'print(L)'],
    ])();
  }

  stmt(): string[] {
    return this.pick([
      () => this.collectionsStmt(), () => this.mutateStmt(),
      () => this.listStmt(), () => this.listStmt(), () => this.sliceStmt(), () => this.sliceStmt(),
      () => this.compareStmt(), () => this.dictStmt(), () => this.dictStmt(), () => this.viewStmt(),
      () => this.setStmt(), () => this.setStmt(), () => this.builtinStmt(), () => this.builtinStmt(),
      () => this.rangeStmt(), () => this.iterStmt(), () => this.comprehensionStmt(), () => this.unpackStmt(),
      () => this.delStmt(), () => this.hashStmt(), () => this.reprStmt(), () => this.strStmt(),
    ])();
  }

  program(): string {
    const init = [
      `L = ${this.list()}`,
      `T = ${this.tuple()}`,
      `D = ${this.dict()}`,
      `S = ${this.pick(['set', 'set', 'frozenset'])}(${this.set()})`,
      `F = frozenset(${this.intSet()})`,
      `R = ${this.range()}`,
      `s = ${this.str()}`,
    ];
    const stmts = [...init.map((l) => [l]), ...Array.from({ length: 6 + this.int(8) }, () => this.stmt())];
    // Every statement is guarded so one failure does not hide the rest.
    return PRELUDE + stmts.map((lines) => `try:\n${lines.map((l) => `    ${l}`).join('\n')}\nexcept Exception as e:\n    print(type(e).__name__, e)\n`).join('');
  }
}

export function generateContainerPrograms(seed: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(new Gen(rng(seed * 100003 + i)).program());
  return out;
}
