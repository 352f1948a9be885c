// The builtins module's contents: the builtin types (their methods are loaded by index.ts),
// the builtin functions, the exception classes and the constants; also registers `math`.
// The interpreter imports this module (it imports runtime/index.js first).
import './index.js';
import { ELLIPSIS } from './value.js';
import {
  objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, NotImplemented,
} from './builtin-types.js';
import { listType } from './list.js';
import { tupleType } from './tuple.js';
import { dictType } from './dict.js';
import { setType, frozensetType } from './set.js';
import { bytearrayType } from './bytes.js';
import { memoryviewType } from './memoryview.js';
import { sliceType } from './slice.js';
import { rangeType } from './range.js';
import { enumerateType, reversedType, zipType, mapType, filterType } from './builtin-iterators.js';
import { propertyType, classMethodType, staticMethodType } from './descriptors.js';
import { superType } from './super.js';
import { builtinExceptionTypes } from './exceptions.js';
import { addBuiltins } from './modules.js';
import { builtinFunctions } from './builtins-functions.js';
import './module-math.js';
import './builtins-async.js';
import './site-builtins.js';

addBuiltins((d) => {
  const types = [
    objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, listType, tupleType,
    dictType, setType, frozensetType, sliceType, rangeType, enumerateType, reversedType, zipType, mapType,
    filterType, bytearrayType, memoryviewType, propertyType, classMethodType, staticMethodType, superType,
  ];
  for (const t of types) d.setStr(t.name, t);
  for (const f of builtinFunctions()) d.setStr(f.name, f);
  for (const [name, t] of builtinExceptionTypes()) d.setStr(name, t);
  d.setStr('None', null);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('Ellipsis', ELLIPSIS);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('__debug__', true);
});
