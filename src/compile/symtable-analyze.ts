// The second pass of the symbol table (CPython's symtable.c analyze_block, analyze_name,
// analyze_cells, update_symbols): resolve every name of every scope to LOCAL,
// GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, top-down with the sets of names bound and
// declared global in the enclosing scopes, then bottom-up with the free names of children.
import { compileError } from './errors.js';
import { DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, Scope, type SymbolTableEntry } from './symtable.js';

export class Analyzer {
  constructor(
    private readonly filename: string,
    private readonly source: string,
  ) {}

  private error(msg: string, lineno: number, col: number, endLineno: number | null, endCol: number | null): never {
    throw compileError(msg, this.filename, this.source, { lineno, col_offset: col, end_lineno: endLineno, end_col_offset: endCol });
  }

  block(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    if (ste.type === 'class') {
      for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }
    for (const [name, flags] of ste.symbols) this.name(ste, name, flags, bound, local, free, global);
    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      for (const n of global) newGlobal.add(n);
    } else {
      newBound.add('__class__');
    }
    const allFree = new Set<string>();
    for (const child of ste.children) {
      const childFree = new Set(newFree);
      this.block(child, new Set(newBound), childFree, new Set(newGlobal));
      for (const n of childFree) allFree.add(n);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const n of allFree) newFree.add(n);
    if (ste.type === 'function') {
      for (const [name, scope] of ste.scopes) {
        if (scope === Scope.Local && newFree.has(name)) {
          ste.scopes.set(name, Scope.Cell);
          newFree.delete(name);
        }
      }
    } else if (ste.type === 'class' && newFree.delete('__class__')) {
      ste.needsClassClosure = true;
    }
    for (const name of newFree) {
      const flags = ste.symbols.get(name);
      if (flags !== undefined) {
        if (ste.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, flags | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, 0);
      ste.scopes.set(name, Scope.Free);
    }
    for (const n of newFree) free.add(n);
  }

  private name(ste: SymbolTableEntry, name: string, flags: number, bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.directiveError(ste, name, `name '${name}' is nonlocal and global`);
      ste.scopes.set(name, Scope.GlobalExplicit);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.directiveError(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.directiveError(ste, name, `no binding for nonlocal '${name}' found`);
      ste.scopes.set(name, Scope.Free);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      ste.scopes.set(name, Scope.Local);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      ste.scopes.set(name, Scope.Free);
      ste.free = true;
      free.add(name);
      return;
    }
    if (!global.has(name) && ste.nested) ste.free = true;
    ste.scopes.set(name, Scope.GlobalImplicit);
  }

  private directiveError(ste: SymbolTableEntry, name: string, msg: string): never {
    const d = ste.directives.get(name);
    if (!d) this.error(msg, ste.lineno, 0, null, null);
    this.error(msg, d.lineno, d.col, d.endLineno, d.endCol);
  }
}
