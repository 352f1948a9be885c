// Number and text formatting: format specs, f-strings, %-formatting, float repr, int/float
// parsing (format-generator.ts).
import { generateFormatPrograms } from './format-generator.js';
import { differentialSuite } from './differential-suite.js';

differentialSuite('FORMAT_DIFF', 'format differential: generated programs vs python3', generateFormatPrograms, 2000, 1125);
