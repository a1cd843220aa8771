import { configFileNames } from '@ilacs/config/browser';
import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from '../host.js';
import { configFileRequest, type ConfigFileParams, type ConfigFileResult } from '../protocol.js';

/** "Open or create the configuration file": the file that applies to a document, as the host resolves it. */
export function configFileFor(host: ServerHost, params: ConfigFileParams): ConfigFileResult {
  const lookup = host.configFor(params.uri);
  const existing = lookup.problem?.uri ?? lookup.sourceUri;
  return { ...(existing ? { existing } : {}), newFileName: configFileNames[0] };
}

export function registerConfigFile(connection: Connection, host: ServerHost): void {
  connection.onRequest(configFileRequest, (params: ConfigFileParams) => configFileFor(host, params));
}
