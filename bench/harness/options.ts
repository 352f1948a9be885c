// Command-line flags of `npm run bench` / `pytier bench`.
import { resolve } from 'node:path';

export const ALL_SYSTEM_IDS = ['cpython', 'interp', 'interp-nofb', 'auto', 'jit', 'js', 'pyodide', 'micropython'] as const;
export type SystemId = (typeof ALL_SYSTEM_IDS)[number];

export interface BenchOptions {
  readonly quick: boolean;
  readonly filter: RegExp | null;
  /** Systems to run; null = every system that is available on this machine. */
  readonly systems: readonly SystemId[] | null;
  readonly outDir: string;
  /** Directories of programs replacing the default suite (../shared/perf + bench/programs). */
  readonly suiteDirs: readonly string[] | null;
  readonly sizeN: number;
  readonly sizeM: number;
  readonly rounds: number;
  readonly warmupIterations: number;
  readonly samplesPerProcess: number;
  readonly timeoutSeconds: number;
  readonly budgetSeconds: number;
  readonly startupSamples: number;
  readonly throughput: boolean;
  readonly chart: boolean;
  readonly help: boolean;
}

export const USAGE = `usage: pytier bench [options]      (or: npm run bench -- [options])
  --quick             short run: small sizes, 1 round, no parse/compile throughput
  --filter REGEX      only programs whose name matches REGEX
  --tiers a,b,c       systems to run: ${ALL_SYSTEM_IDS.join(', ')} (default: all available)
  --out DIR           where results go (default: bench/results)
  --suite DIR         use the programs in DIR instead of the default suite (repeatable)
  --size N,M          size class for bm_params (default 1000,1000; --quick 100,100)
  --rounds R          processes per system and program, interleaved (default 3; --quick 1)
  --warmup W          untimed iterations at the start of each process (default 2; --quick 1)
  --samples S         timed iterations per process (default 3; --quick 2)
  --timeout SECONDS   per-process limit (default 120; --quick 30)
  --budget SECONDS    no more rounds for a system once it has spent this long on a program (default 10)
  --startup-samples K start-up measurements per system (default 10; --quick 3)
  --[no-]throughput   run the parse/compile throughput scripts (default: on unless --quick)
  --no-chart          skip the SVG chart
`;

function positiveInt(flag: string, text: string | undefined, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer >= ${min}, got ${String(text)}`);
  return n;
}

/** Parses flags; throws an Error with a one-line message on bad input. */
export function parseOptions(args: readonly string[], repoRoot: string): BenchOptions {
  const given = new Map<string, string>();
  const suiteDirs: string[] = [];
  const flags = new Set<string>();
  const valued = new Set(['--filter', '--tiers', '--out', '--suite', '--size', '--rounds', '--warmup', '--samples', '--timeout', '--budget', '--startup-samples']);
  const switches = new Set(['--quick', '--throughput', '--no-throughput', '--no-chart', '--help', '-h']);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (valued.has(name)) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new Error(`${name} needs a value`);
      if (name === '--suite') suiteDirs.push(resolve(value));
      else given.set(name, value);
    } else if (switches.has(arg)) {
      flags.add(arg);
    } else {
      throw new Error(`unknown option ${arg}`);
    }
  }
  const quick = flags.has('--quick');
  let systems: SystemId[] | null = null;
  const tiers = given.get('--tiers');
  if (tiers !== undefined) {
    systems = [];
    for (const name of tiers.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!(ALL_SYSTEM_IDS as readonly string[]).includes(name)) {
        throw new Error(`--tiers: unknown system '${name}' (known: ${ALL_SYSTEM_IDS.join(', ')})`);
      }
      if (!systems.includes(name as SystemId)) systems.push(name as SystemId);
    }
    if (systems.length === 0) throw new Error('--tiers names no system');
  }
  const size = (given.get('--size') ?? (quick ? '100,100' : '1000,1000')).split(',');
  if (size.length !== 2) throw new Error('--size needs N,M');
  const filterText = given.get('--filter');
  let filter: RegExp | null = null;
  if (filterText !== undefined) {
    try {
      filter = new RegExp(filterText);
    } catch {
      throw new Error(`--filter: invalid regular expression ${filterText}`);
    }
  }
  return {
    quick,
    filter,
    systems,
    outDir: resolve(given.get('--out') ?? resolve(repoRoot, 'bench/results')),
    suiteDirs: suiteDirs.length > 0 ? suiteDirs : null,
    sizeN: positiveInt('--size', size[0], 1),
    sizeM: positiveInt('--size', size[1], 1),
    rounds: positiveInt('--rounds', given.get('--rounds') ?? (quick ? '1' : '3'), 1),
    warmupIterations: positiveInt('--warmup', given.get('--warmup') ?? (quick ? '1' : '2'), 0),
    samplesPerProcess: positiveInt('--samples', given.get('--samples') ?? (quick ? '2' : '3'), 1),
    timeoutSeconds: positiveInt('--timeout', given.get('--timeout') ?? (quick ? '30' : '120'), 1),
    budgetSeconds: positiveInt('--budget', given.get('--budget') ?? '10', 1),
    startupSamples: positiveInt('--startup-samples', given.get('--startup-samples') ?? (quick ? '3' : '10'), 1),
    throughput: flags.has('--throughput') || (!quick && !flags.has('--no-throughput')),
    chart: !flags.has('--no-chart'),
    help: flags.has('--help') || flags.has('-h'),
  };
}
