import type { Diagnostic } from '@ilacs/core';
import { describe, expect, it } from 'vitest';
import { githubFormatter } from '../src/formatters/github.js';
import { jsonFormatter } from '../src/formatters/json.js';

const diagnostic = (message: string, severity: Diagnostic['severity']): Diagnostic => ({
  ruleId: 'title',
  severity,
  message,
  range: { start: 10, end: 14 },
  start: { line: 2, column: 4 },
  end: { line: 2, column: 8 },
});

describe('github formatter', () => {
  it('escapes what workflow commands treat specially, in properties and in the message', () => {
    const output = githubFormatter([{ filePath: '/work/a:b,c%.md', diagnostics: [diagnostic('50% done,\nnext: line', 'error')] }], { cwd: '/work', color: false });
    expect(output).toBe('::error file=a%3Ab%2Cc%25.md,line=3,endLine=3,col=5,endColumn=9,title=ilacs title::50% done,%0Anext: line (title)'.replace('50% done', '50%25 done'));
  });

  it('maps info to notice and warning to warning', () => {
    const output = githubFormatter([{ filePath: '/w/a.md', diagnostics: [diagnostic('x', 'info'), diagnostic('y', 'warning')] }], { cwd: '/w', color: false });
    expect(output.split('\n').map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::notice', '::warning']);
  });
});

describe('json formatter', () => {
  it('uses 1-based positions and ESLint severities', () => {
    const [result] = JSON.parse(jsonFormatter([{ filePath: '/w/a.md', diagnostics: [diagnostic('x', 'error'), diagnostic('y', 'info')] }], { cwd: '/w', color: false }));
    expect(result.messages.map((m: { severity: number; line: number; column: number }) => [m.severity, m.line, m.column])).toEqual([
      [2, 3, 5],
      [1, 3, 5],
    ]);
    expect([result.errorCount, result.warningCount]).toEqual([1, 1]);
  });
});
