import type * as z from 'zod';
import type { VisitRole } from '../../cadence/roles.js';
import { consecutiveWorkingDays, firstValidSpanFrom, type OnSiteShape } from '../../cadence/visit-shapes.js';
import { daysOnSite, leadInspector, published } from '../../schema/fields.js';
import { defineDocumentType, type DocumentType, type ExpectedSection, type SectionContext } from './document-type.js';

/**
 * Focused and monitoring visits: usually two consecutive working days. Single-day visits (45 of 371
 * focused-visit letters from 2018 to 2025) and three-day ones are real, so they are unusual, not wrong.
 */
export const visitDays = consecutiveWorkingDays(2, 'two consecutive working days', {
  days: [1, 3],
  precedent: 'Single-day and three-day visits are real but rare (about one letter in eight records a single-day visit)',
});

/** What the visit letters share; they differ in sections, extra keys, days on site and cadence. */
export function visitLetter(
  options: Pick<DocumentType, 'id' | 'name' | 'description' | 'structure' | 'optionalDuring'> & {
    /** The visit's name in the title: "Focused visit to <authority> children's services". */
    titleBefore: string;
    keys: Readonly<Record<string, z.ZodType>>;
    sections: readonly ExpectedSection[] | ((context: SectionContext) => readonly ExpectedSection[]);
    /** The days on site, when not the usual two consecutive working days. */
    onSite?: OnSiteShape;
    cadence: VisitRole;
    skeletonKeys: readonly string[];
    statisticsLabel: string;
  },
): DocumentType {
  const { sections } = options;
  const onSite = options.onSite ?? visitDays;
  return defineDocumentType({
    id: options.id,
    name: options.name,
    description: options.description,
    form: 'letter',
    graded: false,
    gradeRequired: false,
    judgementTable: false,
    numberedParagraphs: false,
    frontMatter: {
      dates: daysOnSite(onSite.description),
      lead_inspector: leadInspector.optional(),
      ...options.keys,
      published: published.optional(),
    },
    ...(options.optionalDuring ? { optionalDuring: options.optionalDuring } : {}),
    span: { key: 'dates', frameworkDay: 'first' },
    title: { before: options.titleBefore, after: " children's services" },
    sections: typeof sections === 'function' ? sections : () => sections,
    ...(options.structure ? { structure: options.structure } : {}),
    onSite,
    // The median over Ofsted's 2024-25 in-year list of visit letters.
    publicationLag: 21,
    cadence: options.cadence,
    statisticsLabel: options.statisticsLabel,
    skeleton: {
      frontMatter: ["# lead_inspector: Name, His Majesty's Inspector", ...options.skeletonKeys],
      suggestedStart: (today) => firstValidSpanFrom(onSite, today)?.start ?? today,
    },
  });
}

/** An ungraded letter section. */
export function letterSection(key: string, heading: string, options: Partial<ExpectedSection> & { description: string }): ExpectedSection {
  return { key, heading, variants: [], graded: false, required: true, ...options };
}
