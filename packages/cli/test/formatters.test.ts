import type { Diagnostic } from '@ilacs/core';
import { describe, expect, it } from 'vitest';
import { githubFormatter } from '../src/formatters/github.js';
import { gitlabFormatter } from '../src/formatters/gitlab.js';
import { eslintFix, jsonFormatter } from '../src/formatters/json.js';
import { junitFormatter } from '../src/formatters/junit.js';
import { stylishFormatter } from '../src/formatters/stylish.js';

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
    const output = githubFormatter([{ filePath: '/work/a:b,c%.md', diagnostics: [diagnostic('50% done,\nnext: line', 'error')] }], {
      cwd: '/work',
      color: false,
    });
    expect(output).toBe(
      '::error file=a%3Ab%2Cc%25.md,line=3,endLine=3,col=5,endColumn=9,title=ilacs title::50% done,%0Anext: line (title)'.replace(
        '50% done',
        '50%25 done',
      ),
    );
  });

  it('maps info to notice and warning to warning', () => {
    const output = githubFormatter([{ filePath: '/w/a.md', diagnostics: [diagnostic('x', 'info'), diagnostic('y', 'warning')] }], {
      cwd: '/w',
      color: false,
    });
    expect(output.split('\n').map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::notice', '::warning']);
  });
});

describe('json formatter', () => {
  it('uses 1-based positions and ESLint severities', () => {
    const [result] = JSON.parse(
      jsonFormatter([{ filePath: '/w/a.md', diagnostics: [diagnostic('x', 'error'), diagnostic('y', 'info')] }], {
        cwd: '/w',
        color: false,
      }),
    );
    expect(result.messages.map((m: { severity: number; line: number; column: number }) => [m.severity, m.line, m.column])).toEqual([
      [2, 3, 5],
      [1, 3, 5],
    ]);
    expect([result.errorCount, result.warningCount]).toEqual([1, 1]);
  });
});

describe('json formatter: ESLint’s fixes', () => {
  it('merges a fix’s edits into one range and text, counted without the byte-order mark', () => {
    const text = '\uFEFFab cd ef';
    const fix = eslintFix(
      {
        description: 'two edits',
        edits: [
          { range: { start: 7, end: 9 }, newText: 'EF' },
          { range: { start: 1, end: 3 }, newText: 'AB' },
        ],
      },
      text,
    );
    expect(fix).toEqual({ range: [0, 8], text: 'AB cd EF' });
    const withoutBom = text.slice(1);
    expect(withoutBom.slice(0, fix!.range[0]) + fix!.text + withoutBom.slice(fix!.range[1])).toBe('AB cd EF');
  });

  it('gives source only with problems and no output, output after fixes, and counts fixable errors and warnings apart', () => {
    const withFix = { ...diagnostic('x', 'warning'), fix: { description: 'f', edits: [{ range: { start: 0, end: 1 }, newText: 'y' }] } };
    const [problems, fixedResult, clean] = JSON.parse(
      jsonFormatter(
        [
          { filePath: '/w/a.md', diagnostics: [withFix, diagnostic('e', 'error')], text: 'abc', source: 'abc' },
          { filePath: '/w/b.md', diagnostics: [diagnostic('e', 'error')], text: 'fixed', source: 'orig', output: 'fixed', fixed: 1 },
          { filePath: '/w/c.md', diagnostics: [], text: 'ok', source: 'ok' },
        ],
        { cwd: '/w', color: false },
      ),
    );
    expect(problems).toMatchObject({
      source: 'abc',
      fixableErrorCount: 0,
      fixableWarningCount: 1,
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
      suppressedMessages: [],
      usedDeprecatedRules: [],
    });
    expect(problems.messages[0].fix).toEqual({ range: [0, 1], text: 'y' });
    expect(problems.output).toBeUndefined();
    expect(fixedResult).toMatchObject({ output: 'fixed' });
    expect(fixedResult.source).toBeUndefined();
    expect(clean.source).toBeUndefined();
  });
});

describe('stylish formatter', () => {
  it('escapes control characters from messages and file names, and keeps its own colours', () => {
    const output = stylishFormatter(
      [{ filePath: '/w/a\u001b[2J.md', diagnostics: [diagnostic('Bad \u001b]0;title\u0007 value\u202E', 'error')] }],
      { cwd: '/w', color: true },
    );
    expect(output).toContain('a\\x1B[2J.md');
    expect(output).toContain('Bad \\x1B]0;title\\x07 value\\u202E');
    expect(output.replace(/\u001b\[\d+m/g, '')).not.toContain('\u001b');
  });

  it('says so in one line when every draft is clean, and nothing when there was no draft', () => {
    expect(stylishFormatter([{ filePath: '/w/a.md', diagnostics: [] }], { cwd: '/w', color: false })).toBe(
      '✔ 1 draft checked: no problems.\n',
    );
    expect(stylishFormatter([], { cwd: '/w', color: false })).toBe('');
  });
});

describe('gitlab formatter', () => {
  it('keeps a fingerprint when the problem moves, and tells repeated problems apart', () => {
    const at = (line: number) => ({ ...diagnostic('Same message', 'error'), start: { line, column: 0 }, end: { line, column: 1 } });
    const first = JSON.parse(gitlabFormatter([{ filePath: '/w/a.md', diagnostics: [at(2), at(5)] }], { cwd: '/w', color: false }));
    const moved = JSON.parse(gitlabFormatter([{ filePath: '/w/a.md', diagnostics: [at(9), at(12)] }], { cwd: '/w', color: false }));
    expect(first.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(moved.map((i: { fingerprint: string }) => i.fingerprint));
    expect(new Set(first.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
    expect(first[0]).toMatchObject({ check_name: 'title', severity: 'major', location: { path: 'a.md', lines: { begin: 3, end: 3 } } });
  });
});

describe('junit formatter', () => {
  it('writes markup characters as entities and what XML cannot hold as visible escapes', () => {
    const output = junitFormatter([{ filePath: '/w/a.md', diagnostics: [diagnostic('<b> & "q" \u0001 \uD800', 'warning')] }], {
      cwd: '/w',
      color: false,
    });
    expect(output).toContain('message="&lt;b&gt; &amp; &quot;q&quot; \\x01 \uFFFD"');
    expect(output).toContain('<testsuites name="ilacs" tests="1" failures="1" errors="0">');
  });
});
