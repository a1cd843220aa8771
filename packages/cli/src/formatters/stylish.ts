import { relative } from 'node:path';
import { escapeForTerminal } from '../output/terminal-text.js';
import type { Formatter } from './types.js';

const codes = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Human output grouped by file, as ESLint's "stylish": line:column, severity, message, rule id.
 * Everything taken from a draft (file names, messages quoting it) has its control characters
 * escaped. Ends with one summary line, also when all is clean.
 */
export const stylishFormatter: Formatter = (results, { cwd, color, fixMode }) => {
  const paint = (code: keyof typeof codes, text: string) => (color ? `\u001b[${codes[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    lines.push(paint('underline', escapeForTerminal(relative(cwd, result.filePath) || result.filePath)));
    const rows = result.diagnostics.map((d) => {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      if (d.fix) fixable++;
      const label =
        d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
      return {
        where: `${d.start.line + 1}:${d.start.column + 1}`,
        label,
        labelWidth: d.severity.length,
        message: escapeForTerminal(d.message),
        rule: paint('dim', d.ruleId),
      };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    for (const row of rows) {
      lines.push(
        `  ${paint('dim', row.where.padEnd(whereWidth))}  ${row.label}${' '.repeat(7 - row.labelWidth)}  ${row.message}  ${row.rule}`,
      );
    }
    lines.push('');
  }
  const fixedProblems = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  const fixedFiles = results.filter((r) => r.fixed).length;
  if (fixedProblems > 0) {
    const what = `${plural(fixedProblems, 'problem')} in ${plural(fixedFiles, 'draft')}`;
    lines.push(fixMode === 'diff' ? `--fix would fix ${what} (shown above; nothing was written).` : `Fixed ${what}.`);
  }
  const total = errors + warnings + infos;
  if (total === 0) {
    if (results.length > 0) lines.push(paint('green', `✔ ${plural(results.length, 'draft')} checked: no problems.`));
    return lines.length ? `${lines.join('\n')}\n` : '';
  }
  const summary = `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''})`;
  lines.push(paint('bold', paint(errors ? 'red' : 'yellow', `✖ ${summary}`)));
  if (fixable && fixMode === undefined) lines.push(paint('dim', `  ${fixable} of them can be fixed with --fix.`));
  return `${lines.join('\n')}\n`;
};
