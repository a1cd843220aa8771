export * from './types.js';
export * from './config.js';
export * from './facts.js';
export * from './queries.js';
export * from './section-plan.js';
// Suppression bookkeeping and the directive rule's private context (EngineContext) stay inside the engine.
export { readDirectives, type Directive, type DirectiveKind } from './directives.js';
export { lint, internalErrorRuleId, reportedSeverity, type LintOptions, type LintResult } from './lint.js';
export { applyFixes, type AppliedFixes } from './fixes.js';
export { ruleDocumentTypes, ruleOptionDocs, type RuleOptionDoc } from './rule-metadata.js';
