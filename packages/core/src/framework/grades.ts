/** The four-point ILACS grade scale, as printed in judgement tables and in narrative headings. */
export const grades = [
  {
    id: 'outstanding',
    label: 'Outstanding',
    heading: 'outstanding',
    rank: 4,
    description:
      'Practice consistently exceeds good: children’s lives are significantly improved, and leaders drive innovation and sustained high quality.',
  },
  {
    id: 'good',
    label: 'Good',
    heading: 'good',
    rank: 3,
    description:
      'Ofsted’s minimum expectation: children get effective help, protection and care; weaknesses are minor, and leaders know them and address them.',
  },
  {
    id: 'requires-improvement',
    label: 'Requires improvement to be good',
    heading: 'requires improvement to be good',
    rank: 2,
    description: 'No widespread or serious failures that leave children harmed or at risk of harm, but services are not yet good.',
  },
  {
    id: 'inadequate',
    label: 'Inadequate',
    heading: 'inadequate',
    rank: 1,
    description: 'Widespread or serious failures leave children harmed or at risk of harm, or leaders are unable to improve services.',
  },
] as const;

export type Grade = (typeof grades)[number];
export type GradeId = Grade['id'];

export const gradeIds = grades.map((g) => g.id) as unknown as readonly [GradeId, ...GradeId[]];
/** Heading labels (lower case) in scale order, as used after the colon and in front matter. */
export const gradeHeadingLabels = grades.map((g) => g.heading) as unknown as readonly [Grade['heading'], ...Grade['heading'][]];

/** Short form printed in some 2018–2020 tables; accepted as a known variant, fixable to the full label. */
const shortRequiresImprovement = 'requires improvement';

export interface GradeMatch {
  grade: Grade;
  /** True when the text is exactly the expected label for where it stands (table label or heading label). */
  exact: boolean;
  /** The short form "Requires improvement" was used. */
  shortForm: boolean;
}

/** Finds the grade a piece of text names, case-insensitively; undefined when it names none. */
export function matchGrade(text: string): Grade | undefined {
  const normalised = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (normalised === shortRequiresImprovement) return gradeById('requires-improvement');
  return grades.find((g) => g.heading === normalised);
}

export function gradeById(id: GradeId): Grade {
  return grades.find((g) => g.id === id)!;
}

export function gradeByRank(rank: number): Grade | undefined {
  return grades.find((g) => g.rank === rank);
}

export function isShortRequiresImprovement(text: string): boolean {
  return text.trim().replace(/\s+/g, ' ').toLowerCase() === shortRequiresImprovement;
}
