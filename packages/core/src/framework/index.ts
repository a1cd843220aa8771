/**
 * The ILACS framework as plain data: grades, judgement areas, the framework versions, focus areas,
 * National Framework tags, the 153 authorities and the glossary. Importing it pulls in neither the
 * rule engine nor zod, yaml or markdown-it. The document types (which carry zod schemas) and the
 * domain registry are in `@ilacs/core`.
 *
 * @module @ilacs/core/framework
 */
export * from './grades.js';
export * from './judgement-areas.js';
export * from './focus-areas.js';
export * from './national-framework.js';
export * from './authorities.js';
export * from './glossary.js';
export * from './versions/framework-version.js';
export { default as ilacs2018 } from './versions/ilacs-2018.js';
export { default as ilacs2023 } from './versions/ilacs-2023.js';
export { default as ilacs2026 } from './versions/ilacs-2026.js';
