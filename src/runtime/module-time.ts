// The `time` module: clocks and sleep. Clocks read the host's high-resolution timer
// (performance.now, performance.timeOrigin); nothing host-specific reaches Python code.
import { PyFloat } from './value.js';
import type { PyValue } from './object.js';
import { defFunction } from './builtin-function.js';
import { newModule, registerModule } from './modules.js';
import { valueError } from './errors.js';
import { realAsDouble } from './float-methods.js';

const NS_PER_MS = 1_000_000n;

function wallNs(): bigint {
  // timeOrigin + now() keeps sub-millisecond resolution that Date.now() lacks.
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.floor(ms)) * NS_PER_MS + BigInt(Math.round((ms % 1) * 1e6));
}

function monotonicNs(): bigint {
  const ms = performance.now();
  return BigInt(Math.floor(ms)) * NS_PER_MS + BigInt(Math.round((ms % 1) * 1e6));
}

interface CpuClock {
  cpuUsage(): { user: number; system: number };
}

/** CPU time of this process where the host offers it (Node), else the monotonic clock. */
function processNs(): bigint {
  const host = (globalThis as { process?: CpuClock }).process;
  if (host && typeof host.cpuUsage === 'function') {
    const u = host.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  return monotonicNs();
}

function seconds(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

function toPyInt(ns: bigint): number | bigint {
  return ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns;
}

function sleep(secs: PyValue): null {
  const s = realAsDouble(secs);
  if (Number.isNaN(s)) throw valueError('Invalid value NaN (not a number)');
  if (s < 0) throw valueError('sleep length must be non-negative');
  const ms = s * 1000;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    // Hosts that forbid blocking waits on this thread (a browser's main thread) get a spin.
    const end = performance.now() + ms;
    while (performance.now() < end);
  }
  return null;
}

registerModule('time', () => {
  const m = newModule('time');
  const fns = [
    defFunction('time', 0, () => seconds(wallNs()), 'time'),
    defFunction('time_ns', 0, () => toPyInt(wallNs()), 'time'),
    defFunction('perf_counter', 0, () => seconds(monotonicNs()), 'time'),
    defFunction('perf_counter_ns', 0, () => toPyInt(monotonicNs()), 'time'),
    defFunction('monotonic', 0, () => seconds(monotonicNs()), 'time'),
    defFunction('monotonic_ns', 0, () => toPyInt(monotonicNs()), 'time'),
    defFunction('process_time', 0, () => seconds(processNs()), 'time'),
    defFunction('process_time_ns', 0, () => toPyInt(processNs()), 'time'),
    defFunction('sleep', '(secs, /)', sleep, 'time'),
  ];
  for (const f of fns) m.set(f.name, f);
  return m;
});
