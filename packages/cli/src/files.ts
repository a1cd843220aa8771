import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const neverWalked = ['**/node_modules/**', '**/.git/**'];

/** The Markdown files a folder is walked for (".md" and ".markdown", in any case). */
export const markdownGlob = '**/*.{md,markdown}';

/** A file to lint, and whether it was named on the command line itself (not found in a folder or by a glob). */
export interface LintTarget {
  path: string;
  /** A named file that is not linted gets a message saying why. */
  named: boolean;
}

export interface ExpandedPaths {
  targets: LintTarget[];
  /**
   * What the command line covers, for --fix: it writes a file only when the file's real path (links
   * resolved) is one of these or lies inside one: the real path of each folder given (or of a glob's
   * fixed part), and each file named (its folder's links resolved, not the file's own).
   */
  writeRoots: string[];
}

/**
 * Expands the command line's files, folders and globs into files to lint, sorted and without
 * repeats. Folders are walked for Markdown files (never node_modules or .git, and without following
 * links); whether a file is a draft is decided later, by its front matter.
 */
export async function expandPaths(patterns: string[], cwd: string): Promise<ExpandedPaths> {
  const targets = new Map<string, LintTarget>();
  const writeRoots = new Set<string>();
  const add = (target: LintTarget) => {
    const known = targets.get(target.path);
    // Named wins: the user asked for this file by name, so it gets a message if it is skipped.
    if (!known || (target.named && !known.named)) targets.set(target.path, target);
  };
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, ignore: neverWalked, onlyFiles: true, dot: false });
      if (matches.length === 0) throw new UsageError(`No files match "${pattern}".`);
      writeRoots.add(realFolder(resolve(cwd, fixedPart(pattern))));
      for (const match of matches) add({ path: resolve(match), named: false });
      continue;
    }
    const path = resolve(cwd, pattern);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`No such file or folder: "${pattern}".`);
    }
    if (stats.isDirectory()) {
      writeRoots.add(realFolder(path));
      const matches = await glob(markdownGlob, {
        cwd: path,
        absolute: true,
        ignore: neverWalked,
        onlyFiles: true,
        followSymbolicLinks: false,
        caseSensitiveMatch: false,
      });
      for (const match of matches) add({ path: resolve(match), named: false });
    } else {
      writeRoots.add(join(realFolder(dirname(path)), basename(path)));
      add({ path, named: true });
    }
  }
  return { targets: [...targets.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), writeRoots: [...writeRoots] };
}

/** The folders of a glob before its first wildcard ("drafts/2025" of "drafts/2025/**\/*.md"). */
function fixedPart(pattern: string): string {
  const parts = pattern.split('/');
  const firstDynamic = parts.findIndex((part) => isDynamicPattern(part));
  return parts.slice(0, firstDynamic === -1 ? parts.length - 1 : firstDynamic).join('/') || '.';
}

function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

/** A path as the user will recognise it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
