// The shape of bench/results/*.json: the one record every report (terminal table, markdown,
// SVG) is written from. Times are milliseconds, memory is MiB.

/** Why a system has (or has no) timing for one program. Only 'ok' is valid and timed. */
export type RunStatus =
  | 'ok' // ran, every sample printed exactly what CPython printed
  | 'invalid' // ran, but printed something else than CPython: never timed
  | 'error' // crashed, non-zero exit, or printed no result line
  | 'timeout' // killed after the per-process time limit
  | 'unavailable' // the system itself does not run (probe failed: not built, tier missing…)
  | 'not-applicable' // the system has no version of this program (hand-written JS)
  | 'no-reference'; // CPython itself failed on this program, so nothing can be validated

export interface Summary {
  readonly median: number;
  /** Median absolute deviation, same unit as the median. */
  readonly mad: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export interface ProgramRun {
  readonly status: RunStatus;
  readonly valid: boolean;
  /** Steady-state samples (after the in-process warm-up iterations), all rounds pooled. */
  readonly samplesMs: number[];
  readonly time: Summary | null;
  /** The first in-process iteration of every process: what warm-up (and later tier-up) costs. */
  readonly firstIterationMs: Summary | null;
  /** Peak resident set size of the process, per round (MiB). */
  readonly peakRssMiB: Summary | null;
  /** time.median / CPython's time.median, when both are valid. */
  readonly ratioToCPython: number | null;
  /** What the system printed ("NORM RESULT"), the first line that differs, or the error. */
  readonly output: string | null;
  readonly error: string | null;
  /** Counters a tier reports itself (tier-ups, compile time…), when it reports any. */
  readonly tierStats: Record<string, unknown> | null;
}

export interface ProgramResult {
  readonly name: string;
  readonly source: string;
  /** CPython's printed "NORM RESULT", the reference every system is compared with. */
  readonly reference: string | null;
  readonly runs: Record<string, ProgramRun>;
}

export interface SystemResult {
  readonly id: string;
  readonly label: string;
  readonly available: boolean;
  readonly unavailableReason: string | null;
  readonly version: string | null;
  /** Process start → first byte of output of `print('hi')`. */
  readonly startupMs: Summary | null;
  readonly helloPeakRssMiB: number | null;
  /** Geometric mean of ratioToCPython over the programs this system ran validly. */
  readonly geomeanRatio: number | null;
  /**
   * Geometric mean over valid programs of (first iteration / steady-state median): how much
   * the first run() of a process costs extra — V8's tiering today, pytier's tier-up later.
   */
  readonly firstIterationRatio: number | null;
  readonly validPrograms: number;
  readonly programsAttempted: number;
}

export interface ThroughputResult {
  readonly script: string;
  readonly status: 'ok' | 'error' | 'timeout' | 'absent';
  readonly elapsedMs: number | null;
  /** Every "<label> … <number> MB/s" figure the script printed, in order. */
  readonly figures: { label: string; mbPerSecond: number }[];
  readonly output: string;
}

export interface BenchResults {
  readonly schema: 'pytier-bench/1';
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly command: string;
  readonly machine: {
    readonly node: string;
    readonly python: string | null;
    readonly cpus: string;
    readonly cores: number;
    readonly memoryGiB: number;
    readonly loadAverageAtStart: number[];
    readonly loadAverageAtEnd: number[];
  };
  readonly settings: {
    readonly sizeN: number;
    readonly sizeM: number;
    readonly rounds: number;
    readonly warmupIterations: number;
    readonly samplesPerProcess: number;
    readonly timeoutSeconds: number;
    readonly budgetSeconds: number;
    readonly startupSamples: number;
  };
  readonly systems: SystemResult[];
  readonly programs: ProgramResult[];
  readonly throughput: ThroughputResult[];
}
