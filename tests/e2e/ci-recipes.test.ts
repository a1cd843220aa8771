/**
 * The README's "Use it in CI" recipes, read from the README itself: the GitHub workflow uses this
 * repository's action with inputs it has, the input table matches action.yml, the pre-commit
 * configuration names this repository and its hook, and the GitLab job's commands run and write the
 * reports its artifacts name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryUrl } from '@ilacs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusDrafts, ilacs, repoRoot, scratchFolder } from './cli-support.js';
import { readAction } from './support/fake-runner.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Use it in CI'), readme.indexOf('\n## ', readme.indexOf('## Use it in CI') + 1));
/** The section's YAML code blocks, by the file name in their first-line comment. */
const recipes = new Map([...section.matchAll(/```yaml\n# (\S+)\n([\s\S]*?)```/g)].map((match) => [match[1]!, parse(match[2]!)]));
const action = readAction(repoRoot);

describe('README: Use it in CI', () => {
  it('has the three recipes', () => {
    expect([...recipes.keys()].sort()).toEqual(['.github/workflows/drafts.yml', '.gitlab-ci.yml', '.pre-commit-config.yaml']);
  });

  it("GitHub: the workflow uses this repository's action, with inputs it has and the permission the upload needs", () => {
    const workflow = recipes.get('.github/workflows/drafts.yml');
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs as Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>)[0]!.steps;
    const step = steps.find((s) => s.uses?.startsWith(new URL(repositoryUrl).pathname.slice(1)))!;
    expect(step.uses).toMatch(/@v\d+(\.\d+\.\d+)?$/);
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it("GitHub: the input table lists exactly the action's inputs and defaults, and the outputs it names exist", () => {
    const rows = [...section.matchAll(/^\| `([\w-]+)` \|\s*`?([^|`]*?)`?\s*\|/gm)].map((m) => [m[1], m[2]!.trim()]);
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])),
    );
    const outputs = /^Outputs: (.*)$/m.exec(section)![1]!;
    expect([...outputs.matchAll(/`([\w-]+)`/g)].map((m) => m[1]).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('pre-commit: the configuration names this repository, a release tag and the hook it offers', () => {
    const config = recipes.get('.pre-commit-config.yaml');
    const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    expect(config.repos[0].repo).toBe(repositoryUrl);
    expect(config.repos[0].rev).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(hooks.map((h) => h.id)).toContain(config.repos[0].hooks[0].id);
  });

  describe('GitLab', () => {
    const job = Object.values(
      recipes.get('.gitlab-ci.yml') as Record<string, { script: string[]; artifacts: { when: string; reports: Record<string, string> } }>,
    )[0]!;
    const formats = ilacs(['lint', '--help'], { cwd: repoRoot }).stdout;
    const ready = /\bgitlab\b/.test(formats) && /\bjunit\b/.test(formats) && /--output-file|-o\b/.test(formats);
    if (!ready) console.warn('Skipping the GitLab recipe run: this CLI has no gitlab and junit formats or -o yet.');
    const scratch = scratchFolder();
    afterAll(() => scratch.remove());

    it('keeps the reports whatever the lint finds, as the artifacts GitLab reads', () => {
      expect(job.artifacts.when).toBe('always');
      expect(Object.keys(job.artifacts.reports).sort()).toEqual(['codequality', 'junit']);
      expect(job.script.join('\n')).toMatch(/-f gitlab/);
      expect(job.script.join('\n')).toMatch(/-f junit/);
    });

    it.skipIf(!ready)("runs the job's commands: a code quality report and a JUnit report of a broken draft", () => {
      const draft = corpusDrafts()[0]!.text;
      scratch.write('drafts/broken.md', draft.replace(/^local_authority: .*$/m, 'local_authority: Narnia'));
      scratch.write('drafts/clean.md', draft);
      const statuses = job.script.map((line) => {
        const [command] = line.split(/\s+#/, 1) as [string];
        const args = command
          .replace(/\s*\|\|\s*true\s*$/, '')
          .trim()
          .split(/\s+/);
        expect(args[0]).toBe('ilacs');
        return ilacs(args.slice(1), { cwd: scratch.root }).status;
      });
      expect(statuses.at(-1)).toBe(1); // the last command's exit code fails the job
      const quality = JSON.parse(readFileSync(join(scratch.root, job.artifacts.reports.codequality!), 'utf8')) as {
        description: string;
        check_name: string;
        fingerprint: string;
        severity: string;
        location: { path: string; lines: { begin: number } };
      }[];
      expect(quality.length).toBeGreaterThan(0);
      for (const issue of quality) {
        expect(issue).toMatchObject({
          description: expect.any(String),
          check_name: expect.any(String),
          fingerprint: expect.any(String),
          location: { path: expect.stringMatching(/^drafts\/(broken|clean)\.md$/), lines: { begin: expect.any(Number) } },
        });
        expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      }
      // The broken draft's error is there; the clean (real) draft brings at most its warnings.
      expect(
        quality.some((q) => q.location.path === 'drafts/broken.md' && q.check_name === 'front-matter-schema' && q.severity === 'major'),
      ).toBe(true);
      expect(quality.filter((q) => q.location.path === 'drafts/clean.md' && q.severity === 'major')).toEqual([]);
      expect(new Set(quality.map((q) => q.fingerprint)).size).toBe(quality.length);
      expect(readFileSync(join(scratch.root, job.artifacts.reports.junit!), 'utf8')).toMatch(/<testsuites[\s>][\s\S]*<failure/);
    });
  });
});
