import type { JudgementAreaId } from './judgement-areas.js';

/**
 * Framework versions, chosen by the first inspection day. Each lists the judgement table rows in
 * printed order and the narrative sections in printed order (leaders is first in the table, last in
 * the narrative).
 */
export const frameworkVersions = [
  {
    id: '2018',
    name: 'ILACS 2018',
    from: '2018-01-01',
    until: '2022-12-31',
    tableOrder: ['leaders', 'helpAndProtection', 'childrenInCareAndCareLeavers', 'overallEffectiveness'],
    narrativeOrder: ['helpAndProtection', 'childrenInCareAndCareLeavers', 'leaders'],
    summary: 'Four judgements; children in care and care leavers judged together.',
  },
  {
    id: '2023',
    name: 'ILACS 2023 (separate care leavers judgement)',
    from: '2023-01-01',
    until: '2026-04-26',
    tableOrder: ['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers', 'overallEffectiveness'],
    narrativeOrder: ['helpAndProtection', 'childrenInCare', 'careLeavers', 'leaders'],
    summary: 'Five judgements; care leavers judged separately from January 2023.',
  },
  {
    id: '2026',
    name: 'ILACS 2026 (no overall effectiveness)',
    from: '2026-04-27',
    until: undefined,
    tableOrder: ['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers'],
    narrativeOrder: ['helpAndProtection', 'childrenInCare', 'careLeavers', 'leaders'],
    summary: 'Four judgements; overall effectiveness removed for inspections starting from 27 April 2026.',
  },
] as const satisfies readonly {
  id: string;
  name: string;
  from: string;
  until: string | undefined;
  tableOrder: readonly JudgementAreaId[];
  narrativeOrder: readonly JudgementAreaId[];
  summary: string;
}[];

export type FrameworkVersion = (typeof frameworkVersions)[number];
export type FrameworkVersionId = FrameworkVersion['id'];
export const frameworkVersionIds = frameworkVersions.map((v) => v.id) as unknown as readonly [FrameworkVersionId, ...FrameworkVersionId[]];

/** The framework in force for an inspection whose first day is `isoDate` (YYYY-MM-DD). */
export function frameworkForDate(isoDate: string): FrameworkVersion {
  // ISO dates compare correctly as strings.
  for (let i = frameworkVersions.length - 1; i >= 0; i--) {
    const version = frameworkVersions[i]!;
    if (isoDate >= version.from) return version;
  }
  return frameworkVersions[0];
}

export function frameworkById(id: string): FrameworkVersion | undefined {
  return frameworkVersions.find((v) => v.id === id);
}

