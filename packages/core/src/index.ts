/**
 * @ilacs/core: the ILACS domain core. Pure TypeScript with no Node, file-system or editor imports,
 * so that the CLI, the language server, the browser checker and other apps share one model.
 */
export * from './framework/index.js';
export * from './schema/index.js';
export * from './parse/index.js';
export * from './engine/index.js';
export * from './cadence/index.js';
export * from './self-evaluation/index.js';
export { configSchema, configJsonSchema, ruleSettingSchema, ruleSeveritySetting, type IlacsConfig, type RuleSetting } from './config/schema.js';
export { builtinRules } from './rules/index.js';
export { lintText, fixText, type LintTextOptions, type FixTextResult } from './api.js';
