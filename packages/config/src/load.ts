import type { IlacsConfig } from '@ilacs/core';
import { parseConfigText } from './parse-config-text.js';
import { readSettingsFile } from './read-file.js';

export { parseConfigText } from './parse-config-text.js';

/**
 * Reads one configuration file (JSON or YAML) and validates it (see parse-config-text.ts).
 * Configuration is data: nothing in it is executed. Only a regular file of at most 1 MiB is read.
 */
export function loadConfigFile(file: string): IlacsConfig {
  return parseConfigText(readSettingsFile(file, 'configuration file'), file);
}
