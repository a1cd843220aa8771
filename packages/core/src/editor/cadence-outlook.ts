import { dayName, daysBetween, formatLongDate, type DateSpan, type IsoDate } from '../cadence/iso-date.js';
import { expectationsByGrade } from '../cadence/expectations.js';
import { typicalPublicationDate } from '../cadence/publication-lag.js';
import { inspectionWindowAfter } from '../cadence/schedule.js';
import { isOnSiteType, nearestValidSpans } from '../cadence/visit-shapes.js';
import { documentTypeById, type DocumentTypeId } from '../framework/document-types.js';
import type { Grade } from '../framework/grades.js';
import type { DraftFacts } from '../engine/facts.js';

/** The first valid days on site for this type starting on or after `date` (weekends and bank holidays avoided). */
export function firstSpanFrom(type: DocumentTypeId, date: IsoDate): DateSpan | undefined {
  if (!isOnSiteType(type)) return undefined;
  return nearestValidSpans(type, date).find((span) => span.start >= date);
}

function months(fromDate: IsoDate, toDate: IsoDate): number {
  return Math.round(Math.abs(daysBetween(fromDate, toDate)) / 30.44);
}

function spanText(span: DateSpan): string {
  return `${dayName(span.start)} ${formatLongDate(span.start)} to ${dayName(span.end)} ${formatLongDate(span.end)}`;
}

/**
 * Markdown explaining the cadence, from the core's cadence model: which framework applies, what the
 * previous judgement makes due next and when (the window, moved by pauses such as COVID-19), where
 * this draft's dates fall, and what this inspection's own headline grade (`currentOverall`) leads to.
 */
export function cadenceOutlook(facts: DraftFacts, currentOverall?: Grade): string {
  const lines: string[] = ['**Cadence**', ''];
  if (facts.framework) {
    const basis = facts.frameworkOverridden
      ? 'set by `framework`'
      : facts.type === 'self-evaluation' && facts.period
        ? `in force at the end of the period, ${formatLongDate(facts.period.end)}`
        : facts.dates
          ? `from the first day on site, ${formatLongDate(facts.dates.start)}`
          : 'derived';
    lines.push(`- Framework: **${facts.framework.name}**, ${basis}. ${facts.framework.summary}`);
  } else {
    lines.push('- Framework: not known yet; it follows from `dates` (the first day on site).');
  }
  const type = facts.type ? documentTypeById(facts.type) : undefined;
  if (facts.dates) {
    lines.push(`- On site: ${spanText(facts.dates)}${type ? `. ${type.name}: ${type.description}` : '.'}`);
    const publication = facts.type && isOnSiteType(facts.type) ? typicalPublicationDate(facts.type, facts.dates.end) : undefined;
    if (publication && !facts.published) lines.push(`- Typically published around ${formatLongDate(publication)}.`);
  }

  const previous = facts.previous;
  if (previous?.dates) {
    const window = inspectionWindowAfter(previous.dates.start);
    const judged = previous.overallEffectiveness ? `, judged ${previous.overallEffectiveness.heading}` : '';
    const expectation = previous.overallEffectiveness ? expectationsByGrade[previous.overallEffectiveness.id] : undefined;
    const next = expectation ? ` Next: ${expectation.nextInspection.replace('-', ' ')} (${expectation.why}).` : '';
    const moved = window.shiftedBy.length > 0 ? ` (moved by the ${window.shiftedBy.map((s) => s.reason).join(', ')})` : '';
    lines.push(
      `- Previous inspection: ${formatLongDate(previous.dates.start)} to ${formatLongDate(previous.dates.end)}${judged}.${next}` +
        ` Due around ${formatLongDate(window.anniversary)}, window ${formatLongDate(window.opens)} to ${formatLongDate(window.closes)}${moved}.`,
    );
    if (facts.dates && (facts.type === 'short-inspection' || facts.type === 'standard-inspection')) {
      const start = facts.dates.start;
      const where =
        start < window.opens
          ? `about ${months(start, window.opens)} months before the window opens`
          : start > window.closes
            ? `about ${months(window.closes, start)} months after the window closed`
            : 'inside the window';
      lines.push(`- This inspection starts ${formatLongDate(start)}: ${where}.`);
    }
  }
  if (currentOverall && facts.dates && (facts.type === 'short-inspection' || facts.type === 'standard-inspection')) {
    const window = inspectionWindowAfter(facts.dates.start);
    const expectation = expectationsByGrade[currentOverall.id];
    lines.push(
      `- After this inspection (${currentOverall.heading}): ${expectation.why}; due around ${formatLongDate(window.anniversary)} (${formatLongDate(window.opens)} to ${formatLongDate(window.closes)}).`,
    );
  }
  return lines.join('\n');
}
