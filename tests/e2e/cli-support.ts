import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths the CLI end-to-end tests share: the built CLI, the repository and the real drafts beside it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = join(repoRoot, 'packages/cli/dist/ilacs.js');
export const corpusDraftsDir = resolve(repoRoot, '../shared/corpus/drafts');

export function corpusDrafts(): { name: string; path: string; text: string }[] {
  return readdirSync(corpusDraftsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, path: join(corpusDraftsDir, name), text: readFileSync(join(corpusDraftsDir, name), 'utf8') }));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a new Node process, no terminal, colour settings cleared. */
export function ilacs(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }): CliRun {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  // ESLint's JSON shape carries each file's source, so a large run prints megabytes.
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with files in it; `remove()` deletes it. */
export function scratchFolder(files: Record<string, string> = {}): {
  root: string;
  write(path: string, text: string): string;
  remove(): void;
} {
  const root = mkdtempSync(join(tmpdir(), 'ilacs-e2e-'));
  const write = (path: string, text: string) => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { root, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}
