/**
 * The browser-safe part of @ilacs/config (`@ilacs/config/browser`): configuration from text, with no
 * file system and no Node built-ins, for the language server in a web worker. The same parsing,
 * validation and merging as the Node entry; files are whatever the client read and sent.
 */
export { ConfigError, LocatedFileError } from './errors.js';
export { parseConfigText } from './parse-config-text.js';
export { dictionary, mergeConfigs, prototypeFreeConfig } from './merge.js';
export { configFileNames, ignoreFileName, maxSettingsFileBytes } from './settings-files.js';
export { TextConfigResolver, type SettingsFileText, type TextResolvedConfig } from './text-resolver.js';
