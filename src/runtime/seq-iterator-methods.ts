// The Python-visible iterator protocol of `iterator` (the type of iter(x) for objects that
// only define __getitem__; PySeqIterator in ops-protocols.ts). Loaded from index.ts only:
// installing methods at load time must not sit in a module that the core modules import.
import { seqIteratorType, seqIteratorLengthHint, type PySeqIterator } from './ops-protocols.js';
import { defIteratorProtocol } from './iterator-type.js';
import { defMethod } from './builtin-function.js';

defIteratorProtocol(seqIteratorType);
defMethod(seqIteratorType, '__length_hint__', 0, (self: PySeqIterator) => seqIteratorLengthHint(self));
