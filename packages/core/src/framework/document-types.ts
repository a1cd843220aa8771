/** The kinds of draft this project understands, keyed by the front-matter `ilacs` value. */
export const documentTypes = [
  { id: 'short-inspection', name: 'Short inspection', kind: 'report',
    description: 'One week on site (Monday to Friday) for authorities last judged good or outstanding.' },
  { id: 'standard-inspection', name: 'Standard inspection', kind: 'report',
    description: 'Two weeks on site (Monday of week 1 to Friday of week 2) for authorities last judged requires improvement or inadequate.' },
  { id: 'focused-visit', name: 'Focused visit', kind: 'letter',
    description: 'Two days on site looking at one area of practice; an ungraded letter. Not for inadequate authorities.' },
  { id: 'monitoring-visit', name: 'Monitoring visit', kind: 'letter',
    description: 'Two days on site, about quarterly, for authorities judged inadequate; an ungraded letter.' },
  { id: 'self-evaluation', name: 'Self-evaluation', kind: 'self-evaluation',
    description: 'The authority’s own annual self-evaluation of social work practice, in the shape of the judgements.' },
] as const;

export type DocumentType = (typeof documentTypes)[number];
export type DocumentTypeId = DocumentType['id'];
export const documentTypeIds = documentTypes.map((t) => t.id) as unknown as readonly [DocumentTypeId, ...DocumentTypeId[]];

/** Types of the previous graded inspection: ILACS short or standard, or a Single Inspection Framework one. */
export const previousInspectionTypes = ['short-inspection', 'standard-inspection', 'sif-inspection'] as const;
export type PreviousInspectionType = (typeof previousInspectionTypes)[number];

export function documentTypeById(id: string): DocumentType | undefined {
  return documentTypes.find((t) => t.id === id);
}

export function isReport(id: string | undefined): boolean {
  return documentTypeById(id ?? '')?.kind === 'report';
}

export function isLetter(id: string | undefined): boolean {
  return documentTypeById(id ?? '')?.kind === 'letter';
}
