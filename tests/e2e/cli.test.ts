/**
 * The built `ilacs` CLI, run as a separate process on real drafts and on temporary folders: output
 * formats, --fix (atomic, keeping mode, CRLF and BOM), options, exit codes, configuration and the
 * other commands. The generated rule docs and README table are checked for drift here too.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { builtinRules, configJsonSchema, draftJsonSchema, fixText, lintText } from '@ilacs/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, corpusDrafts, ilacs, repoRoot, scratchFolder } from './cli-support.js';

const require = createRequire(import.meta.url);
const drafts = corpusDrafts();
let scratch: ReturnType<typeof scratchFolder>;

beforeAll(() => {
  expect(existsSync(cliPath), 'build the CLI first: pnpm build').toBe(true);
});
afterEach(() => scratch?.remove());

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number; line: number; column: number; message: string }[];
  errorCount: number;
  warningCount: number;
}

const jsonOf = (stdout: string) => JSON.parse(stdout) as JsonResult[];

/** A real draft with no fixable problems, so that any change --fix makes comes from the mutations below. */
function draftWithoutFixes() {
  const draft = drafts.find(
    (d) =>
      !lintText(d.text).diagnostics.some((x) => x.fix) && /^## .*: (good|inadequate|outstanding)/m.test(d.text) && /^2\. /m.test(d.text),
  );
  expect(draft, 'a real draft without fixable problems').toBeDefined();
  return draft!;
}

/** Fixable mistakes, each undone exactly by one rule's fix: a table grade in lower case, a heading grade capitalised, a paragraph misnumbered. */
function withFixableMistakes(text: string): string {
  return text
    .replace(
      /^(\| The experiences and progress of children who need help and protection \| )([A-Z])/m,
      (_, cell: string, first: string) => cell + first.toLowerCase(),
    )
    .replace(
      /^(## The experiences and progress of children who need help and protection: )([a-z])/m,
      (_, heading: string, first: string) => heading + first.toUpperCase(),
    )
    .replace(/^2\. /m, '7. ');
}

describe('lint on the real drafts', () => {
  it('finds no errors in any of them (json format)', () => {
    const run = ilacs(['lint', '--format', 'json', ...drafts.map((d) => d.path)], { cwd: repoRoot });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const results = jsonOf(run.stdout);
    expect(results.map((r) => r.filePath)).toEqual(drafts.map((d) => d.path));
    expect(results.flatMap((r) => r.messages.filter((m) => m.severity === 2))).toEqual([]);
  });

  it('walks a folder, skipping ordinary Markdown, node_modules and .git', () => {
    scratch = scratchFolder({
      'reports/a.md': drafts[0]!.text,
      'reports/notes.md': '# Notes\n\nNot a draft.\n',
      'node_modules/pkg/readme.md': drafts[1]!.text.replace('ilacs:', 'ilacs: nonsense\nx:'),
      '.git/info.md': drafts[1]!.text.replace('ilacs:', 'ilacs: nonsense\nx:'),
    });
    const run = ilacs(['lint', '--format', 'json', '.'], { cwd: scratch.root });
    expect(run.status).toBe(0);
    expect(jsonOf(run.stdout).map((r) => r.filePath)).toEqual([join(scratch.root, 'reports/a.md')]);
  });
});

describe('a large run, shared between threads', () => {
  it('reports every file in order, as linting each alone would', () => {
    scratch = scratchFolder();
    const copies = 6;
    for (let copy = 0; copy < copies; copy++) {
      for (const draft of drafts)
        scratch.write(
          `batch-${copy}/${draft.name}`,
          copy === 3 ? draft.text.replace(/^local_authority: .*$/m, 'local_authority: Narnia') : draft.text,
        );
    }
    // --concurrency 2 forces a worker thread even when "auto" would find no spare core on a busy machine.
    const run = ilacs(['lint', '--format', 'json', '--concurrency', '2', '.'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    const results = jsonOf(run.stdout);
    expect(results).toHaveLength(copies * drafts.length);
    for (const result of results) {
      const expected = lintText(readFileSync(result.filePath, 'utf8')).diagnostics.map(
        (d) => `${d.ruleId}@${d.start.line + 1}:${d.start.column + 1}`,
      );
      expect(
        result.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`),
        result.filePath,
      ).toEqual(expected);
    }
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort());
    expect(results.filter((r) => r.errorCount > 0).every((r) => r.filePath.includes('batch-3'))).toBe(true);
  });

  it('reports a bad configuration once, located, however many files it covers', () => {
    scratch = scratchFolder({ 'team/.ilacsrc.json': '{"rules": {"title": "loud"}}' });
    for (let copy = 0; copy < 6; copy++) for (const draft of drafts) scratch.write(`team/${copy}/${draft.name}`, draft.text);
    const run = ilacs(['lint', '--concurrency', '2', '.'], { cwd: scratch.root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `ilacs: invalid configuration: ${join(scratch.root, 'team/.ilacsrc.json')}:1:21: "rules.title" is not an allowed value: expected one of: off, info, warning, warn, error\n`,
    );
  });
});

describe('output formats', () => {
  const broken = () => drafts[0]!.text.replace(/^local_authority: .*$/m, 'local_authority: Narnia');

  it('writes SARIF 2.1.0 that the SARIF schema accepts, with every rule and its help link', () => {
    scratch = scratchFolder({ 'drafts/broken.md': broken() });
    const run = ilacs(['lint', '--format', 'sarif', 'drafts'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    // The SARIF schema's patterns predate JavaScript's unicode mode.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    expect(driver.rules.every((r: { helpUri: string }) => /^https:\/\/\S+$/.test(r.helpUri))).toBe(true);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'front-matter-schema');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'drafts/broken.md', uriBaseId: '%SRCROOT%' });
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 18 });
    expect(driver.rules[result.ruleIndex].id).toBe('front-matter-schema');
  });

  it('writes GitHub workflow annotations, escaped', () => {
    scratch = scratchFolder({ 'a, b.md': broken() });
    const run = ilacs(['lint', '--format', 'github', 'a, b.md'], { cwd: scratch.root });
    expect(run.status).toBe(1);
    const line = run.stdout.split('\n').find((l) => l.includes('front-matter-schema'));
    expect(line).toMatch(
      /^::error file=a%2C b\.md,line=3,endLine=3,col=18,endColumn=24,title=ilacs front-matter-schema::Unknown local authority "Narnia"/,
    );
  });

  it('colours stylish output only when asked, and never with NO_COLOR', () => {
    scratch = scratchFolder({ 'a.md': broken() });
    const plain = ilacs(['lint', 'a.md'], { cwd: scratch.root });
    expect(plain.status).toBe(1);
    expect(plain.stdout).toMatch(/^a\.md\n\s+3:18\s+error\s+Unknown local authority "Narnia"/);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(ilacs(['lint', 'a.md'], { cwd: scratch.root, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(ilacs(['lint', 'a.md'], { cwd: scratch.root, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('--fix', () => {
  it('undoes fixable mistakes exactly, keeping CRLF, the BOM and the file mode, and a second run changes nothing', () => {
    const original = draftWithoutFixes().text;
    const crlf = (text: string) => `\uFEFF${text.replaceAll('\n', '\r\n')}`;
    const mistaken = withFixableMistakes(original);
    expect(
      lintText(mistaken)
        .diagnostics.filter((d) => d.fix)
        .map((d) => d.ruleId)
        .sort(),
    ).toEqual(['grade-case', 'grade-case', 'paragraph-numbering']);
    scratch = scratchFolder();
    const file = scratch.write('draft.md', crlf(mistaken));
    chmodSync(file, 0o640);

    const first = ilacs(['lint', '--fix', 'draft.md'], { cwd: scratch.root });
    expect(first.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(crlf(original));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(first.stdout).not.toMatch(/grade-case|paragraph-numbering/);

    const bytes = readFileSync(file);
    const second = ilacs(['lint', '--fix', 'draft.md'], { cwd: scratch.root });
    expect(second.status).toBe(first.status);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('leaves a file with mixed line endings as it is except where it reported', () => {
    const original = draftWithoutFixes().text;
    const lines = withFixableMistakes(original).split('\n');
    const mixed = lines.map((line, i) => (i % 2 ? `${line}\r` : line)).join('\n');
    scratch = scratchFolder({ 'draft.md': mixed });
    ilacs(['lint', '--fix', 'draft.md'], { cwd: scratch.root });
    expect(readFileSync(join(scratch.root, 'draft.md'), 'utf8')).toBe(fixText(mixed).output);
    expect(fixText(mixed).output).toBe(
      original
        .split('\n')
        .map((line, i) => (i % 2 ? `${line}\r` : line))
        .join('\n'),
    );
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const mistaken = withFixableMistakes(draftWithoutFixes().text);
    scratch = scratchFolder({ 'draft.md': mistaken });
    const run = ilacs(['lint', '--fix-dry-run', 'draft.md'], { cwd: scratch.root });
    expect(readFileSync(join(scratch.root, 'draft.md'), 'utf8')).toBe(mistaken);
    expect(run.stdout).toMatch(/^Index: draft\.md\n=+\n--- draft\.md\n\+\+\+ draft\.md\n/);
    expect(run.stdout).toMatch(/^-7\. /m);
    expect(run.stdout).toMatch(/^\+2\. /m);
  });

  it('refuses --fix with --stdin, with a usage message', () => {
    const run = ilacs(['lint', '--fix', '--stdin'], { cwd: repoRoot, input: drafts[0]!.text });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fix-dry-run');
  });
});

describe('options and exit codes', () => {
  const warningOnly = () =>
    withFixableMistakes(draftWithoutFixes().text)
      .replace(/^7\. /m, '2. ')
      .replace(
        /^(## The experiences and progress of children who need help and protection: )([A-Z])/m,
        (_, h: string, c: string) => h + c.toLowerCase(),
      );

  it('--max-warnings turns too many warnings into exit 1; --quiet hides them', () => {
    scratch = scratchFolder({ 'a.md': warningOnly() });
    const warnings = jsonOf(ilacs(['lint', '-f', 'json', 'a.md'], { cwd: scratch.root }).stdout)[0]!.warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect(ilacs(['lint', 'a.md'], { cwd: scratch.root }).status).toBe(0);
    expect(ilacs(['lint', '--max-warnings', String(warnings), 'a.md'], { cwd: scratch.root }).status).toBe(0);
    const over = ilacs(['lint', '--max-warnings', String(warnings - 1), 'a.md'], { cwd: scratch.root });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain(`${warnings} warnings, more than --max-warnings ${warnings - 1}`);
    const quiet = ilacs(['lint', '--quiet', '--max-warnings', '0', '-f', 'json', 'a.md'], { cwd: scratch.root });
    expect(quiet.status).toBe(0);
    expect(jsonOf(quiet.stdout)[0]!.messages).toEqual([]);
  });

  it('--stdin with --stdin-filename resolves configuration from that path', () => {
    scratch = scratchFolder({ 'team/.ilacsrc.yaml': 'rules:\n  front-matter-schema: warning\n' });
    const text = drafts[0]!.text.replace(/^local_authority: .*$/m, 'local_authority: Narnia');
    const asTeam = ilacs(['lint', '--stdin', '--stdin-filename', 'team/new.md', '-f', 'json'], { cwd: scratch.root, input: text });
    expect(asTeam.status).toBe(0);
    expect(jsonOf(asTeam.stdout)[0]).toMatchObject({ filePath: join(scratch.root, 'team/new.md'), errorCount: 0 });
    const bare = ilacs(['lint', '--stdin', '-f', 'json'], { cwd: scratch.root, input: text });
    expect(bare.status).toBe(1);
    expect(jsonOf(bare.stdout)[0]!.filePath).toBe('<stdin>');
  });

  it('--rule, --config and --no-config decide the severities', () => {
    const text = drafts[0]!.text.replace(/^local_authority: .*$/m, 'local_authority: Narnia');
    scratch = scratchFolder({
      'a.md': text,
      '.ilacsrc.json': '{"rules": {"front-matter-schema": "off"}}',
      'strict.yaml': 'rules:\n  front-matter-schema: error\n',
    });
    expect(ilacs(['lint', 'a.md'], { cwd: scratch.root }).status).toBe(0);
    expect(ilacs(['lint', '--no-config', 'a.md'], { cwd: scratch.root }).status).toBe(1);
    expect(ilacs(['lint', '--config', 'strict.yaml', 'a.md'], { cwd: scratch.root }).status).toBe(1);
    expect(ilacs(['lint', '--rule', 'front-matter-schema:error', 'a.md'], { cwd: scratch.root }).status).toBe(1);
    const unknown = ilacs(['lint', '--rule', 'front-matter-shema:error', 'a.md'], { cwd: scratch.root });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "front-matter-shema"');
  });

  it('skips ignored files unless --no-ignore', () => {
    const text = drafts[0]!.text.replace(/^local_authority: .*$/m, 'local_authority: Narnia');
    scratch = scratchFolder({ '.ilacsignore': 'archive/\n', 'archive/old.md': text, 'current.md': drafts[0]!.text });
    expect(ilacs(['lint', '.'], { cwd: scratch.root }).status).toBe(0);
    expect(ilacs(['lint', 'archive/old.md'], { cwd: scratch.root }).status).toBe(0);
    expect(ilacs(['lint', '--no-ignore', '.'], { cwd: scratch.root }).status).toBe(1);
  });

  it('reports a bad configuration file with file, line and column, exit 2', () => {
    scratch = scratchFolder({ 'a.md': drafts[0]!.text, '.ilacsrc.yaml': 'rules:\n  title: loud\n' });
    const run = ilacs(['lint', 'a.md'], { cwd: scratch.root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `${join(scratch.root, '.ilacsrc.yaml')}:2:10: "rules.title" is not an allowed value: expected one of: off, info, warning, warn, error`,
    );
  });

  it('exits 2 with a message for usage mistakes', () => {
    const cases: [string[], string][] = [
      [['lint'], 'No files given'],
      [['lint', '--format', 'xml', 'x.md'], 'Unknown format "xml"'],
      [['lint', 'no-such-file.md'], 'No such file or folder'],
      [['lint', '--max-warnings', 'many', 'x.md'], '--max-warnings "many"'],
      [['lint', '--concurrency', '0', 'x.md'], '--concurrency "0"'],
      [['lint', '--bogus', 'x.md'], 'Unknown option "--bogus"'],
      [['lint', '--config', 'a.json', '--no-config', 'x.md'], 'cannot be used together'],
      [['frobnicate'], 'unknown command "frobnicate"'],
    ];
    for (const [args, message] of cases) {
      const run = ilacs(args, { cwd: repoRoot });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
    }
  });
});

describe('ilacs new', () => {
  const cases = [
    ['short-inspection', '2025-01-20'],
    ['standard-inspection', '2019-03-04'],
    ['focused-visit', '2024-06-11'],
    ['monitoring-visit', '2026-05-12'],
    ['self-evaluation', '2024-04-01'],
  ] as const;

  for (const [type, start] of cases) {
    it(`writes a ${type} skeleton that has warnings only`, () => {
      scratch = scratchFolder();
      const run = ilacs(['new', type, '--la', 'hull', '--start', start], { cwd: scratch.root });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const file = join(scratch.root, `${start}-kingston-upon-hull-${type}.md`);
      expect(run.stdout).toBe(`Wrote ${start}-kingston-upon-hull-${type}.md\n`);
      const lint = ilacs(['lint', '-f', 'json', file], { cwd: scratch.root });
      expect(lint.status, lint.stdout).toBe(0);
      const [result] = jsonOf(lint.stdout);
      expect(result!.errorCount).toBe(0);
      expect(result!.messages.some((m) => m.ruleId === 'draft-incomplete')).toBe(true);
    });
  }

  it('refuses to overwrite, and names a misspelt authority’s closest matches', () => {
    scratch = scratchFolder({ 'mine.md': 'my work\n' });
    const overwrite = ilacs(['new', 'short-inspection', '--la', 'Harrow', '--start', '2025-01-20', '-o', 'mine.md'], { cwd: scratch.root });
    expect(overwrite.status).toBe(2);
    expect(overwrite.stderr).toContain('mine.md already exists');
    expect(readFileSync(join(scratch.root, 'mine.md'), 'utf8')).toBe('my work\n');
    const misspelt = ilacs(['new', 'short-inspection', '--la', 'Harow', '--start', '2025-01-20'], { cwd: scratch.root });
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain('did you mean "Harrow"');
    expect(ilacs(['new', 'short-inspection', '--la', 'Harrow', '--start', '2025-02-30'], { cwd: scratch.root }).stderr).toContain(
      'expected a real date',
    );
  });
});

describe('ilacs schema and ilacs rules', () => {
  it('prints the committed JSON Schemas', () => {
    const committed = (name: string) => readFileSync(join(repoRoot, 'packages/core/schema', name), 'utf8');
    expect(ilacs(['schema'], { cwd: repoRoot }).stdout).toBe(committed('draft.schema.json'));
    expect(ilacs(['schema', 'config'], { cwd: repoRoot }).stdout).toBe(committed('config.schema.json'));
    expect(JSON.parse(committed('draft.schema.json'))).toEqual(draftJsonSchema());
    expect(JSON.parse(committed('config.schema.json'))).toEqual(configJsonSchema());
    expect(ilacs(['schema', 'nope'], { cwd: repoRoot }).status).toBe(2);
  });

  it('lists every registered rule with its metadata', () => {
    const listed = JSON.parse(ilacs(['rules', '--json'], { cwd: repoRoot }).stdout) as {
      id: string;
      category: string;
      defaultSeverity: string;
      fixable: boolean;
    }[];
    expect(listed.map(({ id, category, defaultSeverity, fixable }) => ({ id, category, defaultSeverity, fixable }))).toEqual(
      builtinRules.map(({ meta }) => ({
        id: meta.id,
        category: meta.category,
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fixable,
      })),
    );
    const table = ilacs(['rules'], { cwd: repoRoot }).stdout;
    for (const rule of builtinRules)
      expect(table).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.category} +${rule.meta.defaultSeverity}`, 'm'));
  });

  it('has rule docs and a README rule table generated from the current rules', () => {
    // Fails when a rule was added or changed without running "pnpm --filter @ilacs/cli docs".
    const check = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/scripts/generate-docs.mjs'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(check.status, check.stderr).toBe(0);
    for (const rule of builtinRules)
      expect(readFileSync(join(repoRoot, 'docs/rules', `${rule.meta.id}.md`), 'utf8')).toContain(rule.meta.description);
  });
});
