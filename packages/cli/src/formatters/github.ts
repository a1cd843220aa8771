import { relative, sep } from 'node:path';
import type { Diagnostic } from '@ilacs/core';
import { escapeForTerminal } from '../output/terminal-text.js';
import type { Formatter } from './types.js';

const commands: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
export const githubFormatter: Formatter = (results, { cwd }) =>
  results
    .flatMap((result) => {
      const file = result.filePath === '<stdin>' ? result.filePath : relative(cwd, result.filePath).split(sep).join('/');
      return result.diagnostics.map((d) => {
        const properties = [
          `file=${escapeProperty(file)}`,
          `line=${d.start.line + 1}`,
          `endLine=${d.end.line + 1}`,
          `col=${d.start.column + 1}`,
          `endColumn=${d.end.column + 1}`,
          `title=${escapeProperty(`ilacs ${d.ruleId}`)}`,
        ];
        return `::${commands[d.severity]} ${properties.join(',')}::${escapeData(`${d.message} (${d.ruleId})`)}`;
      });
    })
    .join('\n');

/** The log shows what it prints: control characters are escaped visibly, line breaks encoded as the runner expects. */
function escapeData(text: string): string {
  return escapeForTerminal(text, true).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
