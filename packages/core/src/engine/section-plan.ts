import { expectedSections, sectionKey, type ExpectedSection } from '../framework/expected-sections.js';
import { judgementGrades } from './queries.js';
import type { Section, ParsedDraft } from '../parse/model.js';
import type { DraftFacts } from './facts.js';

export interface PlacedSection {
  section: Section;
  index: number;
  key: string;
  /** Position of the key in the expected order; -1 when the key is not expected for this draft. */
  order: number;
}

export interface SectionPlan {
  expected: ExpectedSection[];
  placed: PlacedSection[];
}

/** Matches the draft's level-2 sections against the sections its type and framework expect. */
/** Keyed by the draft, then by the lint's facts object (one per lint, shared by every rule). */
const plans = new WeakMap<ParsedDraft, WeakMap<DraftFacts, SectionPlan | undefined>>();

export function planSections(draft: ParsedDraft, facts: DraftFacts): SectionPlan | undefined {
  let byFacts = plans.get(draft);
  if (!byFacts) plans.set(draft, (byFacts = new WeakMap()));
  if (byFacts.has(facts)) return byFacts.get(facts);
  const plan = computePlan(draft, facts);
  byFacts.set(facts, plan);
  return plan;
}

function computePlan(draft: ParsedDraft, facts: DraftFacts): SectionPlan | undefined {
  if (!facts.type) return undefined;
  const grades = [...judgementGrades(draft).values()];
  const allOutstanding = grades.length > 0 && grades.every((g) => g.grade.id === 'outstanding');
  const expected = expectedSections(facts.type, facts.framework, { allOutstanding });
  const placed: PlacedSection[] = [];
  draft.sections.forEach((section, index) => {
    const key = sectionKey(facts.type!, section.heading.name, section.heading.text, section.heading.area?.area.id);
    if (key === undefined) return;
    placed.push({ section, index, key, order: expected.findIndex((e) => e.key === key) });
  });
  return { expected, placed };
}
