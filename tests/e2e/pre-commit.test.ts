/**
 * The pre-commit hook end to end, with the real `pre-commit` tool (Debian package `pre-commit`): a
 * temporary git repository takes this repository (its working tree, committed into a scratch copy)
 * as a hook source by local path; pre-commit installs it as a `language: node` hook (npm install,
 * npm pack, npm install -g), then a staged draft with an error blocks `git commit` and the corrected
 * draft commits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDrafts, repoRoot } from './cli-support.js';
import { copyWorkingTree, ensurePreCommit, git } from './support/pre-commit.js';

const skipReason = ensurePreCommit();
if (skipReason) console.warn(`Skipping the pre-commit end-to-end test: ${skipReason}.`);

const scratch = mkdtempSync(join(tmpdir(), 'ilacs-pre-commit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** This repository as pre-commit would clone it: the working tree's files (not ignored ones), committed. */
function hookSource(): { path: string; rev: string } {
  const path = join(scratch, 'hook-source');
  copyWorkingTree(repoRoot, path);
  git(path, 'init', '-q');
  git(path, 'add', '-A');
  git(path, 'commit', '-q', '-m', 'hook source');
  return { path, rev: git(path, 'rev-parse', 'HEAD').trim() };
}

describe.skipIf(skipReason !== undefined)('pre-commit hook ilacs-lint', () => {
  it('blocks a commit with a broken draft and lets the corrected draft through', () => {
    const source = hookSource();
    const repo = join(scratch, 'reports');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${source.path}\n    rev: ${source.rev}\n    hooks:\n      - id: ilacs-lint\n`,
    );
    const env = { ...process.env, PRE_COMMIT_HOME: join(scratch, 'pre-commit-cache'), CI: 'true' };
    execFileSync('pre-commit', ['install'], { cwd: repo, env, stdio: 'pipe' });

    const draft = corpusDrafts()[0]!.text;
    writeFileSync(join(repo, 'notes.md'), '# Team notes\n\nNot a draft, so the hook leaves it alone.\n');
    writeFileSync(join(repo, 'report.md'), draft.replace(/^local_authority: .*$/m, 'local_authority: Narnia'));
    git(repo, 'add', '-A');
    const blocked = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'Draft'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.status, output).not.toBe(0);
    expect(output).toMatch(/ilacs lint\.+Failed/);
    expect(output).toContain('Unknown local authority "Narnia"');
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0);

    writeFileSync(join(repo, 'report.md'), draft);
    git(repo, 'add', '-A');
    const committed = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'Draft'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    expect(committed.status, committed.stdout + committed.stderr).toBe(0);
    expect(committed.stdout + committed.stderr).toMatch(/ilacs lint\.+Passed/);
    expect(git(repo, 'log', '--format=%s')).toBe('Draft\n');
  }, 600_000);
});
