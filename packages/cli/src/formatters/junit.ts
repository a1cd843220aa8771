import { relative, sep } from 'node:path';
import type { Diagnostic } from '@ilacs/core';
import { escapeForTerminal } from '../output/terminal-text.js';
import type { Formatter } from './types.js';

const severityWords: Record<Diagnostic['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * JUnit XML, as ESLint's junit formatter writes it and as GitLab, Jenkins and Azure DevOps read it:
 * one <testsuite> per file; each problem a <testcase> named after its rule with a <failure> saying
 * where and what; a file with no problems one passing <testcase>.
 */
export const junitFormatter: Formatter = (results, { cwd }) => {
  const suites = results.map((result) => {
    const path = result.filePath === '<stdin>' ? 'stdin' : relative(cwd, result.filePath).split(sep).join('/');
    const cases = result.diagnostics.length
      ? result.diagnostics.map((d) => {
          const detail = `line ${d.start.line + 1}, col ${d.start.column + 1}, ${severityWords[d.severity]} - ${d.message} (${d.ruleId})`;
          return `    <testcase time="0" name="ilacs.${xml(d.ruleId)}" classname="${xml(path)}" file="${xml(path)}"><failure message="${xml(d.message)}" type="${d.severity}">${xml(detail)}</failure></testcase>`;
        })
      : [`    <testcase time="0" name="${xml(path)}" classname="${xml(path)}" file="${xml(path)}" />`];
    const failures = result.diagnostics.length;
    return [
      `  <testsuite package="org.ilacs" time="0" tests="${cases.length}" errors="0" failures="${failures}" skipped="0" name="${xml(path)}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = results.reduce((n, r) => n + r.diagnostics.length, 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="ilacs" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
  ].join('\n');
};

/**
 * Text for an XML attribute or element: markup characters as entities; characters XML 1.0 cannot
 * hold at all (most controls, unpaired surrogates) made visible or replaced.
 */
function xml(text: string): string {
  return escapeForTerminal(text)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
