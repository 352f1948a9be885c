// One benchmark process = the program, MicroPython's benchrun.py, and a loop calling
// bm_run(N, M) once per iteration. bm_run calls bm_setup afresh, times run() alone with
// time.perf_counter (start-up, imports and setup are excluded) and prints one line
// "MICROSECONDS NORM RESULT". The first iterations are warm-up (a JIT tiers up there); all
// iterations' NORM RESULT must equal CPython's, so a tier that goes wrong after tier-up is
// caught, not timed.

export function benchScript(programSource: string, benchrunSource: string, n: number, m: number, iterations: number): string {
  return [
    programSource,
    '',
    benchrunSource,
    '',
    `for _bench_iteration in range(${iterations}):`,
    `    bm_run(${n}, ${m})`,
    '',
  ].join('\n');
}

export interface IterationLine {
  readonly microseconds: number;
  /** "NORM RESULT" exactly as printed. */
  readonly output: string;
}

export type ParsedOutput =
  | { readonly kind: 'iterations'; readonly lines: IterationLine[] }
  /** Printed something that is not an iteration line (e.g. "SKIP"), or too few lines. */
  | { readonly kind: 'unexpected'; readonly text: string };

const ITERATION_LINE = /^(-?\d+) (.*)$/;

export function parseBenchOutput(stdout: string, expectedIterations: number): ParsedOutput {
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const parsed: IterationLine[] = [];
  for (const line of lines) {
    const match = ITERATION_LINE.exec(line);
    if (match === null || Number(match[1]) < 0) return { kind: 'unexpected', text: line.slice(0, 300) };
    parsed.push({ microseconds: Number(match[1]), output: match[2] });
  }
  if (parsed.length !== expectedIterations) {
    return { kind: 'unexpected', text: `printed ${parsed.length} result lines, expected ${expectedIterations}` };
  }
  return { kind: 'iterations', lines: parsed };
}
