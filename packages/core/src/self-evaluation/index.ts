export * from './outline.js';
export { findMeasure, hasFigure, type Measure, type MeasureKind } from './measures.js';
export { readStrength, isProcessOnly, type StrengthReading } from './impact.js';
export { scanWords, type Word } from './words.js';
