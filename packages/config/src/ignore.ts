import { existsSync } from 'node:fs';
import { dirname, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { boundaryAt } from './boundary.js';
import { ignoredByMatchers } from './ignore-match.js';
import { readSettingsFile } from './read-file.js';
import { ignoreFileName } from './settings-files.js';

export { ignoreFileName } from './settings-files.js';

/** One set of gitignore patterns and the folder they are relative to. */
export interface IgnoreLayer {
  folder: string;
  matcher: ignore.Ignore;
}

export function ignoreLayer(folder: string, patterns: readonly string[] | string): IgnoreLayer {
  return { folder: resolve(folder), matcher: ignore().add(patterns) };
}

/**
 * Finds `.ilacsignore` files up from a path, no higher than the repository root (see boundary.ts),
 * and answers whether the path is ignored, with git's precedence: a deeper file's patterns
 * (including `!` re-inclusions) win over a shallower one's. Layers are cached per folder; call
 * `clear()` when an ignore file changes.
 */
export class IgnoreFiles {
  private readonly byFolder = new Map<string, IgnoreLayer | null>();

  constructor(private readonly stopAt?: string) {}

  /** Ignore-file layers that apply to a path, outermost first. */
  layersFor(path: string): IgnoreLayer[] {
    const layers: IgnoreLayer[] = [];
    for (let current = dirname(resolve(path)); ; current = dirname(current)) {
      const layer = this.layerIn(current);
      if (layer) layers.unshift(layer);
      if (boundaryAt(current, this.stopAt)) break;
    }
    return layers;
  }

  clear(): void {
    this.byFolder.clear();
  }

  private layerIn(folder: string): IgnoreLayer | undefined {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached ?? undefined;
    const file = join(folder, ignoreFileName);
    let layer: IgnoreLayer | null = null;
    if (existsSync(file)) layer = ignoreLayer(folder, readSettingsFile(file, 'ignore file'));
    this.byFolder.set(folder, layer);
    return layer ?? undefined;
  }
}

/**
 * Whether layers (outermost first) ignore a file. As in git, once a folder is excluded nothing
 * below it can be re-included; paths outside a layer's folder are not that layer's business.
 */
export function isIgnoredBy(layers: readonly IgnoreLayer[], path: string): boolean {
  const absolute = resolve(path);
  return ignoredByMatchers(
    layers.map((layer) => {
      const rel = relative(layer.folder, absolute);
      const outside = rel === '' || rel.startsWith('..') || parsePath(rel).root !== '';
      return { matcher: layer.matcher, parts: outside ? undefined : rel.split(sep) };
    }),
  );
}
