/**
 * The ILACS domain core. Pure TypeScript with no Node, file-system or editor imports, so that the CLI,
 * the language server, the browser checker and other apps share one model.
 *
 * The stable API: {@link lintText}, {@link fixText}, {@link applyFixes}, {@link parseDraft},
 * {@link builtinRules} with {@link defineRule} and the rule types, the framework model (also
 * `@ilacs/core/framework`), the cadence engine (also `@ilacs/core/cadence`), and the schemas
 * ({@link draftFrontMatterSchema}, {@link configSchema}; JSON Schema at
 * `@ilacs/core/schema/draft.schema.json`). The parse model, draft facts, shared queries and editor
 * features are building blocks for editor tools; they follow the parser and may grow between minor versions.
 *
 * @packageDocumentation
 * @module @ilacs/core
 */
export * from './framework/index.js';
export * from './schema/index.js';
export * from './parse/index.js';
export * from './engine/index.js';
export * from './cadence/index.js';
export * from './self-evaluation/index.js';
export { configSchema, configJsonSchema, ruleSettingSchema, ruleSeveritySetting, type IlacsConfig, type RuleSetting } from './config/schema.js';
export { builtinRules } from './rules/index.js';
export * from './editor/index.js';
export { repositoryUrl, ruleDocsPath } from './rule-docs.js';
export { lintText, fixText, type LintTextOptions, type FixTextResult } from './api.js';
