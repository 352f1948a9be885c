// The chart: for every program, one bar per system showing its time relative to CPython on a
// log scale, bars growing from the CPython line to the left (faster) or right (slower), the
// geometric means on top, and a strip with start-up time and memory per system underneath.
// Hand-written SVG: no dependency, and the file diffs well in git.
import type { BenchResults, SystemResult } from './results.js';
import { formatMs, formatRatio } from './report-table.js';

const COLORS: Record<string, string> = {
  cpython: '#6b6b6b',
  interp: '#4e79a7',
  auto: '#59a14f',
  jit: '#e15759',
  js: '#f28e2b',
  pyodide: '#b07aa1',
  micropython: '#9c755f',
};

const FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";
const WIDTH = 1100;
const LABEL_WIDTH = 230;
const PLOT_LEFT = LABEL_WIDTH + 20;
const PLOT_RIGHT = WIDTH - 70;
const BAR = 11;
const BAR_GAP = 2;
const ROW_GAP = 12;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(content)}</text>`;
}

interface Scale {
  readonly lo: number;
  readonly hi: number;
  x(ratio: number): number;
}

function logScale(ratios: readonly number[]): Scale {
  const lo = 10 ** Math.floor(Math.log10(Math.min(1, ...ratios)) - 1e-9);
  const hi = 10 ** Math.ceil(Math.log10(Math.max(1, ...ratios)) + 1e-9);
  const span = Math.log10(hi) - Math.log10(lo);
  return { lo, hi, x: (r) => PLOT_LEFT + ((Math.log10(r) - Math.log10(lo)) / span) * (PLOT_RIGHT - PLOT_LEFT) };
}

function axis(scale: Scale, top: number, bottom: number): string[] {
  const out: string[] = [];
  for (let decade = scale.lo; decade <= scale.hi * 1.0001; decade *= 10) {
    for (const k of [1, 2, 5]) {
      const r = decade * k;
      if (r > scale.hi * 1.0001) break;
      const x = scale.x(r);
      const major = k === 1;
      out.push(`<line x1="${x.toFixed(1)}" y1="${top}" x2="${x.toFixed(1)}" y2="${bottom}" stroke="${major ? '#d0d0d0' : '#ececec'}" stroke-width="1"/>`);
      out.push(text(x, top - 6, tickLabel(r), `${FONT} font-size="10" fill="#777" text-anchor="middle"`));
    }
  }
  const one = scale.x(1);
  out.push(`<line x1="${one.toFixed(1)}" y1="${top - 2}" x2="${one.toFixed(1)}" y2="${bottom}" stroke="#333" stroke-width="1.5"/>`);
  out.push(text(one - 8, top - 20, '◀ faster than CPython', `${FONT} font-size="10.5" fill="#444" text-anchor="end"`));
  out.push(text(one + 8, top - 20, 'slower than CPython ▶', `${FONT} font-size="10.5" fill="#444"`));
  return out;
}

function tickLabel(ratio: number): string {
  return `${Number(ratio.toPrecision(3))}x`;
}

/** One bar from the CPython line to `ratio`, with its value (and `note`) written past its end. */
function bar(scale: Scale, y: number, ratio: number, color: string, bold: boolean, note: string): string[] {
  const x0 = scale.x(1);
  const x1 = scale.x(ratio);
  const left = Math.min(x0, x1);
  const width = Math.max(1.5, Math.abs(x1 - x0));
  const label = `${ratio < 1 ? formatRatio(1 / ratio) + ' faster' : formatRatio(ratio)}${note}`;
  const labelWidth = label.length * (bold ? 6.2 : 5.7);
  // Outside the bar's end, unless that would run past the plot edge: then inside, in white.
  const fitsOutside = ratio < 1 ? left - 4 - labelWidth >= PLOT_LEFT : left + width + 4 + labelWidth <= WIDTH - 10;
  const anchor = ratio < 1 === fitsOutside ? 'end' : 'start';
  const labelX = fitsOutside ? (ratio < 1 ? left - 4 : left + width + 4) : ratio < 1 ? left + 4 : left + width - 4;
  const fill = fitsOutside ? '#333' : '#fff';
  return [
    `<rect x="${left.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${color}" rx="1.5"/>`,
    text(labelX, y + BAR - 2, label, `${FONT} font-size="9.5" fill="${fill}" ${bold ? 'font-weight="bold"' : ''} text-anchor="${anchor}"`),
  ];
}

function legend(systems: readonly SystemResult[], y: number): string[] {
  const out: string[] = [];
  let x = PLOT_LEFT;
  for (const s of systems) {
    out.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${COLORS[s.id] ?? '#999'}" rx="2"/>`);
    const label = s.id === 'cpython' ? 'CPython = 1x (the line)' : s.label;
    out.push(text(x + 17, y, label, `${FONT} font-size="12" fill="#222"`));
    x += 30 + label.length * 7;
  }
  return out;
}

function startupStrip(results: BenchResults, top: number): { svg: string[]; height: number } {
  const systems = results.systems.filter((s) => s.available && s.startupMs !== null);
  const out: string[] = [text(20, top + 14, "Start-up: process start → first output of print('hi')   ·   peak RSS of that run", `${FONT} font-size="13" font-weight="bold" fill="#222"`)];
  const maxMs = Math.max(1, ...systems.map((s) => s.startupMs!.median));
  const barMax = PLOT_RIGHT - PLOT_LEFT - 180;
  systems.forEach((s, i) => {
    const y = top + 30 + i * 20;
    const w = Math.max(1.5, (s.startupMs!.median / maxMs) * barMax);
    out.push(text(LABEL_WIDTH, y + 11, s.label, `${FONT} font-size="11.5" fill="#222" text-anchor="end"`));
    out.push(`<rect x="${PLOT_LEFT}" y="${y}" width="${w.toFixed(1)}" height="14" fill="${COLORS[s.id] ?? '#999'}" rx="1.5"/>`);
    const rss = s.helloPeakRssMiB === null ? '' : `   ·   ${s.helloPeakRssMiB.toFixed(0)} MiB`;
    out.push(text(PLOT_LEFT + w + 6, y + 11, `${formatMs(s.startupMs!.median)}${rss}`, `${FONT} font-size="11" fill="#333"`));
  });
  return { svg: out, height: 40 + systems.length * 20 };
}

function unavailableNotes(results: BenchResults, top: number): { svg: string[]; height: number } {
  const missing = results.systems.filter((s) => !s.available);
  const svg = missing.map((s, i) => {
    const reason = (s.unavailableReason ?? '').replace(/\s+/g, ' ');
    const line = `Not run — ${s.label}: ${reason.length > 120 ? reason.slice(0, 119) + '…' : reason}`;
    return text(20, top + 14 + i * 16, line, `${FONT} font-size="11" fill="#888"`);
  });
  return { svg, height: missing.length * 16 };
}

export function renderSvg(results: BenchResults): string {
  const compared = results.systems.filter((s) => s.available && s.id !== 'cpython');
  const ratios: number[] = [];
  for (const p of results.programs) for (const s of compared) ratios.push(p.runs[s.id]?.ratioToCPython ?? NaN);
  for (const s of compared) ratios.push(s.geomeanRatio ?? NaN);
  const scale = logScale(ratios.filter((r) => Number.isFinite(r) && r > 0));
  const rowHeight = Math.max(1, compared.length) * (BAR + BAR_GAP) + ROW_GAP;
  const top = 126;
  const out: string[] = [];
  const rows = [{ name: 'geometric mean', geomean: true }, ...results.programs.map((p) => ({ name: p.name, geomean: false }))];
  const plotBottom = top + rows.length * rowHeight;
  out.push(...axis(scale, top, plotBottom));
  rows.forEach((row, i) => {
    const y = top + i * rowHeight + ROW_GAP / 2;
    if (i % 2 === 1) out.unshift(`<rect x="10" y="${y - ROW_GAP / 2}" width="${WIDTH - 20}" height="${rowHeight}" fill="#f6f7f9"/>`);
    const program = row.geomean ? undefined : results.programs[i - 1];
    const cpython = program?.runs.cpython;
    const reference = cpython?.time ? `CPython ${formatMs(cpython.time.median)}` : `CPython: ${cpython?.status ?? '—'}`;
    const sub = row.geomean ? 'over valid programs' : `${program?.source ?? ''} · ${reference}`;
    const mid = y + (rowHeight - ROW_GAP) / 2;
    out.push(text(LABEL_WIDTH, mid, row.name, `${FONT} font-size="12.5" fill="#111" text-anchor="end" ${row.geomean ? 'font-weight="bold"' : ''}`));
    out.push(text(LABEL_WIDTH, mid + 12, sub, `${FONT} font-size="9.5" fill="#888" text-anchor="end"`));
    compared.forEach((s, k) => {
      const by = y + k * (BAR + BAR_GAP);
      const ratio = row.geomean ? s.geomeanRatio : (program?.runs[s.id]?.ratioToCPython ?? null);
      const color = COLORS[s.id] ?? '#999';
      if (ratio !== null && ratio > 0) {
        out.push(...bar(scale, by, ratio, color, row.geomean, row.geomean ? ` (${s.validPrograms}/${s.programsAttempted} programs)` : ''));
      } else {
        const status = row.geomean ? 'no valid program' : (program?.runs[s.id]?.status ?? '—');
        const word = status === 'not-applicable' ? '' : `✗ ${status}`;
        if (word !== '') out.push(text(scale.x(1) + 5, by + BAR - 2, word, `${FONT} font-size="9.5" fill="${color}" font-style="italic"`));
      }
    });
  });
  const s = results.settings;
  out.push(text(20, 30, 'pytier benchmark: time of run() relative to CPython 3.11 (log scale; left of the line = faster)', `${FONT} font-size="17" font-weight="bold" fill="#111"`));
  out.push(
    text(
      20,
      50,
      `${results.startedAt.slice(0, 16).replace('T', ' ')} UTC · bm_run(${s.sizeN}, ${s.sizeM}) · median of ${s.rounds}×${s.samplesPerProcess} samples after ${s.warmupIterations} warm-up · ${results.machine.cpus}, ${results.machine.cores} cores · load average ${results.machine.loadAverageAtStart[0].toFixed(1)} → ${results.machine.loadAverageAtEnd[0].toFixed(1)}`,
      `${FONT} font-size="11.5" fill="#555"`,
    ),
  );
  out.push(...legend(results.systems.filter((x) => x.available), 78));
  const strip = startupStrip(results, plotBottom + 20);
  out.push(...strip.svg);
  const missing = unavailableNotes(results, plotBottom + 20 + strip.height + 10);
  out.push(...missing.svg);
  const height = plotBottom + 20 + strip.height + 10 + missing.height + 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
