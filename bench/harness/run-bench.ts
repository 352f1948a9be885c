// `pytier bench` / `npm run bench`: probe the systems, measure start-up, run the suite with
// the systems interleaved, judge every result against CPython's, and write the reports.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSuite } from './measure.js';
import { ALL_SYSTEM_IDS, parseOptions, USAGE, type BenchOptions } from './options.js';
import { renderReport } from './report-table.js';
import { renderSvg } from './report-svg.js';
import type { BenchResults, ProgramResult, SystemResult } from './results.js';
import { measureStartup } from './startup.js';
import { geomean } from './stats.js';
import { benchrunPath, loadSuite, suiteLocations } from './suite.js';
import { createSystem, type Availability, type BenchSystem } from './systems.js';
import { measureThroughput } from './throughput.js';

/** The repository root: the nearest folder above this file whose package.json names pytier. */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'pytier') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the pytier repository root');
    dir = parent;
  }
}

function log(line: string): void {
  process.stderr.write(line + '\n');
}

function pythonVersion(): string | null {
  try {
    return `CPython ${execFileSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).trim()}`;
  } catch {
    return null;
  }
}

function summarizeSystem(
  system: BenchSystem,
  availability: Availability,
  startup: { startupMs: SystemResult['startupMs']; helloPeakRssMiB: number | null } | undefined,
  programs: readonly ProgramResult[],
): SystemResult {
  const runs = programs.map((p) => p.runs[system.id]).filter((r) => r !== undefined && r.status !== 'not-applicable');
  const ratios = runs.map((r) => r.ratioToCPython).filter((r): r is number => r !== null && r > 0);
  const firstIteration = runs
    .map((r) => (r.firstIterationMs !== null && r.time !== null && r.time.median > 0 ? r.firstIterationMs.median / r.time.median : null))
    .filter((r): r is number => r !== null && r > 0);
  return {
    id: system.id,
    label: system.label,
    available: availability.available,
    unavailableReason: availability.reason,
    version: availability.version,
    startupMs: startup?.startupMs ?? null,
    helloPeakRssMiB: startup?.helloPeakRssMiB ?? null,
    geomeanRatio: system.id === 'cpython' ? 1 : geomean(ratios),
    firstIterationRatio: geomean(firstIteration),
    validPrograms: runs.filter((r) => r.valid).length,
    programsAttempted: runs.length,
  };
}

async function run(options: BenchOptions, repoRoot: string, command: string): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = loadavg();
  const locations = suiteLocations(repoRoot);
  const benchrun = benchrunPath(locations);
  if (!existsSync(benchrun)) throw new Error(`${benchrun} not found: the suite needs ../shared/perf beside the repository`);
  const programs = loadSuite(locations, options.suiteDirs, options.filter);
  if (programs.length === 0) throw new Error('no benchmark program matches');
  const requested = options.systems ?? ALL_SYSTEM_IDS;
  const systems = [...new Set<string>(['cpython', ...requested])].map((id) => createSystem(id as (typeof ALL_SYSTEM_IDS)[number], repoRoot));
  const workDir = mkdtempSync(join(tmpdir(), 'pytier-bench-'));
  try {
    const hello = { py: join(workDir, 'hello.py'), mjs: join(workDir, 'hello.mjs') };
    writeFileSync(hello.py, "print('hi')\n");
    writeFileSync(hello.mjs, "console.log('hi');\n");
    const availability = new Map<string, Availability>();
    for (const system of systems) {
      const a = await system.probe(hello);
      availability.set(system.id, a);
      log(`${system.label.padEnd(20)} ${a.available ? `available (${a.version ?? '?'})` : `unavailable: ${a.reason ?? ''}`}`);
    }
    if (availability.get('cpython')?.available !== true) throw new Error(`python3 does not run: ${availability.get('cpython')?.reason ?? ''}`);
    const runnable = systems.filter((s) => availability.get(s.id)?.available === true);
    log(`start-up: ${options.startupSamples} sample(s) per system …`);
    const startup = await measureStartup(runnable, hello, options.startupSamples, options.timeoutSeconds * 1000);
    log(`suite: ${programs.length} program(s) × ${runnable.length} system(s) × ${options.rounds} round(s)`);
    const programResults = await measureSuite(programs, systems, availability, {
      n: options.sizeN,
      m: options.sizeM,
      rounds: options.rounds,
      warmupIterations: options.warmupIterations,
      samplesPerProcess: options.samplesPerProcess,
      timeoutMs: options.timeoutSeconds * 1000,
      budgetMs: options.budgetSeconds * 1000,
      workDir,
      benchrunSource: readFileSync(benchrun, 'utf8'),
      log,
    });
    const throughput = options.throughput ? await measureThroughput(repoRoot, 600_000, log) : [];
    const cpuList = cpus();
    return {
      schema: 'pytier-bench/1',
      startedAt,
      finishedAt: new Date().toISOString(),
      command,
      machine: {
        node: `Node.js ${process.version}`,
        python: pythonVersion(),
        cpus: cpuList[0]?.model.trim() ?? 'unknown CPU',
        cores: cpuList.length,
        memoryGiB: totalmem() / 2 ** 30,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
      },
      settings: {
        sizeN: options.sizeN,
        sizeM: options.sizeM,
        rounds: options.rounds,
        warmupIterations: options.warmupIterations,
        samplesPerProcess: options.samplesPerProcess,
        timeoutSeconds: options.timeoutSeconds,
        budgetSeconds: options.budgetSeconds,
        startupSamples: options.startupSamples,
      },
      systems: systems.map((s) => summarizeSystem(s, availability.get(s.id)!, startup.get(s.id), programResults)),
      programs: programResults,
      throughput,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/**
 * Runs the harness; returns the process exit status (0 also when some system failed: that is
 * a result). `invokedAs` is the command prefix recorded in the results ("pytier bench").
 */
export async function runBench(args: string[], invokedAs = 'pytier bench'): Promise<number> {
  const repoRoot = findRepoRoot();
  let options: BenchOptions;
  try {
    options = parseOptions(args, repoRoot);
  } catch (err) {
    process.stderr.write(`pytier bench: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let results: BenchResults;
  try {
    results = await run(options, repoRoot, [invokedAs, ...args.map(shellQuote)].join(' '));
  } catch (err) {
    process.stderr.write(`pytier bench: ${(err as Error).message}\n`);
    return 1;
  }
  mkdirSync(options.outDir, { recursive: true });
  // A quick run never overwrites the committed full-run results.
  const base = join(options.outDir, options.quick ? 'quick' : 'latest');
  // Six significant digits: far below the noise, and the file stays readable and diffable.
  const rounded = (_key: string, value: unknown): unknown =>
    typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value;
  writeFileSync(`${base}.json`, JSON.stringify(results, rounded, 2) + '\n');
  writeFileSync(`${base}.md`, `# pytier benchmark results\n\nCommand: \`${results.command}\`\n\n${renderReport(results, 'markdown')}`);
  if (options.chart) writeFileSync(`${base}.svg`, renderSvg(results));
  process.stdout.write('\n' + renderReport(results, 'text'));
  const written = ['json', 'md', ...(options.chart ? ['svg'] : [])].map((ext) => relative(process.cwd(), `${base}.${ext}`) || `${base}.${ext}`);
  process.stdout.write(`\nwrote ${written.join(', ')}\n`);
  return 0;
}
