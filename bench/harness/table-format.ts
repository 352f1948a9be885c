// Grid rendering shared by the terminal report and the markdown report.

export type TableFormat = 'text' | 'markdown';

/** First column left-aligned (names), the others right-aligned (figures). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], format: TableFormat): string {
  if (format === 'markdown') {
    const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
    const line = (cells: readonly string[]): string => `| ${cells.map(escape).join(' | ')} |`;
    const rule = `|${header.map((_, i) => (i === 0 ? ':---' : '---:')).join('|')}|`;
    return [line(header), rule, ...rows.map(line)].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
