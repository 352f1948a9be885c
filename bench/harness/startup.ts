// Start-up: from spawning the process to the first byte it writes, for `print('hi')` — what a
// user waits for before a script starts doing anything. Samples of all systems interleave like
// the suite's rounds. The peak RSS of that same hello-world run is the system's floor memory.
import type { Summary } from './results.js';
import { rotation } from './schedule.js';
import { runProcess } from './spawn.js';
import { summarize } from './stats.js';
import type { BenchSystem } from './systems.js';

export interface StartupResult {
  readonly startupMs: Summary | null;
  readonly helloPeakRssMiB: number | null;
}

export async function measureStartup(
  systems: readonly BenchSystem[],
  files: { readonly py: string; readonly mjs: string },
  samples: number,
  timeoutMs: number,
): Promise<Map<string, StartupResult>> {
  const times = new Map<string, number[]>(systems.map((s) => [s.id, []]));
  for (let i = 0; i < samples; i++) {
    for (const system of rotation(systems, i)) {
      const outcome = await runProcess({ ...system.hello(files), timeoutMs });
      if (outcome.exitCode === 0 && outcome.firstOutputMs !== null && outcome.stdout === 'hi\n') {
        times.get(system.id)!.push(outcome.firstOutputMs);
      }
    }
  }
  const results = new Map<string, StartupResult>();
  for (const system of systems) {
    const outcome = await runProcess({ ...system.hello(files), timeoutMs, measurePeakRss: true });
    results.set(system.id, {
      startupMs: summarize(times.get(system.id)!),
      helloPeakRssMiB: outcome.exitCode === 0 ? outcome.peakRssMiB : null,
    });
  }
  return results;
}
