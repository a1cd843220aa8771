import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '@ilacs/core';
import { terminalSafeJson } from '../output/terminal-text.js';
import type { Formatter } from './types.js';

/** GitLab's scale is info, minor, major, critical, blocker; errors rank above warnings, as eslint-formatter-gitlab ranks them. */
const severities: Record<Diagnostic['severity'], 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality (a subset of Code Climate's issue format), for `artifacts: reports: codequality`:
 * description, check_name, fingerprint, severity and location (path relative to the project, lines).
 * The fingerprint identifies a problem across pipelines, so it is made of the file, the rule, the
 * message and which occurrence of that message it is in the file, not of its line: a problem that
 * moves down a page is the same problem.
 */
export const gitlabFormatter: Formatter = (results, { cwd }) => {
  const issues = results.flatMap((result) => {
    const path = result.filePath === '<stdin>' ? 'stdin' : relative(cwd, result.filePath).split(sep).join('/');
    const seen = new Map<string, number>();
    return result.diagnostics.map((d) => {
      const identity = `${path}\u0000${d.ruleId}\u0000${d.message}`;
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      return {
        type: 'issue',
        check_name: d.ruleId,
        description: d.message,
        severity: severities[d.severity],
        fingerprint: createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex').slice(0, 32),
        location: { path, lines: { begin: d.start.line + 1, end: d.end.line + 1 } },
      };
    });
  });
  return terminalSafeJson(issues);
};
