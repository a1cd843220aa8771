/**
 * The README's husky + lint-staged recipe, followed in a temporary git repository with real git
 * commits: `husky init`, `.husky/pre-commit` running lint-staged, lint-staged running `ilacs lint` on
 * the staged Markdown. The packages come from this workspace instead of an `npm install`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cliPath, corpusDrafts, repoRoot } from './cli-support.js';

const scratch = mkdtempSync(join(tmpdir(), 'ilacs-husky-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const gitIdentity = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];
const git = (cwd: string, ...args: string[]) => execFileSync('git', [...gitIdentity, ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });

/** What `npm install` would put in node_modules/.bin: a command that runs a package's bin script. */
function linkBin(repo: string, name: string, script: string): void {
  const bin = join(repo, 'node_modules/.bin', name);
  mkdirSync(dirname(bin), { recursive: true });
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`);
  chmodSync(bin, 0o755);
}

/** A dev dependency's bin script (read from its manifest: these packages do not export package.json). */
function packageBin(name: string): string {
  const packageDir = join(repoRoot, 'tests/node_modules', name);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return join(packageDir, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name]!);
}

it('husky and lint-staged block a commit with a broken draft and let the corrected one through', () => {
  const repo = join(scratch, 'reports');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  writeFileSync(
    join(repo, 'package.json'),
    `${JSON.stringify({ name: 'reports', private: true, 'lint-staged': { '*.md': 'ilacs lint' } }, null, 2)}\n`,
  );
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  linkBin(repo, 'ilacs', cliPath);
  linkBin(repo, 'lint-staged', packageBin('lint-staged'));
  linkBin(repo, 'husky', packageBin('husky'));
  const env = { ...process.env, npm_config_user_agent: 'npm/10', PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}` };
  execFileSync('husky', ['init'], { cwd: repo, env, stdio: 'pipe' });
  writeFileSync(join(repo, '.husky/pre-commit'), 'lint-staged\n');

  const draft = corpusDrafts()[0]!.text;
  writeFileSync(join(repo, 'report.md'), draft.replace(/^local_authority: .*$/m, 'local_authority: Narnia'));
  git(repo, 'add', '-A');
  const blocked = spawnSync('git', [...gitIdentity, 'commit', '-m', 'Draft'], { cwd: repo, env, encoding: 'utf8' });
  const output = blocked.stdout + blocked.stderr;
  expect(blocked.status, output).not.toBe(0);
  expect(output).toContain('Unknown local authority "Narnia"');
  expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0);

  writeFileSync(join(repo, 'report.md'), draft);
  git(repo, 'add', '-A');
  const committed = spawnSync('git', [...gitIdentity, 'commit', '-m', 'Draft'], { cwd: repo, env, encoding: 'utf8' });
  expect(committed.status, committed.stdout + committed.stderr).toBe(0);
  expect(git(repo, 'log', '--format=%s')).toBe('Draft\n');
  expect(git(repo, 'show', '--name-only', '--format=')).toContain('report.md');
}, 120_000);
