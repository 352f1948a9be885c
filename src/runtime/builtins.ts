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
import './list-methods.js';
import './tuple-methods.js';
import './dict-methods.js';
import './dict-views.js';
import './set-methods.js';
import './range.js';
import './bytes-methods.js';
import './bytearray-methods.js';
import { defMethod } from './builtin-function.js';
import { ellipsisType, notImplementedType } from './builtin-types.js';
import { seqIteratorType } from './ops-protocols.js';
import { defIteratorProtocol } from './iterator-type.js';

// The singletons' reprs and the protocol of the `__getitem__`-based iterator (types
// created by the object model without Python-level methods).
defMethod(ellipsisType, '__repr__', 0, () => 'Ellipsis');
defMethod(notImplementedType, '__repr__', 0, () => 'NotImplemented');
defIteratorProtocol(seqIteratorType);

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
