// A fixed-seed generator of small Python programs for the differential test: expressions
// and statements over ints (incl. huge ones), floats, strs, lists, dicts, tuples,
// comparisons, slicing, loops, functions and exceptions that are caught and printed.
// Expressions are built by type so most of them run; some deliberately fail (mixed types,
// zero division, bad indexes) to exercise the error messages.
import { rng, Draw } from '../support/rng.js';

type Ty = 'int' | 'float' | 'str' | 'list' | 'tuple' | 'dict' | 'bool';

class Gen extends Draw {
  private vars: Record<Ty, string[]> = { int: [], float: [], str: [], list: [], tuple: [], dict: [], bool: [] };
  private counter = 0;

  intLit(): string {
    const k = this.int(10);
    if (k < 5) return String(this.int(21) - 10);
    if (k < 7) return String(this.int(100000) - 50000);
    if (k < 9) {
      let s = String(1 + this.int(9));
      const len = 15 + this.int(30);
      for (let i = 0; i < len; i++) s += String(this.int(10));
      return this.chance(0.3) ? `-${s}` : s;
    }
    return `${this.pick(['2', '3', '7', '10'])} ** ${this.int(80)}`;
  }

  floatLit(): string {
    return this.pick(['0.5', '-1.25', '3.14159', '1e10', '2.5e-3', '100.0', '-0.0', '1e300', '0.1', '7.75']);
  }

  strLit(): string {
    return this.pick(["'abc'", "''", "'hello world'", "'Python'", "'a,b,,c'", "'  pad  '", "'x'", "'12'", "'MiXeD'", "'é☃'"]);
  }

  expr(t: Ty, d: number): string {
    const vs = this.vars[t];
    if (vs.length > 0 && this.chance(0.25)) return this.pick(vs);
    if (d <= 0) return this.leaf(t);
    switch (t) {
      case 'int':
        return this.pick([
          () => `(${this.expr('int', d - 1)} ${this.pick(['+', '-', '*', '//', '%', '&', '|', '^'])} ${this.expr('int', d - 1)})`,
          () => `(${this.expr('int', d - 1)} ** ${this.int(5)})`,
          () => `(${this.expr('int', d - 1)} << ${this.int(70)})`,
          () => `(${this.expr('int', d - 1)} >> ${this.int(70)})`,
          () => `-${this.expr('int', d - 1)}`,
          () => `abs(${this.expr('int', d - 1)})`,
          () => `len(${this.expr(this.pick(['str', 'list', 'tuple', 'dict'] as Ty[]), d - 1)})`,
          () => `max(${this.expr('int', d - 1)}, ${this.expr('int', d - 1)})`,
          () => `sum(${this.expr('list', d - 1)})`,
          () => `int(${this.expr('float', d - 1)})`,
          () => `round(${this.expr('float', d - 1)})`,
          () => `${this.expr('str', d - 1)}.count(${this.strLit()})`,
          () => `${this.expr('list', d - 1)}[${this.int(5) - 2}]`,
          () => `divmod(${this.expr('int', d - 1)}, ${this.expr('int', d - 1)})[${this.int(2)}]`,
        ])();
      case 'float':
        return this.pick([
          () => `(${this.expr('float', d - 1)} ${this.pick(['+', '-', '*', '/'])} ${this.expr(this.pick(['float', 'int'] as Ty[]), d - 1)})`,
          () => `(${this.expr('int', d - 1)} / ${this.expr('int', d - 1)})`,
          () => `float(${this.expr('int', d - 1)})`,
          () => `abs(${this.expr('float', d - 1)})`,
          () => `round(${this.expr('float', d - 1)}, ${this.int(4)})`,
          () => `(${this.expr('float', d - 1)} // ${this.expr('float', d - 1)})`,
          () => `(${this.expr('float', d - 1)} % ${this.expr('float', d - 1)})`,
        ])();
      case 'str':
        return this.pick([
          () => `(${this.expr('str', d - 1)} + ${this.expr('str', d - 1)})`,
          () => `(${this.expr('str', d - 1)} * ${this.int(4)})`,
          () => `${this.expr('str', d - 1)}[${this.slice()}]`,
          () => `${this.expr('str', d - 1)}.${this.pick(['upper', 'lower', 'strip', 'title', 'swapcase'])}()`,
          () => `str(${this.expr(this.pick(['int', 'float', 'list', 'tuple', 'dict', 'bool'] as Ty[]), d - 1)})`,
          () => `repr(${this.expr(this.pick(['str', 'float', 'list'] as Ty[]), d - 1)})`,
          () => `${this.strLit()}.join(${this.expr('str', d - 1)})`,
          () => `f"{${this.intLit()}:>6}-{${this.strLit()}!r}-{${this.floatLit()}:.3f}"`,
          () => `${this.expr('str', d - 1)}.replace(${this.strLit()}, ${this.strLit()})`,
          () => `${this.expr('str', d - 1)}[${this.int(7) - 3}]`,
          () => `'%s:%d' % (${this.expr('str', d - 1)}, ${this.expr('int', d - 1)})`,
        ])();
      case 'list':
        return this.pick([
          () => `[${this.items(d)}]`,
          () => `(${this.expr('list', d - 1)} + ${this.expr('list', d - 1)})`,
          () => `${this.expr('list', d - 1)}[${this.slice()}]`,
          () => `sorted(${this.expr('list', d - 1)})`,
          () => `list(range(${this.int(7) - 2}, ${this.int(12)}, ${this.pick(['1', '2', '3', '-1'])}))`,
          () => `[v * 2 for v in ${this.expr('list', d - 1)}]`,
          () => `${this.expr('str', d - 1)}.split(${this.pick(["','", "' '", ''])})`,
          () => `list(${this.expr('tuple', d - 1)})`,
          () => `(${this.expr('list', d - 1)} * ${this.int(3)})`,
        ])();
      case 'tuple':
        return this.pick([
          () => this.tupleLit(d),
          () => `tuple(${this.expr('list', d - 1)})`,
          () => `(${this.expr('tuple', d - 1)} + ${this.expr('tuple', d - 1)})`,
          () => `${this.expr('tuple', d - 1)}[${this.slice()}]`,
        ])();
      case 'dict':
        return this.pick([
          () => `{${this.strLit()}: ${this.expr('int', d - 1)}, ${this.intLit()}: ${this.expr('str', d - 1)}}`,
          () => `{k: len(k) for k in ${this.expr('str', d - 1)}.split()}`,
          () => `dict(zip(${this.expr('str', d - 1)}, ${this.expr('list', d - 1)}))`,
        ])();
      case 'bool':
        return this.pick([
          () => `(${this.expr('int', d - 1)} ${this.pick(['<', '<=', '==', '!=', '>', '>='])} ${this.expr(this.pick(['int', 'float'] as Ty[]), d - 1)})`,
          () => `(${this.expr('str', d - 1)} ${this.pick(['<', '==', '>='])} ${this.expr('str', d - 1)})`,
          () => `(${this.expr('list', d - 1)} ${this.pick(['<', '=='])} ${this.expr('list', d - 1)})`,
          () => `(${this.strLit()} in ${this.expr('str', d - 1)})`,
          () => `(${this.expr('int', d - 1)} in ${this.expr('list', d - 1)})`,
          () => `(not ${this.expr('bool', d - 1)})`,
          () => `(${this.expr('bool', d - 1)} ${this.pick(['and', 'or'])} ${this.expr('bool', d - 1)})`,
          () => `bool(${this.expr(this.pick(['int', 'str', 'list'] as Ty[]), d - 1)})`,
          () => `isinstance(${this.expr(this.pick(['int', 'str', 'float'] as Ty[]), d - 1)}, ${this.pick(['int', 'str', 'float', '(int, float)'])})`,
        ])();
    }
  }

  private leaf(t: Ty): string {
    switch (t) {
      case 'int':
        return this.intLit();
      case 'float':
        return this.floatLit();
      case 'str':
        return this.strLit();
      case 'list':
        return `[${this.items(0)}]`;
      case 'tuple':
        return this.tupleLit(0);
      case 'dict':
        return `{${this.strLit()}: ${this.intLit()}}`;
      case 'bool':
        return this.pick(['True', 'False']);
    }
  }

  private items(d: number): string {
    const n = this.int(4);
    const t = this.pick(['int', 'int', 'str', 'float'] as Ty[]);
    return Array.from({ length: n }, () => this.expr(t, Math.max(0, d - 2))).join(', ');
  }

  private tupleLit(d: number): string {
    const items = this.items(d);
    return items === '' ? '()' : `(${items},)`;
  }

  private slice(): string {
    const b = () => (this.chance(0.3) ? '' : String(this.int(9) - 4));
    return this.chance(0.5) ? `${b()}:${b()}` : `${b()}:${b()}:${this.pick(['1', '2', '-1', '-2', '3'])}`;
  }

  private anyType(): Ty {
    return this.pick(['int', 'int', 'float', 'str', 'list', 'tuple', 'dict', 'bool'] as Ty[]);
  }

  /** A statement (with its trailing newline) at indentation `ind`. */
  stmt(ind: string, d: number): string {
    const k = this.int(12);
    const t = this.anyType();
    if (k < 4) return `${ind}print(${this.expr(t, d)})\n`;
    if (k < 6) {
      const name = `v${this.counter++}`;
      const s = `${ind}${name} = ${this.expr(t, d)}\n`;
      this.vars[t].push(name);
      return s;
    }
    if (k === 6) {
      const e = `${this.expr(this.anyType(), d)} ${this.pick(['+', '-', '*', '%', '<'])} ${this.expr(this.anyType(), d)}`;
      return `${ind}try:\n${ind}    print(${e})\n${ind}except Exception as e:\n${ind}    print(type(e).__name__, e)\n`;
    }
    if (k === 7) {
      return `${ind}for i in range(${this.int(5)}):\n${ind}    print(i, ${this.expr(t, d - 1)})\n`;
    }
    if (k === 8) {
      return `${ind}if ${this.expr('bool', d)}:\n${ind}    print('yes', ${this.expr(t, d - 1)})\n${ind}else:\n${ind}    print('no')\n`;
    }
    if (k === 9) {
      const f = `f${this.counter++}`;
      return (
        `${ind}def ${f}(a, b=${this.intLit()}):\n${ind}    if a <= 0:\n${ind}        return b\n` +
        `${ind}    return ${f}(a - 1, b * 2 + a)\n${ind}print(${f}(${this.int(12)}))\n`
      );
    }
    if (k === 10) {
      const key = this.pick([`[${this.int(9) - 4}]`, `['nope']`, `[${this.intLit()}]`]);
      return (
        `${ind}try:\n${ind}    x = ${this.expr(this.pick(['list', 'dict', 'str', 'tuple'] as Ty[]), d)}\n` +
        `${ind}    print(x${key})\n${ind}except (IndexError, KeyError, TypeError) as e:\n${ind}    print(type(e).__name__, e)\n`
      );
    }
    const name = `w${this.counter++}`;
    return (
      `${ind}${name} = ${this.intLit()}\n${ind}while ${name} > ${this.int(50)}:\n` +
      `${ind}    ${name} = ${name} // ${2 + this.int(5)} - 1\n${ind}print('${name}', ${name})\n`
    );
  }

  program(): string {
    let s = '';
    const n = 3 + this.int(6);
    for (let i = 0; i < n; i++) {
      const st = this.stmt('', 2 + this.int(2));
      // Every top-level statement is guarded so one failure does not hide the rest.
      s += `try:\n${st.trimEnd().replace(/^/gm, '    ')}\nexcept Exception as e:\n    print('!', type(e).__name__, e)\n`;
    }
    return s;
  }
}

export function generatePrograms(seed: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(new Gen(rng(seed * 100003 + i)).program());
  return out;
}
