import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { IlacsConfig } from '@ilacs/core';
import { boundaryAt, type StopReason } from './boundary.js';
import { IgnoreFiles, ignoreLayer, isIgnoredBy, type IgnoreLayer } from './ignore.js';
import { loadConfigFile } from './load.js';
import { mergeConfigs } from './merge.js';
import { configFileNames } from './settings-files.js';

export { configFileNames } from './settings-files.js';

export interface ConfigResolverOptions {
  /** Stop looking upwards at this folder (a workspace root), if no repository root or `root: true` comes first. */
  stopAt?: string;
  /** Use this one file for every path instead of the files found from each path (the CLI's `--config`). */
  configFile?: string;
  /** Read no configuration file at all (the CLI's `--no-config`). */
  noConfig?: boolean;
}

export interface ResolvedConfig {
  /** The nearest configuration file that applied (the last of `files`); undefined when none did. */
  file?: string;
  /** Every configuration file that applied, outermost first: later ones win. */
  files: string[];
  /** Where the upward search stopped and why; absent with `--config` or `--no-config`. */
  stoppedAt?: { folder: string; reason: StopReason };
  /** The merged configuration; its maps have no prototype. */
  config: IlacsConfig;
}

/** The configuration files of a folder and of the folders above it that apply, outermost first. */
interface Chain {
  files: string[];
  stoppedAt: { folder: string; reason: StopReason };
}

/**
 * Resolves configuration for files. The configuration files from the draft's folder up to the
 * repository root (a folder holding `.git`) apply, merged, the nearest winning; a file with
 * `root: true` stops the search above it, as do the workspace root (`stopAt`) and the top of the
 * file system. Results are cached per folder; call `clear()` when a configuration file changes.
 */
export class ConfigResolver {
  private readonly chainByFolder = new Map<string, Chain>();
  private readonly configByFile = new Map<string, IlacsConfig>();
  private readonly mergedByChain = new Map<string, IlacsConfig>();
  private readonly ignoreFiles: IgnoreFiles;
  private readonly ignoresByConfigFile = new Map<string, IgnoreLayer>();

  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.ignoreFiles = new IgnoreFiles(options.stopAt);
  }

  /** Configuration for a file (or, with `isFolder`, for the files in a folder). Throws ConfigError for a bad file. */
  resolveFor(path: string, isFolder = false): ResolvedConfig {
    if (this.options.noConfig) return { files: [], config: {} };
    if (this.options.configFile) {
      const file = resolve(this.options.configFile);
      return { file, files: [file], config: mergeConfigs(this.load(file)) };
    }
    const chain = this.chainFor(isFolder ? resolve(path) : dirname(resolve(path)));
    const key = chain.files.join('\0');
    let config = this.mergedByChain.get(key);
    if (!config) {
      config = mergeConfigs(...chain.files.map((file) => this.load(file)));
      this.mergedByChain.set(key, config);
    }
    const nearest = chain.files.at(-1);
    return { ...(nearest ? { file: nearest } : {}), files: chain.files, stoppedAt: chain.stoppedAt, config };
  }

  /** The nearest configuration file up from a folder, within the same bounds; undefined when none. */
  findConfigFile(folder: string): string | undefined {
    return this.chainFor(resolve(folder)).files.at(-1);
  }

  /**
   * Whether a file is ignored: by `.ilacsignore` files up from it, or by the `ignores` of the
   * configuration files that apply to it (each file's patterns relative to its own folder).
   */
  isIgnored(path: string): boolean {
    const layers = this.ignoreFiles.layersFor(path);
    for (const file of this.resolveFor(path).files) {
      const ignores = this.load(file).ignores;
      if (!ignores?.length) continue;
      let layer = this.ignoresByConfigFile.get(file);
      if (layer === undefined) {
        layer = ignoreLayer(dirname(file), ignores);
        this.ignoresByConfigFile.set(file, layer);
      }
      layers.push(layer);
    }
    return isIgnoredBy(layers, path);
  }

  clear(): void {
    this.chainByFolder.clear();
    this.configByFile.clear();
    this.mergedByChain.clear();
    this.ignoreFiles.clear();
    this.ignoresByConfigFile.clear();
  }

  private chainFor(folder: string): Chain {
    const cached = this.chainByFolder.get(folder);
    if (cached) return cached;
    const own = configFileNames.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
    let chain: Chain;
    if (own && this.load(own).root === true) {
      chain = { files: [own], stoppedAt: { folder, reason: 'root: true' } };
    } else {
      const reason = boundaryAt(folder, this.options.stopAt);
      const outer: Chain = reason ? { files: [], stoppedAt: { folder, reason } } : this.chainFor(dirname(folder));
      chain = own ? { files: [...outer.files, own], stoppedAt: outer.stoppedAt } : outer;
    }
    this.chainByFolder.set(folder, chain);
    return chain;
  }

  private load(file: string): IlacsConfig {
    let config = this.configByFile.get(file);
    if (!config) {
      config = loadConfigFile(file);
      this.configByFile.set(file, config);
    }
    return config;
  }
}
