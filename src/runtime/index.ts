// The runtime's entry point: importing it loads every part of the object model in a safe
// order (type objects first, then the modules that install methods on them). The
// interpreter, the API and tests import the runtime through this module (or import it
// before any other runtime module).
import './type.js';
import './builtin-types.js';
import './exceptions.js';
import './object-methods.js';
import './type-methods.js';
import './exception-methods.js';
import './function-methods.js';
import './descriptor-methods.js';
import './super.js';
import './mappingproxy.js';
import './build-class.js';
import './singleton-methods.js';
import './seq-iterator-methods.js';
import './int-methods.js';
import './bool-methods.js';
import './float-methods.js';
import './complex-methods.js';
import './str-methods.js';
import './list-methods.js';
import './tuple-methods.js';
import './dict-methods.js';
import './dict-views.js';
import './set-methods.js';

export * from './value.js';
export * from './object.js';
export * from './type.js';
export * from './builtin-types.js';
export * from './errors.js';
export * from './exceptions.js';
export * from './builtin-function.js';
export * from './native-signature.js';
export * from './descriptors.js';
export * from './function.js';
export * from './args.js';
export * from './attr.js';
export * from './call.js';
export * from './ops-binary.js';
export * from './ops-unary.js';
export * from './ops-compare.js';
export * from './ops-hash.js';
export * from './ops-number.js';
export * from './ops-protocols.js';
export * from './ops-repr.js';
export * from './isinstance.js';
export * from './super.js';
export * from './type-methods.js';
export * from './object-methods.js';
export * from './build-class.js';
export * from './tuple.js';
export * from './list.js';
export * from './dict.js';
export * from './id.js';
export * from './mappingproxy.js';
