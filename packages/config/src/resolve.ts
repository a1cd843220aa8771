import { existsSync } from 'node:fs';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import type { IlacsConfig } from '@ilacs/core';
import { loadConfigFile } from './load.js';

/** Configuration file names, in the order they are looked for in each folder. */
export const configFileNames = ['.ilacsrc.json', '.ilacsrc.yaml', '.ilacsrc.yml'] as const;

export interface ResolvedConfig {
  /** The file the configuration came from; undefined when none was found. */
  file?: string;
  config: IlacsConfig;
}

/**
 * Resolves configuration for files: the nearest configuration file up from each file's folder wins
 * (no merging along the way, so what applies is what one file says). Results are cached per folder;
 * call `clear()` when a configuration file changes.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, IlacsConfig>();

  constructor(private readonly options: { stopAt?: string } = {}) {}

  /** Configuration for a file (or, with `isFolder`, for the files in a folder). Throws ConfigError for a bad file. */
  resolveFor(path: string, isFolder = false): ResolvedConfig {
    const file = this.findConfigFile(isFolder ? resolve(path) : dirname(resolve(path)));
    if (!file) return { config: {} };
    let config = this.byFile.get(file);
    if (!config) {
      config = loadConfigFile(file);
      this.byFile.set(file, config);
    }
    return { file, config };
  }

  findConfigFile(folder: string): string | undefined {
    const visited: string[] = [];
    let current = resolve(folder);
    const root = parsePath(current).root;
    let found: string | undefined;
    for (;;) {
      const cached = this.byFolder.get(current);
      if (cached !== undefined) {
        found = cached ?? undefined;
        break;
      }
      visited.push(current);
      const here = configFileNames.map((name) => join(current, name)).find((candidate) => existsSync(candidate));
      if (here) {
        found = here;
        break;
      }
      if (current === root || (this.options.stopAt && current === resolve(this.options.stopAt))) break;
      current = dirname(current);
    }
    for (const folderPath of visited) this.byFolder.set(folderPath, found ?? null);
    return found;
  }

  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }
}
