// A fixed-seed generator of small Python programs that exercise classes, functions,
// generators and control flow: classes with random sets of dunders (some returning
// NotImplemented or values of the wrong type), inheritance with super(), properties,
// class/static methods, __slots__, __init_subclass__, __set_name__ and descriptors; calls
// of functions with random signatures (the TypeErrors of wrong calls); closures, nonlocal,
// global, lambdas and decorators; generators with send/throw/close and yield from;
// try/except/else/finally with break/continue/return; exception chaining; with-statements;
// loops with else; match statements. Every top-level statement is wrapped in try/except
// printing the exception's type and message, so one failure does not hide the rest.
// Nothing printed may vary between runs: no ids, default reprs, str hashes or set orders.
import { rng, Draw } from '../support/rng.js';

// The dunders a generated class may get; each has a few bodies (see dunder()).
const DUNDERS = ['__eq__', '__lt__', '__hash__', '__add__', '__radd__', '__iadd__', '__len__', '__bool__', '__contains__',
  '__getitem__', '__iter__', '__str__', '__format__', '__call__', '__getattr__', '__setattr__', '__enter__', '__exit__'] as const;

// Printed first in every program: close_all() closes the generators the last statement left
// in the globals it, src, ww and me (see genBlock).
const PRELUDE = `def close_all():
    for n in ('it', 'src', 'ww', 'me'):
        g = globals().pop(n, None)
        if hasattr(g, 'close'):
            try:
                g.close()
            except Exception as e:
                print('close:', type(e).__name__, e)
`;

class Gen extends Draw {
  private n = 0;
  private fresh(p: string): string {
    return `${p}${this.n++}`;
  }
  private val(): string {
    return this.pick(['0', '1', '2', '3', '-1', '7', "'s'", 'None', '1.5', '(1, 2)', '[3]', 'True']);
  }
  private indent(s: string, by = '    '): string {
    return s.replace(/^(?=.)/gm, by);
  }

  /** One dunder's body; some variants return NotImplemented or a value of the wrong type. */
  private dunder(cls: string, d: string): string {
    const v = this.int(4);
    const other = `isinstance(o, ${cls})`;
    switch (d) {
      case '__eq__':
        return ['return self.v == getattr(o, "v", o)', `return self.v == o.v if ${other} else NotImplemented`, 'return NotImplemented', "return 'eq'"][v];
      case '__lt__':
        return [`return self.v < o.v if ${other} else NotImplemented`, 'return self.v < getattr(o, "v", o)', 'return NotImplemented', 'return 0'][v];
      case '__hash__':
        return ['return hash(self.v) if isinstance(self.v, int) else 7', "return 'h'", 'return 2**70 + self.v if isinstance(self.v, int) else 1', 'return -1'][v];
      case '__add__':
        return [`return ${cls}(self.v + (o.v if ${other} else o))`, `return ${cls}(self.v + o.v) if ${other} else NotImplemented`, 'return NotImplemented', `return (self.v, o)`][v];
      case '__radd__':
        return [`return ${cls}(o + self.v)`, 'return NotImplemented', `return ('r', o)`, `return ${cls}(-1)`][v];
      case '__iadd__':
        return ['self.v = self.v + getattr(o, "v", o)\n        return self', 'return NotImplemented', "return 'iadd'", 'self.v = 0'][v];
      case '__len__':
        return ['return abs(self.v) if isinstance(self.v, int) else 2', 'return -1', "return '3'", 'return 2**64'][v];
      case '__bool__':
        return ['return bool(self.v)', 'return 1', 'return False', 'return None'][v];
      case '__contains__':
        return ['return x == self.v', "return 'yes' if x else ''", 'return False', 'raise KeyError(x)'][v];
      case '__getitem__':
        return ['if not isinstance(i, int) or i >= 3: raise IndexError(i)\n        return i * 10', 'if i > 4: raise IndexError\n        return (self.v, i)', 'raise KeyError(i)',
          'if i == 2: raise StopIteration\n        return i'][v];
      case '__iter__':
        return ['return iter(range(self.v if isinstance(self.v, int) else 2))', 'yield self.v\n        yield from (1, 2)', 'return [1, 2]', 'return self'][v];
      case '__str__':
        return [`return 'str-' + repr(self.v)`, 'return 5', `return '${cls}'`, 'return repr(self)'][v];
      case '__format__':
        return ["return f'<{spec}>'", 'return 1', 'return format(self.v, spec)', 'return object.__format__(self, spec)'][v];
      case '__call__':
        return ['return (args, sorted(kw.items()))', 'return self.v', 'raise TypeError("no call")', 'return len(args)'][v];
      case '__getattr__':
        return ["if name.startswith('_'): raise AttributeError(name)\n        return 'ga-' + name", 'raise AttributeError(name)',
          "return 42 if name != 'missing' else self.missing2", 'raise KeyError(name)'][v];
      case '__setattr__':
        return ["print('set', name)\n        object.__setattr__(self, name, value)", "if name == 'frozen': raise AttributeError('frozen')\n        super().__setattr__(name, value)",
          'self.__dict__[name] = value', "object.__setattr__(self, name, value)"][v];
      case '__enter__':
        return ["print('enter')\n        return self", "return 'entered'", "raise ValueError('enter failed')", 'return self.v'][v];
      case '__exit__':
        return ["print('exit', t.__name__ if t else None)\n        return False", "print('exit', e)\n        return True", 'return None', "return 'suppress'"][v];
    }
    return 'pass';
  }

  private params(d: string): string {
    switch (d) {
      case '__eq__': case '__lt__': case '__add__': case '__radd__': case '__iadd__': return 'self, o';
      case '__contains__': return 'self, x';
      case '__getitem__': return 'self, i';
      case '__format__': return 'self, spec';
      case '__call__': return 'self, *args, **kw';
      case '__getattr__': return 'self, name';
      case '__setattr__': return 'self, name, value';
      case '__exit__': return 'self, t, e, tb';
    }
    return 'self';
  }

  /** A class with a random set of dunders (always a __repr__ without an address). */
  private dunderClass(cls: string, base = ''): string {
    let s = `class ${cls}${base ? `(${base})` : ''}:\n`;
    s += `    def __init__(self, v):\n        object.__setattr__(self, 'v', v)\n`;
    s += `    def __repr__(self):\n        return '${cls}(%r)' % (self.v,)\n`;
    for (const d of DUNDERS) {
      if (!this.chance(0.3)) continue;
      if (d === '__hash__' && this.chance(0.25)) { s += '    __hash__ = None\n'; continue; }
      s += `    def ${d}(${this.params(d)}):\n        ${this.dunder(cls, d)}\n`;
    }
    return s;
  }

  /** An operation on instances a, b of dunder classes (and plain values). */
  private dunderOp(): string {
    return this.pick([
      'print(a == b, a != b, a == 1, 1 == a)', 'print(a < b)', 'print(a > b)', 'print(a <= b)', 'print(b < a, a >= 2)',
      'print(hash(a) == hash(b))', 'print(len({a, b}))', 'print({a: 1}.get(b))', 'print(a in [b], [a].count(b))',
      'print(a + b)', 'print(a + 1)', 'print(1 + a)', "print('x' + a)", 'print(b + a)', 'print(sum([a, b]))',
      'a += b\nprint(a)', 'a += 5\nprint(a)', 'x = a\nx += b\nprint(x, a)',
      'print(len(a))', 'print(bool(a), not a)', "print('T' if a else 'F')", 'print(1 in a, b in a)', 'print(a[1], a[0])',
      'print(list(a))', 'print(list(zip(a, b)))', 'for x in a:\n    print(x)', 'print(*a)', 'print(sorted([a, b]))', 'print(max(a, b), min([b, a]))',
      'print(repr(a), str(b))', "print(f'{a}|{a!r}|{b!s}')", "print(f'{a:>5}')", "print(format(a, ''), format(b, 'x'))", "print('%s %r' % (a, b))",
      "print(a(1, k=2))", 'print(a())', 'print(a.missing)', "print(getattr(a, 'other', 'dflt'), hasattr(a, 'missing'))",
      'a.q = 5\nprint(a.q)', 'a.frozen = 1\nprint(a.frozen)', 'del a.v\nprint(a)',
      'with a as x:\n    print(x)', "with a:\n    raise ValueError('in with')", 'with a, b as y:\n    print(y)\nprint(1)',
      'print(a.__class__.__name__, type(b).__mro__[1].__name__)', 'print(isinstance(a, type(b)), issubclass(type(a), type(b)))',
      "print(a.__eq__(b), a.__lt__('s') if hasattr(a, '__lt__') else 0)", 'print(dict.fromkeys([a, b]))', 'print([a, b].index(b))',
      'print(list(iter(a)))', 'print(next(iter(a)))', 'print(divmod(a, 2))', 'print(-a)', 'print(a * 2)',
    ]);
  }

  private dunderBlock(): string[] {
    const k1 = this.fresh('K'), k2 = this.fresh('K');
    const out = [this.dunderClass(k1)];
    const sub = this.chance(0.4);
    out.push(this.dunderClass(k2, sub ? k1 : ''));
    const mk = () => `${this.pick([k1, k2])}(${this.pick(['1', '2', '3', '0', '-2', "'s'", '[1, 2]'])})`;
    out.push(`a = ${mk()}\nb = ${mk()}`);
    for (let i = 2 + this.int(8); i > 0; i--) out.push(this.dunderOp());
    return out;
  }

  /** A hierarchy (diamond or chain) with super() calls, class attributes and MRO prints. */
  private inheritBlock(): string[] {
    const [A, B, C, D] = [this.fresh('A'), this.fresh('B'), this.fresh('C'), this.fresh('D')];
    const out: string[] = [];
    const body = (name: string, base: string) => {
      let s = '';
      if (this.chance(0.6)) s += `    x = ${this.val()}\n`;
      if (this.chance(0.6)) s += `    def f(self, n=0):\n        return '${name}' + ${base === 'object' ? "str(n)" : 'super().f(n + 1)'}\n`;
      if (this.chance(0.5)) {
        const sup = base === 'object' ? '' : `        super().__init__(${this.pick(['v', '', 'v, 1'])})\n`;
        s += `    def __init__(self, v=${this.val()}):\n${sup}        self.${this.pick(['v', 'w'])} = v\n`;
      }
      if (this.chance(0.3)) s += `    @classmethod\n    def make(cls, *a):\n        return cls(*a)\n`;
      if (this.chance(0.3)) s += `    @staticmethod\n    def st(${this.pick(['', 'q', 'q=1'])}):\n        return '${name}.st'\n`;
      if (this.chance(0.3)) s += `    @property\n    def p(self):\n        return ('${name}', self.x)\n`;
      if (this.chance(0.2)) s += `    def __repr__(self):\n        return '${name}' + str(sorted(self.__dict__.items()))\n`;
      return s || '    pass\n';
    };
    out.push(`class ${A}:\n${body(A, 'object')}    def __repr__(self):\n        return type(self).__name__ + str(sorted(self.__dict__.items()))\n`);
    out.push(`class ${B}(${A}):\n${body(B, A)}`);
    const cBase = this.pick([A, A, 'object']);
    const cRepr = cBase === 'object' ? `    def __repr__(self):\n        return '${C}()'\n` : '';
    out.push(`class ${C}(${cBase}):\n${body(C, A)}${cRepr}`);
    const bases = this.pick([`${B}, ${C}`, `${C}, ${B}`, `${A}, ${B}`, B, `${B}, ${A}`]);
    out.push(`class ${D}(${bases}):\n${body(D, B)}`);
    out.push(`print([k.__name__ for k in ${D}.__mro__])`);
    const inst = () => `${this.pick([A, B, C, D])}(${this.pick(['', '1', "'z'", '1, 2'])})`;
    for (let i = 1 + this.int(7); i > 0; i--) {
      out.push(this.pick([
        () => `o = ${inst()}\nprint(o.f())`, () => `print(${inst()}.x)`, () => `print(${this.pick([A, B, C, D])}.x)`,
        () => `o = ${inst()}\nprint(sorted(vars(o).items()))`, () => `print(${this.pick([A, D])}.make(${this.pick(['', '3'])}).f(5))`,
        () => `print(${this.pick([A, B, C, D])}.st(), ${inst()}.st())`, () => `print(${inst()}.p)`,
        () => `o = ${inst()}\no.x = 9\nprint(o.x, type(o).x)`, () => `${this.pick([A, B])}.x = 'cls'\nprint(${D}.x, ${C}.x)`,
        () => `o = ${inst()}\nprint(o)`, () => `o = ${inst()}\no.p = 1`, () => `print(super(${B}, ${D}()).f())`,
        () => `print(${this.pick([A, B, C, D])}.f(${inst()}))`, () => `del ${this.pick([A, B, C, D])}.x\nprint(${D}().x)`,
        () => `print(${D}.__bases__ == (${bases},), ${D}.__base__.__name__)`, () => `print(isinstance(${inst()}, ${this.pick([A, B, C])}))`,
      ])());
    }
    return out;
  }

  /** __slots__, properties with setters/deleters, descriptors, __set_name__, __init_subclass__. */
  private featureBlock(): string[] {
    const out: string[] = [];
    const S = this.fresh('S');
    switch (this.int(4)) {
      case 0: {
        const slots = this.pick(["('a', 'b')", "['a']", "'a'", "()", "('a', '__dict__')"]);
        out.push(`class ${S}:\n    __slots__ = ${slots}\n    def __init__(self):\n        self.a = 1\n    def __repr__(self):\n        return '${S}'`);
        const sub = this.chance(0.5);
        if (sub) out.push(`class ${S}x(${S}):\n    __slots__ = ${this.pick(["('c',)", "()", "('a',)", "('__dict__',)"])}`);
        for (const op of ['o = S()\nprint(o.a)', 'o = S()\no.b = 2\nprint(o.b)', 'o = S()\no.z = 3\nprint(o.z)', 'o = S()\nprint(o.b)',
          'o = S()\ndel o.a\nprint(o.a)', "print(S.__slots__)", "print(hasattr(S(), '__dict__'))", 'o = S()\ndel o.a\ndel o.a', 'o = S()\no.c = 1\nprint(o.c)']) {
          const cls = sub && this.chance(0.5) ? `${S}x` : S;
          if (this.chance(0.4)) out.push(op.replace(/\bS\b/g, cls));
        }
        break;
      }
      case 1: {
        const setter = this.chance(0.6), deleter = this.chance(0.4);
        let s = `class ${S}:\n    def __init__(self):\n        self._x = 1\n    @property\n    def x(self):\n        '''doc of x'''\n        return self._x\n`;
        if (setter) s += `    @x.setter\n    def x(self, v):\n        if v < 0: raise ValueError('neg')\n        self._x = v\n`;
        if (deleter) s += `    @x.deleter\n    def x(self):\n        print('del x')\n        del self._x\n`;
        out.push(s);
        for (const op of ['o = S()\no.x = 5\nprint(o.x)', 'o = S()\no.x = -1', 'o = S()\ndel o.x\nprint(o.x)', 'print(S.x.__doc__)',
          'print(type(S.x).__name__, S.x.fset is None)', 'o = S()\nprint(o.x, S().x)', 'print(S.x.fget(S()))']) {
          if (this.chance(0.5)) out.push(op.replace(/\bS\b/g, S));
        }
        break;
      }
      case 2: {
        const D = this.fresh('Desc');
        const data = this.chance(0.6);
        let s = `class ${D}:\n    def __set_name__(self, owner, name):\n        print('set_name', owner.__name__, name)\n        self.name = name\n`;
        s += `    def __get__(self, obj, owner=None):\n        if obj is None:\n            return ${this.pick(['self', "'unbound'"])}\n        return ('got', self.name, obj.__dict__.get(self.name))\n`;
        if (data) s += `    def __set__(self, obj, v):\n        print('set', v)\n        obj.__dict__[self.name] = v * 2\n`;
        if (data && this.chance(0.5)) s += `    def __delete__(self, obj):\n        print('delete')\n`;
        out.push(s);
        out.push(`class ${S}:\n    a = ${D}()\n    b = ${D}()\n    def __repr__(self):\n        return '${S}'`);
        for (const op of ['o = S()\no.a = 3\nprint(o.a, o.__dict__)', 'o = S()\nprint(o.b)', "print(S.a if isinstance(S.a, str) else S.a.name)",
          'o = S()\no.__dict__["a"] = 1\nprint(o.a)', 'o = S()\ndel o.a', "o = S()\nsetattr(o, 'b', 4)\nprint(getattr(o, 'b'))"]) {
          if (this.chance(0.5)) out.push(op.replace(/\bS\b/g, S));
        }
        break;
      }
      default: {
        const sig = this.pick(['tag=None', '/, tag', '**kw', '']);
        const shown = sig.includes('tag') ? ', tag' : sig ? ', sorted(kw.items())' : '';
        out.push(`class ${S}:\n    subs = []\n    def __init_subclass__(cls${sig ? ', ' + sig : ''}):\n        super().__init_subclass__(${this.pick(['', '', 'x=1'])})\n        ${S}.subs.append(cls.__name__)\n        print('init_subclass', cls.__name__${shown})`);
        for (let i = this.int(4); i >= 0; i--) {
          const kw = this.pick(['', ', tag=1', ', tag="x", other=2', ', other=3']);
          out.push(`class ${this.fresh('Sub')}(${S}${kw}):\n    pass`);
        }
        out.push(`print(${S}.subs)`);
      }
    }
    return out;
  }

  /** A function with a random signature, called right and wrong. */
  private callBlock(): string[] {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const np = this.int(3), nn = this.int(3), nk = this.int(3);
    const posOnly = names.slice(0, np), normal = names.slice(np, np + nn), kwOnly = ['k', 'm', 'q'].slice(0, nk);
    const star = this.pick(['', '*args', '*args']), dstar = this.chance(0.4) ? '**kw' : '';
    let defaultsFrom = this.int(np + nn + 1);
    const parts: string[] = [];
    [...posOnly, ...normal].forEach((p, i) => parts.push(i >= defaultsFrom ? `${p}=${this.val()}` : p));
    if (posOnly.length) parts.splice(posOnly.length, 0, '/');
    if (star) parts.push(star);
    else if (kwOnly.length) parts.push('*');
    for (const k of kwOnly) parts.push(this.chance(0.5) ? `${k}=${this.val()}` : k);
    if (dstar) parts.push(dstar);
    const all = [...posOnly, ...normal, ...kwOnly, ...(star ? ['args'] : []), ...(dstar ? ['sorted(kw.items())'] : [])];
    const f = this.fresh('f');
    const out: string[] = [];
    const method = this.chance(0.3);
    const sig = parts.join(', ');
    const ret = `return (${all.join(', ')}${all.length === 1 ? ',' : ''})`;
    if (method) out.push(`class M${f}:\n    def ${f}(self${sig ? ', ' + sig : ''}):\n        ${ret}\n${f} = M${f}().${f}`);
    else if (this.chance(0.2) && !sig.includes('/')) out.push(`${f} = lambda ${sig}: (${all.join(', ')}${all.length === 1 ? ',' : ''})`);
    else out.push(`def ${f}(${sig}):\n    ${ret}`);
    const kwNames = [...posOnly, ...normal, ...kwOnly, 'z', 'args', 'kw'];
    for (let i = 2 + this.int(6); i > 0; i--) {
      const args: string[] = [];
      for (let j = this.int(5); j > 0; j--) args.push(this.val());
      if (this.chance(0.15)) args.push(`*${this.pick(['[1, 2]', '()', "'ab'", '1', 'None'])}`);
      const used = new Set<string>();
      for (let j = this.int(4); j > 0; j--) {
        const k = this.pick(kwNames);
        if (used.has(k)) continue;
        used.add(k);
        args.push(`${k}=${this.val()}`);
      }
      if (this.chance(0.15)) args.push(`**${this.pick(["{'a': 1}", "{'k': 2, 'z': 3}", '{1: 2}', '[1]', "{'c': 0}"])}`);
      out.push(`print(${f}(${args.join(', ')}))`);
    }
    if (this.chance(0.3)) out.push(`print(${f}.__defaults__, ${f}.__kwdefaults__, ${f}.__code__.co_argcount, ${f}.__code__.co_kwonlyargcount)`);
    if (this.chance(0.2)) out.push(`print(${f}.__name__, ${f}.__qualname__)`);
    return out;
  }

  /** Closures, nonlocal, global, lambdas in loops and decorators. */
  private closureBlock(): string[] {
    const out: string[] = [];
    const g = this.fresh('g');
    switch (this.int(5)) {
      case 0:
        out.push(`def ${g}():\n    n = ${this.int(5)}\n    def inc(by=1):\n        nonlocal n\n        n += by\n        return n\n    def get():\n        return n\n    return inc, get`);
        out.push(`inc, get = ${g}()\nprint(inc(), inc(${this.int(4)}), get())\nprint(inc.__closure__[0].cell_contents, ${g}.__code__.co_cellvars, inc.__code__.co_freevars)`);
        break;
      case 1:
        out.push(`fs = [lambda${this.pick(['', ' i=i'])}: i * ${this.int(4)} for i in range(${this.int(4)})]\nprint([f() for f in fs])`);
        out.push(`fs = []\nfor j in range(3):\n    def h(${this.pick(['', 'j=j'])}):\n        return j\n    fs.append(h)\nprint([f() for f in fs])`);
        break;
      case 2:
        out.push(`G${g} = ${this.int(9)}\ndef ${g}(v):\n    global G${g}\n    G${g} += v\n    return G${g}\nprint(${g}(2), G${g})`);
        out.push(`def ${g}b():\n    print(G${g})\n    ${this.pick([`G${g} = 1`, 'pass', `del G${g}`])}\n${g}b()`);
        out.push(`def ${g}c():\n    x = 1\n    def inner():\n        ${this.pick(['print(x)\n        x = 2', 'nonlocal x\n        del x', 'return x'])}\n    ${this.pick(['del x\n    ', ''])}return inner()\nprint(${g}c())`);
        break;
      case 3: {
        const deco = (name: string) => {
          const k = this.int(3);
          if (k === 0) return `def ${name}(fn):\n    def w(*a, **k):\n        print('${name} before', a)\n        r = fn(*a, **k)\n        print('${name} after', r)\n        return r\n    return w`;
          if (k === 1) return `def ${name}(tag):\n    def d(fn):\n        print('${name} decorating', fn.__name__, tag)\n        fn.tag = tag\n        return fn\n    return d`;
          return `def ${name}(fn):\n    print('${name} applied')\n    return ${this.pick(['fn', 'None', 'lambda *a: ("replaced", a)', 'staticmethod(fn)'])}`;
        };
        const d1 = this.fresh('dec'), d2 = this.fresh('dec');
        const s1 = deco(d1), s2 = deco(d2);
        out.push(s1, s2);
        const use = (n: string, s: string) => (s.includes('(tag)') ? `@${n}(${this.val()})` : `@${n}`);
        out.push(`${use(d1, s1)}\n${use(d2, s2)}\ndef ${g}(x, y=2):\n    return x * y\nprint(${g}(3), getattr(${g}, 'tag', '-'))`);
        if (this.chance(0.5)) out.push(`${use(d1, s1)}\nclass C${g}:\n    v = 1\nprint(type(C${g}).__name__)`);
        break;
      }
      default:
        out.push(`def ${g}(n):\n    acc = []\n    def rec(i):\n        if i <= 0:\n            return ${this.pick(['0', 'acc'])}\n        acc.append(i)\n        return rec(i - ${this.pick(['1', '2'])})\n    return rec(n)\nprint(${g}(${this.int(6)}))`);
        out.push(`print((lambda *a, **k: (a, k))(${this.val()}, x=${this.val()}))`);
        out.push(`print(sorted([${this.val()}, ${this.val()}, 2], key=lambda v: ${this.pick(['str(v)', 'repr(v)', 'type(v).__name__'])}))`);
    }
    return out;
  }

  /** Generators: yield, yield from with return values, send/throw/close, gen expressions. */
  private genBlock(): string[] {
    const out: string[] = [];
    const g = this.fresh('gen');
    const bodies = [
      `    x = yield ${this.val()}\n    print('got', x)\n    y = yield x\n    return ('done', y)`,
      `    try:\n        yield 1\n        yield 2\n    except ValueError as e:\n        print('caught', e)\n        yield 'after'\n    finally:\n        print('finally')`,
      `    for i in range(${this.int(4)}):\n        r = yield i\n        if r: ${this.pick(['return r', 'break', 'raise StopIteration', 'continue'])}\n    return 'end'`,
      `    r = yield from ${g}sub()\n    print('sub returned', r)\n    yield r`,
      `    try:\n        yield 1\n    except GeneratorExit:\n        print('exit')\n        ${this.pick(['raise', 'yield 2', 'return 3', 'pass'])}`,
      `    yield from ${this.pick(['[1, 2]', "'ab'", 'range(3)', '5', `${g}sub()`])}\n    yield next(iter([]))`,
      `    yield 1\n    ${this.pick(['raise StopIteration(5)', 'return 7', "raise ValueError('v')", 'yield 2'])}`,
    ];
    out.push(`def ${g}sub():\n    v = yield 'sub'\n    ${this.pick(["return v", "raise KeyError('k')", 'return (yield v)'])}`);
    out.push(`def ${g}():\n${this.pick(bodies)}`);
    const ops = [
      `print(list(${g}()))`, `it = ${g}()\nprint(next(it), it.send(${this.val()}))`, `it = ${g}()\nprint(it.send(${this.pick(['None', '1'])}))`,
      `it = ${g}()\nnext(it)\nprint(it.throw(ValueError('t')))`, `it = ${g}()\nnext(it)\nprint(it.close())`, `it = ${g}()\nprint(it.close(), list(it))`,
      `it = ${g}()\nprint(next(it))\nprint(next(it))\nprint(next(it))`, `it = ${g}()\nnext(it)\nprint(it.throw(KeyError))`,
      `it = ${g}()\ntry:\n    while True:\n        print(it.send(None) if ${this.int(2)} else next(it))\nexcept StopIteration as e:\n    print('stop', e.value, e.args)`,
      `it = ${g}()\nprint(it.gi_running, it.gi_frame is not None)\nlist(it)\nprint(it.gi_frame)`, `print([x for x in ${g}() if x])`,
      `print(sum(1 for _ in ${g}()), type(${g}()).__name__)`, `def w():\n    r = yield from ${g}()\n    print('w got', r)\nww = w()\nprint(list(ww))`,
      `it = ${g}()\nfor v in it:\n    print(v)\n    ${this.pick(['break', 'continue', 'it.send(2)'])}`,
      `src = ${this.pick(['[1, 0]', 'range(3)', `${g}()`])}\nge = (${this.pick(['1 / x', 'x * 2', 'next(iter([]))'])} for x in src)\nprint(next(ge), list(ge))`,
      `ge = (x for x in [1])\nprint(ge.__name__, ge.__qualname__, list(ge), list(ge))`, `it = ${g}()\nnext(it)\nit.throw(GeneratorExit)`,
      `it = ${g}()\nit.throw(ValueError, ValueError('w'))`,
    ];
    // CPython closes a generator when its last reference goes (running its finally blocks
    // at that moment); pytier's are collected whenever JavaScript's GC runs. So every
    // generator an operation leaves suspended is closed explicitly right after it.
    for (let i = 1 + this.int(4); i > 0; i--) out.push(this.pick(ops), 'close_all()');
    return out;
  }

  /** try/except/else/finally with break/continue/return in loops and functions. */
  private tryBlock(): string[] {
    const f = this.fresh('t');
    const act = () => this.pick(['break', 'continue', 'return i', "log.append('x')", "raise ValueError(i)", 'pass', "return 'r'", '1 / 0']);
    const exc = this.pick(['ValueError', 'ZeroDivisionError', '(ValueError, KeyError)', 'Exception', 'ArithmeticError', 'LookupError']);
    let s = `def ${f}(n):\n    log = []\n    for i in range(n):\n        try:\n            log.append(('try', i))\n            if i == ${this.int(3)}:\n                ${act()}\n`;
    s += `            if i == ${this.int(4)}:\n                ${this.pick(['1 / 0', "{}['k']", "raise ValueError('v')", "int('z')", 'break'])}\n`;
    s += `        except ${exc}${this.pick([' as e', ''])}:\n            log.append('exc')\n            ${act()}\n`;
    if (this.chance(0.5)) s += `        else:\n            log.append('else')\n            ${act()}\n`;
    if (this.chance(0.7)) s += `        finally:\n            log.append('fin')\n            ${this.pick(['pass', 'pass', 'continue', 'break', 'return log'])}\n`;
    s += `    ${this.pick(['else:\n        log.append("for-else")\n    ', ''])}return log`;
    const out = [s, `print(${f}(${1 + this.int(5)}))`];
    if (this.chance(0.5)) out.push(`print(${f}(${this.int(3)}))`);
    if (this.chance(0.4)) {
      out.push(`def ${f}w():\n    i = 0\n    while ${this.pick(['True', 'i < 5'])}:\n        i += 1\n        try:\n            if i % 2: ${this.pick(['continue', 'break', 'raise KeyError(i)'])}\n            if i > 3: return i\n        finally:\n            print('w fin', i)\n    else:\n        print('while-else')\n    return -i\nprint(${f}w())`);
    }
    return out;
  }

  /** Exceptions raised from, inside handlers and finally: print __cause__/__context__. */
  private chainBlock(): string[] {
    const out: string[] = [];
    const E = this.fresh('E');
    out.push(`class ${E}(${this.pick(['Exception', 'ValueError', 'LookupError'])}):\n    ${this.pick(['pass', "def __str__(self):\n        return 'E!' + repr(self.args)", 'def __init__(self, a, b=0):\n        super().__init__(a)\n        self.b = b'])}`);
    const raiseIt = () => this.pick([`raise ${E}(1)`, `raise ${E}(1) from ${this.pick(['None', 'e', `KeyError('c')`, 'ValueError', '1'])}`, 'raise', '1 / 0', "raise TypeError('t')", `raise ${E}`]);
    let s = `def chain():\n    try:\n        ${this.pick(["raise KeyError('inner')", "[][1]", '1 / 0', `raise ${E}('x', 2)`])}\n    except Exception as e:\n        `;
    s += this.chance(0.3) ? `try:\n            ${raiseIt()}\n        finally:\n            ${this.pick(['pass', "raise OSError('fin')"])}\n` : `${raiseIt()}\n`;
    out.push(s);
    out.push(`try:\n    chain()\nexcept BaseException as e:\n    print(type(e).__name__, repr(e), str(e))\n    print('cause', repr(e.__cause__), 'context', repr(e.__context__), e.__suppress_context__)\n    c = e.__context__\n    print(c.__context__ if c is not None else '-', e.args)`);
    if (this.chance(0.5)) out.push(`try:\n    try:\n        raise ${E}(${this.val()})\n    finally:\n        ${this.pick(['print("f")', "raise KeyError('f')", 'pass'])}\nexcept ${this.pick([E, 'Exception', 'KeyError', `(${E}, KeyError)`])} as e:\n    print(repr(e), repr(e.__context__))\nprint('e' in dir())`);
    if (this.chance(0.4)) out.push(`e = ${E}(${this.pick(['', '1', '1, 2', "'m'"])})\nprint(repr(e), str(e), e.args, isinstance(e, ${this.pick(['Exception', 'LookupError', 'ValueError'])}))`);
    if (this.chance(0.3)) out.push(`try:\n    raise ${this.pick(['ValueError', 'KeyError', 'ExceptionGroup'])}(${this.pick(["'a'", "'a', 2", '', "'g', [ValueError(1)]"])})\nexcept ${this.pick(['*ValueError', 'ValueError', 'Exception'])} as e:\n    print(repr(e))`);
    if (this.chance(0.3)) out.push(`try:\n    raise ${this.pick([`${E}`, '1', 'int', "'s'", 'StopIteration', 'KeyError()'])}\nexcept ${this.pick(['Exception', "BaseException"])} as e:\n    print(type(e).__name__, e)`);
    return out;
  }

  /** with-statements over context managers that print, suppress or fail. */
  private withBlock(): string[] {
    const C = this.fresh('CM');
    const out = [`class ${C}:\n    def __init__(self, n, sup=False):\n        self.n, self.sup = n, sup\n    def __repr__(self):\n        return 'cm%d' % self.n\n    def __enter__(self):\n        print('enter', self.n)\n        ${this.pick(['return self.n', 'return self', "raise KeyError('enter') if self.n == 2 else None"])}\n    def __exit__(self, t, v, tb):\n        print('exit', self.n, t and t.__name__, v)\n        ${this.pick(['return self.sup', "if self.n == 1: raise OSError('exit')", 'return self.sup'])}`];
    const body = () => this.pick(["print('body')", "raise ValueError('b')", 'print(x)', 'break', 'return 5', "print('body')\n        1 / 0"]);
    for (let i = 1 + this.int(3); i > 0; i--) {
      const mgrs = Array.from({ length: 1 + this.int(2) }, () => `${C}(${this.int(3)}, ${this.pick(['True', 'False'])})`);
      const asx = this.chance(0.6) ? ' as x' : '';
      const w = `with ${mgrs.join(', ')}${asx}:\n        ${body()}`;
      out.push(`def w${i}():\n    for _ in range(2):\n        ${w.replace(/\n/g, '\n    ')}\n        print('after with')\n    return 'end'\nprint(w${i}())`);
    }
    if (this.chance(0.3)) out.push(`with ${this.pick(['1', 'None', `${C}`, 'object()'])}:\n    pass`);
    return out;
  }

  /** match statements over literals, sequences, mappings and class patterns. */
  private matchBlock(): string[] {
    const P = this.fresh('Pt');
    const out = [`class ${P}:\n    __match_args__ = ${this.pick(["('x', 'y')", "('x',)", '()', "('y', 'z')", "['x']"])}\n    def __init__(self, x, y=0):\n        self.x, self.y = x, y\n    def __repr__(self):\n        return f'${P}({self.x}, {self.y})'`];
    const pats = [
      '0', '1 | 2', "'s'", 'None', 'True', 'x if x > 1', '[a, b]', '[a, *rest]', '(1, _)', '[*_, 3]', "{'k': v}", "{'k': 1, **rest}", '{}', '[]', '()',
      `${P}(x=0)`, `${P}(1, y)`, `${P}(a, b)`, `${P}()`, `${P}(x, y, z)`, 'int(n)', 'str() as s', 'list([a])', '[int(), str()]', '(a, b) as t',
      'float(f) if f < 2', 'bool()', `${P}(y=yy) | ${P}(x=yy)`, '{1: _, 2: _}', 'tuple()', 'dict(x)', '-1', '1.5',
    ];
    const subj = () => this.pick(['0', '1', '2', "'s'", 'None', 'True', '[1, 2]', '(1, 2, 3)', "{'k': 1, 'j': 2}", '{}', '[]', `${P}(1, 2)`, `${P}(0)`, '1.5', "'ab'", '[1, [2]]', '{1: 2, 2: 3}']);
    const cases = Array.from({ length: 2 + this.int(4) }, () => this.pick(pats));
    let s = `def m(v):\n    match v:\n`;
    // An irrefutable pattern may only come last (else a SyntaxError hides the program).
    if (this.chance(0.3)) cases.push(this.pick(['_', 'other', '_ as anything']));
    for (const c of cases) {
      // The names the pattern binds: identifiers outside strings, keyword names and guards.
      const bare = c.replace(/'[^']*'/g, '').replace(/\w+=/g, '').replace(/ if .*/, '');
      const vars = (bare.match(/\b(?!_\b|int\b|str\b|list\b|tuple\b|dict\b|float\b|bool\b|as\b|None\b|True\b|Pt\d+)[a-z_][a-z_0-9]*\b/g) ?? []);
      s += `        case ${c}:\n            return ${JSON.stringify(c)}${vars.length ? `, ${[...new Set(vars)].join(', ')}` : ''}\n`;
    }
    s += `    return 'nomatch'`;
    out.push(s);
    for (let i = 2 + this.int(4); i > 0; i--) out.push(`print(m(${subj()}))`);
    return out;
  }

  /** Loops with else, break and continue; comprehensions' scopes; walrus. */
  private loopBlock(): string[] {
    const out: string[] = [];
    const cond = () => this.pick(['i == 2', 'i > 5', 'i % 2', 'not i']);
    out.push(`for i in range(${this.int(6)}):\n    if ${cond()}:\n        ${this.pick(['break', 'continue'])}\n    print('i', i)\nelse:\n    print('for-else')\nprint('after', ${this.pick(['i', '0'])})`);
    out.push(`i = ${this.int(6)}\nwhile i:\n    i -= 1\n    if ${cond()}:\n        ${this.pick(['break', 'continue'])}\nelse:\n    print('while-else', i)\nprint(i)`);
    if (this.chance(0.5)) out.push(`print([y for x in range(${this.int(4)}) if (y := x * 2) ${this.pick(['> 1', '< 3'])}], y)`);
    if (this.chance(0.4)) out.push(`for i, (a, *b) in enumerate([(1, 2, 3), 'xy', ${this.pick(['[4]', '()', '5'])}]):\n    print(i, a, b)`);
    if (this.chance(0.3)) out.push(`x = ${this.val()}\nclass Q:\n    x = 'cls'\n    y = [x for _ in range(1)]\n    z = x\nprint(Q.y, Q.z)`);
    return out;
  }

  /** Numeric and comparison dunders between two classes (one maybe a subclass of the
   * other, whose reflected methods then go first) and builtin values. */
  private numericBlock(): string[] {
    const [N, M] = [this.fresh('N'), this.fresh('M')];
    const ops: [string, string][] = [['+', 'add'], ['-', 'sub'], ['*', 'mul'], ['@', 'matmul'], ['/', 'truediv'], ['//', 'floordiv'], ['%', 'mod'], ['**', 'pow'],
      ['<<', 'lshift'], ['&', 'and'], ['|', 'or'], ['^', 'xor']];
    const cmps = ['lt', 'le', 'gt', 'ge', 'eq', 'ne'];
    const cls = (name: string, base: string) => {
      let b = `class ${name}${base ? `(${base})` : ''}:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return '${name}(%r)' % (self.v,)\n`;
      for (const [, op] of ops) {
        for (const pre of ['', 'r', 'i']) {
          if (!this.chance(0.12)) continue;
          const body = this.pick([`return ${name}(('${pre}${op}', self.v, getattr(o, 'v', o)))`, 'return NotImplemented', `return '${name}.${pre}${op}'`,
            `return self.v if isinstance(o, ${name}) else NotImplemented`]);
          b += `    def __${pre}${op}__(self, o${op === 'pow' && pre === '' ? ', m=None' : ''}):\n        ${body}\n`;
        }
      }
      for (const c of cmps) {
        if (this.chance(0.2)) b += `    def __${c}__(self, o):\n        ${this.pick([`return ('${name}.${c}', getattr(o, 'v', o))`, 'return NotImplemented', `return self.v ${c === 'lt' ? '<' : '=='} getattr(o, 'v', o)`])}\n`;
      }
      for (const u of ['neg', 'pos', 'abs', 'invert', 'index', 'int', 'float', 'complex', 'round', 'trunc', 'floor', 'ceil']) {
        if (this.chance(0.08)) b += `    def __${u}__(self${u === 'round' ? ', n=None' : ''}):\n        return ${this.pick(['3', '-2', "'s'", '2.5', 'True', '2**70', 'self.v if isinstance(self.v, int) else 0'])}\n`;
      }
      if (this.chance(0.15)) b += '    __hash__ = None\n';
      return b;
    };
    const sub = this.chance(0.4);
    const out = [cls(N, ''), cls(M, sub ? N : '')];
    const val = () => this.pick([`${N}(1)`, `${M}(2)`, '3', '2.5', "'s'", '[1]', 'True', 'None', '(1,)', '1j']);
    for (let i = 2 + this.int(8); i > 0; i--) {
      const [op] = this.pick(ops);
      out.push(this.pick([
        () => `print(${val()} ${op} ${val()})`, () => `print(${val()} ${this.pick(['<', '<=', '>', '>=', '==', '!='])} ${val()})`,
        () => `x = ${val()}\nx ${op}= ${val()}\nprint(x)`, () => `print(${this.pick(['-', '+', '~', 'abs', 'int', 'float', 'complex', 'round', 'bool', 'hex', 'math.trunc', 'math.floor', 'math.ceil'])}(${val()}))`,
        () => `print(${this.pick(['round', 'divmod', 'pow'])}(${val()}, ${val()}))`,
        () => `print(pow(${val()}, ${val()}, ${val()}))`, () => `print(sorted([${val()}, ${val()}, ${val()}]))`, () => `print([1, 2, 3][${val()}])`,
        () => `print(${val()} in [${val()}], [${val()}].index(${val()}))`, () => `print(max(${val()}, ${val()}), min([${val()}, ${val()}]))`,
        () => `print(sum([${val()}, ${val()}], ${val()}))`, () => `print('%s|%d|%x' % (${val()}, ${val()}, ${val()}))`, () => `print(range(${val()}))`,
        () => `print(${N}.__add__(${val()}, ${val()}) if hasattr(${N}, '__add__') else '-', (${val()}).__eq__(${val()}))`,
      ])());
    }
    out.unshift('import math, operator');
    return out;
  }

  /** Subclasses of builtins (list, dict, int, str, tuple, Exception) overriding a method. */
  private builtinSubBlock(): string[] {
    const B = this.fresh('B');
    const out: string[] = [];
    switch (this.int(5)) {
      case 0:
        out.push(`class ${B}(dict):\n    def __missing__(self, k):\n        ${this.pick(['return k * 2', 'raise KeyError(("missing", k))', "self[k] = 'new'\n        return 'made'"])}\n${this.chance(0.5) ? `    def __getitem__(self, k):\n        return ('gi', super().__getitem__(k))\n` : ''}`);
        for (const op of ["d = B(a=1)\nprint(d['a'], d['z'], d)", "d = B()\nprint(d.get('q'), 'q' in d, len(d))", "print(B({1: 2}) == {1: 2}, type(B() | {}).__name__)",
          "d = B(x=1)\nd.update(y=2)\nprint(sorted(d.items()), d.pop('x'), d.setdefault('z', 0))", "print(repr(B([(1, 2)])), B.fromkeys('ab'), type(B.fromkeys('a')).__name__)", "d = B()\nprint(d[[1]])"]) {
          if (this.chance(0.5)) out.push(op.replace(/\bB\b/g, B));
        }
        break;
      case 1:
        out.push(`class ${B}(list):\n    def append(self, x):\n        print('append', x)\n        super().append(x)\n    def __len__(self):\n        return ${this.pick(['super().__len__() * 10', '-1', '2'])}\n    def __iter__(self):\n        ${this.pick(['return iter([9, 8])', 'return super().__iter__()', 'yield from reversed(self)'])}`);
        for (const op of ['l = B([1, 2])\nl.append(3)\nprint(l, len(l), list(l))', 'l = B([3, 1])\nl.extend([5])\nprint(sorted(l), l[0], bool(l))', 'print(B([1]) + [2], [0] + B([1]), type(B() + []).__name__)',
          'l = B([1, 2])\nl += [3]\nprint(l, type(l).__name__, l * 2)', 'print(B("ab") == ["a", "b"], B([1]) < [2], [*B([4, 5])])', 'a, b = B([1, 2])\nprint(a, b)', "print(' '.join(B(['x', 'y'])), tuple(B([1, 2])), dict.fromkeys(B([7])))"]) {
          if (this.chance(0.5)) out.push(op.replace(/\bB\b/g, B));
        }
        break;
      case 2:
        out.push(`class ${B}(int):\n    def __add__(self, o):\n        return ${this.pick([`${B}(int(self) + o + 100)`, 'NotImplemented', "'add'"])}\n    def __repr__(self):\n        return '${B}<' + super().__repr__() + '>'\n${this.chance(0.5) ? `    def __eq__(self, o):\n        return int(self) == o + 1\n` : ''}`);
        for (const op of ['x = B(5)\nprint(x + 1, 1 + x, x * 2, -x, x == 6, x == 5, str(x), f"{x:>4}")', 'print(B("12"), B(3.7), B(True), B("ff", 16))', 'print(hash(B(3)) == hash(3), {B(3): 1}.get(3), [1, 2, 3][B(1)])',
          'x = B(2)\nx += 1\nprint(x, type(x).__name__)', 'print(isinstance(B(1), int), B(1).real, B(7).bit_length(), divmod(B(7), 2), B(2) ** 2)', 'print(sorted([B(3), 1, B(2)]), max(B(1), B(2)))']) {
          if (this.chance(0.5)) out.push(op.replace(/\bB\b/g, B));
        }
        break;
      case 3:
        out.push(`class ${B}(str):\n    def __str__(self):\n        return ${this.pick(["'S!' + self", 'self.upper()', '5'])}\n${this.chance(0.5) ? `    def __len__(self):\n        return 42\n` : ''}${this.chance(0.5) ? `    def upper(self):\n        return 'UP'\n` : ''}`);
        for (const op of ['s = B("ab")\nprint(s, str(s), repr(s), len(s), s.upper(), s + "c", s * 2)', 'print(f"{B(\'x\')}", "%s" % B("y"), format(B("z"), ">3"), B("q") == "q")', 'print(B("a,b").split(","), type(B("x")[0]).__name__, type(B("x") + "").__name__)',
          "print({B('k'): 1}['k'], 'k' in {B('k')}, ''.join([B('a'), 'b']))"]) {
          if (this.chance(0.5)) out.push(op.replace(/\bB\b/g, B));
        }
        break;
      default:
        out.push(`class ${B}(${this.pick(['Exception', 'ValueError', 'KeyError', 'OSError'])}):\n    ${this.pick(['def __init__(self, *a):\n        self.extra = a', 'def __init__(self, x, y=0):\n        super().__init__(x, y)\n        self.y = y', "def __str__(self):\n        return 'custom'", 'pass', "def __repr__(self):\n        return 'R' + repr(self.args)"])}`);
        for (const op of ['e = B(1, 2)\nprint(e.args, str(e), repr(e))', 'try:\n    raise B("m")\nexcept Exception as e:\n    print(type(e).__name__, e, e.args)', 'print(B(), repr(B()), B().args)',
          'e = B("x")\ne.add_note("note1")\nprint(e.__notes__)', 'try:\n    raise B(1) from B(2)\nexcept B as e:\n    print(repr(e.__cause__), e.__suppress_context__)', 'print(B(3).with_traceback(None).args, isinstance(B(), LookupError))',
          'e = B(5)\ne.args = (7,)\nprint(e, e.args)', 'print(str(B(OSError(2, "no"))), B.__mro__[1].__name__)']) {
          if (this.chance(0.5)) out.push(op.replace(/\bB\b/g, B));
        }
    }
    return out;
  }

  /** Metaclasses, __new__, __class_getitem__, __getattribute__/__delattr__/__dir__,
   * class bodies inside functions, super() corner cases, iterator classes. */
  private metaBlock(): string[] {
    const out: string[] = [];
    const X = this.fresh('X');
    switch (this.int(5)) {
      case 0:
        out.push(`class Meta${X}(type):\n    def __new__(mcls, name, bases, ns, **kw):\n        print('meta new', name, sorted(k for k in ns if not k.startswith('__')), kw)\n        return super().__new__(mcls, name, bases, ns)\n    def __call__(cls, *a, **k):\n        print('meta call', cls.__name__, a)\n        return ${this.pick(['super().__call__(*a, **k)', "'not an instance'", 'None'])}\n    def __repr__(cls):\n        return 'M<' + cls.__name__ + '>'\n${this.chance(0.5) ? `    def __instancecheck__(cls, o):\n        return o == 1\n` : ''}${this.chance(0.4) ? `    def __len__(cls):\n        return 3\n    def __getitem__(cls, i):\n        if i == 3: raise IndexError(i)\n        return i\n` : ''}`);
        out.push(`class ${X}(metaclass=Meta${X}${this.pick(['', ', flag=1'])}):\n    a = 1\n    def __init__(self, *a):\n        print('init', a)\n    def __repr__(self):\n        return '${X}()'`);
        for (const op of [`print(${X}(1, 2))`, `print(${X}, type(${X}).__name__, isinstance(1, ${X}), isinstance(${X}.__new__(${X}), ${X}))`, `print(len(${X}), ${X}[5], list(${X}))`,
          `class Sub${X}(${X}):\n    b = 2\nprint(Sub${X}, Sub${X}())`, `print(type(${X}) is Meta${X}, Meta${X}.__mro__[-1].__name__)`]) {
          if (this.chance(0.6)) out.push(op);
        }
        break;
      case 1:
        out.push(`class ${X}:\n    count = 0\n    def __new__(cls, *a, **k):\n        ${X}.count += 1\n        ${this.pick(['return super().__new__(cls)', 'return 5', 'return super().__new__(cls, *a)', 'return object.__new__(Other' + X + ')'])}\n    def __init__(self, v=0):\n        print('init', v)\n        ${this.pick(['self.v = v', 'return 1', 'return None'])}\n    def __repr__(self):\n        return '${X}'\n    def __class_getitem__(cls, item):\n        return ('cgi', item)\nclass Other${X}:\n    def __repr__(self):\n        return 'Other'`);
        for (const op of [`print(${X}(), ${X}(3), ${X}.count)`, `print(${X}[int], ${X}[1, 2])`, `print(type(${X}(1)).__name__)`, `print(${X}.__new__(${X}), ${X}.__init__(${X}.__new__(${X}), 2))`]) {
          if (this.chance(0.6)) out.push(op);
        }
        break;
      case 2:
        out.push(`class ${X}:\n    a = 1\n    def __init__(self):\n        self.b = 2\n    def __getattribute__(self, name):\n        ${this.pick(["if name == 'hidden': raise AttributeError(name)\n        return object.__getattribute__(self, name)", "return ('ga', name) if name != '__dict__' else {}", "print('get', name)\n        return super().__getattribute__(name)"])}\n${this.chance(0.5) ? `    def __getattr__(self, name):\n        return ('fallback', name)\n` : ''}    def __delattr__(self, name):\n        ${this.pick(["print('del', name)\n        object.__delattr__(self, name)", "raise AttributeError('no del ' + name)"])}\n    def __dir__(self):\n        return ${this.pick(["['z', 'a']", "('q',)", '5'])}\n    def __repr__(self):\n        return '${X}'`);
        for (const op of [`o = ${X}()\nprint(o.a, o.b, o.hidden)`, `o = ${X}()\ndel o.b\nprint(o.b)`, `o = ${X}()\nprint(dir(o))`, `o = ${X}()\nprint(getattr(o, 'nope', 'dflt'), hasattr(o, 'hidden'))`,
          `o = ${X}()\ndel o.zz`, `o = ${X}()\nprint(o.__class__.__name__, type(o).a)`]) {
          if (this.chance(0.6)) out.push(op);
        }
        break;
      case 3:
        out.push(`def make${X}(v):\n    class ${X}(${this.pick(['', 'Exception', 'list'])}):\n        w = v\n        def get(self):\n            return (self.w, v, ${X}.__qualname__)\n        def sup(self):\n            return ${this.pick(['super().__repr__()[:5]', `super(${X}, self).__class__.__name__`, '__class__.__name__', 'type(self).__name__'])}\n    return ${X}`);
        for (const op of [`K = make${X}(1)\nprint(K().get(), K.__name__, K.__qualname__)`, `K = make${X}(2)\nprint(K().sup())`, `K = make${X}(3)\nprint(K() + 1)`, `K = make${X}(4)\nprint(K().missing)`,
          `K = make${X}(5)\nprint(K(1, 2, 3))`, `K = make${X}(6)\nprint(str(K), K.get)`.replace('K.get', 'K.get.__qualname__')]) {
          if (this.chance(0.6)) out.push(op);
        }
        out.push(`def f${X}():\n    ${this.pick(['return super().__init__()', 'class I:\n        def m(self):\n            return super().m()\n    return I().m()', 'class I:\n        @staticmethod\n        def s():\n            return super().x\n    return I.s()', 'class I:\n        def m(self):\n            return (lambda: super().__repr__()[:1])()\n    return I().m()'])}\nprint(f${X}())`);
        break;
      default:
        out.push(`class ${X}:\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.n <= 0:\n            raise ${this.pick(['StopIteration', 'StopIteration(7)', 'IndexError', 'StopIteration'])}\n        self.n -= 1\n        return self.n\n${this.chance(0.4) ? `    def __length_hint__(self):\n        return ${this.pick(['-1', '2', "'x'", 'NotImplemented'])}\n` : ''}${this.chance(0.4) ? `    def __reversed__(self):\n        return iter('rev')\n` : ''}    def __repr__(self):\n        return '${X}'`);
        for (const op of [`print(list(${X}(3)))`, `it = ${X}(2)\nprint(next(it), next(it), next(it, 'd'))`, `print(list(zip(${X}(3), 'ab')), list(enumerate(${X}(2), 1)))`, `print(sorted(${X}(4)), sum(${X}(3)), max(${X}(3)))`,
          `print(list(reversed(${X}(2))))`, `it = ${X}(1)\nfor x in it:\n    print(x)\nelse:\n    print('done', next(it, 'end'))`, `print(list(map(lambda a, b: a + b, ${X}(3), ${X}(5))), [*${X}(2)], {*${X}(2)})`,
          `import operator\nprint(operator.length_hint(${X}(3)), operator.length_hint([1, 2]))`, `print(list(filter(None, ${X}(3))), any(${X}(2)), all(${X}(0)))`, `print(list(iter(${X}(5).__next__, 2)))`]) {
          if (this.chance(0.5)) out.push(op);
        }
    }
    return out;
  }

  /** Generators delegating with yield from: throw/close/send passing through, return values,
   * re-entrance, finished generators, generators in with-statements and try/finally. */
  private genFlowBlock(): string[] {
    const g = this.fresh('gf');
    const inner = this.pick([
      `    try:\n        x = yield 1\n        print('inner got', x)\n        yield 2\n    except ${this.pick(['ValueError', 'KeyError', 'Exception'])} as e:\n        print('inner caught', repr(e))\n        ${this.pick(['yield 3', 'return 4', 'raise', "raise TypeError('conv')"])}\n    finally:\n        print('inner finally')\n    return 'inner-ret'`,
      `    with ${g}cm():\n        yield 'w1'\n        ${this.pick(["yield 'w2'", "raise ValueError('in with')", 'return 5'])}`,
      `    for i in range(3):\n        try:\n            yield i\n        ${this.pick(['except GeneratorExit:\n            print("gexit", i)\n            raise', 'finally:\n            print("fin", i)', 'except ValueError:\n            continue'])}`,
      `    yield ${g}inner.__name__\n    yield me.gi_running\n    ${this.pick(['yield next(me)', 'yield me.send(None)', 'yield 1'])}`,
      `    r = yield from ${this.pick(['iter([1, 2])', `${g}leaf()`, '(x * 2 for x in range(2))', 'range(2)'])}\n    print('from returned', r)\n    return r`,
    ]);
    const out = [`class ${g}cm:\n    def __enter__(self):\n        print('cm enter')\n    def __exit__(self, t, v, tb):\n        print('cm exit', t.__name__ if t else None)\n        return ${this.pick(['False', 'True', 'None'])}`,
      `def ${g}leaf():\n    v = yield 'leaf'\n    return ('leaf-ret', v)`,
      `def ${g}inner():\n${inner}`,
      `def ${g}():\n    r = yield from ${g}inner()\n    print('outer got', r)\n    ${this.pick(['yield r', 'return r', 'yield from ()'])}`];
    const ops = [
      `me = ${g}inner()\nprint(list(me))`, `it = ${g}()\nprint(next(it), it.send('s1'), next(it, 'end'))`, `it = ${g}()\nnext(it)\nprint(it.throw(ValueError('v')))`,
      `it = ${g}()\nnext(it)\nprint(it.throw(KeyError('k')))`, `it = ${g}()\nnext(it)\nprint(it.close(), it.gi_frame)`, `it = ${g}()\nnext(it)\nprint(it.gi_yieldfrom is not None, it.gi_yieldfrom.__name__ if it.gi_yieldfrom else None)`,
      `it = ${g}()\nprint(list(it), list(it))`, `it = ${g}()\nfor x in it:\n    print('x', x)\nprint(next(it, 'done'))`, `it = ${g}()\nnext(it)\nit.throw(GeneratorExit)`,
      `it = ${g}()\nprint([it.send(None) for _ in range(4)])`, `it = ${g}()\nnext(it)\ntry:\n    it.throw(StopIteration)\nexcept RuntimeError as e:\n    print('RE', e, type(e.__cause__).__name__)`,
      `def me_gen():\n    yield me.send(None)\nme = me_gen()\nprint(next(me))`, `it = ${g}()\nit.close()\nprint(next(it, 'closed'), it.gi_frame)`,
    ];
    for (let i = 1 + this.int(4); i > 0; i--) out.push(this.pick(ops), 'close_all()');
    return out;
  }

  /** Attribute lookup corners: __getattr__ behind properties that raise AttributeError,
   * __hash__/__eq__ inheritance, __slots__ conflicts, function attributes, class dicts,
   * comparison chains and boolean contexts with dunders that fail. */
  private cornerBlock(): string[] {
    const C = this.fresh('Q');
    const out: string[] = [];
    switch (this.int(5)) {
      case 0:
        out.push(`class ${C}:\n    @property\n    def p(self):\n        ${this.pick(["raise AttributeError('inner')", 'return self.missing', "return 'p'", 'raise KeyError(1)'])}\n    def __getattr__(self, name):\n        ${this.pick(["return 'ga:' + name", "raise AttributeError('ga ' + name)", 'return None'])}\n    def __repr__(self):\n        return '${C}'`);
        out.push(`o = ${C}()\nprint(o.p)`, `print(getattr(${C}(), 'p', 'dflt'), hasattr(${C}(), 'q'))`, `o = ${C}()\no.__dict__['p'] = 1\nprint(o.p, vars(o))`);
        break;
      case 1:
        out.push(`class ${C}:\n    def __eq__(self, o):\n        return ${this.pick(['True', 'NotImplemented', 'self is o'])}\nclass ${C}b(${C}):\n    ${this.pick(['pass', '__hash__ = object.__hash__', 'def __eq__(self, o):\n        return False', 'def __hash__(self):\n        return 1'])}`);
        out.push(`print(${C}.__hash__, ${C}b.__hash__ is None)`.replace(`${C}.__hash__,`, `${C}.__hash__ is None,`), `print(len({${C}b(), ${C}b()}))`, `print(${C}() == ${C}b(), ${C}b() != ${C}(), ${C}() in [1])`, `print({${C}(): 1})`);
        break;
      case 2:
        out.push(`class ${C}:\n    __slots__ = (${this.pick(["'a', 'a'", "'a',", "'__weakref__',", "'b', '__dict__'", "1,"])})\n    ${this.pick(['a = 1', 'pass', 'b = 2', 'def a(self):\n        pass'])}`);
        out.push(`o = ${C}()\no.a = 5\nprint(o.a, ${C}.__slots__)`, `print(sorted(k for k in ${C}.__dict__ if not k.startswith('__')))`);
        break;
      case 3: {
        const f = this.fresh('fn');
        out.push(`def ${f}(a, b=${this.val()}, *, c=${this.val()}):\n    return (a, b, c)`);
        for (const op of [`${f}.__defaults__ = ${this.pick(['(9,)', '()', 'None', '(1, 2)', '5'])}\nprint(${f}(1))`, `${f}.__kwdefaults__ = ${this.pick(["{'c': 7}", 'None', '{}', "{'d': 1}"])}\nprint(${f}(1))`,
          `${f}.attr = 3\nprint(${f}.attr, ${f}.__dict__)`, `${f}.__name__ = ${this.pick(["'renamed'", '5'])}\nprint(${f}.__name__, ${f}.__qualname__)`, `print(${f}.__code__.co_varnames, ${f}.__code__.co_argcount, ${f}.__module__)`,
          `${f}.__code__ = (lambda a, b=0, *, c=0: ('new', a)).__code__\nprint(${f}(1))`, `print(${f}.__get__(5)(), type(${f}.__get__(5)).__name__)`]) {
          if (this.chance(0.4)) out.push(op);
        }
        break;
      }
      default:
        out.push(`class ${C}:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        return ${this.pick(['self.v < o.v', `${C}(self.v)`, "'yes'", 'NotImplemented'])}\n    def __bool__(self):\n        ${this.pick(['return self.v > 0', "raise ValueError('no bool')", 'return self.v'])}\n    def __repr__(self):\n        return '${C}(%r)' % self.v`);
        for (const op of [`print(${C}(1) < ${C}(2) < ${C}(3))`, `print(${C}(0) or ${C}(2), ${C}(1) and ${C}(0))`, `print(not ${C}(1), [x for x in [${C}(0), ${C}(1)] if x])`, `x = ${C}(1)\nwhile x:\n    print('loop')\n    break`,
          `print(${C}(1) if ${C}(0) else 'else')`, `print(any([${C}(0), ${C}(1)]), all([${C}(1)]), list(filter(None, [${C}(0), ${C}(2)])))`, `print(sorted([${C}(2), ${C}(1)]), max([${C}(1), ${C}(3)]))`,
          `assert ${C}(${this.pick(['0', '1'])}), 'msg'\nprint('passed')`]) {
          if (this.chance(0.5)) out.push(op);
        }
    }
    return out;
  }

  /** Scopes: class bodies, comprehensions, del, nonlocal/global interplay, locals(). */
  private scopeBlock(): string[] {
    const f = this.fresh('sc');
    return [this.pick([
      `def ${f}():\n    x = 1\n    def g():\n        ${this.pick(['nonlocal x\n        x += 1', 'x = 5', 'print(x)', 'del x', 'global x\n        x = "g"'])}\n        return x\n    r = g()\n    return r, x\nprint(${f}())`,
      `def ${f}(n):\n    if n:\n        v = 'set'\n    ${this.pick(['del n', 'pass', 'n = None'])}\n    return v, n\nprint(${f}(${this.pick(['0', '1'])}))`,
      `class ${f}:\n    a = ${this.int(5)}\n    b = [a + i for i in range(2)]\n    c = (lambda: a)()\nprint(${f}.b, ${f}.c)`,
      `class ${f}:\n    x = 'cls'\n    def m(self):\n        return x\nx = 'glob'\nprint(${f}().m())`,
      `def ${f}():\n    fs = []\n    for i in range(3):\n        fs.append(lambda: i)\n    ${this.pick(['del i', 'i = 10', 'pass'])}\n    return [g() for g in fs]\nprint(${f}())`,
      `def ${f}():\n    a = 1\n    return sorted(k for k in locals())\nprint(${f}(), [k for k in vars(${this.pick(['type', 'int'])}) if k == '__name__'][:0])`,
      `def ${f}():\n    try:\n        raise KeyError('k')\n    except KeyError as e:\n        pass\n    return e\nprint(${f}())`,
      `def ${f}():\n    [y := 5 for _ in range(${this.int(2)})]\n    return y\nprint(${f}())`,
      `x${f} = 1\ndef ${f}():\n    x${f} += 1\n${f}()`,
      `def ${f}():\n    del undefined_${f}\n${f}()`,
      `def ${f}():\n    class Inner:\n        nonlocal_v = 1\n        def m(self):\n            return __class__.__name__, Inner.__qualname__\n    return Inner().m()\nprint(${f}())`,
    ])];
  }

  /** Exception handling corners: bare raise outside a handler, non-exception classes in
   * except, sys.exc_info, exceptions from __exit__ and finally (their __context__), except*. */
  private excBlock(): string[] {
    const f = this.fresh('ex');
    const out = ['import sys'];
    out.push(this.pick([
      `def ${f}():\n    raise\n${f}()`,
      `try:\n    1 / 0\nexcept ${this.pick(['int', '(ValueError, 5)', 'ZeroDivisionError()', '[ValueError]'])}:\n    print('caught')`,
      `try:\n    raise ValueError('a')\nexcept ValueError:\n    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))\nprint(sys.exc_info())`,
      `class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        raise KeyError('from exit')\ntry:\n    with CM():\n        ${this.pick(["raise ValueError('body')", 'pass'])}\nexcept Exception as e:\n    print(repr(e), repr(e.__context__))`,
      `try:\n    try:\n        raise ValueError(1)\n    finally:\n        ${this.pick(['raise KeyError(2)', 'print(sys.exc_info()[0].__name__)', 'pass'])}\nexcept Exception as e:\n    print(repr(e), repr(e.__context__))`,
      `try:\n    raise ExceptionGroup('eg', [ValueError(1), KeyError(2), ${this.pick(['TypeError(3)', "ExceptionGroup('in', [ValueError(4)])"])}])\nexcept* ValueError as g:\n    print('V', repr(g))\nexcept* KeyError as g:\n    print('K', g.exceptions)`,
      `def ${f}():\n    try:\n        return 'try'\n    finally:\n        ${this.pick(["return 'finally'", "print('fin')", 'raise ValueError("fin")'])}\nprint(${f}())`,
      `def ${f}():\n    for i in range(3):\n        try:\n            raise ValueError(i)\n        except ValueError:\n            ${this.pick(['continue', 'break', 'return i'])}\n        finally:\n            print('f', i)\n    return 'end'\nprint(${f}())`,
      `e = ValueError('x')\ntry:\n    raise e from ${this.pick(['e', 'TypeError()', 'None', 'KeyError'])}\nexcept ValueError as x:\n    print(repr(x.__cause__), x.__suppress_context__, x is e)`,
      `try:\n    raise KeyError(${this.pick(["'k'", "('a', 1)", '', "''", '1, 2'])})\nexcept KeyError as e:\n    print(str(e), repr(e), e.args)`,
      `try:\n    raise ${this.pick(['StopIteration(1)', 'SystemExit(2)', 'GeneratorExit()', 'KeyboardInterrupt'])}\nexcept BaseException as e:\n    print(type(e).__name__, repr(e), isinstance(e, Exception))`,
      `def ${f}():\n    try:\n        yield 1\n    finally:\n        print('gen fin', sys.exc_info()[0])\ng = ${f}()\nnext(g)\ntry:\n    raise ValueError('outer')\nexcept ValueError:\n    g.close()\nprint('closed')`,
    ]));
    return out;
  }

  /** Protocol corners: __index__ in slices and ranges, reversed(), hash results, truth of
   * == results inside `in`/index/count, sorting with failing or mutating __lt__, dict keys
   * whose __eq__ fails, __class__ assignment, super() in class and static methods. */
  private protocolBlock(): string[] {
    const P = this.fresh('Pr');
    const out = [`class ${P}:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return '${P}(%r)' % (self.v,)\n` +
      `    def __index__(self):\n        return ${this.pick(['self.v', '1', "'s'", '2**70', '-1'])}\n` +
      `    def __eq__(self, o):\n        ${this.pick(["return Truthy(self.v)", "raise ValueError('eq')", 'return self.v == getattr(o, "v", o)', 'return NotImplemented'])}\n` +
      `    def __hash__(self):\n        return ${this.pick(['-1', 'self.v', '2**65', 'hash("x") * 0 + 5', '1.5'])}\n` +
      `    def __lt__(self, o):\n        ${this.pick(['return self.v < o.v', "L.append(1)\n        return self.v < o.v", "raise TypeError('lt')", 'return self.v > o.v'])}\n` +
      `${this.chance(0.4) ? `    __reversed__ = ${this.pick(['None', 'lambda self: iter("rev")'])}\n` : ''}${this.chance(0.4) ? `    def __len__(self):\n        return 2\n    def __getitem__(self, i):\n        if i >= 2: raise IndexError(i)\n        return i\n` : ''}`,
      `class Truthy:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return 'T(%r)' % (self.v,)\n    def __bool__(self):\n        ${this.pick(["raise RuntimeError('bool')", 'return bool(self.v)', 'return self.v'])}`,
      'L = []'];
    const mk = () => `${P}(${this.pick(['0', '1', '2', '3', '-1'])})`;
    for (let i = 2 + this.int(6); i > 0; i--) {
      out.push(this.pick([
        () => `print([10, 20, 30, 40][${mk()}:${mk()}], 'abcd'[${mk()}], range(10)[${mk()}::${this.pick(['1', mk()])}])`,
        () => `print(list(reversed(${mk()})))`, () => `print(hash(${mk()}), hash(-1), {${mk()}: 1})`,
        () => `print(${mk()} in [${mk()}, 1], [${mk()}].count(${mk()}), (${mk()},).index(${mk()}))`, () => `print(${mk()} == ${mk()}, ${mk()} != ${mk()})`,
        () => `L = [${mk()}, ${mk()}, ${mk()}]\nL.sort()\nprint(L)`, () => `print(sorted([${mk()}, ${mk()}], reverse=True), min(${mk()}, ${mk()}))`,
        () => `d = {${mk()}: 'a'}\nprint(d.get(${mk()}), ${mk()} in d)`, () => `print(bin(${mk()}), hex(${mk()}), [0] * ${mk()}, list(range(${mk()})))`,
        () => `o = ${mk()}\no.__class__ = ${this.pick(['Truthy', 'int', P, 'object'])}\nprint(type(o).__name__)`,
        () => `class Sub(${P}):\n    @classmethod\n    def c(cls):\n        return super().__repr__.__qualname__\n    @staticmethod\n    def s():\n        return super().__repr__.__qualname__\nprint(${this.pick(['Sub.c()', 'Sub.s()', 'Sub(1).c()'])})`,
        () => `class W:\n    def __init__(self):\n        return ${this.pick(['5', 'None', '[]'])}\nprint(type(W()).__name__)`,
        () => `print(operator.index(${mk()}), int(${mk()}), float(${mk()}))`.replace('operator.index', 'range(5).__getitem__'),
      ])());
    }
    return out;
  }

  program(): string {
    let s = PRELUDE;
    const blocks = [() => this.dunderBlock(), () => this.dunderBlock(), () => this.inheritBlock(), () => this.featureBlock(), () => this.callBlock(), () => this.callBlock(),
      () => this.closureBlock(), () => this.genBlock(), () => this.genBlock(), () => this.tryBlock(), () => this.chainBlock(), () => this.withBlock(),
      () => this.matchBlock(), () => this.loopBlock(), () => this.numericBlock(), () => this.numericBlock(), () => this.builtinSubBlock(), () => this.metaBlock(),
      () => this.metaBlock(), () => this.genFlowBlock(), () => this.genFlowBlock(), () => this.cornerBlock(), () => this.cornerBlock(),
      () => this.scopeBlock(), () => this.scopeBlock(), () => this.excBlock(), () => this.excBlock(),
      () => this.protocolBlock(), () => this.protocolBlock()];
    for (let i = 2 + this.int(3); i > 0; i--) {
      for (const st of this.pick(blocks)()) {
        // Every top-level statement is guarded so one failure does not hide the rest.
        s += `try:\n${this.indent(st.trimEnd())}\nexcept Exception as e:\n    print('!', type(e).__name__, e)\n`;
      }
    }
    // Sometimes the program ends with an uncaught (builtin) exception, maybe chained.
    if (this.chance(0.1)) {
      s += this.pick(["def last():\n    return {}['nokey']\nlast()\n", "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('final') from e\n",
        "try:\n    [][1]\nexcept IndexError:\n    raise KeyError('during')\n", "raise ValueError\n", "assert False, ('t', 1)\n"]);
    }
    return s;
  }
}

export function generateObjectPrograms(seed: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(new Gen(rng(seed * 100003 + i)).program());
  return out;
}
