import type { InspectionRole } from '../../cadence/roles.js';
import { firstValidSpanFrom, type OnSiteShape } from '../../cadence/visit-shapes.js';
import { daysOnSite, leadInspector, published } from '../../schema/fields.js';
import { defineDocumentType, type DocumentType, type ExpectedSection } from './document-type.js';

/** The heading of the improvement bullets in inspection reports ("What needs to improve" and ":" forms are the same). */
export const whatNeedsToImproveHeading = 'What needs to improve?';

/** What short and standard inspection reports share; they differ in days on site and cadence. */
export function inspectionReport(
  options: Pick<DocumentType, 'id' | 'name' | 'description'> & { onSite: OnSiteShape; cadence: InspectionRole; statisticsLabel: string },
): DocumentType {
  return defineDocumentType({
    ...options,
    form: 'report',
    graded: true,
    gradeRequired: true,
    judgementTable: true,
    numberedParagraphs: true,
    frontMatter: {
      dates: daysOnSite(options.onSite.description),
      lead_inspector: leadInspector.optional(),
      published: published.optional(),
    },
    span: { key: 'dates', frameworkDay: 'first' },
    title: { before: 'Inspection of ', after: " local authority children's services" },
    sections({ framework, allOutstanding }) {
      const sections: ExpectedSection[] = [
        {
          key: 'what-needs-to-improve',
          heading: whatNeedsToImproveHeading,
          variants: [],
          graded: false,
          // Ofsted leaves the section out when every judgement is outstanding.
          required: !allOutstanding,
          description: 'The improvements the authority must make, as bullets.',
          bullets: true,
          skeletonBody: ['- '],
        },
      ];
      for (const area of framework?.narrative ?? []) {
        sections.push({
          key: area.id,
          heading: `${area.title}: `,
          variants: [],
          graded: true,
          required: true,
          area: area.id,
          description: area.description,
        });
      }
      return sections;
    },
    structure: 'published',
    publicationLag: 30,
    skeleton: {
      frontMatter: ["# lead_inspector: Name, His Majesty's Inspector"],
      opening: 'Summary.',
      suggestedStart: (today) => firstValidSpanFrom(options.onSite, today)?.start ?? today,
    },
  });
}
