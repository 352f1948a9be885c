// bool: an int subclass whose &, |, ^ stay bool when both operands are bools, with repr
// 'True'/'False' and bool(x) = truth value. Everything else is int's (int-methods.ts).

import { type PyValue } from './object.js';
import { boolType, NotImplemented } from './builtin-types.js';
import { defMethod, defNew } from './builtin-function.js';
import { isTrue } from './ops-protocols.js';
import { intAnd, intOr, intXor, type PyInt } from './int.js';
import { intValue } from './number-box.js';

defNew(boolType, '(x=False, /)', (_cls: PyValue, x?: PyValue) => (x === undefined ? false : isTrue(x)));
defMethod(boolType, '__repr__', 0, (self: PyValue) => (self ? 'True' : 'False'));

function logical(name: string, onBools: (a: boolean, b: boolean) => boolean, onInts: (a: PyInt, b: PyInt) => PyInt): void {
  const impl = (self: PyValue, other: PyValue) => {
    if (typeof other === 'boolean') return onBools(self as boolean, other);
    const b = intValue(other);
    return b === undefined ? NotImplemented : onInts(self ? 1 : 0, b);
  };
  defMethod(boolType, `__${name}__`, 1, impl);
  defMethod(boolType, `__r${name}__`, 1, impl);
}

logical('and', (a, b) => a && b, intAnd);
logical('or', (a, b) => a || b, intOr);
logical('xor', (a, b) => a !== b, intXor);
