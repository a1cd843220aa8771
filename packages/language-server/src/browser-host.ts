import type { IlacsConfig } from '@ilacs/core';
import type { ConfigLookup, ServerHost } from './host.js';

/**
 * Configuration for a server in a browser worker, which cannot read files: the client sends it, as
 * `initializationOptions.config` and then as the `ilacs.config` setting on each change. (The VS Code
 * web extension reads the workspace's `.ilacsrc` through the editor's file system and forwards it.)
 */
export class BrowserHost implements ServerHost {
  constructor(private config: IlacsConfig = {}) {}

  configFor(): ConfigLookup {
    return { config: this.config };
  }

  isConfigFile(uri: string): boolean {
    return /\/\.ilacsrc\.(json|ya?ml)$/.test(uri);
  }

  configChanged(settings?: unknown): void {
    const next = (settings as { ilacs?: { config?: IlacsConfig } } | undefined)?.ilacs?.config;
    if (next && typeof next === 'object') this.config = next;
  }

  setWorkspaceFolders(): void {}

}
