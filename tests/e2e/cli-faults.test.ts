import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * The CLI when the file system fights back: unreadable files and folders, writes refused during
 * --fix, symlink loops, files that vanish between listing and reading, folders with no drafts. It
 * must answer with a located message and exit 2, keep going for the other files, never hang, and
 * never damage a file it could not rewrite.
 *
 * Permission bits do not stop root, so when the tests run as root the CLI runs as "nobody"
 * (runuser), from a copy of its one-file bundle that nobody can read.
 */
const repoRoot = new URL('../..', import.meta.url).pathname;
const bundleDir = join(repoRoot, 'packages/cli/dist');
const mistakes = readFileSync(join(repoRoot, 'examples/short-inspection-mistakes.md'), 'utf8');
const clean = readFileSync(join(repoRoot, 'examples/short-inspection-clean.md'), 'utf8');
const isRoot = process.getuid?.() === 0;

let work: string;
let cli: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ilacs-cli-faults-'));
  chmodSync(work, 0o755);
  cpSync(bundleDir, join(work, 'cli'), { recursive: true });
  cli = join(work, 'cli', 'ilacs.js');
});
afterEach(() => {
  // Give back what the tests took away, so the folder can be removed.
  for (const entry of readdirSync(work, { recursive: true }) as string[]) {
    try {
      chmodSync(join(work, entry), 0o755);
    } catch {
      // a dangling or looping link: nothing to restore
    }
  }
  rmSync(work, { recursive: true, force: true });
});

function ilacs(args: string[], asUnprivileged = false) {
  const command =
    asUnprivileged && isRoot ? ['runuser', '-u', 'nobody', '--', process.execPath, cli, ...args] : [process.execPath, cli, ...args];
  const run = spawnSync(command[0]!, command.slice(1), {
    cwd: work,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.error !== undefined };
}

describe.skipIf(isRoot && !existsSync('/usr/sbin/runuser'))('CLI faults', () => {
  it('an unreadable file: exit 2 naming the file and the reason, and the other files are still linted', () => {
    writeFileSync(join(work, 'a.md'), mistakes);
    writeFileSync(join(work, 'b.md'), clean);
    chmodSync(join(work, 'b.md'), 0o000);
    const run = ilacs(['lint', '--format', 'json', '.'], true);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*b\.md: EACCES/);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((r) => r.filePath.endsWith('a.md'))).toEqual([true]);
    expect(results[0]!.errorCount).toBeGreaterThan(0);
  });

  it('an unreadable folder: exit 2 with its name, no crash', () => {
    mkdirSync(join(work, 'locked'));
    writeFileSync(join(work, 'locked', 'a.md'), mistakes);
    chmodSync(join(work, 'locked'), 0o000);
    const run = ilacs(['lint', 'locked/a.md'], true);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/locked\/a\.md/);
    expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it('--fix when the write is refused: exit 2, and the original is left byte for byte, with no temporary file', () => {
    mkdirSync(join(work, 'drafts'));
    const target = join(work, 'drafts', 'a.md');
    writeFileSync(target, mistakes);
    chmodSync(join(work, 'drafts'), 0o555);
    const run = ilacs(['lint', '--fix', 'drafts/a.md'], true);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/drafts\/a\.md was not fixed: you may not write it \(EACCES\)/);
    expect(readFileSync(target, 'utf8')).toBe(mistakes);
    expect(readdirSync(join(work, 'drafts'))).toEqual(['a.md']);
  });

  it('symlink loops end, and linked folders are not walked twice', () => {
    mkdirSync(join(work, 'drafts'));
    writeFileSync(join(work, 'drafts', 'a.md'), mistakes);
    symlinkSync(join(work, 'drafts'), join(work, 'drafts', 'again'));
    symlinkSync(join(work, 'drafts', 'self.md'), join(work, 'drafts', 'self.md'));
    const run = ilacs(['lint', '--format', 'json', 'drafts']);
    expect(run.timedOut).toBe(false);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string }[];
    expect(results.map((r) => r.filePath)).toEqual([join(work, 'drafts', 'a.md')]);
  });

  it('a file that vanished after it was listed (a dangling link) is skipped in a folder and reported when named', () => {
    mkdirSync(join(work, 'drafts'));
    writeFileSync(join(work, 'drafts', 'a.md'), clean);
    symlinkSync(join(work, 'drafts', 'gone.md'), join(work, 'drafts', 'vanished.md'));
    const walked = ilacs(['lint', 'drafts']);
    expect(walked.status).toBe(0);
    expect(walked.stderr).not.toMatch(/internal error/);
    const named = ilacs(['lint', 'drafts/vanished.md']);
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/No such file or folder: "drafts\/vanished\.md"/);
  });

  it('a folder with no drafts exits 0, and says so rather than looking clean', () => {
    mkdirSync(join(work, 'notes'));
    writeFileSync(join(work, 'notes', 'readme.md'), '# Notes\n\nNothing to check here.\n');
    const run = ilacs(['lint', 'notes']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no drafts .* found in: notes/);
  });
});
