import ignore from 'ignore';
import type { IlacsConfig } from '@ilacs/core';
import { ConfigError } from './errors.js';
import { ignoredByMatchers } from './ignore-match.js';
import { mergeConfigs } from './merge.js';
import { parseConfigText } from './parse-config-text.js';
import { configFileNames, ignoreFileName, maxSettingsFileBytes } from './settings-files.js';

/** A settings file (`.ilacsrc.*` or `.ilacsignore`) as a client read it: its URI and its text. */
export interface SettingsFileText {
  uri: string;
  text: string;
}

export interface TextResolvedConfig {
  /** The nearest configuration file that applied (the last of `files`). */
  file?: string;
  /** Every configuration file that applied, outermost first: later ones win. */
  files: string[];
  config: IlacsConfig;
}

interface FolderFiles {
  config?: SettingsFileText;
  ignore?: SettingsFileText;
}

/** The folder holding a URI (`scheme://authority/a/b.md` → `scheme://authority/a`); undefined at the top or for a URI without a path. */
function parentOf(uri: string): string | undefined {
  const pathStart = uri.indexOf('/', uri.indexOf('://') + 3);
  if (uri.indexOf('://') === -1 || pathStart === -1) return undefined;
  const slash = uri.lastIndexOf('/');
  return slash > pathStart ? uri.slice(0, slash) : slash === pathStart && uri.length > pathStart + 1 ? uri.slice(0, pathStart) : undefined;
}

function nameOf(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Resolves configuration from files' text rather than from a file system, for a language server in
 * a web worker (vscode.dev), with the rules of the Node `ConfigResolver`: the configuration files from
 * a document's folder up to its workspace folder apply, merged by `mergeConfigs`, the nearest winning;
 * a file with `root: true` stops the search above it; each folder's first file in `configFileNames`
 * order is its own. `.ilacsignore` files and the configuration's `ignores` skip documents as the CLI
 * does. Documents without a path (untitled) use the first workspace folder's configuration. Where the
 * Node resolver stops at a repository root (`.git`), this one stops at the workspace folder: the client
 * sends no file outside it. URIs are compared as the client wrote them.
 */
export class TextConfigResolver {
  private byFolder = new Map<string, FolderFiles>();
  private roots: string[] = [];
  private readonly configByFile = new Map<string, IlacsConfig | ConfigError>();
  private readonly chainByFolder = new Map<string, string[]>();
  private readonly mergedByChain = new Map<string, IlacsConfig>();

  /** Replaces every settings file; any other name is not a settings file and is left out. */
  setFiles(files: readonly SettingsFileText[]): void {
    this.byFolder = new Map();
    for (const file of files) {
      const folder = parentOf(file.uri);
      const name = nameOf(file.uri);
      if (folder === undefined) continue;
      const entry = this.byFolder.get(folder) ?? {};
      if (name === ignoreFileName) entry.ignore = file;
      else if ((configFileNames as readonly string[]).includes(name)) {
        // The first name in configFileNames order is the folder's file, as on disk.
        const current = entry.config
          ? configFileNames.indexOf(nameOf(entry.config.uri) as (typeof configFileNames)[number])
          : configFileNames.length;
        if (configFileNames.indexOf(name as (typeof configFileNames)[number]) < current) entry.config = file;
      } else continue;
      this.byFolder.set(folder, entry);
    }
    this.clear();
  }

  /** Workspace folders: the search stops at them, and untitled documents use the first. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots.map((root) => root.replace(/\/+$/, ''));
    this.clear();
  }

  /** Whether a URI names a configuration or ignore file. */
  isSettingsFile(uri: string): boolean {
    const name = nameOf(uri);
    return name === ignoreFileName || (configFileNames as readonly string[]).includes(name);
  }

  /** Configuration for a document. Throws ConfigError (its `file` is the URI) for a broken file. */
  resolveFor(documentUri: string): TextResolvedConfig {
    const folder = parentOf(documentUri) ?? this.roots[0];
    if (folder === undefined) return { files: [], config: {} };
    const files = this.chainFor(folder);
    const key = files.join('\0');
    let config = this.mergedByChain.get(key);
    if (!config) {
      config = mergeConfigs(...files.map((file) => this.load(file)));
      this.mergedByChain.set(key, config);
    }
    const nearest = files.at(-1);
    return { ...(nearest ? { file: nearest } : {}), files, config };
  }

  /** Whether a document is skipped by `.ilacsignore` files up from it or by the `ignores` of the configuration that applies. */
  isIgnored(documentUri: string): boolean {
    const folder = parentOf(documentUri);
    if (folder === undefined) return false;
    const layers: { folder: string; patterns: string | readonly string[] }[] = [];
    for (const each of this.foldersUp(folder).reverse()) {
      const file = this.byFolder.get(each)?.ignore;
      if (file) layers.push({ folder: each, patterns: this.checkedText(file, 'ignore file') });
    }
    for (const file of this.resolveFor(documentUri).files) {
      const ignores = this.load(file).ignores;
      if (ignores?.length) layers.push({ folder: parentOf(file)!, patterns: ignores });
    }
    return ignoredByMatchers(
      layers.map((layer) => ({
        matcher: ignore().add(layer.patterns),
        parts: documentUri.startsWith(`${layer.folder}/`)
          ? documentUri
              .slice(layer.folder.length + 1)
              .split('/')
              .map(decodePart)
          : undefined,
      })),
    );
  }

  clear(): void {
    this.configByFile.clear();
    this.chainByFolder.clear();
    this.mergedByChain.clear();
  }

  /** A folder and those above it, nearest first, up to a workspace folder or the top. */
  private foldersUp(folder: string): string[] {
    const folders: string[] = [];
    for (let current: string | undefined = folder; current !== undefined; current = parentOf(current)) {
      folders.push(current);
      if (this.roots.includes(current)) break;
    }
    return folders;
  }

  /** The configuration files that apply in a folder, outermost first. */
  private chainFor(folder: string): string[] {
    const cached = this.chainByFolder.get(folder);
    if (cached) return cached;
    const files: string[] = [];
    for (const each of this.foldersUp(folder)) {
      const own = this.byFolder.get(each)?.config;
      if (!own) continue;
      files.unshift(own.uri);
      if (this.load(own.uri).root === true) break;
    }
    this.chainByFolder.set(folder, files);
    return files;
  }

  private load(uri: string): IlacsConfig {
    let loaded = this.configByFile.get(uri);
    if (!loaded) {
      const file = this.byFolder.get(parentOf(uri)!)?.config;
      try {
        loaded = parseConfigText(this.checkedText(file!, 'configuration file'), uri);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        loaded = error;
      }
      this.configByFile.set(uri, loaded);
    }
    if (loaded instanceof ConfigError) throw loaded;
    return loaded;
  }

  private checkedText(file: SettingsFileText, what: string): string {
    if (file.text.length > maxSettingsFileBytes)
      throw new ConfigError(file.uri, 1, 1, `cannot use the ${what}: it is larger than ${maxSettingsFileBytes} bytes`);
    return file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  }
}
