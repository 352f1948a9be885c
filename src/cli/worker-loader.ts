// The CLI worker's entry in the bundle (built as CommonJS into dist/bundle/worker/). It
// compiles the worker's code (run-here.ts and all it imports, one CommonJS file) with V8's
// code cache, which the build writes beside it: compiling that code took ~20 ms of every
// start-up, and functions compiled lazily during a run took more. A cache made by another
// V8 or under other flags is rejected by V8 and the code is compiled as usual.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { workerData } from 'node:worker_threads';
import { WORKER_V8_FLAGS } from './worker-flags.js';
import { compileWithCache } from './code-cache.js';

v8.setFlagsFromString(WORKER_V8_FLAGS);
const file = path.join(__dirname, 'run-here.cjs');
const { script, run } = compileWithCache(file);
const done = (run() as { serveWorker(): Promise<void> }).serveWorker();
// The build runs a warm-up program this way and keeps the cache of everything it compiled.
if ((workerData as { writeCodeCache?: boolean }).writeCodeCache) {
  void done.then(() => fs.writeFileSync(`${file}.cache`, script.createCachedData()));
}
