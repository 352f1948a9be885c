// Every frozen (Python-source) library module; importing this registers them all.
import './keyword.js';
import './operator.js';
import './collections.js';
import './gc.js';
import './io.js';
import './unittest.js';
import './warnings.js';
