/**
 * Building blocks for editor tools and other apps that read drafts closely: the parse model and its
 * helpers, the facts read from the front matter, the questions rules ask of a draft (judgement table,
 * graded sections, section plan), directives, rule metadata, the self-evaluation outline and the
 * schema helpers. They follow the parser and may grow between minor versions.
 *
 * @module @ilacs/core/tools
 */
export * from './parse/index.js';
export * from './engine/facts.js';
export * from './engine/queries.js';
export * from './engine/section-plan.js';
export { effectiveRuleSetting, type EffectiveRuleSetting } from './engine/config.js';
export { reportedSeverity } from './engine/lint.js';
export { configuredDomain } from './engine/configured-domain.js';
export { readDirectives, type Directive, type DirectiveKind } from './engine/directives.js';
export { ruleDocumentTypes, ruleOptionDocs, type RuleOptionDoc } from './engine/rule-metadata.js';
export * from './self-evaluation/index.js';
export * from './schema/fields.js';
export * from './schema/tolerant.js';
export { judgementKey } from './schema/front-matter.js';
export { matchSection, normaliseHeading } from './framework/sections.js';
export { whatNeedsToImproveHeading } from './framework/document-types/inspection-report.js';
export {
  matchSelfEvaluationSubsection,
  selfEvaluationSubsections,
  type SelfEvaluationSubsection,
  type SelfEvaluationSubsectionId,
} from './framework/document-types/self-evaluation.js';
