// Entry point of the containers and the builtins module: importing it installs list, tuple,
// dict (+ views), set/frozenset, range, slice, bytes/bytearray, the iterator builtins and the
// builtin functions, fills the `builtins` module (types, functions, exceptions, constants)
// and registers the `math` module. The interpreter imports it after runtime/index.js.
import './index.js';
import { ELLIPSIS } from './value.js';
import {
  objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, NotImplemented,
} from './builtin-types.js';
import { listType } from './list.js';
import { tupleType } from './tuple.js';
import { dictType } from './dict.js';
import { setType, frozensetType } from './set.js';
import { sliceType } from './slice.js';
import { rangeType } from './range.js';
import { enumerateType, reversedType, zipType, mapType, filterType } from './builtin-iterators.js';
import { propertyType, classMethodType, staticMethodType } from './descriptors.js';
import { superType } from './super.js';
import { builtinExceptionTypes } from './exceptions.js';
import { addBuiltins } from './modules.js';
import { builtinFunctions } from './builtins-functions.js';
import './list-methods.js';
import './tuple-methods.js';
import './dict-methods.js';
import './dict-views.js';
import './set-methods.js';

addBuiltins((d) => {
  const types = [
    objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, listType, tupleType,
    dictType, setType, frozensetType, sliceType, rangeType, enumerateType, reversedType, zipType, mapType,
    filterType, propertyType, classMethodType, staticMethodType, superType,
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
