// The benchmark suite: MicroPython's perf programs from ../shared/perf (read in place, never
// copied) plus this project's own programs in bench/programs. Every program follows the same
// protocol: it defines bm_params and bm_setup(params) -> (run, result); benchrun.py times run()
// inside the process and prints "MICROSECONDS NORM RESULT".
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Program {
  readonly name: string;
  readonly path: string;
  /** Where it came from, for the report: "perf" (../shared/perf), "ours" (bench/programs) or the --suite folder name. */
  readonly origin: string;
  /** The hand-written JavaScript version (an ES module), when there is one. */
  readonly jsVersion: string | null;
}

export interface SuiteLocations {
  readonly repoRoot: string;
  readonly sharedPerf: string;
  readonly ownPrograms: string;
  readonly jsVersions: string;
}

export function suiteLocations(repoRoot: string): SuiteLocations {
  return {
    repoRoot,
    sharedPerf: join(repoRoot, '..', 'shared', 'perf'),
    ownPrograms: join(repoRoot, 'bench', 'programs'),
    jsVersions: join(repoRoot, 'bench', 'js'),
  };
}

/** MicroPython's driver, read from the shared folder; every run appends it to the program. */
export function benchrunPath(locations: SuiteLocations): string {
  return join(locations.sharedPerf, 'benchrun.py');
}

function programsIn(dir: string, origin: string, jsDir: string): Program[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py') && f !== 'benchrun.py')
    .sort()
    .map((file) => {
      const name = basename(file, '.py');
      // A JS version next to the program wins over one in bench/js (test fixtures use that).
      const candidates = [join(dir, `${name}.mjs`), join(jsDir, `${name}.mjs`)];
      return { name, path: join(dir, file), origin, jsVersion: candidates.find((p) => existsSync(p)) ?? null };
    });
}

export function loadSuite(locations: SuiteLocations, suiteDirs: readonly string[] | null, filter: RegExp | null): Program[] {
  const dirs = suiteDirs
    ? suiteDirs.map((dir) => ({ dir, origin: basename(dir) }))
    : [
        { dir: locations.sharedPerf, origin: 'perf' },
        { dir: locations.ownPrograms, origin: 'ours' },
      ];
  const programs: Program[] = [];
  const seen = new Set<string>();
  for (const { dir, origin } of dirs) {
    if (!existsSync(dir)) throw new Error(`benchmark folder not found: ${dir}`);
    for (const program of programsIn(dir, origin, locations.jsVersions)) {
      if (seen.has(program.name)) throw new Error(`two benchmark programs are named ${program.name}`);
      seen.add(program.name);
      if (filter === null || filter.test(program.name)) programs.push(program);
    }
  }
  return programs;
}
