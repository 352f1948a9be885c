// Containers, iteration and builtins (container-generator.ts).
import { generateContainerPrograms } from './container-generator.js';
import { differentialSuite } from './differential-suite.js';

differentialSuite('CONTAINER', 'differential: generated container programs vs python3', generateContainerPrograms, 1200);
