export { ConfigError } from './errors.js';
export { loadConfigFile, parseConfigText } from './load.js';
export { ConfigResolver, configFileNames, type ResolvedConfig } from './resolve.js';
