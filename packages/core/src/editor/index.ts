/** Editor features free of any editor protocol, shared by the language server and the browser checker. */
export * from './types.js';
export { completeAt, builtinRuleSummaries } from './completion.js';
export { hoverAt } from './hover.js';
export { documentOutline, type OutlineSymbol, type OutlineKind } from './outline.js';
export { disableRuleEdit, type DisableEdit } from './disable-directive.js';
export { cadenceOutlook, firstSpanFrom } from './cadence-outlook.js';
export { ruleDocsUrl, ruleDocsBaseUrl } from './rule-docs.js';
export { escapeSnippet, snippetToPlainText } from './snippets.js';
export { frontMatterKeyDescription } from './front-matter-keys.js';
