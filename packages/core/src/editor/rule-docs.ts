// The rule-docs URLs live outside the editor features (src/rule-docs.ts); kept here for the editor's imports.
export * from '../rule-docs.js';
