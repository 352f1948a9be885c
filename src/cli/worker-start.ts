// The CLI worker's entry when it runs from tsc's per-module output (the bundle has
// worker-loader.ts instead): run the program the main thread handed over.
import { serveWorker } from './run-here.js';

void serveWorker();
