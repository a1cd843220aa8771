import type { Domain, DraftFacts } from '@ilacs/core';
import type { Grade } from '@ilacs/core/framework';
import {
  type DateSpan,
  dayName,
  daysBetween,
  expectationAfter,
  formatLongDate,
  inspectionWindowAfter,
  type IsoDate,
  typicalPublicationDate,
} from '@ilacs/core/cadence';

function months(fromDate: IsoDate, toDate: IsoDate): number {
  return Math.round(Math.abs(daysBetween(fromDate, toDate)) / 30.44);
}

function spanText(span: DateSpan): string {
  return `${dayName(span.start)} ${formatLongDate(span.start)} to ${dayName(span.end)} ${formatLongDate(span.end)}`;
}

/**
 * Markdown explaining the cadence, from the core's cadence model: which framework applies, what the
 * previous judgement makes due next and when (the window, moved by pauses such as COVID-19), where
 * this draft's dates fall, and what this inspection's own standing (`currentStanding`: its overall
 * effectiveness, or what its framework derives from its judgements) leads to.
 */
export function cadenceOutlook(facts: DraftFacts, domain: Domain, currentStanding?: Grade): string {
  const lines: string[] = ['**Cadence**', ''];
  if (facts.framework) {
    const basis = facts.frameworkOverridden
      ? 'set by `framework`'
      : facts.document?.span.frameworkDay === 'last' && facts.period
        ? `in force at the end of the period, ${formatLongDate(facts.period.end)}`
        : facts.dates
          ? `from the first day on site, ${formatLongDate(facts.dates.start)}`
          : 'derived';
    lines.push(`- Framework: **${facts.framework.name}**, ${basis}. ${facts.framework.summary}`);
  } else {
    lines.push('- Framework: not known yet; it follows from `dates` (the first day on site).');
  }
  const type = facts.document;
  if (facts.dates) {
    lines.push(`- On site: ${spanText(facts.dates)}${type ? `. ${type.name}: ${type.description}` : '.'}`);
    const publication = typicalPublicationDate(type, facts.dates.end, domain.calendar);
    if (publication && !facts.published) lines.push(`- Typically published around ${formatLongDate(publication)}.`);
  }

  const previous = facts.previous;
  if (previous?.dates) {
    const window = inspectionWindowAfter(previous.dates.start, undefined, domain);
    const judged = previous.standing ? `, judged ${previous.standing.heading}` : '';
    const expectation = previous.standing ? expectationAfter(previous.standing.id, domain) : undefined;
    const next = expectation ? ` Next: ${expectation.nextInspection.name.toLowerCase()} (${expectation.why}).` : '';
    const moved = window.shiftedBy.length > 0 ? ` (moved by the ${window.shiftedBy.map((s) => s.reason).join(', ')})` : '';
    lines.push(
      `- Previous inspection: ${formatLongDate(previous.dates.start)} to ${formatLongDate(previous.dates.end)}${judged}.${next}` +
        ` Due around ${formatLongDate(window.anniversary)}, window ${formatLongDate(window.opens)} to ${formatLongDate(window.closes)}${moved}.`,
    );
    if (facts.dates && type?.cadence?.role === 'inspection') {
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
  const after = currentStanding ? expectationAfter(currentStanding.id, domain) : undefined;
  if (currentStanding && after && facts.dates && type?.cadence?.role === 'inspection') {
    const window = inspectionWindowAfter(facts.dates.start, undefined, domain);
    lines.push(
      `- After this inspection (${currentStanding.heading}): ${after.why}; due around ${formatLongDate(window.anniversary)} (${formatLongDate(window.opens)} to ${formatLongDate(window.closes)}).`,
    );
  }
  return lines.join('\n');
}
