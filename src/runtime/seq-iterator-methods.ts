// The Python-visible iterator protocol of `iterator` (the type of iter(x) for objects that
// only define __getitem__; PySeqIterator in ops-protocols.ts). Loaded from index.ts only:
// installing methods at load time must not sit in a module that the core modules import.
import { seqIteratorType } from './ops-protocols.js';
import { defIteratorProtocol } from './iterator-type.js';

defIteratorProtocol(seqIteratorType);
