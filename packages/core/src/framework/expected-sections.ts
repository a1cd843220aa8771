import type { DocumentTypeId } from './document-types.js';
import { judgementAreas, type JudgementAreaId } from './judgement-areas.js';
import {
  focusedVisitSections,
  isWhatNeedsToImproveHeading,
  matchLetterSection,
  monitoringVisitSections,
  whatNeedsToImproveHeading,
} from './sections.js';
import type { FrameworkVersion } from './versions.js';

/** A level-2 section a draft of some type is expected to have, in order. */
export interface ExpectedSection {
  key: string;
  /** The heading to insert; graded sections end in ": " and take a grade. */
  heading: string;
  graded: boolean;
  required: boolean;
  area?: JudgementAreaId;
}

export interface ExpectationOptions {
  /** Every judgement is outstanding: the report may have no "What needs to improve?" section. */
  allOutstanding?: boolean;
}

/** The sections a draft of this type needs under this framework, in the order they must appear. */
export function expectedSections(type: DocumentTypeId, framework: FrameworkVersion | undefined, options: ExpectationOptions = {}): ExpectedSection[] {
  switch (type) {
    case 'short-inspection':
    case 'standard-inspection': {
      const sections: ExpectedSection[] = [
        { key: 'what-needs-to-improve', heading: whatNeedsToImproveHeading, graded: false, required: !options.allOutstanding },
      ];
      if (framework) for (const area of framework.narrativeOrder) sections.push(areaSection(area, true, true));
      return sections;
    }
    case 'focused-visit':
      return focusedVisitSections.map((s) => ({ key: s.id, heading: s.heading, graded: false, required: s.required }));
    case 'monitoring-visit':
      return monitoringVisitSections.map((s) => ({ key: s.id, heading: s.heading, graded: false, required: s.required }));
    case 'self-evaluation': {
      if (!framework) return [];
      const sections = framework.narrativeOrder.map((area) => areaSection(area, true, true));
      if (framework.tableOrder.includes('overallEffectiveness' as never)) sections.push(areaSection('overallEffectiveness', true, false));
      return sections;
    }
  }
}

function areaSection(area: JudgementAreaId, graded: boolean, required: boolean): ExpectedSection {
  return { key: area, heading: `${judgementAreas[area].title}: `, graded, required, area };
}

/** The key of an actual section heading for a document type, or undefined for a section we do not track. */
export function sectionKey(type: DocumentTypeId, headingName: string, fullText: string, area: JudgementAreaId | undefined): string | undefined {
  if (area) return area;
  switch (type) {
    case 'short-inspection':
    case 'standard-inspection':
      return isWhatNeedsToImproveHeading(fullText) ? 'what-needs-to-improve' : undefined;
    case 'focused-visit':
      return matchLetterSection(focusedVisitSections, headingName)?.id;
    case 'monitoring-visit':
      return matchLetterSection(monitoringVisitSections, headingName)?.id;
    case 'self-evaluation':
      return undefined;
  }
}
