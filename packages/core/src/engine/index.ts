export * from './types.js';
export * from './config.js';
export * from './facts.js';
export * from './queries.js';
export * from './section-plan.js';
export { readDirectives, Suppressions, type Directive, type DirectiveKind } from './directives.js';
export { lint, internalErrorRuleId, type LintOptions, type LintResult, type EngineContext } from './lint.js';
export { applyFixes, type AppliedFixes } from './fixes.js';
