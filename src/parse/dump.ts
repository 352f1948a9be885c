// ast.dump() of CPython 3.11 (Lib/ast.py), character for character: fields in ASDL order,
// optional fields left out when None, lists always shown, values as repr() prints them,
// and with includeAttributes the location attributes after the fields.

import { getExactCodePoints } from './exact-text.js';
import { HAS_LOCATION, NODE_FIELDS, OPTIONAL_FIELDS, type Node, type NodeType } from './ast.js';
import { complexRepr, floatRepr } from '../runtime/float-format.js';
import { bytesRepr, codePointsRepr, strRepr } from '../runtime/str-repr.js';
import { PyBytes, PyComplex, PyEllipsis, PyFloat } from '../runtime/value.js';

export interface DumpOptions {
  includeAttributes?: boolean;
  /** ast.dump's indent: a number of spaces or a string; omitted means one line. */
  indent?: number | string;
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;
const OPTIONAL_ATTRIBUTES = new Set(['end_lineno', 'end_col_offset']);

const optionalSets = new Map<NodeType, ReadonlySet<string>>();
function optionalFields(type: NodeType): ReadonlySet<string> {
  let set = optionalSets.get(type);
  if (!set) {
    set = new Set(OPTIONAL_FIELDS[type]);
    optionalSets.set(type, set);
  }
  return set;
}

/** repr() of a value that can appear in an AST field. */
export function valueRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  switch (typeof value) {
    case 'string':
      return strRepr(value);
    case 'number':
      return String(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'True' : 'False';
  }
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (value instanceof PyComplex) return complexRepr(value.real, value.imag);
  if (value instanceof PyBytes) return bytesRepr(value.bytes);
  if (value instanceof PyEllipsis) return 'Ellipsis';
  throw new TypeError(`dumpAst: unexpected value ${String(value)}`);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && '_type' in value;
}

export function dumpAst(node: Node, options: DumpOptions = {}): string {
  const includeAttributes = options.includeAttributes ?? false;
  const indent = typeof options.indent === 'number' ? ' '.repeat(options.indent) : options.indent;

  // Returns [text, simple] as ast.dump's _format does.
  function format(value: unknown, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== undefined) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return ['[' + prefix + value.map((x) => format(x, level)[0]).join(sep) + ']', false];
    }
    if (!isNode(value)) return [valueRepr(value), true];
    const type = value._type;
    const exact = type === 'Constant' ? getExactCodePoints(value) : undefined;
    const record = value as unknown as Record<string, unknown>;
    const args: string[] = [];
    let allSimple = true;
    const optional = optionalFields(type);
    for (const name of NODE_FIELDS[type]) {
      const v = record[name];
      if ((v === null || v === undefined) && optional.has(name)) continue;
      const [text, simple] = exact && name === 'value' ? [codePointsRepr(exact), true] : format(v, level);
      allSimple &&= simple;
      args.push(name + '=' + text);
    }
    if (includeAttributes && HAS_LOCATION.has(type)) {
      for (const name of ATTRIBUTES) {
        const v = record[name];
        if ((v === null || v === undefined) && OPTIONAL_ATTRIBUTES.has(name)) continue;
        const [text, simple] = format(v, level);
        allSimple &&= simple;
        args.push(name + '=' + text);
      }
    }
    if (allSimple && args.length <= 3) return [type + '(' + args.join(', ') + ')', args.length === 0];
    return [type + '(' + prefix + args.join(sep) + ')', false];
  }

  return format(node, 0)[0];
}
