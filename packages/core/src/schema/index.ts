export * from './front-matter.js';
export * from './fields.js';
export * from './tolerant.js';
