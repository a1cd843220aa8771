import { relative } from 'node:path';
import type { Formatter } from './types.js';

const codes = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

/** Human output grouped by file, as ESLint's "stylish": line:column, severity, message, rule id. */
export const stylishFormatter: Formatter = (results, { cwd, color }) => {
  const paint = (code: keyof typeof codes, text: string) => (color ? `\u001b[${codes[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    lines.push(paint('underline', relative(cwd, result.filePath) || result.filePath));
    const rows = result.diagnostics.map((d) => {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      if (d.fix) fixable++;
      const label = d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
      return { where: `${d.start.line + 1}:${d.start.column + 1}`, label, labelWidth: d.severity.length, message: d.message, rule: paint('dim', d.ruleId) };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    for (const row of rows) {
      lines.push(`  ${paint('dim', row.where.padEnd(whereWidth))}  ${row.label}${' '.repeat(7 - row.labelWidth)}  ${row.message}  ${row.rule}`);
    }
    lines.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`;
  lines.push(paint('bold', paint(errors ? 'red' : 'yellow', `✖ ${summary}`)));
  if (fixable) lines.push(paint('dim', `  ${fixable} of them can be fixed with --fix.`));
  return lines.join('\n') + '\n';
};
