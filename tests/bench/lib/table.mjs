// One table, two renderings: aligned text for the terminal and a Markdown table for RESULTS.md.

export function textTable({ columns, rows }) {
  const cells = [columns, ...rows].map((row) => row.map(String));
  const widths = columns.map((_, index) => Math.max(...cells.map((row) => row[index].length)));
  const line = (row) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function markdownTable({ columns, rows }) {
  const escapeCell = (cell) => String(cell).replaceAll('|', '\\|');
  const line = (row) => `| ${row.map(escapeCell).join(' | ')} |`;
  const alignment = columns.map((_, index) => (index === 0 ? '---' : '---:'));
  return [line(columns), line(alignment), ...rows.map(line)].join('\n');
}
