/**
 * The Children's Social Care: National Framework (DfE, December 2023), whose outcomes, enablers and
 * principles Ofsted cross-references from each "What needs to improve?" bullet since January 2025.
 */
export const nationalFrameworkTags = {
  outcome: {
    count: 4,
    names: [
      'Children, young people and families stay together and get the help they need',
      'Children and young people are supported by their family network',
      'Children and young people are safe in and outside of their homes',
      'Children in care and care leavers have stable, loving homes',
    ],
  },
  enabler: {
    count: 3,
    names: [
      'Multi-agency working is prioritised and effective',
      'Leaders drive conditions for effective practice',
      'The workforce is equipped and effective',
    ],
  },
  principle: {
    count: 6,
    names: [
      'Children’s welfare is paramount',
      'Children, young people and families are best supported by their family network',
      'Support is designed with families and children',
      'Practice is anti-discriminatory',
      'Practice respects the rights of children and families',
      'Working together is not optional',
    ],
  },
} as const;

export type NationalFrameworkKind = keyof typeof nationalFrameworkTags;

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Reads a tag number written in digits or words ("3", "three"); undefined when it is neither. */
export function readTagNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const i = numberWords.indexOf(t);
  return i >= 0 ? i : undefined;
}

export function isValidTag(kind: NationalFrameworkKind, n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= nationalFrameworkTags[kind].count;
}

export function tagName(kind: NationalFrameworkKind, n: number): string | undefined {
  return isValidTag(kind, n) ? nationalFrameworkTags[kind].names[n - 1] : undefined;
}
