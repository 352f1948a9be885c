// Classes, functions, generators and control flow (object-generator.ts).
import { generateObjectPrograms } from './object-generator.js';
import { differentialSuite } from './differential-suite.js';

differentialSuite('OBJ_DIFF', 'differential: generated class/function/generator programs vs python3', generateObjectPrograms, 1000);
