import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Why the search for configuration and ignore files stopped in a folder. */
export type StopReason = 'repository root' | 'workspace root' | 'root: true' | 'file system root';

/**
 * Whether the upward search for settings files ends at this folder (after looking in it): at the
 * root of a git repository (a folder holding `.git`, a folder or, in a worktree or submodule, a file),
 * at a workspace root the caller names, or at the top of the file system. Settings above a
 * repository belong to someone else's project, or to nobody's: they never apply inside it.
 */
export function boundaryAt(folder: string, stopAt: string | undefined): StopReason | undefined {
  if (existsSync(join(folder, '.git'))) return 'repository root';
  if (stopAt !== undefined && folder === resolve(stopAt)) return 'workspace root';
  if (dirname(folder) === folder) return 'file system root';
  return undefined;
}
