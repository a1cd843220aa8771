export { ConfigError, LocatedFileError } from './errors.js';
export { loadConfigFile, parseConfigText } from './load.js';
export { ConfigResolver, configFileNames, type ConfigResolverOptions, type ResolvedConfig } from './resolve.js';
export { IgnoreFiles, ignoreFileName, ignoreLayer, isIgnoredBy, type IgnoreLayer } from './ignore.js';
