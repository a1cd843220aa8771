import type { IlacsConfig } from '@ilacs/core';
import { ConfigError, mergeConfigs, TextConfigResolver, type SettingsFileText } from '@ilacs/config/browser';
import type { ConfigLookup, ServerHost } from './host.js';

/**
 * Configuration for a server in a browser worker, which cannot read files: the client sends the text
 * of the workspace's `.ilacsrc.*` and `.ilacsignore` files (`initializationOptions.configFiles`, then
 * the `ilacs/configFiles` notification whenever one changes), and they are resolved per document as
 * the Node host resolves them from disk (`@ilacs/config/browser`). A client may also pass one
 * configuration object for every document (`initializationOptions.config`, the `ilacs.config`
 * setting); the files' configuration is merged over it.
 */
export class BrowserHost implements ServerHost {
  private readonly resolver = new TextConfigResolver();

  constructor(private config: IlacsConfig = {}) {}

  configFor(documentUri: string): ConfigLookup {
    try {
      const resolved = this.resolver.resolveFor(documentUri);
      const ignored = this.resolver.isIgnored(documentUri);
      return {
        config: mergeConfigs(this.config, resolved.config),
        ...(resolved.file ? { source: resolved.file, sourceUri: resolved.file } : {}),
        ...(ignored ? { ignored } : {}),
      };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { config: {}, problem: { uri: error.file, line: error.line, column: error.column, message: error.message } };
    }
  }

  isConfigFile(uri: string): boolean {
    return this.resolver.isSettingsFile(uri);
  }

  configChanged(settings?: unknown): void {
    const next = (settings as { ilacs?: { config?: IlacsConfig } } | undefined)?.ilacs?.config;
    if (next && typeof next === 'object') this.config = next;
    this.resolver.clear();
  }

  setConfigFiles(files: readonly SettingsFileText[]): void {
    this.resolver.setFiles(files);
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    this.resolver.setRoots(uris);
  }
}
