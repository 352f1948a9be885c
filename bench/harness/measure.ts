// Runs the suite: R rounds; in each round every program runs once under every system, the
// systems in an order that rotates from program to program and round to round, so slow drift
// of the machine (thermal state, another job on the shared cores) lands on all systems alike
// instead of on whichever runs last. A process runs W warm-up iterations and S timed ones.
// A system that fails or prints a wrong result is not run again for that program.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchScript, parseBenchOutput } from './driver.js';
import { rotation } from './schedule.js';
import type { ProgramResult, ProgramRun, RunStatus } from './results.js';
import { failureSummary, runProcess } from './spawn.js';
import { summarize } from './stats.js';
import type { Program } from './suite.js';
import type { Availability, BenchSystem } from './systems.js';

export interface MeasureSettings {
  readonly n: number;
  readonly m: number;
  readonly rounds: number;
  readonly warmupIterations: number;
  readonly samplesPerProcess: number;
  readonly timeoutMs: number;
  /** A system that has spent this long on a program (and has samples) gets no more rounds. */
  readonly budgetMs: number;
  readonly workDir: string;
  readonly benchrunSource: string;
  readonly log: (line: string) => void;
}

/** What one system did with one program over all rounds so far. */
interface Cell {
  readonly samplesMs: number[];
  readonly firstIterationMs: number[];
  readonly peakRssMiB: number[];
  /** Every distinct "NORM RESULT" printed, in order of appearance. */
  readonly outputs: string[];
  failure: { status: 'error' | 'timeout'; error: string } | null;
  tierStats: Record<string, unknown> | null;
  /** Wall time of all its processes so far. */
  spentMs: number;
}

const CPYTHON = 'cpython';

function newCell(): Cell {
  return { samplesMs: [], firstIterationMs: [], peakRssMiB: [], outputs: [], failure: null, tierStats: null, spentMs: 0 };
}

function readTierStats(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return { unreadable: readFileSync(path, 'utf8').slice(0, 200) };
  } finally {
    rmSync(path, { force: true });
  }
}

/** Runs one process; returns a word for the progress line, or null if the system has no version. */
async function runOnce(system: BenchSystem, program: Program, scriptPath: string, settings: MeasureSettings, cell: Cell): Promise<string | null> {
  const iterations = settings.warmupIterations + settings.samplesPerProcess;
  const statsPath = join(settings.workDir, `${program.name}.${system.id}.stats.json`);
  const invocation = system.invocation({ program, scriptPath, n: settings.n, m: settings.m, iterations, statsPath });
  if (invocation === null) return null;
  const outcome = await runProcess({ ...invocation, timeoutMs: settings.timeoutMs, measurePeakRss: true });
  cell.spentMs += outcome.wallMs;
  cell.tierStats = readTierStats(statsPath) ?? cell.tierStats;
  if (outcome.timedOut) {
    cell.failure = { status: 'timeout', error: `killed after ${settings.timeoutMs / 1000} s` };
    return 'timeout';
  }
  if (outcome.exitCode !== 0 || outcome.spawnError !== null) {
    cell.failure = { status: 'error', error: failureSummary(outcome) };
    return 'error';
  }
  const parsed = parseBenchOutput(outcome.stdout, iterations);
  if (parsed.kind === 'unexpected' && system.id === CPYTHON) {
    cell.failure = { status: 'error', error: `printed no result: ${parsed.text}` };
    return 'error';
  }
  if (parsed.kind === 'unexpected') {
    // Exit 0 but no proper result lines (e.g. "SKIP"): a wrong output, judged against CPython's.
    if (!cell.outputs.includes(parsed.text)) cell.outputs.push(parsed.text);
    return 'unexpected output';
  }
  if (outcome.peakRssMiB !== null) cell.peakRssMiB.push(outcome.peakRssMiB);
  cell.firstIterationMs.push(parsed.lines[0].microseconds / 1000);
  parsed.lines.forEach((line, i) => {
    if (i >= settings.warmupIterations) cell.samplesMs.push(line.microseconds / 1000);
    if (!cell.outputs.includes(line.output)) cell.outputs.push(line.output);
  });
  const last = cell.samplesMs.at(-1);
  return last === undefined ? 'ok' : `${last.toFixed(1)} ms`;
}

/**
 * True when more rounds cannot change the verdict (it failed, or printed a wrong result) or
 * are not worth their time: a system 100x slower than CPython needs no 9 samples to show it.
 */
function isSettled(cell: Cell, cpythonCell: Cell | undefined, systemId: string, budgetMs: number): boolean {
  if (cell.failure !== null) return true;
  if (cell.samplesMs.length > 0 && cell.spentMs >= budgetMs) return true;
  if (systemId === CPYTHON) return cell.outputs.length > 1;
  if (cpythonCell?.failure != null) return true;
  const reference = referenceOf(cpythonCell);
  return reference !== null && cell.outputs.some((o) => o !== reference);
}

/** CPython's output, when it ran and printed one and the same result in every iteration. */
function referenceOf(cell: Cell | undefined): string | null {
  return cell !== undefined && cell.failure === null && cell.outputs.length === 1 ? cell.outputs[0] : null;
}

export async function measureSuite(
  programs: readonly Program[],
  systems: readonly BenchSystem[],
  availability: ReadonlyMap<string, Availability>,
  settings: MeasureSettings,
): Promise<ProgramResult[]> {
  const runnable = systems.filter((s) => availability.get(s.id)?.available === true);
  const cells = new Map<string, Map<string, Cell>>();
  const scripts = new Map<string, string>();
  for (const program of programs) {
    const iterations = settings.warmupIterations + settings.samplesPerProcess;
    const script = benchScript(readFileSync(program.path, 'utf8'), settings.benchrunSource, settings.n, settings.m, iterations);
    const scriptPath = join(settings.workDir, `${program.name}.py`);
    writeFileSync(scriptPath, script);
    scripts.set(program.name, scriptPath);
    cells.set(program.name, new Map(runnable.map((s) => [s.id, newCell()])));
  }
  for (let round = 0; round < settings.rounds; round++) {
    for (const [index, program] of programs.entries()) {
      const row = cells.get(program.name)!;
      const notes: string[] = [];
      for (const system of rotation(runnable, round + index)) {
        const cell = row.get(system.id)!;
        if (isSettled(cell, row.get(CPYTHON), system.id, settings.budgetMs)) continue;
        const note = await runOnce(system, program, scripts.get(program.name)!, settings, cell);
        if (note !== null) notes.push(`${system.id} ${note}`);
      }
      settings.log(`[round ${round + 1}/${settings.rounds}] ${program.name.padEnd(18)} ${notes.join(' | ')}`);
    }
  }
  return programs.map((program) => judgeProgram(program, systems, availability, cells.get(program.name)!));
}

function emptyRun(status: RunStatus, error: string | null, output: string | null = null): ProgramRun {
  return {
    status,
    valid: false,
    samplesMs: [],
    time: null,
    firstIterationMs: null,
    peakRssMiB: null,
    ratioToCPython: null,
    output,
    error,
    tierStats: null,
  };
}

/** Compares every system's printed results with CPython's and turns the cells into runs. */
function judgeProgram(
  program: Program,
  systems: readonly BenchSystem[],
  availability: ReadonlyMap<string, Availability>,
  row: ReadonlyMap<string, Cell>,
): ProgramResult {
  const referenceCell = row.get(CPYTHON);
  const reference = referenceOf(referenceCell);
  const cpythonTime = reference !== null ? summarize(referenceCell!.samplesMs) : null;
  const runs: Record<string, ProgramRun> = {};
  for (const system of systems) {
    const available = availability.get(system.id);
    const cell = row.get(system.id);
    if (available?.available !== true || cell === undefined) {
      runs[system.id] = emptyRun('unavailable', available?.reason ?? 'not probed');
    } else if (cell.failure !== null) {
      runs[system.id] = { ...emptyRun(cell.failure.status, cell.failure.error), tierStats: cell.tierStats };
    } else if (cell.outputs.length === 0) {
      runs[system.id] = emptyRun('not-applicable', 'no version of this program for this system');
    } else if (system.id === CPYTHON && reference === null) {
      runs[system.id] = emptyRun('invalid', 'CPython printed different results in different iterations', cell.outputs.join(' / '));
    } else if (reference === null) {
      runs[system.id] = emptyRun('no-reference', 'CPython did not produce a result to compare with', cell.outputs[0]);
    } else if (cell.outputs.some((o) => o !== reference)) {
      const wrong = cell.outputs.find((o) => o !== reference)!;
      runs[system.id] = { ...emptyRun('invalid', `printed ${JSON.stringify(wrong)}, CPython printed ${JSON.stringify(reference)}`, wrong), tierStats: cell.tierStats };
    } else {
      const time = summarize(cell.samplesMs);
      runs[system.id] = {
        status: 'ok',
        valid: true,
        samplesMs: cell.samplesMs,
        time,
        firstIterationMs: summarize(cell.firstIterationMs),
        peakRssMiB: summarize(cell.peakRssMiB),
        ratioToCPython: time !== null && cpythonTime !== null && cpythonTime.median > 0 ? time.median / cpythonTime.median : null,
        output: reference,
        error: null,
        tierStats: cell.tierStats,
      };
    }
  }
  return { name: program.name, source: program.origin, reference, runs };
}
