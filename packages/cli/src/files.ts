import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const neverWalked = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command line's files, folders and globs into Markdown files, sorted and without
 * repeats. Folders are walked for `.md` files (never node_modules or .git); whether a file is a
 * draft is decided later, by its front matter.
 */
export async function expandPaths(patterns: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, ignore: neverWalked, onlyFiles: true, dot: false });
      if (matches.length === 0) throw new UsageError(`No files match "${pattern}".`);
      for (const match of matches) files.add(resolve(match));
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
      const matches = await glob('**/*.md', { cwd: path, absolute: true, ignore: neverWalked, onlyFiles: true, followSymbolicLinks: false });
      for (const match of matches) files.add(resolve(match));
    } else {
      files.add(path);
    }
  }
  return [...files].sort();
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
