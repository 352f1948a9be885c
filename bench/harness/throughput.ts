// Parse and compile throughput are measured by scripts the front-end and compiler owners keep
// beside their code (bench/parse-throughput.ts, bench/compile-throughput.ts). The harness only
// runs the compiled script when it exists and keeps every "… N MB/s" figure it prints, so the
// figures in a results file always come from the owners' own measurement.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ThroughputResult } from './results.js';
import { failureSummary, runProcess } from './spawn.js';

export const THROUGHPUT_SCRIPTS = ['parse-throughput', 'compile-throughput'] as const;

const FIGURE = /^(.*?)(\d+(?:\.\d+)?)\s*MB\/s/gm;

export function extractFigures(output: string): { label: string; mbPerSecond: number }[] {
  const figures: { label: string; mbPerSecond: number }[] = [];
  for (const match of output.matchAll(FIGURE)) {
    figures.push({ label: match[1].replace(/[\s:=,(]+$/, '').replace(/\s+/g, ' ').trim(), mbPerSecond: Number(match[2]) });
  }
  return figures;
}

export async function measureThroughput(repoRoot: string, timeoutMs: number, log: (line: string) => void): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  for (const script of THROUGHPUT_SCRIPTS) {
    const source = join(repoRoot, 'bench', `${script}.ts`);
    const compiled = join(repoRoot, 'dist', 'bench', `${script}.js`);
    if (!existsSync(source) || !existsSync(compiled)) {
      results.push({ script, status: 'absent', elapsedMs: null, figures: [], output: '' });
      continue;
    }
    log(`running ${script} …`);
    const outcome = await runProcess({ command: process.execPath, args: [compiled], timeoutMs, cwd: repoRoot });
    const status = outcome.timedOut ? 'timeout' : outcome.exitCode === 0 ? 'ok' : 'error';
    const output = status === 'ok' ? outcome.stdout : `${outcome.stdout}\n${failureSummary(outcome)}`;
    results.push({ script, status, elapsedMs: outcome.wallMs, figures: status === 'ok' ? extractFigures(output) : [], output: output.trim().slice(-4000) });
  }
  return results;
}
