import type * as z from 'zod';
import type { VisitRole } from '../../cadence/roles.js';
import { consecutiveWorkingDays, firstValidSpanFrom } from '../../cadence/visit-shapes.js';
import { daysOnSite, leadInspector, published } from '../../schema/fields.js';
import { defineDocumentType, type DocumentType, type ExpectedSection } from './document-type.js';

/** Focused and monitoring visits: two inspectors, two consecutive working days, an ungraded letter. */
export const visitDays = consecutiveWorkingDays(2, 'two consecutive working days');

/** What the visit letters share; they differ in sections, extra keys and cadence. */
export function visitLetter(
  options: Pick<DocumentType, 'id' | 'name' | 'description'> & {
    /** The visit's name in the title: "Focused visit to <authority> children's services". */
    titleBefore: string;
    keys: Readonly<Record<string, z.ZodType>>;
    sections: readonly ExpectedSection[];
    cadence: VisitRole;
    skeletonKeys: readonly string[];
    statisticsLabel: string;
  },
): DocumentType {
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
      dates: daysOnSite(visitDays.description),
      lead_inspector: leadInspector.optional(),
      ...options.keys,
      published: published.optional(),
    },
    span: { key: 'dates', frameworkDay: 'first' },
    title: { before: options.titleBefore, after: " children's services" },
    sections: () => options.sections,
    onSite: visitDays,
    // The median over Ofsted's 2024-25 in-year list of visit letters.
    publicationLag: 21,
    cadence: options.cadence,
    statisticsLabel: options.statisticsLabel,
    skeleton: {
      frontMatter: ["# lead_inspector: Name, His Majesty's Inspector", ...options.skeletonKeys],
      suggestedStart: (today) => firstValidSpanFrom(visitDays, today)?.start ?? today,
    },
  });
}

/** An ungraded letter section. */
export function letterSection(key: string, heading: string, options: Partial<ExpectedSection> & { description: string }): ExpectedSection {
  return { key, heading, variants: [], graded: false, required: true, ...options };
}
