// Symbol tables with CPython 3.11's scoping rules (Python/symtable.c): a first pass records
// how each scope uses each name (flags), a second pass resolves every name to LOCAL,
// GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL. Flag and scope numbers are CPython's,
// so tests compare them directly with the `symtable` module.
import type * as A from '../parse/ast.js';
import { compileError } from './errors.js';
import { Analyzer } from './symtable-analyze.js';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const enum Scope {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export type BlockType = 'module' | 'function' | 'class';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator' | null;

type ScopeNode = A.Module | A.Interactive | A.Expression | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export interface Directive {
  lineno: number;
  col: number;
  endLineno: number | null;
  endCol: number | null;
}

export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, Scope>();
  /** Parameters in order (CPython's ste_varnames). */
  readonly params: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  readonly directives = new Map<string, Directive>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  childFree = false;
  free = false;
  compIterTarget = false;
  compIterExpr = 0;
  isAnnotation = false;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: ScopeNode,
    readonly lineno: number,
  ) {}

  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  scopeOf(name: string): Scope {
    return this.scopes.get(name) ?? Scope.None;
  }
}

export interface SymbolTable {
  top: SymbolTableEntry;
  /** The entry of every scope-creating node. */
  byNode: Map<object, SymbolTableEntry>;
  futureAnnotations: boolean;
}

/** CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

export function buildSymbolTable(mod: A.mod, filename: string, source: string, futureAnnotations: boolean): SymbolTable {
  const b = new Builder(filename, source, futureAnnotations);
  const top = b.enter('top', 'module', mod as ScopeNode, 0);
  if (mod._type === 'Expression') b.expr(mod.body);
  else if (mod._type === 'Module' || mod._type === 'Interactive') b.stmts(mod.body);
  b.exit();
  new Analyzer(filename, source).block(top, null, new Set(), new Set());
  return { top, byNode: b.byNode, futureAnnotations };
}

const COMP_NAMES: Record<string, string> = { ListComp: 'listcomp', SetComp: 'setcomp', DictComp: 'dictcomp', GeneratorExp: 'genexpr' };
const COMP_KIND: Record<string, ComprehensionKind> = { ListComp: 'list', SetComp: 'set', DictComp: 'dict', GeneratorExp: 'generator' };
const COMP_DESC: Record<string, string> = { list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', generator: 'generator expression' };

class Builder {
  readonly byNode = new Map<object, SymbolTableEntry>();
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private privateName: string | null = null;

  constructor(
    private readonly filename: string,
    private readonly source: string,
    private readonly futureAnnotations: boolean,
  ) {}

  private error(msg: string, n: { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }): never {
    throw compileError(msg, this.filename, this.source, n);
  }

  enter(name: string, type: BlockType, node: ScopeNode, lineno: number): SymbolTableEntry {
    const ste = new SymbolTableEntry(name, type, node, lineno);
    const prev = this.stack[this.stack.length - 1];
    if (prev) {
      if (prev.nested || prev.type === 'function') ste.nested = true;
      prev.children.push(ste);
    }
    this.stack.push(ste);
    this.cur = ste;
    this.byNode.set(node, ste);
    return ste;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(name: string, flag: number, loc: Directive | A.Located, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled) ?? 0;
    if (flag & DEF_PARAM && val & DEF_PARAM) this.error(`duplicate argument '${mangled}' in function definition`, locOf(loc));
    val |= flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(`comprehension inner loop cannot rebind assignment expression target '${mangled}'`, locOf(loc));
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.params.push(mangled);
    // A global declaration anywhere also records the name in the module's table.
    const top = this.stack[0];
    if (flag & DEF_GLOBAL && top !== ste) top.symbols.set(mangled, (top.symbols.get(mangled) ?? 0) | flag);
  }

  private lookup(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  stmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private exprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'function', s, s.lineno);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'class', s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const cur = this.lookup(s.target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.stack[0] && s.simple) {
            this.error(`annotated name '${s.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) this.expr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') this.error('import * only allowed at module level', a);
            continue;
          }
          const store = a.asname ?? a.name.split('.')[0];
          this.addDef(store, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        this.declaration(s);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private declaration(s: A.Global | A.Nonlocal): void {
    const kind = s._type === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private recordDirective(name: string, loc: A.Located): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, { lineno: loc.lineno, col: loc.col_offset, endLineno: loc.end_lineno, endCol: loc.end_col_offset });
  }

  private params(args: A.arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private annotation(e: A.expr): void {
    if (!this.futureAnnotations) {
      this.expr(e);
      return;
    }
    // Under `from __future__ import annotations` annotations become strings and are never
    // evaluated: their names are not uses here. CPython visits them in a separate
    // annotation block, which rejects yield, await and walrus.
    const saved = this.cur;
    this.cur = new SymbolTableEntry('_annotation', 'function', saved.node, e.lineno);
    this.cur.isAnnotation = true;
    this.expr(e);
    this.cur = saved;
  }

  private rejectInAnnotation(what: string, e: A.expr): void {
    if (this.cur.isAnnotation) this.error(`'${what}' can not be used within an annotation`, e);
  }

  private annotations(args: A.arguments, returns: A.expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) this.annotation(a.annotation);
    if (args.vararg?.annotation) this.annotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.annotation(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.annotation(a.annotation);
    if (returns) this.annotation(returns);
  }

  expr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.rejectInAnnotation('named expression', e);
        this.namedExpr(e);
        break;
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter('lambda', 'function', e, e.lineno);
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
        this.comprehension(e, e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.rejectInAnnotation('yield expression', e);
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.error(`'yield' inside ${COMP_DESC[this.cur.comprehension]}`, e);
        break;
      case 'Await':
        this.rejectInAnnotation('await expression', e);
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
    }
  }

  private namedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    if (this.cur.comprehension) this.extendNamedExprScope(e);
    this.expr(e.value);
    this.expr(e.target);
  }

  private extendNamedExprScope(e: A.NamedExpr): void {
    const target = e.target as A.Name;
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.flagsOf(name) & DEF_COMP_ITER) this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        continue;
      }
      if (ste.type === 'function') {
        this.addDef(name, ste.flagsOf(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        this.recordDirective(name, e);
        this.addDef(name, DEF_LOCAL, e, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, e);
        this.recordDirective(name, e);
        this.addDef(name, DEF_GLOBAL, e, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', e);
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gens: A.comprehension[], elt: A.expr, value: A.expr | null): void {
    const outer = gens[0];
    this.cur.compIterExpr++;
    this.expr(outer.iter);
    this.cur.compIterExpr--;
    const ste = this.enter(COMP_NAMES[e._type], 'function', e, e.lineno);
    ste.comprehension = COMP_KIND[e._type];
    if (outer.is_async) ste.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    ste.compIterTarget = true;
    this.expr(outer.target);
    ste.compIterTarget = false;
    this.exprs(outer.ifs);
    for (const g of gens.slice(1)) {
      ste.compIterTarget = true;
      this.expr(g.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.expr(g.iter);
      ste.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) ste.coroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    const isGenerator = e._type === 'GeneratorExp';
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }

  private pattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }
}

function locOf(loc: Directive | A.Located): A.Located {
  return 'col_offset' in loc ? loc : { lineno: loc.lineno, col_offset: loc.col, end_lineno: loc.endLineno, end_col_offset: loc.endCol };
}
