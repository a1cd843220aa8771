/**
 * The repository's GitHub Action (action.yml) run step by step with a fake runner environment
 * (support/fake-runner.ts): GITHUB_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the
 * action's own `if:` conditions. The CLI is the built bundle, as on a release tag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusDrafts, repoRoot, scratchFolder } from './cli-support.js';
import { evaluate, readAction, runAction, type ActionRun } from './support/fake-runner.js';
import { checkRepositoryUrl, markdownLinks } from './support/links.js';

const require = createRequire(import.meta.url);
const clean = () => corpusDrafts()[0]!.text;
const broken = () => clean().replace(/^local_authority: .*$/m, 'local_authority: Narnia');
const step = (run: ActionRun, name: RegExp) => run.steps.find((s) => name.test(s.name))!;

let scratch: ReturnType<typeof scratchFolder> | undefined;
afterEach(() => scratch?.remove());

describe('the fake runner', () => {
  it('evaluates expressions as GitHub does', () => {
    const context = { inputs: { upload: 'true', empty: '' }, steps: { lint: { outputs: { code: '2' } } } };
    const ok = { failed: false };
    expect(evaluate("inputs.upload == 'TRUE'", context, ok)).toBe(true); // string comparison ignores case
    expect(evaluate("!cancelled() && inputs.upload == 'true' && steps.lint.outputs.missing != ''", context, ok)).toBe(false);
    expect(evaluate("steps.lint.outputs.code == '2' || (inputs.empty == 'true' && steps.lint.outputs.code != '0')", context, ok)).toBe(
      true,
    );
    expect(evaluate('failure()', context, { failed: true })).toBe(true);
  });
});

describe('action.yml', () => {
  const action = readAction(repoRoot);

  it('is a composite action whose shell steps never splice expressions into a script', () => {
    expect(action.runs.using).toBe('composite');
    // Inputs reach scripts through env: an input such as a file name cannot run as code.
    for (const s of action.runs.steps) if (s.run) expect(s.run, s.name).not.toContain('${{');
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  it('lints the drafts, annotates the errors, uploads valid SARIF, summarises, and fails the job', () => {
    scratch = scratchFolder({ 'drafts/broken.md': broken(), 'drafts/clean.md': clean(), 'notes/readme.md': '# Notes\n\nNot a draft.\n' });
    const run = runAction(repoRoot, { workspace: scratch.root, inputs: { files: 'drafts notes' } });

    expect(step(run, /Set up/).stdout).toMatch(/Using the prebuilt CLI: \d+\.\d+\.\d+/);
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['sarif-file']).toBe(join(scratch.root, 'ilacs.sarif'));

    const log = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    const validate = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(
      require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
    );
    expect(validate(log)).toBe(true);
    const results = log.runs[0].results as { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    expect(results.filter((r) => r.level === 'error')).toHaveLength(Number(run.outputs.errors));
    const errorFiles = results.filter((r) => r.level === 'error').map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(errorFiles)).toEqual(new Set(['drafts/broken.md'])); // relative to the workspace, as code scanning wants

    const upload = step(run, /Upload/);
    expect(upload.outcome).toBe('success');
    expect(upload.with).toEqual({ sarif_file: run.outputs['sarif-file'], category: 'ilacs' });

    expect(run.log).toMatch(/^::error file=drafts\/broken\.md,line=\d+,.*Unknown local authority "Narnia"/m);
    expect(run.summary).toContain('### ILACS draft lint');
    expect(run.summary).toMatch(new RegExp(`${run.outputs.errors} errors?, \\d+ warnings?, \\d+ notes? in 2 drafts\\.`));
    const links = markdownLinks(run.summary);
    expect(links.length).toBeGreaterThan(0);
    for (const { href } of links) expect(checkRepositoryUrl(href), href).toBeUndefined();

    expect(step(run, /Fail/)).toMatchObject({ outcome: 'failure', exitCode: 1 });
    expect(run.failed).toBe(true);
  });

  it('passes clean drafts, with zero counts and the report still uploaded', () => {
    scratch = scratchFolder({ 'clean.md': clean() });
    const run = runAction(repoRoot, { workspace: scratch.root });
    expect(run.outputs).toMatchObject({ errors: '0', 'exit-code': '0' });
    expect(step(run, /Upload/).outcome).toBe('success');
    expect(step(run, /Fail/).outcome).toBe('skipped');
    expect(run.failed).toBe(false);
    expect(run.log).not.toMatch(/^::error/m);
  });

  it('honours upload-sarif, annotations and fail-on-error set to false, and passes args on', () => {
    scratch = scratchFolder({ 'reports/broken.md': broken() });
    const inputs = {
      files: 'reports',
      'upload-sarif': 'false',
      annotations: 'false',
      'fail-on-error': 'false',
      'sarif-file': 'out/report.sarif',
      args: '--rule front-matter-schema:warning',
    };
    const run = runAction(repoRoot, { workspace: scratch.root, inputs });
    expect(step(run, /Upload/).outcome).toBe('skipped');
    expect(run.log).not.toMatch(/^::(error|warning) file=/m);
    expect(existsSync(join(scratch.root, 'out/report.sarif'))).toBe(true);
    const levels = JSON.parse(readFileSync(join(scratch.root, 'out/report.sarif'), 'utf8'))
      .runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'front-matter-schema')
      .map((r: { level: string }) => r.level);
    expect(levels).toContain('warning');
    expect(levels).not.toContain('error');
    expect(step(run, /Fail/).outcome).toBe('skipped');
    expect(run.failed).toBe(false);
  });

  it("fails with the CLI's message, and uploads nothing, on a configuration mistake", () => {
    scratch = scratchFolder({ 'clean.md': clean(), '.ilacsrc.json': '{"rules": {"title": "loud"}}' });
    const run = runAction(repoRoot, { workspace: scratch.root, inputs: { 'fail-on-error': 'false' } });
    expect(run.outputs).toMatchObject({ 'exit-code': '2', 'sarif-file': '', errors: '' });
    expect(run.log).toMatch(
      /^::error title=ilacs lint::ilacs: invalid configuration: .*\.ilacsrc\.json:1:\d+: "rules\.title" is not an allowed value/m,
    );
    expect(step(run, /Upload/).outcome).toBe('skipped');
    expect(step(run, /Fail/)).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(run.summary).toContain('The drafts were not checked');
  });

  it('treats a file name as a name, never as shell code', () => {
    scratch = scratchFolder({ 'clean.md': clean() });
    const run = runAction(repoRoot, { workspace: scratch.root, inputs: { files: 'clean.md $(touch injected) `touch injected2`' } });
    expect(existsSync(join(scratch.root, 'injected'))).toBe(false);
    expect(existsSync(join(scratch.root, 'injected2'))).toBe(false);
    expect(run.outputs['exit-code']).toBe('2'); // the CLI was given paths that do not exist, and said so
  });
});
