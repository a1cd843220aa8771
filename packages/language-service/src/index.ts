/**
 * Editor features for ILACS drafts, free of any editor protocol: offsets in, plain data out. The
 * language server adapts them to LSP; the browser checker calls them directly.
 */
export * from './types.js';
export { completeAt, builtinRuleSummaries } from './completion.js';
export { completionTriggerCharacters, opensCompletion } from './completion-triggers.js';
export { hoverAt } from './hover.js';
export { documentOutline, type OutlineSymbol, type OutlineKind } from './outline.js';
export { disableRuleEdit, type DisableEdit } from './disable-directive.js';
export { cadenceOutlook } from './cadence-outlook.js';
export { escapeSnippet, snippetToPlainText } from './snippets.js';
export { frontMatterKeyDescription } from './front-matter-keys.js';
