// id(): a stable identity number per object, shaped like a CPython address (0x7f...,
// multiples of 16) so that default reprs look familiar. Heap objects get theirs on first
// request (WeakMap, so ids die with objects); primitive values (int, str, ...) have value
// identity in pytier, so equal primitives share one id.
import { type PyValue } from './object.js';

const BASE = 0x7f3a_0000_0000;
let next = BASE;
const objectIds = new WeakMap<object, number>();
const primitiveIds = new Map<unknown, number>();

export function idOf(v: PyValue): number {
  if (typeof v === 'object' && v !== null) {
    let id = objectIds.get(v);
    if (id === undefined) {
      id = next += 16;
      objectIds.set(v, id);
    }
    return id;
  }
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = next += 16;
    primitiveIds.set(v, id);
  }
  return id;
}
