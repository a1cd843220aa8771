export * from './line-index.js';
export * from './model.js';
// The steps inside parseDraft (reading the front matter, rows and headings) stay private.
export { findEntry, maxYamlAliasCount } from './front-matter.js';
export { checkYamlLimits, frontMatterLimits, type YamlLimitHit, type YamlLimits } from './yaml-limits.js';
export { maxHeadings, maxTableCells } from './markdown-limits.js';
export { parseDraft, defaultMaxDraftSize, type ParseOptions } from './parse-draft.js';
