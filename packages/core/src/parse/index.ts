export * from './line-index.js';
export * from './model.js';
export { readFrontMatter, findEntry, maxYamlAliasCount } from './front-matter.js';
export { gradeHeading, readRow } from './markdown.js';
export { parseDraft, defaultMaxDraftSize, type ParseOptions } from './parse-draft.js';
