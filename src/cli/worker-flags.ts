// V8 flags of the thread that runs Python. --no-use-osr: the interpreter pauses long-running
// frames itself (interp/eval.ts SLICE_BACKEDGES), which does what V8's on-stack replacement
// would, without its failure mode for an interpreter loop. Set once Node has started; the
// worker loader sets them before it compiles, since V8 rejects a code cache made under
// other flags.
export const WORKER_V8_FLAGS = '--no-use-osr';
