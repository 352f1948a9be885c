// The human-readable report: per-program times and ratios, the per-system summary (geometric
// mean, start-up, memory), what failed and why, and parse/compile throughput. The terminal and
// bench/results/*.md get the same content in two formats.
import type { BenchResults, ProgramRun, Summary, SystemResult } from './results.js';
import { median } from './stats.js';
import { renderTable, type TableFormat } from './table-format.js';

const STATUS_WORD: Record<ProgramRun['status'], string> = {
  ok: 'ok',
  invalid: 'INVALID',
  error: 'error',
  timeout: 'timeout',
  unavailable: 'unavailable',
  'not-applicable': '—',
  'no-reference': 'no ref',
};

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${ratio.toFixed(0)}x` : ratio >= 10 ? `${ratio.toFixed(1)}x` : `${ratio.toFixed(2)}x`;
}

function spread(summary: Summary): string {
  return summary.median > 0 ? `±${((100 * summary.mad) / summary.median).toFixed(0)}%` : '';
}

function timeCell(run: ProgramRun | undefined, isReference: boolean): string {
  if (run === undefined) return '';
  if (run.status !== 'ok' || run.time === null) return STATUS_WORD[run.status];
  const ratio = !isReference && run.ratioToCPython !== null ? ` ${formatRatio(run.ratioToCPython)}` : '';
  return `${formatMs(run.time.median)}${ratio} ${spread(run.time)}`;
}

function programTable(results: BenchResults, shown: readonly SystemResult[], format: TableFormat): string {
  const header = ['program', ...shown.map((s) => s.label)];
  const rows = results.programs.map((p) => [p.name, ...shown.map((s) => timeCell(p.runs[s.id], s.id === 'cpython'))]);
  rows.push([
    'geometric mean vs CPython',
    ...shown.map((s) => (s.id === 'cpython' ? '1.00x' : s.geomeanRatio === null ? '—' : `${formatRatio(s.geomeanRatio)} (${s.validPrograms}/${s.programsAttempted})`)),
  ]);
  return renderTable(header, rows, format);
}

function systemTable(results: BenchResults, format: TableFormat): string {
  const header = ['system', 'version', 'start-up (print hi)', 'RSS print hi', 'median peak RSS, suite', 'first run() / steady', 'valid programs', 'geomean vs CPython'];
  const rows = results.systems.map((s) => {
    const rss = results.programs.map((p) => p.runs[s.id]?.peakRssMiB?.median).filter((v): v is number => v !== undefined);
    return [
      s.label,
      s.version ?? '—',
      s.startupMs === null ? '—' : `${formatMs(s.startupMs.median)} ${spread(s.startupMs)}`,
      s.helloPeakRssMiB === null ? '—' : `${s.helloPeakRssMiB.toFixed(0)} MiB`,
      rss.length === 0 ? '—' : `${median(rss).toFixed(0)} MiB`,
      s.firstIterationRatio === null ? '—' : formatRatio(s.firstIterationRatio),
      s.available ? `${s.validPrograms}/${s.programsAttempted}` : 'unavailable',
      s.id === 'cpython' ? '1.00x' : s.geomeanRatio === null ? '—' : formatRatio(s.geomeanRatio),
    ];
  });
  return renderTable(header, rows, format);
}

function problems(results: BenchResults, limit: number): string[] {
  const lines: string[] = [];
  for (const s of results.systems) {
    if (!s.available) lines.push(`${s.label}: unavailable — ${s.unavailableReason ?? ''}`);
  }
  for (const p of results.programs) {
    for (const s of results.systems) {
      const run = p.runs[s.id];
      if (!s.available || run === undefined || run.status === 'ok' || run.status === 'not-applicable') continue;
      lines.push(`${p.name} × ${s.label}: ${STATUS_WORD[run.status]} — ${(run.error ?? '').slice(0, 240)}`);
    }
  }
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more (see the JSON file)`] : lines;
}

/** Counters the tiers report about themselves (PYTIER_STATS_FILE); none until a tier writes them. */
function tierStatsLines(results: BenchResults): string[] {
  const lines: string[] = [];
  for (const p of results.programs) {
    for (const [system, run] of Object.entries(p.runs)) {
      if (run.tierStats === null) continue;
      const fields = Object.entries(run.tierStats).map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : JSON.stringify(v)}`);
      lines.push(`${p.name} × ${system}: ${fields.join(', ')}`);
    }
  }
  return lines;
}

function throughputLines(results: BenchResults): string[] {
  return results.throughput.map((t) => {
    if (t.status === 'absent') return `${t.script}: not measured (script not present yet)`;
    if (t.status !== 'ok') return `${t.script}: ${t.status} — ${t.output.split('\n').at(-1) ?? ''}`;
    const figures = t.figures.map((f) => `${f.label} ${f.mbPerSecond} MB/s`).join('; ');
    return `${t.script}: ${figures || t.output.split('\n').slice(-3).join(' / ')}`;
  });
}

export function renderReport(results: BenchResults, format: TableFormat): string {
  const shown = results.systems.filter((s) => s.available);
  const s = results.settings;
  const heading = (text: string): string => (format === 'markdown' ? `## ${text}` : `== ${text}`);
  const list = (lines: string[]): string => lines.map((l) => (format === 'markdown' ? `- ${l}` : `  ${l}`)).join('\n');
  const parts = [
    heading('Time of run() per program (median of samples; ratio to CPython; ± median absolute deviation)'),
    `size class bm_run(${s.sizeN}, ${s.sizeM}); ${s.rounds} round(s) × (${s.warmupIterations} warm-up + ${s.samplesPerProcess} timed) iterations per system and program, systems interleaved; a system gets no more rounds for a program once it has spent ${s.budgetSeconds} s on it (sample counts: "n" in the JSON)`,
    '',
    programTable(results, shown, format),
    '',
    heading('Systems'),
    '',
    systemTable(results, format),
  ];
  const issues = problems(results, format === 'markdown' ? 1000 : 40);
  if (issues.length > 0) parts.push('', heading('Not timed (failed, invalid or unavailable)'), '', list(issues));
  const tierStats = tierStatsLines(results);
  if (tierStats.length > 0) parts.push('', heading('Tier statistics reported by pytier (tier-ups, compile cost)'), '', list(tierStats));
  if (results.throughput.length > 0) parts.push('', heading('Parse and compile throughput'), '', list(throughputLines(results)));
  const m = results.machine;
  const busiest = Math.max(m.loadAverageAtStart[0] ?? 0, m.loadAverageAtEnd[0] ?? 0);
  if (busiest > m.cores) {
    parts.push('', `WARNING: the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${m.cores} cores): other work competed with the benchmark, so times are inflated and noisy.`);
  }
  parts.push(
    '',
    `${m.cpus}, ${m.cores} cores, ${m.memoryGiB.toFixed(0)} GiB; ${m.node}; ${m.python ?? 'python3 ?'}; load average ${m.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} → ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}`,
  );
  return parts.join('\n') + '\n';
}
