// The pnpm workspace's packages, for the release scripts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export const readManifest = (folder) => JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));

/** The workspace's package folders, from pnpm-workspace.yaml's "folder" and "folder/*" patterns. */
export function workspaceFolders(root = repositoryRoot) {
  const patterns = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
    .split('\n')
    .map((line) => /^\s*-\s*['"]?([^'"]+?)['"]?\s*$/.exec(line)?.[1])
    .filter(Boolean);
  return patterns
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [join(root, pattern)];
      const parent = join(root, pattern.slice(0, -2));
      return existsSync(parent)
        ? readdirSync(parent)
            .sort()
            .map((name) => join(parent, name))
        : [];
    })
    .filter((folder) => existsSync(join(folder, 'package.json')));
}
