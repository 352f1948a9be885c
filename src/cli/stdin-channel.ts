// Standard input for a program running in the CLI's worker. The main thread reads fd 0
// (asynchronously, through process.stdin) and hands the bytes over in shared memory; the
// worker waits for them with Atomics.wait. Ctrl-C reaches the main thread, which wakes the
// waiting worker, so input() raises KeyboardInterrupt at once instead of after the next line
// arrives (a synchronous read of fd 0 in the worker cannot be interrupted).
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { MessagePort } from 'node:worker_threads';

/** The shared state: `ctrl[STATE]` and `ctrl[LENGTH]`, then the bytes of one chunk. */
export interface StdinBuffers {
  ctrl: Int32Array;
  data: Uint8Array;
}

const STATE = 0;
const LENGTH = 1;
/** Nothing asked for; the worker asked and waits; a chunk is ready; input has ended. */
const IDLE = 0;
const REQUESTED = 1;
const READY = 2;
const ENDED = 3;
const CHUNK = 1 << 16;
const READ_AHEAD = 1 << 20;
/** How often a waiting worker looks at the interrupt flag even if not woken. */
const WAKE_CHECK_MS = 50;

/** The message the worker posts to ask for a chunk. */
export const READ_REQUEST = 'pytier:stdin';

export function newStdinBuffers(): StdinBuffers {
  return { ctrl: new Int32Array(new SharedArrayBuffer(8)), data: new Uint8Array(new SharedArrayBuffer(CHUNK)) };
}

/** The main thread's side: serves read requests from process.stdin, wakes the worker on
 * interrupt(), and lets go of stdin at close() so that it does not keep the process alive.
 * Once asked, it reads ahead (up to READ_AHEAD bytes) so that a request is answered without
 * waiting for the read: a round trip per chunk took 40 ms of 300k lines' 0.6 s. */
export function stdinServer(buffers: StdinBuffers): { serve(): void; interrupt(): void; close(): void } {
  const { ctrl, data } = buffers;
  let queued: Buffer[] = [];
  let queuedBytes = 0;
  let ended = false;
  let listening = false;
  const hand = () => {
    if (queuedBytes < READ_AHEAD && !ended) process.stdin.resume();
    else process.stdin.pause();
    if (Atomics.load(ctrl, STATE) !== REQUESTED) return;
    if (queued.length > 0) {
      const chunk = queued[0];
      const n = Math.min(chunk.length, data.length);
      data.set(chunk.subarray(0, n));
      if (n === chunk.length) queued.shift();
      else queued[0] = chunk.subarray(n);
      queuedBytes -= n;
      Atomics.store(ctrl, LENGTH, n);
      Atomics.store(ctrl, STATE, READY);
    } else if (ended) Atomics.store(ctrl, STATE, ENDED);
    else return;
    Atomics.notify(ctrl, STATE);
  };
  return {
    serve() {
      if (!listening) {
        listening = true;
        process.stdin.on('data', (b: Buffer) => {
          queued.push(b);
          queuedBytes += b.length;
          hand();
        });
        process.stdin.on('end', () => {
          ended = true;
          hand();
        });
        process.stdin.on('error', () => {
          ended = true;
          hand();
        });
      }
      hand();
    },
    interrupt() {
      Atomics.notify(ctrl, STATE);
    },
    close() {
      queued = [];
      if (listening) process.stdin.destroy();
    },
  };
}

/** The worker's side: a line reader for input() and sys.stdin that asks the main thread for
 * bytes and returns '' early when `interrupted()` (the stream then raises KeyboardInterrupt). */
export function channelLineReader(buffers: StdinBuffers, port: MessagePort, interrupted: () => boolean): () => string {
  const { ctrl, data } = buffers;
  return lineReader(() => {
    if (Atomics.load(ctrl, STATE) === IDLE) {
      Atomics.store(ctrl, STATE, REQUESTED);
      port.postMessage(READ_REQUEST);
    }
    // Left REQUESTED when interrupted: the chunk that arrives later is read next time. The
    // main thread's wake-up on Ctrl-C is lost if it comes between the check and the wait,
    // hence the timeout.
    while (Atomics.load(ctrl, STATE) === REQUESTED) {
      if (interrupted()) return null;
      Atomics.wait(ctrl, STATE, REQUESTED, WAKE_CHECK_MS);
    }
    if (Atomics.load(ctrl, STATE) === ENDED) return Buffer.alloc(0);
    const chunk = Buffer.from(data.subarray(0, Atomics.load(ctrl, LENGTH)));
    Atomics.store(ctrl, STATE, IDLE);
    return chunk;
  });
}

/** A line reader over fd 0 read synchronously (when the CLI runs in the calling thread). */
export function fdLineReader(): () => string {
  const chunk = Buffer.alloc(CHUNK);
  return lineReader(() => {
    for (;;) {
      try {
        return chunk.subarray(0, fs.readSync(0, chunk, 0, chunk.length, null));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EOF') return Buffer.alloc(0);
        if (code !== 'EAGAIN') throw e;
      }
    }
  });
}

/** Lines (with their '\n'; the last may lack it; '' at the end) from `read`, which returns
 * the next bytes, an empty buffer at the end of input, or null when interrupted. Chunks are
 * decoded whole (a character split between two chunks is held back by the decoder) and
 * lines cut from the text: per-line Buffer slicing and decoding cost 50 ms of 300k lines. */
export function lineReader(read: () => Buffer | null): () => string {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let at = 0;
  let eof = false;
  return () => {
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl >= 0) {
        const line = text.slice(at, nl + 1);
        at = nl + 1;
        return line;
      }
      if (eof) {
        const rest = text.slice(at);
        text = '';
        at = 0;
        return rest;
      }
      const bytes = read();
      if (bytes === null) return '';
      if (bytes.length === 0) eof = true;
      text = text.slice(at) + (eof ? decoder.end() : decoder.write(bytes));
      at = 0;
    }
  };
}
