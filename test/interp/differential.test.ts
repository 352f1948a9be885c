// Generated programs over ints (incl. huge ones), floats, strs, lists, dicts, tuples,
// comparisons, slicing, loops, functions and caught exceptions (program-generator.ts).
import { generatePrograms } from './program-generator.js';
import { differentialSuite } from './differential-suite.js';

differentialSuite('DIFF', 'differential: generated programs vs python3', generatePrograms, 320);
