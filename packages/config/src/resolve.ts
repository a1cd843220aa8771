import { existsSync } from 'node:fs';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import type { IlacsConfig } from '@ilacs/core';
import { IgnoreFiles, ignoreLayer, isIgnoredBy, type IgnoreLayer } from './ignore.js';
import { loadConfigFile } from './load.js';

/** Configuration file names, in the order they are looked for in each folder. */
export const configFileNames = ['.ilacsrc.json', '.ilacsrc.yaml', '.ilacsrc.yml'] as const;

export interface ConfigResolverOptions {
  /** Stop looking upwards at this folder (a workspace root). */
  stopAt?: string;
  /** Use this one file for every path instead of looking for the nearest (the CLI's `--config`). */
  configFile?: string;
  /** Read no configuration file at all (the CLI's `--no-config`). */
  noConfig?: boolean;
}

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
  private readonly ignoreFiles: IgnoreFiles;
  private readonly ignoresByConfigFile = new Map<string, IgnoreLayer>();

  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.ignoreFiles = new IgnoreFiles(options.stopAt);
  }

  /** Configuration for a file (or, with `isFolder`, for the files in a folder). Throws ConfigError for a bad file. */
  resolveFor(path: string, isFolder = false): ResolvedConfig {
    if (this.options.noConfig) return { config: {} };
    const file = this.options.configFile ? resolve(this.options.configFile) : this.findConfigFile(isFolder ? resolve(path) : dirname(resolve(path)));
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

  /**
   * Whether a file is ignored: by `.ilacsignore` files up from it, or by the `ignores` of the
   * configuration that applies to it (patterns relative to that configuration file's folder).
   */
  isIgnored(path: string): boolean {
    const layers = this.ignoreFiles.layersFor(path);
    const { file, config } = this.resolveFor(path);
    if (file && config.ignores?.length) {
      let layer = this.ignoresByConfigFile.get(file);
      if (layer === undefined) {
        layer = ignoreLayer(dirname(file), config.ignores);
        this.ignoresByConfigFile.set(file, layer);
      }
      layers.push(layer);
    }
    return isIgnoredBy(layers, path);
  }

  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
    this.ignoreFiles.clear();
    this.ignoresByConfigFile.clear();
  }
}
