// A fixed-seed generator of small Python programs about numbers and text formatting, for
// the format differential test: format()/f-strings with random specs, str.format fields,
// %-formatting, float repr/round, int()/float() parsing, mixed int/float arithmetic,
// hex/oct/bin, to_bytes/from_bytes, float.hex/fromhex, complex formatting. Values are
// biased towards edges (huge ints, bools, inf/nan/-0.0, rounding boundaries) and specs are
// often invalid on purpose, so the error types and messages are compared too. Every
// statement is guarded so one failure does not hide the rest.
import { rng, Draw } from '../support/rng.js';

const SMALL_INTS = ['0', '1', '-1', '7', '-42', '255', '1000', '-1000', '123456789', '65', '0x10ffff', '1114112'];
const HUGE_INTS = ['2**53', '2**53 + 1', '-2**63', '2**64 - 1', '10**20', '-10**25', '3**100', '10**309', '-(2**1000)'];
const FLOATS = [
  '0.0', '-0.0', '1.0', '-1.5', '0.5', '2.5', '0.125', '0.375', '2.675', '1.005', '9.995', '0.05', '99.5',
  '1e16', '1e15', '123456789012345678.0', '1e-5', '1e-4', '0.0001', '5e-324', '1.7976931348623157e308',
  '2.2250738585072014e-308', '1e22', '1e23', '3.14159', '0.1', '1/3', '2/3', '123.456', '-123.456e10',
  '1e300', '1e-300', 'float("inf")', 'float("-inf")', 'float("nan")', '9007199254740993.0', '0.5e-6',
  '1234567.0', '-0.00049', '0.00095', '999999.5', '9.5', '-8.5', '4.35', '1e100', '7.0', '-2.0',
];
const STRS = ["''", "'a'", "'abc'", "'héllo'", "'☃x'", "'hello world'", "'12'", "' 3 '", "'Tab' + chr(9)"];
const FILLS = ['', '', '', '*', '0', ' ', '_', '€', 'x', '<', '=', '#'];

export class FormatGen extends Draw {
  private counter = 0;

  intLit(): string {
    const k = this.int(10);
    if (k < 4) return this.pick(SMALL_INTS);
    if (k < 5) return String(this.int(2001) - 1000);
    if (k < 7) return this.pick(HUGE_INTS);
    if (k < 8) return this.pick(['True', 'False']);
    let s = String(1 + this.int(9));
    const len = 5 + this.int(30);
    for (let i = 0; i < len; i++) s += String(this.int(10));
    return this.chance(0.4) ? `-${s}` : s;
  }

  floatLit(): string {
    const k = this.int(10);
    if (k < 6) return this.pick(FLOATS);
    if (k < 8) {
      // A random decimal with a random exponent: mantissas ending in 5 sit on rounding edges.
      const m = `${this.int(1000)}.${String(this.int(1000)).padStart(3, '0')}${this.pick(['', '5', '25', '05'])}`;
      return `${this.chance(0.3) ? '-' : ''}${m}e${this.int(50) - 25}`;
    }
    if (k < 9) return `${this.pick(['', '-'])}${this.int(100)}.${this.pick(['5', '25', '125', '675', '45', '995', '0'])}`;
    return `(${this.intLit()}) / ${this.pick(['3', '7', '10', '1', '2**40'])}`;
  }

  strLit(): string {
    return this.pick(STRS);
  }

  /** Any value to format: mostly numbers. */
  value(): string {
    const k = this.int(10);
    if (k < 4) return this.intLit();
    if (k < 8) return this.floatLit();
    if (k < 9) return this.strLit();
    return this.complexLit();
  }

  complexLit(): string {
    return this.pick([
      `complex(${this.floatLit()}, ${this.floatLit()})`, '1j', '-1j', '(1+2j)', '(-0.0-0j)', '0j',
      `complex(${this.floatLit()})`, '(1.5e300+2.5e-300j)', 'complex("nan")', '-(0j)', '3.25j',
    ]);
  }

  /** A spec of the mini-language, sometimes deliberately odd. */
  spec(forType?: 'int' | 'float' | 'str' | 'complex'): string {
    let s = '';
    const fill = this.pick(FILLS);
    if (this.chance(0.4)) s += (fill === '' ? '' : fill) + this.pick(['<', '>', '^', '=']);
    if (this.chance(0.3)) s += this.pick(['+', '-', ' ']);
    if (this.chance(0.08)) s += 'z';
    if (this.chance(0.2)) s += '#';
    if (this.chance(0.2)) s += '0';
    if (this.chance(0.5)) s += String(this.pick([0, 1, 3, 5, 8, 10, 12, 15, 20, 25, 0, 1, 3, 5, 8, 10, 12, 15, 20, 25, '100000000000000000000', '9223372036854775808']));
    if (this.chance(0.25)) s += this.pick([',', '_', ',', '_', ',_']);
    if (this.chance(0.5)) s += '.' + String(this.pick([0, 1, 2, 3, 4, 5, 6, 10, 16, 17, 20, 30]));
    const types: Record<string, string[]> = {
      int: ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'G', 'E', 'F'],
      float: ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd'],
      str: ['', 's', 'd'],
      complex: ['', 'e', 'f', 'g', 'E', 'F', 'G', '%'],
    };
    const pool = forType ? types[forType]! : Object.values(types).flat();
    if (this.chance(0.8)) s += this.pick(pool);
    if (this.chance(0.02)) s += this.pick(['q', 'ss', ' ', '.', 'j']);
    return s;
  }

  private typedValue(): [string, 'int' | 'float' | 'str' | 'complex'] {
    const k = this.int(10);
    if (k < 4) return [this.intLit(), 'int'];
    if (k < 8) return [this.floatLit(), 'float'];
    if (k < 9) return [this.strLit(), 'str'];
    return [this.complexLit(), 'complex'];
  }

  /** A spec that suits its value most of the time. */
  private pair(): [string, string] {
    const [v, t] = this.typedValue();
    return [v, this.spec(this.chance(0.85) ? t : undefined)];
  }

  private pyStr(s: string): string {
    return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  }

  formatExpr(): string {
    const [v, sp] = this.pair();
    switch (this.int(6)) {
      case 0:
      case 1:
        return `format(${v}, ${this.pyStr(sp)})`;
      case 2: {
        // f-string: braces cannot appear in a literal spec; a nested {w} field sometimes.
        if (/[{}]/.test(sp)) return `format(${v}, ${this.pyStr(sp)})`;
        if (this.chance(0.3)) return `f'''{${v}:{${this.pyStr(sp)}}}'''`;
        return `f'''{(${v}):${sp}}'''`;
      }
      case 3:
        return `${this.pyStr(`{0:${sp.replace(/[{}]/g, '$&$&')}}`)}.format(${v})`;
      case 4:
        if (this.chance(0.3)) return `f'''{${v}=${this.pick(['', '!r', '!s', ':>12', ':' + sp.replace(/[{}]/g, '')])}}'''`;
        return `f'''{${v}!${this.pick(['r', 's', 'a'])}:${this.pick(['', '>12', '^9', '*<7', '.3'])}}'''`;
      default:
        return `(${v}).__format__(${this.pyStr(sp)})`;
    }
  }

  strFormatExpr(): string {
    const a = this.value();
    const b = this.value();
    const sp = this.spec().replace(/[{}]/g, '');
    return this.pick([
      () => `'{} {}'.format(${a}, ${b})`,
      () => `'{1}|{0}|{1!r}'.format(${a}, ${b})`,
      () => `'{x:${sp}}|{y}'.format(x=${a}, y=${b})`,
      () => `'{0[1]}-{0[0]:${sp}}'.format([${a}, ${b}])`,
      () => `'{d[k]:>10}'.format(d={'k': ${a}})`,
      () => `'{0.real:${sp}}/{0.imag}'.format(${this.pick([a, this.complexLit()])})`,
      () => `'{:{}}'.format(${a}, ${this.pyStr(sp)})`,
      () => `'{:{}{}}'.format(${a}, ${this.pick(["'>'", "'<'", "'0'", "'+'"])}, ${this.int(15)})`,
      () => `'{0:{1}.{2}f}'.format(${this.floatLit()}, ${this.int(20)}, ${this.int(8)})`,
      () => `'{0}{}'.format(${a}, ${b})`,
      () => `'{}{1}'.format(${a}, ${b})`,
      () => `'{2}'.format(${a}, ${b})`,
      () => `'{'.format(${a})`,
      () => `'}'.format(${a})`,
      () => `'{{}} {} }}'.format(${a})`,
      () => `'{!x}'.format(${a})`,
      () => `'{0!r:^20}'.format(${a})`,
      () => `'{a.b}'.format(a=${a})`,
      () => `'{0[}'.format(${a})`,
      () => `'{0:{1:{2}}}'.format(${a}, ${b}, 1)`,
      () => `format(${a})`,
      () => `'{:%}'.format(${a})`,
      () => `'{:,}'.format(${this.intLit()})`,
      () => `'{:_b}'.format(${this.intLit()})`,
      () => `'{:n}'.format(${this.value()})`,
      () => `'{:c}'.format(${this.intLit()})`,
      () => `'{0:>{w}.{p}}'.format(${a}, w=${this.int(20)}, p=${this.int(6)})`,
      () => `str.format(${this.pyStr('{0:' + sp + '}')}, ${a})`,
      () => `'{0}'.format_map({'0': ${a}})`,
      () => `'{k:${sp}}'.format_map({'k': ${a}})`,
      () => `'{0[a]}'.format([${a}])`,
      () => `'{0[-1]}'.format({'-1': ${a}})`,
      () => `'{0.foo}'.format(${a})`,
      () => `'{0[0]:{0[1]}}'.format((${a}, ${this.pyStr(sp)}))`,
      () => `'{:{}}'.format(${a}, ${this.pick(['1', '1.5', 'None', "b'x'"])})`,
      () => `'{0:{1}}'.format(${a})`,
      () => `'{0!s:{1}}{1}'.format(${a}, ${this.pyStr(sp)})`,
      () => `'{:=^{}}'.format(${a}, ${this.int(30)})`,
      () => `'{!r:}'.format(${a})`,
      () => `'{0:}{0:d}'.format(${this.intLit()})`,
      () => `'{: }'.format(${this.floatLit()})`,
      () => `format(${a}, ${this.pick(['1', 'None', "b''"])})`,
    ])();
  }

  percentExpr(): string {
    let conv = '%';
    if (this.chance(0.4)) conv += Array.from({ length: 1 + this.int(2) }, () => this.pick(['#', '0', '-', ' ', '+'])).join('');
    const star = this.chance(0.15);
    if (star) conv += '*';
    else if (this.chance(0.5)) conv += String(this.pick([0, 1, 4, 8, 12, 20]));
    const starPrec = this.chance(0.1);
    if (starPrec) conv += '.*';
    else if (this.chance(0.4)) conv += '.' + String(this.pick([0, 1, 2, 3, 5, 10, 20]));
    conv += this.pick(['d', 'i', 'o', 'u', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 'r', 's', 'a', '%', 'd', 'f', 'x']);
    const v = conv.endsWith('c') && this.chance(0.5) ? this.pick(["'z'", "'ab'", '65', '0x110000', '-1', "'☃'"]) : this.value();
    const args = [...(star ? [String(this.int(30) - 10)] : []), ...(starPrec ? [String(this.int(12) - 2)] : []), v];
    return this.pick([
      () => `${this.pyStr(conv)} % (${args.join(', ')},)`,
      () => `${this.pyStr(`[${conv}]`)} % (${args.join(', ')},)`,
      () => `${this.pyStr(`${conv} ${conv}`)} % (${args.join(', ')}, ${args.join(', ')})`,
      () => `${this.pyStr(conv)} % ${v}`,
      () => `'%(k)${conv.slice(1).replaceAll('*', '5')}' % {'k': ${v}}`,
      () => `${this.pyStr(conv)} % ()`,
      () => `'%d %s' % (${v},)`,
      () => `'%s' % (${v}, 1)`,
      () => `'%z' % (${v},)`,
      () => `'abc%' % ()`,
      () => `'%.*f' % (${this.int(30) - 5}, ${this.floatLit()})`,
      () => `b${this.pyStr(conv)} % (${args.join(', ')},)`,
    ])();
  }

  numberExpr(): string {
    const i = this.intLit();
    const f = this.floatLit();
    const x = this.pick([i, f]);
    const y = this.pick([this.intLit(), this.floatLit()]);
    return this.pick([
      () => `repr(${f})`,
      () => `str(${f})`,
      () => `round(${f})`,
      () => `round(${f}, ${this.int(24) - 8})`,
      () => `round(${i}, ${this.int(30) - 25})`,
      () => `round(${x}, ${this.pick(['None', '0', '-1', '2', '1.5', "'a'"])})`,
      () => `int(${f})`,
      () => `float(${i})`,
      () => `divmod(${x}, ${y})`,
      () => `(${x}) // (${y})`,
      () => `(${x}) % (${y})`,
      () => `(${x}) / (${y})`,
      () => `(${x}) ** (${this.pick(['2', '-1', '0.5', '-0.5', '3', '1e10', '-2', '100', '0'])})`,
      () => `pow(${i}, ${this.int(10) - 3}, ${this.pick(['7', '10**9+7', '-5', '1', '0'])})`,
      () => `(${x}) == (${y}), (${x}) < (${y})`,
      () => `hash(${f}) == hash(${i})`,
      () => `${this.pick(['hex', 'oct', 'bin'])}(${this.pick([i, f])})`,
      () => `(${f}).hex()`,
      () => `float.fromhex(${this.pick(["'0x1.8p1'", "'-0x1p-1074'", "'0x1.fffffffffffffp+1023'", "'0x1p1024'", "' 0X1.0P+0 '", "'inf'", "'-nan'", "'0x.8'", "'0x1.'", "'1'", "'0xg'", "''", "'0x1p-1075'", "'0x1.00000000000008p0'", "'0x3p-1076'"])})`,
      () => `float.fromhex((${f}).hex()) == (${f})`,
      () => `(${f}).as_integer_ratio()`,
      () => `(${f}).is_integer()`,
      () => `(${i}).as_integer_ratio(), (${i}).bit_length(), (${i}).bit_count()`,
      () => `int(${this.numText()}${this.pick(['', '', ', 0', ', 2', ', 8', ', 16', ', 36', ', 37', ', 1', ', -1'])})`,
      () => `float(${this.numText()})`,
      () => `complex(${this.pick(["'1+2j'", "' (3-4.5j) '", "'j'", "'-j'", "'1e3j'", "'inf+nanj'", "'1+'", "'(1'", "'1 + 2j'", "'1_0j'"])})`,
      () => `(${i}).to_bytes(${this.int(12)}, ${this.pick(["'big'", "'little'"])}${this.pick(['', ', signed=True', ', signed=False'])})`,
      () => `int.from_bytes(${this.pick(["b'\\x00\\x01'", "b'\\xff'", "b''", "b'\\x80\\x00\\x00'", "bytes(range(10))", "[1, 2, 255]", "b'\\xff\\xff'"])}, ${this.pick(["'big'", "'little'"])}${this.pick(['', ', signed=True'])})`,
      () => `(${i}).to_bytes()`,
      () => `int(${f}), float(${i}) == (${i})`,
      () => `${this.pick(['abs', 'float', 'int', 'bool', 'str'])}(${x})`,
      () => `-(${x}), +(${x}), ~(${i})`,
      () => `(${i}) ${this.pick(['<<', '>>', '&', '|', '^'])} (${this.pick(['3', '64', '0', '-1', '100'])})`,
      () => `complex(${f}, ${y}) ${this.pick(['+', '*', '/', '-', '**'])} (${y})`,
      () => `repr(${this.complexLit()}), str(${this.complexLit()})`,
      () => `(${this.complexLit()}).conjugate(), abs(${this.complexLit()})`,
      () => `max(${x}, ${y}), min(${x}, ${y})`,
      () => `sum([${x}, ${y}, 0.1])`,
      () => `(${f}).__round__(${this.pick(['', '1', '-2'])}), (${i}).__round__(-2)`,
      () => `int.__format__(${i}, '')`,
      () => `float.__repr__(${f}), float.__str__(${f})`,
      () => `(${x}).real, (${x}).imag, (${x}).conjugate()`,
      () => `(${x}) ${this.pick(['+', '-', '*', '/', '//', '%', '==', '<', '>='])} (${y})`,
      () => `(${this.arith(2)})`,
      () => `repr(${this.arith(2)}), str(${this.arith(1)})`,
      () => `format(${this.arith(2)}, ${this.pyStr(this.spec())})`,
      () => `divmod(${this.arith(1)}, ${this.arith(1)})`,
      () => `str(${this.pick(['10**4299', '-10**4300', '10**5000', '2**14000'])})[:5]`,
      () => `int(${this.pick(["'1' * 4300", "'1' * 4301", "'1' * 5000"])}) % 7`,
      () => `int(${this.pick(["float('inf')", "float('-inf')", "float('nan')", '1e300', '-0.0', '2.5'])})`,
      () => `(${i}) / (${this.pick([i, '3', '10**400', '7**200', '-(10**300)', '0'])})`,
      // Never an int to a huge int power: CPython would compute it (or run out of memory).
      () => `(${x}) ** (${this.pick([f, '0.5', '-1', '1/3', '-3', '7'])})`,
      () => `(${f}) ** (${this.pick(['10**20', '-(10**20)', '2**63 + 1'])})`,
      // round(int, -huge) makes CPython build 10**huge: only floats get a huge negative n.
      () => `round(${x}, ${this.pick(['10**20', '2**63', '-400', '400', '-309', '308'])})`,
      () => `round(${f}, ${this.pick(['-(10**20)', '-(2**63)', '-(2**64)'])})`,
      () => `float(${this.pick(['10**400', '-(10**400)', '2**1024 - 2**970', '2**1024 - 2**971', '2**53 + 1', '-(2**63) - 1'])})`,
      () => `(${f}) == (${i}), (${f}) < (${i}), (${i}) <= (${f})`,
      () => `(${this.pick(['2**53 + 1', '10**400', '-(2**64)', '9007199254740993'])}) ${this.pick(['==', '<', '>', '!='])} (${this.pick(['2.0**53', 'float("inf")', '-1e300', 'float("nan")', '9007199254740992.0'])})`,
      () => `(${i}).numerator, (${f}).__trunc__(), (${f}).__floor__(), (${f}).__ceil__()`,
    ])();
  }

  /** A str or bytes text method called with ordinary or deliberately bad arguments. */
  textMethodExpr(): string {
    const bytes = this.chance(0.4);
    const recv = bytes ? this.pick(["b'a\\tbc'", "bytearray(b'-12')", "b''"]) : this.pick([...STRS, "'-12'", "'a\\tb\\nc'"]);
    const text = bytes ? this.pick(["b'b'", "b''", 'bytearray(b"x")', "b'xy'"]) : this.pick(["'b'", "''", "'xy'", "'é'"]);
    // No count near 2**31: CPython would build a 2 GB string (2**64 fails before that).
    const bad = this.pick(['None', '1.5', '[]', '2**64', '-1', "'q'", "b'q'", 'True']);
    const n = this.pick(['0', '3', '7', '-2', bad]);
    const arg = this.pick([text, text, bad]);
    const m = this.pick([
      `center(${n})`, `center(${n}, ${arg})`, `ljust(${n}, ${arg})`, `rjust(${n})`, `zfill(${n})`, `expandtabs(${n})`,
      `replace(${arg}, ${text})`, `replace(${text}, ${arg}, ${n})`, `split(${arg})`, `split(${text}, ${n})`, `rsplit(None, ${n})`,
      `splitlines(${n})`, `partition(${arg})`, `rpartition(${arg})`, `strip(${arg})`, `startswith(${arg}, ${n})`,
      `endswith((${arg}, ${text}))`, `find(${arg}, ${n})`, `count(${arg})`, `index(${text})`, `removeprefix(${arg})`,
      `join([${text}, ${arg}])`, `join(${bad})`, `${bytes ? 'decode' : 'encode'}(${this.pick(["'utf-8'", "'ascii'", bad])})`,
      `${bytes ? 'hex' : 'title'}(${bytes ? this.pick(["':'", "'é'", bad, "b'-'", "':', 2", "':', 2**31", "':', " + n]) : ''})`,
      `__mul__(${n})`, `__format__(${this.pick(["''", bad])})`, `__mod__(${bad})`,
    ]);
    return `${recv}.${m}`;
  }

  /** A small arithmetic expression over numbers (mixed int/float/complex). */
  arith(d: number): string {
    if (d <= 0) return this.pick([this.intLit(), this.floatLit(), this.floatLit(), this.chance(0.2) ? this.complexLit() : this.intLit()]);
    const op = this.pick(['+', '-', '*', '/', '//', '%', '**', '*', '+']);
    if (op === '**') return `(${this.arith(d - 1)} ** ${this.pick(['2', '-1', '0.5', '3', '-2.5'])})`;
    return `(${this.arith(d - 1)} ${op} ${this.arith(d - 1)})`;
  }

  /** Text for int()/float(): valid numbers, spellings and junk. */
  numText(): string {
    return this.pick([
      "'12'", "' -7 '", "'+0'", "'1_000'", "'1__0'", "'_1'", "'1_'", "'0x1f'", "'0b101'", "'0o17'", "'0_7'",
      "'007'", "'00'", "'1e5'", "'1.5'", "'-1.5E-3'", "'inf'", "'-Infinity'", "'+nan'", "'NaN'", "'iNF'",
      "'infinity'", "'nanx'", "'in f'", "''", "'  '", "'\\t42\\n'", "'١٢٣'", "'12a'", "'z'", "'Z'", "'-0'",
      "'1_2.3_4'", "'.5'", "'5.'", "'.'", "'1e'", "'1e+'", "'0x'", "'-0x10'", "'1 2'", "'9'*30", "'1e400'",
      "'-1e-400'", "'1.7976931348623159e308'", "'0.1e-1_0'", "b'12'", "bytearray(b'3.5')", "'١.٥'",
      "'0X1F'", "'zz'", "'+-1'", "'- 1'", "'1\\x00'",
    ]);
  }

  stmt(): string {
    const k = this.int(10);
    let e: string;
    if (k < 4) e = this.formatExpr();
    else if (k < 6) e = this.strFormatExpr();
    else if (k < 8) e = this.percentExpr();
    else if (k < 9 && this.chance(0.4)) e = this.textMethodExpr();
    else e = this.numberExpr();
    this.counter++;
    return `try:\n    print(${this.counter}, repr(${e}))\nexcept Exception as e:\n    print(${this.counter}, type(e).__name__, e)\n`;
  }

  program(): string {
    let s = '';
    const n = 6 + this.int(10);
    for (let i = 0; i < n; i++) s += this.stmt();
    return s;
  }
}

export function generateFormatPrograms(seed: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(new FormatGen(rng(seed * 100003 + i)).program());
  return out;
}
