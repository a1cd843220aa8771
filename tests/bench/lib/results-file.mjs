// Renders one run as tests/bench/RESULTS.md: date, machine line, the budgets, then each part's table and notes.
import { describeLimit, formatFigure } from './budget.mjs';
import { explainMisses } from './explain.mjs';
import { machineLine } from './machine.mjs';
import { markdownTable } from './table.mjs';

const statusMark = { met: 'met', missed: '**missed**', 'not measured': '**not measured**' };

export function renderResults({ date, machine, parts, results, quick }) {
  const budgets = Object.values(results).flatMap((result) => result.budgets ?? []);
  const misses = explainMisses(results, machine);
  const sections = [
    '# Benchmark results',
    '',
    `Written by \`pnpm bench\` (tests/bench/run.mjs${quick ? ' --quick' : ''}) on ${date}. Do not edit by hand: run it again.`,
    '',
    `Machine: ${machineLine(machine)}.`,
    '',
    'Every figure is a median of several timed runs after warm-up runs, in one process unless the part spawns processes.',
    '',
    '## Budgets',
    '',
    markdownTable({
      columns: ['budget', 'limit', 'measured', 'status'],
      rows: budgets.map((b) => [b.label, describeLimit(b), formatFigure(b.measured, b.unit), statusMark[b.status]]),
    }),
    '',
  ];
  if (misses.length > 0) sections.push('### Budgets not met, and what bounds them', '', ...misses, '');
  for (const part of parts) {
    const result = results[part.id];
    sections.push(`## ${part.title}`, '');
    if (result.error) {
      sections.push(`Failed: ${result.error}`, '');
      continue;
    }
    for (const table of [result.table, ...(result.tables ?? [])]) sections.push(markdownTable(table), '');
    for (const note of result.notes ?? []) sections.push(note, '');
  }
  return `${sections.join('\n').trimEnd()}\n`;
}
