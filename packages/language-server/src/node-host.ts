import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { ConfigError, ConfigResolver, configFileNames } from '@ilacs/config';
import type { ConfigLookup, ServerHost } from './host.js';
import { InProcessRunner, type LintRunner } from './lint-runner.js';
import { WorkerRunner } from './worker-runner.js';

export interface NodeHostOptions {
  /**
   * The server's entry module, to run again as a worker thread that lints (it must serve jobs when
   * started as one, as node-main does). Without it, or with rules of the host's own (functions cannot
   * be sent to a thread), linting runs on the server's thread.
   */
  lintWorker?: URL;
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * Configuration from files, resolved by `@ilacs/config` exactly as the CLI resolves it: the nearest
 * `.ilacsrc.*` up from each draft. In a multi-root workspace each folder's drafts find their own.
 * Documents without a path (untitled) use the first workspace folder's configuration.
 */
export class NodeHost implements ServerHost {
  private readonly resolver = new ConfigResolver();
  private folders: string[] = [];
  declare readonly rules?: ServerHost['rules'];

  constructor(private readonly options: NodeHostOptions = {}) {}

  // A dynamic import: the bundles map it to a file of its own, read only when a document is imported or exported.
  readonly loadConvert = () => import('@ilacs/convert');

  createLintRunner(log: (message: string) => void): LintRunner {
    if (this.rules || !this.options.lintWorker) return new InProcessRunner(this.rules);
    return new WorkerRunner(this.options.lintWorker, log);
  }

  configFor(documentUri: string): ConfigLookup {
    const path = pathOf(documentUri);
    const target = path ?? this.folders[0];
    if (target === undefined) return { config: {} };
    try {
      const resolved = this.resolver.resolveFor(target, path === undefined);
      const ignored = path !== undefined && this.resolver.isIgnored(path);
      const source = resolved.file ? { source: resolved.file, sourceUri: pathToFileURL(resolved.file).href } : {};
      return { config: resolved.config, ...source, ...(ignored ? { ignored } : {}) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return {
        config: {},
        problem: { uri: pathToFileURL(error.file).href, line: error.line, column: error.column, message: error.message },
      };
    }
  }

  isConfigFile(uri: string): boolean {
    const path = pathOf(uri);
    return path !== undefined && (configFileNames as readonly string[]).includes(basename(path));
  }

  configChanged(): void {
    this.resolver.clear();
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.map(pathOf).filter((p): p is string => p !== undefined);
  }
}
