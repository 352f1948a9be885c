// None, Ellipsis and NotImplemented: their reprs, None's falsiness, NotImplemented's
// deprecated truth value, and calling their types (NoneType() returns None, as in CPython).
import { ELLIPSIS } from './value.js';
import { type PyValue } from './object.js';
import { noneType, ellipsisType, notImplementedType, NotImplemented } from './builtin-types.js';
import { defMethod, defNew } from './builtin-function.js';
import { typeError, EXC } from './errors.js';
import { warn } from './warnings.js';
import { PyDict } from './dict.js';

for (const [type, value, name] of [
  [noneType, null, 'None'],
  [ellipsisType, ELLIPSIS, 'Ellipsis'],
  [notImplementedType, NotImplemented, 'NotImplemented'],
] as const) {
  defMethod(type, '__repr__', 0, () => name);
  defMethod(type, '__reduce__', 0, () => name);
  defNew(type, '(*args, **kwargs)', (_cls: PyValue, args: PyValue[], kwargs: PyDict) => {
    if (args.length > 0 || kwargs.size > 0) throw typeError(`${type.name} takes no arguments`);
    return value;
  });
}
defMethod(noneType, '__bool__', 0, () => false);
defMethod(notImplementedType, '__bool__', 0, () => {
  warn(EXC['DeprecationWarning'], 'NotImplemented should not be used in a boolean context');
  return true;
});
