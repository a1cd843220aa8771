import { builtinDomain, type DocumentType } from '@ilacs/core';
import { normaliseHeading, whatNeedsToImproveHeading } from '@ilacs/core/tools';

/** What conversion asks of the document types: everything about a kind of document is its descriptor. */

/** How a draft of this type is printed: a report (title block, judgement table), a letter, or neither. */
export function printedForm(type: string | undefined): 'report' | 'letter' | 'other' {
  const form = builtinDomain.documentType(type)?.form;
  return form === 'report' || form === 'letter' ? form : 'other';
}

export function documentType(type: string | undefined): DocumentType | undefined {
  return builtinDomain.documentType(type);
}

const whatNeedsToImprove = normaliseHeading(whatNeedsToImproveHeading);

/** A report's "What needs to improve?" heading, in any of its printed forms. */
export function isWhatNeedsToImproveHeading(text: string): boolean {
  return normaliseHeading(text) === whatNeedsToImprove;
}

/** The judgement area a heading or table label names. */
export function matchArea(text: string) {
  return builtinDomain.matchArea(text);
}

/**
 * Every section heading the letter types accept, in any era, normalised for comparison. A descriptor
 * asked with no first day gives its current sections, with the headings of earlier eras ("Overview",
 * "Findings", "Areas of strength") as their variants.
 */
export const letterSectionHeadings: ReadonlySet<string> = new Set(
  builtinDomain.documentTypes
    .filter((type) => type.form === 'letter')
    .flatMap((type) => type.sections({ framework: undefined, allOutstanding: false, firstDay: undefined }))
    .flatMap((section) => [section.heading, ...section.variants])
    .map(normaliseHeading),
);
