/**
 * The CLI conventions users bring from ESLint (issue 18), on the built CLI: --output-file,
 * --print-config and how configuration files combine, .markdown files, messages for named files
 * that are not linted, --fix-dry-run in every format, colour switches, "did you mean", help, the
 * summary line, ESLint's full JSON shape, and the GitLab Code Quality and JUnit formats checked
 * against the shapes those tools document.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtinRules, fixText, lintText } from '@ilacs/core';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, corpusDrafts, ilacs, repoRoot, scratchFolder } from './cli-support.js';

const drafts = corpusDrafts();
let scratch: ReturnType<typeof scratchFolder>;
afterEach(() => scratch?.remove());

const clean = readFileSync(join(repoRoot, 'examples/short-inspection-clean.md'), 'utf8');
const mistakes = readFileSync(join(repoRoot, 'examples/short-inspection-mistakes.md'), 'utf8');
const withAuthority = (text: string, name: string) => text.replace(/^local_authority: .*$/m, `local_authority: ${name}`);
/** A clean draft with one fixable warning: "judgment" for "judgement". */
const withJudgment = (text: string) =>
  text.replace('understood by partner agencies.', 'understood by partner agencies. Staff use sound judgment.');
/** A draft with a fixable warning and an unfixable error (an unknown authority). */
const fixableAndNot = () => withJudgment(withAuthority(clean, 'Narnia'));

describe('-o / --output-file', () => {
  it('writes the report to the file, creating its folder, and keeps the exit code', () => {
    scratch = scratchFolder({ 'a.md': withAuthority(clean, 'Narnia') });
    const run = ilacs(['lint', '-f', 'json', '-o', 'reports/ilacs.json', 'a.md'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(scratch.root, 'reports/ilacs.json'), 'utf8'));
    expect(report[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('front-matter-schema');
  });

  it('writes the file when all is clean too, and never colours it', () => {
    scratch = scratchFolder({ 'a.md': clean });
    const run = ilacs(['lint', '--color', '--output-file', 'out.txt', 'a.md'], { cwd: scratch.root });
    expect(run.status).toBe(0);
    expect(readFileSync(join(scratch.root, 'out.txt'), 'utf8')).toBe('✔ 1 draft checked: no problems.\n');
  });
});

describe('configuration files combine from the repository root down, and --print-config shows which applied', () => {
  interface Printed {
    filePath: string;
    configFiles: string[];
    searchStoppedAt?: { folder: string; reason: string };
    ignored: boolean;
    config: {
      rules: Record<string, unknown>;
      glossary: Record<string, string>;
      authorityAliases: Record<string, string>;
      maxFileSize: number;
    };
  }
  const printed = (args: string[], cwd: string) => {
    const run = ilacs(['lint', '--print-config', ...args], { cwd });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Printed;
  };

  it('a sub-folder keeps its parent’s settings and overrides them rule by rule', () => {
    scratch = scratchFolder({
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/.ilacsrc.yaml': 'rules:\n  grade-case: error\n  style-contraction: off\nglossary:\n  NCT: Northamptonshire Children’s Trust\n',
      'repo/team/.ilacsrc.json': '{ "rules": { "style-contraction": "warning" }, "authorityAliases": { "Harrow Council": "Harrow" } }',
    });
    const shown = printed(['team/new.md'], join(scratch.root, 'repo'));
    expect(shown.filePath).toBe(join(scratch.root, 'repo/team/new.md'));
    expect(shown.configFiles).toEqual([join(scratch.root, 'repo/.ilacsrc.yaml'), join(scratch.root, 'repo/team/.ilacsrc.json')]);
    expect(shown.searchStoppedAt).toEqual({ folder: join(scratch.root, 'repo'), reason: 'repository root' });
    expect(shown.config.rules['grade-case']).toBe('error');
    expect(shown.config.rules['style-contraction']).toBe('warning');
    expect(Object.keys(shown.config.rules)).toEqual(builtinRules.map((r) => r.meta.id));
    expect(shown.config.glossary).toEqual({ NCT: 'Northamptonshire Children’s Trust' });
    expect(shown.config.authorityAliases).toEqual({ 'Harrow Council': 'Harrow' });
    // And the lint agrees with what was printed: the parent's grade-case error applies in the sub-folder.
    const draft = drafts.find((d) => /^\| .* \| Good \|$/m.test(d.text))!;
    writeFileSync(join(scratch.root, 'repo/team/new.md'), draft.text.replace(/^(\| .* \| )Good( \|)$/m, '$1good$2'));
    const lint = ilacs(['lint', '-f', 'json', 'team/new.md'], { cwd: join(scratch.root, 'repo') });
    expect(lint.status).toBe(1);
    expect(
      JSON.parse(lint.stdout)[0].messages.filter(
        (m: { ruleId: string; severity: number }) => m.ruleId === 'grade-case' && m.severity === 2,
      ),
    ).not.toHaveLength(0);
  });

  it('a file with root: true stops the search; --rule and --quiet show in what is printed', () => {
    scratch = scratchFolder({
      '.ilacsrc.yaml': 'rules:\n  title: off\n',
      'team/.ilacsrc.yaml': 'root: true\nrules:\n  grade-case: error\n',
    });
    const shown = printed(['team/a.md', '--rule', 'title:warning', '--quiet'], scratch.root);
    expect(shown.configFiles).toEqual([join(scratch.root, 'team/.ilacsrc.yaml')]);
    expect(shown.searchStoppedAt).toEqual({ folder: join(scratch.root, 'team'), reason: 'root: true' });
    expect(shown.config.rules.title).toBe('off'); // --quiet switches warnings off, even one set by --rule
    expect(shown.config.rules['grade-case']).toBe('error');
  });

  it('a configuration above the repository does not switch privacy rules off inside it', () => {
    scratch = scratchFolder({
      '.ilacsrc.yaml': 'rules:\n  privacy-email-address: off\n  privacy-phone-number: off\n',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/drafts/a.md': clean.replace(/\n## /, '\nWrite to jack.smith@example.org about the visit.\n\n## '),
    });
    const repo = join(scratch.root, 'repo');
    const lint = ilacs(['lint', '-f', 'json', 'drafts/a.md'], { cwd: repo });
    expect(lint.status).toBe(1);
    expect(JSON.parse(lint.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('privacy-email-address');
    const shown = printed(['drafts/a.md'], repo);
    expect(shown.configFiles).toEqual([]);
    expect(shown.searchStoppedAt).toEqual({ folder: repo, reason: 'repository root' });
    expect(shown.config.rules['privacy-email-address']).toBe('error');
  });

  it('says whether the file is ignored, and reports a broken configuration as the lint does', () => {
    scratch = scratchFolder({ '.ilacsignore': 'archive/\n' });
    expect(printed(['archive/old.md'], scratch.root).ignored).toBe(true);
    scratch.write('.ilacsrc.yaml', 'rules:\n  title: loud\n');
    const broken = ilacs(['lint', '--print-config', 'a.md'], { cwd: scratch.root });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('.ilacsrc.yaml:2:10: "rules.title" is not an allowed value');
  });
});

describe('which files are linted, and what a named file that is not gets told', () => {
  it('finds .markdown files in folders, as it finds .md files', () => {
    scratch = scratchFolder({ 'drafts/a.markdown': withAuthority(clean, 'Narnia'), 'drafts/B.MD': clean });
    const run = ilacs(['lint', '-f', 'json', 'drafts'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      join(scratch.root, 'drafts/B.MD'),
      join(scratch.root, 'drafts/a.markdown'),
    ]);
    expect(run.stderr).not.toContain('no drafts');
  });

  it('an ignored, empty or ordinary Markdown file named on the command line: a message saying so, exit 0', () => {
    scratch = scratchFolder({ '.ilacsignore': 'old.md\n', 'old.md': mistakes, 'empty.md': '', 'notes.md': '# Notes\n' });
    const run = ilacs(['lint', 'old.md', 'empty.md', 'notes.md'], { cwd: scratch.root });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'ilacs: old.md is ignored (by an .ilacsignore file or a configuration\'s "ignores"); use --no-ignore to lint it.',
    );
    expect(run.stderr).toContain('ilacs: empty.md is empty: not a draft.');
    expect(run.stderr).toContain('ilacs: notes.md has no `ilacs` front matter, so it is not a draft.');
    expect(run.stderr).not.toContain('no drafts');
  });

  it('a binary file or a Word document named on the command line: exit 2 with what it is', () => {
    scratch = scratchFolder();
    writeFileSync(join(scratch.root, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(scratch.root, 'report.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0]));
    const binary = ilacs(['lint', 'photo.md'], { cwd: scratch.root });
    expect(binary.status).toBe(2);
    expect(binary.stderr).toBe('ilacs: photo.md is a binary file, not Markdown text.\n');
    const word = ilacs(['lint', 'report.docx', 'photo.md'], { cwd: scratch.root });
    expect(word.status).toBe(2);
    expect(word.stderr).toContain('ilacs: report.docx is a Word document; ilacs reads drafts written in Markdown');
  });
});

describe('--fix-dry-run', () => {
  it('shows the diff and the problems that would remain, and writes nothing', () => {
    scratch = scratchFolder({ 'a.md': fixableAndNot() });
    const before = readFileSync(join(scratch.root, 'a.md'), 'utf8');
    const run = ilacs(['lint', '--fix-dry-run', 'a.md'], { cwd: scratch.root });
    expect(readFileSync(join(scratch.root, 'a.md'), 'utf8')).toBe(before);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Index: a\.md\n/);
    expect(run.stdout).toMatch(/^-1\. Contacts .* sound judgment\.$/m);
    expect(run.stdout).toMatch(/^\+1\. Contacts .* sound judgement\.$/m);
    expect(run.stdout).toMatch(/^ {2}3:18 +error +Unknown local authority "Narnia"/m);
    expect(run.stdout).not.toMatch(/^ {2}\d+:\d+ +warning .*judgment.*style-judgement-spelling/m);
    expect(run.stdout).toContain('--fix would fix 1 problem in 1 draft (shown above; nothing was written).');
  });

  it('honours --format: json gives the fixed text as "output" and what remains as messages', () => {
    scratch = scratchFolder({ 'a.md': fixableAndNot() });
    const source = readFileSync(join(scratch.root, 'a.md'), 'utf8');
    const run = ilacs(['lint', '--fix-dry-run', '-f', 'json', 'a.md'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.output).toBe(fixText(source).output);
    expect(result.source).toBeUndefined();
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(fixText(source).diagnostics.map((d) => d.ruleId));
    expect(readFileSync(join(scratch.root, 'a.md'), 'utf8')).toBe(source);
    for (const format of ['sarif', 'github', 'gitlab', 'junit']) {
      const other = ilacs(['lint', '--fix-dry-run', '-f', format, 'a.md'], { cwd: scratch.root });
      expect(other.stdout, format).not.toContain('Index: a.md');
      // SARIF lists every rule's metadata; its results are what remains.
      const reported = format === 'sarif' ? JSON.stringify(JSON.parse(other.stdout).runs[0].results) : other.stdout;
      expect(reported, format).toContain('Narnia');
      expect(reported, format).not.toContain('style-judgement-spelling');
    }
  });
});

describe('colour', () => {
  const hasScript = existsSync('/usr/bin/script');
  /** Runs the CLI on a pseudo-terminal (util-linux `script`), where colour is the default. */
  const onTerminal = (args: string[], cwd: string, env: Record<string, string> = {}) => {
    const command = [process.execPath, cliPath, ...args].map((a) => `'${a}'`).join(' ');
    const environment: Record<string, string | undefined> = { ...process.env, TERM: 'xterm' };
    delete environment.NO_COLOR;
    delete environment.FORCE_COLOR;
    Object.assign(environment, env);
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd, env: environment, encoding: 'utf8', timeout: 60_000 }).stdout;
  };

  it.skipIf(!hasScript)('on a terminal: on by default; off with --no-color, FORCE_COLOR=0, NO_COLOR or TERM=dumb', () => {
    scratch = scratchFolder({ 'a.md': withAuthority(clean, 'Narnia') });
    expect(onTerminal(['lint', 'a.md'], scratch.root)).toContain('\u001b[31merror');
    for (const [args, env] of [
      [['lint', '--no-color', 'a.md'], {}],
      [['lint', 'a.md'], { FORCE_COLOR: '0' }],
      [['lint', 'a.md'], { NO_COLOR: '1' }],
      [['lint', 'a.md'], { TERM: 'dumb' }],
      [['lint', '--color', '--no-color', 'a.md'], {}],
    ] as [string[], Record<string, string>][]) {
      const output = onTerminal(args, scratch.root, env);
      expect(output, `${args.join(' ')} ${JSON.stringify(env)}`).toContain('Unknown local authority');
      expect(output, `${args.join(' ')} ${JSON.stringify(env)}`).not.toContain('\u001b[');
    }
  });

  it('off a terminal: off by default, on with --color or FORCE_COLOR=1 (even with TERM=dumb)', () => {
    scratch = scratchFolder({ 'a.md': withAuthority(clean, 'Narnia') });
    expect(ilacs(['lint', 'a.md'], { cwd: scratch.root }).stdout).not.toContain('\u001b[');
    expect(ilacs(['lint', '--color', 'a.md'], { cwd: scratch.root, env: { NO_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(ilacs(['lint', 'a.md'], { cwd: scratch.root, env: { FORCE_COLOR: '1', TERM: 'dumb' } }).stdout).toContain('\u001b[31merror');
  });
});

describe('help and mistakes', () => {
  it('"ilacs" alone prints the help and exits 0', () => {
    const run = ilacs([], { cwd: repoRoot });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ilacs .*\n\nUsage: ilacs <command>/);
    expect(run.stdout).toContain('  lint ');
  });

  it('suggests the option, command or format meant', () => {
    const cases: [string[], string][] = [
      [['lint', '--fixx', 'a.md'], 'ilacs lint: Unknown option "--fixx"; did you mean "--fix"?'],
      [['lint', '--fix-dryrun', 'a.md'], 'did you mean "--fix-dry-run"?'],
      [['lint', '--max-warning', '0', 'a.md'], 'did you mean "--max-warnings"?'],
      [['lint', '--colour', 'a.md'], 'did you mean "--color"?'],
      [['lint', '-f', 'jsn', 'a.md'], 'Unknown format "jsn"; did you mean "json"?'],
      [['lnt', 'a.md'], 'ilacs: unknown command "lnt"; did you mean "lint"?'],
      [['fix', 'a.md'], 'ilacs: unknown command "fix"; to fix drafts, run "ilacs lint --fix <files>".'],
      [['cadence', '--tody', '2025-01-01', 'x.yaml'], 'did you mean "--today"?'],
    ];
    for (const [args, message] of cases) {
      const run = ilacs(args, { cwd: repoRoot });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
    }
  });

  it('ends with one summary line when all is clean, and counts what --fix fixed', () => {
    scratch = scratchFolder({ 'a.md': clean, 'b.md': clean });
    const run = ilacs(['lint', '.'], { cwd: scratch.root });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('✔ 2 drafts checked: no problems.\n');
    scratch.write('c.md', withJudgment(clean));
    const fixed = ilacs(['lint', '--fix', 'c.md'], { cwd: scratch.root });
    expect(fixed.stdout).toBe('Fixed 1 problem in 1 draft.\n✔ 1 draft checked: no problems.\n');
  });
});

describe('JSON in ESLint’s full shape', () => {
  /** ESLint's LintResult and LintMessage, as its Node.js API documents them. */
  const fixShape = {
    type: 'object',
    required: ['range', 'text'],
    additionalProperties: false,
    properties: { range: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 }, text: { type: 'string' } },
  };
  const messageShape = {
    type: 'object',
    required: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'],
    properties: {
      ruleId: { type: ['string', 'null'] },
      severity: { enum: [1, 2] },
      message: { type: 'string' },
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
      endLine: { type: 'integer', minimum: 1 },
      endColumn: { type: 'integer', minimum: 1 },
      fatal: { const: true },
      fix: fixShape,
      suggestions: {
        type: 'array',
        items: { type: 'object', required: ['desc', 'fix'], properties: { desc: { type: 'string' }, fix: fixShape } },
      },
      suppressions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'justification'],
          properties: { kind: { enum: ['directive', 'file'] }, justification: { type: 'string' } },
        },
      },
    },
  };
  const resultShape = {
    type: 'array',
    items: {
      type: 'object',
      required: [
        'filePath',
        'messages',
        'suppressedMessages',
        'errorCount',
        'fatalErrorCount',
        'warningCount',
        'fixableErrorCount',
        'fixableWarningCount',
        'usedDeprecatedRules',
      ],
      properties: {
        filePath: { type: 'string' },
        messages: { type: 'array', items: messageShape },
        suppressedMessages: { type: 'array', items: { ...messageShape, required: [...messageShape.required, 'suppressions'] } },
        errorCount: { type: 'integer' },
        fatalErrorCount: { type: 'integer' },
        warningCount: { type: 'integer' },
        fixableErrorCount: { type: 'integer' },
        fixableWarningCount: { type: 'integer' },
        source: { type: 'string' },
        output: { type: 'string' },
        usedDeprecatedRules: { type: 'array', items: { type: 'object', required: ['ruleId', 'replacedBy'] } },
      },
    },
  };

  it('matches the documented shape; fixes applied by range and text give what --fix gives; counts add up', () => {
    scratch = scratchFolder({ 'a.md': `\uFEFF${mistakes}`, 'clean.md': clean });
    const run = ilacs(['lint', '-f', 'json', '.'], { cwd: scratch.root });
    const results = JSON.parse(run.stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(resultShape);
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    const [broken, cleanResult] = results;
    expect(cleanResult).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(cleanResult.source).toBeUndefined();
    expect(broken.source).toBe(`\uFEFF${mistakes}`);
    const messages = broken.messages as { severity: number; fix?: { range: [number, number]; text: string } }[];
    expect(broken.errorCount).toBe(messages.filter((m) => m.severity === 2).length);
    expect(broken.fixableErrorCount).toBe(messages.filter((m) => m.severity === 2 && m.fix).length);
    expect(broken.fixableWarningCount).toBe(messages.filter((m) => m.severity === 1 && m.fix).length);
    expect(broken.fixableErrorCount + broken.fixableWarningCount).toBeGreaterThan(2);
    // Each fix, applied alone to the source without its byte-order mark (as ESLint's ranges count), is the core's fix.
    const expected = lintText(mistakes).diagnostics.filter((d) => d.fix);
    const fixes = messages.filter((m) => m.fix).map((m) => m.fix!);
    expect(fixes).toHaveLength(expected.length);
    fixes.forEach((fix, i) => {
      const applied = mistakes.slice(0, fix.range[0]) + fix.text + mistakes.slice(fix.range[1]);
      const edits = [...expected[i]!.fix!.edits].sort((a, b) => b.range.start - a.range.start);
      expect(applied).toBe(edits.reduce((text, e) => text.slice(0, e.range.start) + e.newText + text.slice(e.range.end), mistakes));
    });
  });

  it('lists what disable directives suppressed, with ESLint’s suppressions', () => {
    const text = withAuthority(clean, 'Narnia').replace(/^(local_authority: .*)$/m, '# ilacs-disable-next-line front-matter-schema\n$1');
    scratch = scratchFolder({ 'a.md': text });
    const [result] = JSON.parse(ilacs(['lint', '-f', 'json', 'a.md'], { cwd: scratch.root }).stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('front-matter-schema');
    expect(result.suppressedMessages).toEqual([
      expect.objectContaining({
        ruleId: 'front-matter-schema',
        severity: 2,
        line: 4,
        message: expect.stringContaining('Narnia'),
        suppressions: [{ kind: 'directive', justification: '' }],
      }),
    ]);
  });
});

describe('GitLab Code Quality', () => {
  /** The fields GitLab's documentation (ci/testing/code_quality, "Code Quality report format") requires. */
  const codeQualityShape = {
    type: 'array',
    items: {
      type: 'object',
      required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
      properties: {
        description: { type: 'string', minLength: 1 },
        check_name: { type: 'string', minLength: 1 },
        fingerprint: { type: 'string', minLength: 1 },
        severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
        location: {
          type: 'object',
          required: ['path', 'lines'],
          properties: {
            path: { type: 'string', pattern: '^[^/]' },
            lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
          },
        },
      },
    },
  };

  it('has every field GitLab requires, paths relative to the project, and a fingerprint unique per problem that survives the problem moving', () => {
    const text = withAuthority(mistakes, 'Narnia');
    scratch = scratchFolder({ 'drafts/a.md': text });
    const run = ilacs(['lint', '-f', 'gitlab', 'drafts'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    const issues = JSON.parse(run.stdout) as {
      fingerprint: string;
      check_name: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const validate = new Ajv({ strict: false }).compile(codeQualityShape);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.length).toBe(lintText(text).diagnostics.length);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.every((i) => i.location.path === 'drafts/a.md')).toBe(true);
    expect(issues.find((i) => i.check_name === 'front-matter-schema')).toMatchObject({
      severity: 'major',
      location: { lines: { begin: 3 } },
    });
    // Two blank lines pushed in before the body: the same problems, the same fingerprints, new lines.
    scratch.write('drafts/a.md', text.replace(/\n---\n/, '\n---\n\n\n'));
    const moved = JSON.parse(ilacs(['lint', '-f', 'gitlab', 'drafts'], { cwd: scratch.root }).stdout) as typeof issues;
    expect(new Set(moved.map((i) => i.fingerprint))).toEqual(new Set(issues.map((i) => i.fingerprint)));
  });

  it('is an empty list when all is clean', () => {
    scratch = scratchFolder({ 'a.md': clean });
    expect(JSON.parse(ilacs(['lint', '-f', 'gitlab', 'a.md'], { cwd: scratch.root }).stdout)).toEqual([]);
  });
});

describe('JUnit XML', () => {
  it('is well-formed and shaped as JUnit readers (GitLab, Jenkins) expect: suites per file, a failing case per problem', () => {
    const evil = withAuthority(mistakes, '"Narnia <&> \u001b[31m"');
    scratch = scratchFolder({ 'drafts/a.md': evil, 'drafts/clean.md': clean });
    const run = ilacs(['lint', '-f', 'junit', 'drafts'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).not.toContain('\u001b');
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase'].includes(name),
    }).parse(run.stdout);
    const suites = parsed.testsuites.testsuite as {
      name: string;
      tests: string;
      failures: string;
      testcase: { name: string; classname: string; failure?: { message: string; type: string } }[];
    }[];
    expect(suites.map((s) => s.name)).toEqual(['drafts/a.md', 'drafts/clean.md']);
    const expected = lintText(evil).diagnostics;
    expect(suites[0]!.testcase).toHaveLength(expected.length);
    expect(Number(suites[0]!.failures)).toBe(expected.length);
    expect(suites[0]!.testcase.map((c) => c.name)).toEqual(expected.map((d) => `ilacs.${d.ruleId}`));
    expect(suites[0]!.testcase.every((c) => c.failure && c.classname === 'drafts/a.md')).toBe(true);
    expect(suites[0]!.testcase.find((c) => c.name === 'ilacs.front-matter-schema')!.failure!.message).toContain('Narnia <&> \\x1B[31m');
    expect(suites[1]!.testcase).toEqual([expect.objectContaining({ name: 'drafts/clean.md' })]);
    expect(suites[1]!.testcase[0]!.failure).toBeUndefined();
    expect(Number(parsed.testsuites.failures)).toBe(expected.length);
  });
});

describe('the README names only commands that exist', () => {
  it('every "ilacs <command>" the README shows, and its list of commands, are commands the CLI has', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/\bilacs ([a-z]+)\b/g)].map((m) => m[1]!);
    const listed = /the `ilacs` command \(([^)]*)\)/.exec(readme)![1]!.split(/,\s*/);
    const known = [...ilacs(['--help'], { cwd: repoRoot }).stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!);
    expect(known).toContain('lint');
    for (const name of new Set([...shown, ...listed])) expect(known, `the README names "ilacs ${name}"`).toContain(name);
  });
});
