// A small `types` module: the type objects programs compare against and `coroutine`, which
// marks a generator function as an awaitable generator-based coroutine.
import { CO_GENERATOR, CO_ITERABLE_COROUTINE, CodeObject } from '../compile/code.js';
import { type PyValue } from './object.js';
import { typeOf } from './builtin-types.js';
import { typeError } from './errors.js';
import { defFunction } from './builtin-function.js';
import { PyFunction, functionType, methodType, cellType } from './function.js';
import { builtinFunctionType, methodDescriptorType, wrapperDescriptorType, getSetDescriptorType, classMethodDescriptorType, methodWrapperType } from './builtin-function.js';
import { memberDescriptorType } from './descriptors.js';
import { generatorType, coroutineType, asyncGeneratorType } from './generator.js';
import { mappingProxyType } from './mappingproxy.js';
import { moduleType, newModule, registerModule } from './modules.js';
import { simpleNamespaceType } from './module-sys.js';
import { codeType } from './code-type.js';

registerModule('types', () => {
  const m = newModule('types', 'Define names for built-in types that aren\'t directly accessible as a builtin.');
  m.set('FunctionType', functionType)
    .set('LambdaType', functionType)
    .set('MethodType', methodType)
    .set('CellType', cellType)
    .set('CodeType', codeType)
    .set('BuiltinFunctionType', builtinFunctionType)
    .set('BuiltinMethodType', builtinFunctionType)
    .set('MethodDescriptorType', methodDescriptorType)
    .set('WrapperDescriptorType', wrapperDescriptorType)
    .set('MethodWrapperType', methodWrapperType)
    .set('ClassMethodDescriptorType', classMethodDescriptorType)
    .set('GetSetDescriptorType', getSetDescriptorType)
    .set('MemberDescriptorType', memberDescriptorType)
    .set('GeneratorType', generatorType)
    .set('CoroutineType', coroutineType)
    .set('AsyncGeneratorType', asyncGeneratorType)
    .set('MappingProxyType', mappingProxyType)
    .set('ModuleType', moduleType)
    .set('SimpleNamespace', simpleNamespaceType)
    .set('NoneType', typeOf(null))
    .set('coroutine', defFunction('coroutine', 1, (func: PyValue) => {
      if (!(func instanceof PyFunction) && typeOf(func).lookup('__call__') === undefined) {
        throw typeError('types.coroutine() expects a callable');
      }
      if (func instanceof PyFunction) {
        const code = func.code as CodeObject;
        if (code.flags & CO_GENERATOR) code.flags |= CO_ITERABLE_COROUTINE;
      }
      return func;
    }, 'types'));
  return m;
});
