import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from '../host.js';
import { configFilesNotification, type ConfigFileText } from '../protocol.js';

/** A workspace with more settings files than this is sending something else; the rest are not read. */
const maxConfigFiles = 1000;

/** The well-formed entries of a client's list of settings files (configuration is data from outside: checked, bounded). */
export function configFilesFrom(value: unknown): ConfigFileText[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (file): file is ConfigFileText =>
        typeof file === 'object' && file !== null && typeof file.uri === 'string' && typeof file.text === 'string',
    )
    .slice(0, maxConfigFiles)
    .map((file) => ({ uri: file.uri, text: file.text }));
}

/**
 * `ilacs/configFiles`: the client sends the text of the workspace's settings files, for a host that
 * cannot read them (the browser worker); open drafts are then linted again. Hosts that read files
 * themselves ignore it.
 */
export function registerConfigFiles(connection: Connection, host: ServerHost, changed: () => void): void {
  connection.onNotification(configFilesNotification, (params: { files?: unknown } | undefined) => {
    if (!host.setConfigFiles) return;
    host.setConfigFiles(configFilesFrom(params?.files));
    changed();
  });
}
