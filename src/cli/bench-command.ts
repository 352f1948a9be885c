// `pytier bench [options]`: the benchmark harness (bench/README.md). Loaded only for this
// subcommand, so running a program never loads the harness.
export async function main(args: string[]): Promise<number> {
  const { runBench } = await import('../../bench/harness/run-bench.js');
  return runBench(args);
}
