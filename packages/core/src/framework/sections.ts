import type { ExpectedSection } from './document-types/document-type.js';
import { normaliseForComparison } from './judgement-areas.js';

/**
 * How a heading is compared with the headings a document type expects: case, quotes and spacing
 * forgiven, and a trailing footnote number, "?" or ":" dropped ("What needs to improve:", "What needs
 * to improve? 1" are the same section).
 */
export function normaliseHeading(text: string): string {
  return normaliseForComparison(text)
    .replace(/\s*\d+$/, '')
    .replace(/\s*[?:]$/, '');
}

/** The expected section a heading is, by its heading or an accepted variant; the name (before a colon) or the whole text may match. */
export function matchSection(expected: readonly ExpectedSection[], name: string, text: string): ExpectedSection | undefined {
  const wanted = new Set([normaliseHeading(name), normaliseHeading(text)]);
  return expected.find((section) => !section.area && [section.heading, ...section.variants].some((h) => wanted.has(normaliseHeading(h))));
}
