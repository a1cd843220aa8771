import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Installs pre-commit from Debian when it is missing and this process may (root, apt-get present).
 * Returns why the tests must skip, or undefined when pre-commit is there.
 */
export function ensurePreCommit(): string | undefined {
  if (hasPreCommit()) return undefined;
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canApt) return 'pre-commit is not installed and apt-get cannot be used here (install the Debian package "pre-commit")';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'pre-commit'], { env, stdio: 'ignore' });
  if (!hasPreCommit()) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'pre-commit'], { env, stdio: 'ignore' });
  }
  return hasPreCommit() ? undefined : 'pre-commit is not installed and "apt-get install pre-commit" failed';
}

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  });

/** `git commit` in `cwd` as pre-commit's hook sees it: status and everything printed. */
export function commit(cwd: string, env: NodeJS.ProcessEnv, message = 'Draft'): { status: number | null; output: string } {
  const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', message], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Copies this repository's working tree (tracked and untracked files, not ignored ones) to `destination`. */
export function copyWorkingTree(repoRoot: string, destination: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    try {
      copyFileSync(join(repoRoot, file), join(destination, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted in the working tree
    }
  }
}
