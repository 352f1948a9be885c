// `_collections`: the iterators of collections.deque (the deque itself is Python code in the
// frozen collections module). CPython's deque iterators walk the deque by position and stop
// with "deque mutated during iteration" once the deque's mutation count (its `_state` slot,
// bumped by every method that adds or removes items) differs from the one they started
// with; iterating a plain list instead let `for x in d: d.append(x)` grow without end.
import { type PyValue, type HasAttrs } from './object.js';
import type { PyType } from './type.js';
import { typeOf } from './builtin-types.js';
import { typeError, runtimeError } from './errors.js';
import { defMethod, defNew } from './builtin-function.js';
import { PyIterator } from './ops-protocols.js';
import type { PyList } from './list.js';
import { newIteratorType } from './iterator-type.js';
import { newModule, registerModule } from './modules.js';

/** The deque's slot values (its attribute store holds its __slots__). */
const slot = (d: HasAttrs, name: string): PyValue => d.attrs!.get(name)!;

class PyDequeIterator extends PyIterator {
  private readonly state: PyValue;
  /** Items left to return (CPython's counter; 0 once done or once mutation was seen). */
  private counter: number;
  private index: number;
  constructor(
    override cls: PyType,
    private readonly deque: HasAttrs,
    private readonly step: 1 | -1,
  ) {
    super();
    this.state = slot(deque, '_state');
    this.counter = (slot(deque, '_items') as PyList).items.length;
    this.index = step === 1 ? 0 : this.counter - 1;
  }

  override next(): PyValue | undefined {
    if (slot(this.deque, '_state') !== this.state) {
      this.counter = 0;
      throw runtimeError('deque mutated during iteration');
    }
    if (this.counter === 0) return undefined;
    const v = (slot(this.deque, '_items') as PyList).items[this.index];
    this.index += this.step;
    this.counter--;
    return v;
  }

  lengthHint(): number {
    return this.counter;
  }
}

function iteratorType(name: string, step: 1 | -1): PyType {
  const t = newIteratorType(name, { module: '_collections' });
  defNew(t, '(deque, /)', (cls: PyType, d: PyValue) => {
    if (!typeOf(d).mro.some((b) => b.name === 'collections.deque' && b.nameHasModule)) {
      throw typeError(`${name}() argument 1 must be collections.deque, not ${typeOf(d).name}`);
    }
    return new PyDequeIterator(cls, d as PyValue & HasAttrs, step);
  });
  defMethod(t, '__length_hint__', 0, (self: PyDequeIterator) => self.lengthHint());
  return t;
}

const dequeIteratorType = iteratorType('_deque_iterator', 1);
const dequeReverseIteratorType = iteratorType('_deque_reverse_iterator', -1);

registerModule('_collections', () =>
  newModule('_collections', 'High performance data structures.')
    .set('_deque_iterator', dequeIteratorType)
    .set('_deque_reverse_iterator', dequeReverseIteratorType),
);
