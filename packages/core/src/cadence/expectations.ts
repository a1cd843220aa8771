import type { DocumentTypeId } from '../framework/document-types.js';
import type { GradeId } from '../framework/grades.js';

/**
 * What the framework expects after a graded judgement: good or outstanding authorities get a short
 * inspection, with focused visits between; requires improvement gets a standard inspection, with
 * focused visits between; inadequate gets monitoring visits about quarterly and then a standard
 * re-inspection (since September 2018), and no focused visits.
 */
export interface JudgementExpectation {
  nextInspection: 'short-inspection' | 'standard-inspection';
  /** Visit types that fit between inspections. */
  visits: readonly ('focused-visit' | 'monitoring-visit')[];
  why: string;
}

export const expectationsByGrade: Record<GradeId, JudgementExpectation> = {
  outstanding: { nextInspection: 'short-inspection', visits: ['focused-visit'], why: 'authorities judged outstanding get a short inspection next' },
  good: { nextInspection: 'short-inspection', visits: ['focused-visit'], why: 'authorities judged good get a short inspection next' },
  'requires-improvement': { nextInspection: 'standard-inspection', visits: ['focused-visit'], why: 'authorities judged requires improvement to be good get a standard inspection next' },
  inadequate: { nextInspection: 'standard-inspection', visits: ['monitoring-visit'], why: 'authorities judged inadequate get monitoring visits, then a standard re-inspection' },
};

/** Whether a document type can follow a judgement; `unusual` marks what the framework allows but rarely does. */
export type TypeFit = { fits: true; unusual?: string } | { fits: false; expected: string };

export function typeFitsJudgement(type: DocumentTypeId, previous: GradeId): TypeFit {
  const expectation = expectationsByGrade[previous];
  switch (type) {
    case 'short-inspection':
    case 'standard-inspection':
      if (type === expectation.nextInspection) return { fits: true };
      // Ofsted chose a standard inspection for 11 of 90 good or outstanding authorities: allowed, unusual.
      if (type === 'standard-inspection') return { fits: true, unusual: expectation.why };
      return { fits: false, expected: `a standard inspection: ${expectation.why}` };
    case 'focused-visit':
    case 'monitoring-visit':
      if (expectation.visits.includes(type)) return { fits: true };
      return {
        fits: false,
        expected: type === 'focused-visit' ? 'monitoring visits: inadequate authorities get monitoring visits, not focused visits' : 'focused visits: monitoring visits are only for authorities judged inadequate',
      };
    case 'self-evaluation':
      return { fits: true };
  }
}

/** Monitoring visits after an inadequate judgement come about every three months. */
export const monitoringIntervalMonths = 3;

/** The framework expects at least one focused visit between two inspections (none when inadequate). */
export const focusedVisitsExpectedBetweenInspections = 1;

/** Six months either side of the third anniversary of the last graded inspection. */
export const inspectionWindow = { anniversaryMonths: 36, halfWidthMonths: 6 } as const;
