import type { DocumentTypeId } from './document-types.js';
import { expectedSections } from './expected-sections.js';
import { judgementAreas, type JudgementAreaId } from './judgement-areas.js';
import { selfEvaluationSubsections } from './sections.js';
import { expectedTitle } from './titles.js';
import { frameworkForDate } from './versions.js';
import { addDays } from '../cadence/iso-date.js';

export interface SkeletonOptions {
  type: DocumentTypeId;
  /** The authority's name as it should appear in the title. */
  authority: string;
  /** First day on site (inspections and visits), or first day of the period (self-evaluations). */
  start: string;
  /** Last day; derived from the type when omitted (Friday of week 1 or 2, the next day for visits, a year for self-evaluations). */
  end?: string;
}

/** Calendar days from first to last day, by type: Mon-Fri, Mon of week 1 to Fri of week 2, two consecutive days. */
const spanDays: Record<Exclude<DocumentTypeId, 'self-evaluation'>, number> = {
  'short-inspection': 4,
  'standard-inspection': 11,
  'focused-visit': 1,
  'monitoring-visit': 1,
};

/**
 * A new draft of the given type: front matter, title, judgement table for the framework in force,
 * and every required section, empty. The CLI's `ilacs new`, editor completion and the extension's
 * "New inspection report draft" command all use this, so they agree.
 */
export function draftSkeleton(options: SkeletonOptions): string {
  const { type, authority, start } = options;
  const end = options.end ?? (type === 'self-evaluation' ? addDays(addDays(start, 0).replace(/^(\d{4})/, (y) => String(Number(y) + 1)), -1) : addDays(start, spanDays[type]));
  const framework = frameworkForDate(type === 'self-evaluation' ? end : start);
  const lines: string[] = ['---', `ilacs: ${type}`, `local_authority: ${authority}`];
  if (type === 'self-evaluation') {
    lines.push(`period: ${start} to ${end}`);
  } else {
    lines.push(`dates: ${start} to ${end}`, "# lead_inspector: Name, His Majesty's Inspector");
    if (type === 'focused-visit') lines.push('focus: front door');
    if (type === 'monitoring-visit') lines.push('visit_number: 1');
  }
  lines.push('---', '', `# ${expectedTitle(type, authority, { start, end })}`, '');
  if (type === 'short-inspection' || type === 'standard-inspection') {
    lines.push('| Judgement | Grade |', '| --- | --- |');
    for (const id of framework.tableOrder as readonly JudgementAreaId[]) lines.push(`| ${judgementAreas[id].title} |  |`);
    lines.push('', 'Summary.', '');
  }
  for (const section of expectedSections(type, framework)) {
    if (!section.required && type !== 'focused-visit') continue;
    lines.push(`## ${section.heading.trimEnd()}`, '');
    if (type === 'self-evaluation') {
      for (const sub of selfEvaluationSubsections) lines.push(`### ${sub.heading}`, '', sub.list ? '- ' : '', '');
    } else if (section.key === 'what-needs-to-improve') {
      lines.push('- ', '');
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
