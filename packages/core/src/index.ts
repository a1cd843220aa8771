/**
 * The ILACS domain core. Pure TypeScript with no Node, file-system or editor imports, so that the CLI,
 * the language server, the browser checker and other apps share one model.
 *
 * This entry point is the stable API: lint and fix text, parse a draft, the rules, the domain registry
 * (document types and framework versions, and how to add your own), skeletons and the schemas.
 * `@ilacs/core/framework` is the framework as plain data, `@ilacs/core/cadence` the cadence engine, and
 * `@ilacs/core/tools` the building blocks editor tools use (facts, queries, the parse model); those
 * follow the parser and may grow between minor versions.
 *
 * @packageDocumentation
 * @module @ilacs/core
 */
export { lintText, fixText, type LintTextOptions, type FixTextResult } from './api.js';
export { applyFixes, type AppliedFixes } from './engine/fixes.js';
export { lint, internalErrorRuleId, type LintOptions, type LintResult } from './engine/lint.js';
export {
  defineRule,
  type Diagnostic,
  type Fix,
  type Problem,
  type RelatedLocation,
  type Rule,
  type RuleCategory,
  type RuleContext,
  type RuleMeta,
  type Severity,
  type TextEdit,
} from './engine/types.js';
export type { LintConfig } from './engine/config.js';
export type { DraftFacts, PreviousFacts } from './engine/facts.js';
export { repositoryUrl, ruleDocsBaseUrl, ruleDocsPath, ruleDocsUrl } from './rule-docs.js';
export { parseDraft, type ParseOptions } from './parse/parse-draft.js';
export type { ParsedDraft } from './parse/model.js';
export type { Position, TextRange } from './parse/line-index.js';
export { builtinRules } from './rules/index.js';
export { builtinDomain, createDomain, type Domain, type DomainParts } from './framework/domain.js';
export {
  defineDocumentType,
  writeTitle,
  type DocumentType,
  type ExpectedSection,
  type ExpectedSubsection,
  type SectionContext,
  type SkeletonForm,
  type TitleForm,
} from './framework/document-types/document-type.js';
export {
  defineFrameworkVersion,
  type FrameworkChange,
  type FrameworkCadence,
  type FrameworkVersion,
} from './framework/versions/framework-version.js';
export { draftSkeleton, type SkeletonOptions } from './framework/skeleton.js';
export {
  draftFrontMatterSchema,
  draftJsonSchema,
  frontMatterSchemas,
  type DraftFrontMatter,
  type FrontMatterSchemas,
} from './schema/front-matter.js';
export {
  configSchema,
  configJsonSchema,
  ruleSetting,
  ruleSettingSchema,
  ruleSeveritySetting,
  type IlacsConfig,
  type RuleSetting,
} from './config/schema.js';
