export { ConfigError, LocatedFileError } from './errors.js';
export { loadConfigFile, parseConfigText } from './load.js';
export { TextConfigResolver, type SettingsFileText, type TextResolvedConfig } from './text-resolver.js';
export { ConfigResolver, configFileNames, type ConfigResolverOptions, type ResolvedConfig } from './resolve.js';
export { boundaryAt, type StopReason } from './boundary.js';
export { IgnoreFiles, ignoreFileName, ignoreLayer, isIgnoredBy, type IgnoreLayer } from './ignore.js';
export { dictionary, mergeConfigs, prototypeFreeConfig } from './merge.js';
export {
  describeFileKind,
  FileTooLargeError,
  maxSettingsFileBytes,
  NotARegularFileError,
  readRegularFile,
  readSettingsFile,
} from './read-file.js';
export {
  decodeText,
  encodeText,
  firstInvalidUtf8Byte,
  type DecodedText,
  type EncodingProblem,
  type TextEncodingName,
} from './text-encoding.js';
