import type { ExpectedSection } from '../framework/document-types/document-type.js';
import type { Domain } from '../framework/domain.js';
import { matchSection } from '../framework/sections.js';
import type { ParsedDraft, Section } from '../parse/model.js';
import type { DraftFacts } from './facts.js';
import { headingArea, judgementGrades } from './queries.js';

export interface PlacedSection {
  section: Section;
  index: number;
  key: string;
  /** Position of the key in the expected order; -1 when the key is not expected for this draft. */
  order: number;
}

export interface SectionPlan {
  expected: readonly ExpectedSection[];
  placed: PlacedSection[];
}

/** Keyed by the draft, then by the lint's facts object (one per lint, shared by every rule). */
const plans = new WeakMap<ParsedDraft, WeakMap<DraftFacts, SectionPlan | undefined>>();

/** Matches the draft's level-2 sections against the sections its document type expects under its framework. */
export function planSections(draft: ParsedDraft, facts: DraftFacts, domain: Domain): SectionPlan | undefined {
  let byFacts = plans.get(draft);
  if (!byFacts) plans.set(draft, (byFacts = new WeakMap()));
  if (byFacts.has(facts)) return byFacts.get(facts);
  const plan = computePlan(draft, facts, domain);
  byFacts.set(facts, plan);
  return plan;
}

function computePlan(draft: ParsedDraft, facts: DraftFacts, domain: Domain): SectionPlan | undefined {
  const document = facts.document;
  if (!document) return undefined;
  const grades = [...judgementGrades(draft, domain).values()];
  const allOutstanding = grades.length > 0 && grades.every((g) => g.grade.id === 'outstanding');
  const firstDay = (document.span.key === 'period' ? facts.period : facts.dates)?.start;
  const expected = document.sections({ framework: facts.framework, allOutstanding, firstDay });
  const placed: PlacedSection[] = [];
  draft.sections.forEach((section, index) => {
    const key = headingArea(section.heading, domain)?.area.id ?? matchSection(expected, section.heading.name, section.heading.text)?.key;
    if (key === undefined) return;
    placed.push({ section, index, key, order: expected.findIndex((e) => e.key === key) });
  });
  return { expected, placed };
}
