import { builtinDomain } from '@ilacs/core';
import { gradeById } from '@ilacs/core/framework';
import {
  cadenceEventName,
  formatDateSpan,
  formatLongDate,
  type CadencePlan,
  type ReplayReport,
  type ReplayTally,
} from '@ilacs/core/cadence';

const nameOf = (type: string) => cadenceEventName(type, builtinDomain);

const statusText = { 'not-yet-open': 'not open yet', open: 'open now', passed: 'closed' } as const;

/** The plan as a person reads it in a terminal: the timeline, then what is due next. */
export function renderPlanText(plan: CadencePlan, authority: string | undefined): string {
  const lines: string[] = [];
  lines.push(`${authority ?? 'Authority'}: ILACS cadence as at ${formatLongDate(plan.today)}`, '');
  lines.push('Timeline');
  // A loop, not Math.max(...): spreading a long history into arguments overflows the stack.
  const width = plan.events.reduce((widest, e) => Math.max(widest, e.name.length), 0);
  for (const event of plan.events) {
    const grade = event.standing
      ? `${gradeById(event.standing).label}${event.overallEffectiveness ? '' : ' (derived from its judgements)'}`
      : '';
    const publication = event.published
      ? `published ${formatLongDate(event.published)} (${event.publicationLag} working days)`
      : event.typicalPublication
        ? `typically published by ${formatLongDate(event.typicalPublication)}`
        : '';
    const framework = event.frameworkId ? `ILACS ${event.frameworkId}` : event.type === 'sif-inspection' ? 'SIF' : '';
    lines.push(
      `  ${event.dates.start}  ${event.name.padEnd(width)}  ${[grade, formatDateSpan(event.dates), framework, publication].filter(Boolean).join('; ')}`,
    );
  }
  lines.push('', 'Due next');
  if (plan.next) {
    const w = plan.next.window;
    const moved =
      w.shiftDays.closes > 0 ? `, moved ${w.shiftDays.closes} days by the ${w.shiftedBy.map((s) => s.reason).join(' and ')}` : '';
    lines.push(`  ${plan.next.name}: ${plan.next.why}.`);
    lines.push(
      `    Window ${formatLongDate(w.opens)} to ${formatLongDate(w.closes)} (${statusText[plan.next.status]}); third anniversary ${formatLongDate(w.anniversary)}${moved}.`,
    );
  }
  if (plan.recurringVisits) {
    const m = plan.recurringVisits;
    lines.push(
      `  ${m.name}s about every ${m.intervalMonths} months: ${m.done} so far; next due ${formatLongDate(m.nextDue)}${m.overdue ? ' (overdue)' : ''}.`,
    );
  }
  if (plan.visitsBetween) {
    const f = plan.visitsBetween;
    lines.push(
      `  ${f.name}s: at least ${f.expected} before the next inspection, ${f.done} so far${f.satisfied ? '' : `; expected by ${formatLongDate(f.dueBy)}`}.`,
    );
  }
  for (const note of plan.notes) lines.push(`  Note: ${note}`);
  return `${lines.join('\n')}\n`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

function tallyLine(label: string, t: ReplayTally): string {
  return `  ${label.padEnd(34)} ${String(t.pairs).padStart(5)}  ${`${t.typeMatched} (${percent(t.typeMatched, t.pairs)})`.padStart(11)}  ${`${t.inWindow} (${percent(t.inWindow, t.pairs)})`.padStart(11)}  ${`${t.inWindowWithoutSuspension} (${percent(t.inWindowWithoutSuspension, t.pairs)})`.padStart(11)}  ${String(t.early).padStart(5)}  ${String(t.late).padStart(5)}`;
}

/** The replay figures as a table, then every miss, so the misses can be explained. */
export function renderReplayText(report: ReplayReport, showMisses: boolean): string {
  const lines: string[] = [];
  lines.push(
    `Replayed ${report.gradedInspections} graded inspections of ${report.authorities} authorities: ${report.total.pairs} had a later inspection to predict.`,
    '',
  );
  lines.push(
    `  ${'previous overall effectiveness'.padEnd(34)} ${'pairs'.padStart(5)}  ${'type right'.padStart(11)}  ${'in window'.padStart(11)}  ${'no pause'.padStart(11)}  ${'early'.padStart(5)}  ${'late'.padStart(5)}`,
  );
  for (const id of ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const) {
    const tally = report.byPreviousGrade[id];
    if (tally) lines.push(tallyLine(gradeById(id).label.toLowerCase(), tally));
  }
  lines.push(tallyLine('all', report.total), '');
  lines.push('"in window": the next inspection started inside the predicted window, with the suspension(s):');
  for (const s of report.suspensions) lines.push(`  ${s.reason}, ${s.from} to ${s.until}`);
  lines.push('"no pause": the same without any suspension. "early"/"late": outside the window with the suspension.');
  if (report.medianGapMonths !== undefined) lines.push(`Median gap between consecutive inspections: ${report.medianGapMonths} months.`);
  for (const [type, lag] of Object.entries(report.publicationLag)) {
    lines.push(`Median publication lag, ${nameOf(type).toLowerCase()}: ${lag!.median} working days (${lag!.count} documents).`);
  }
  if (showMisses) {
    lines.push('', 'Misses (type predicted wrongly, or outside the window with the suspension):');
    for (const p of report.pairs) {
      if (p.typeMatched && p.daysOutside === 0) continue;
      const type = p.typeMatched ? '' : ` predicted ${nameOf(p.predictedType).toLowerCase()},`;
      const window =
        p.daysOutside === 0
          ? 'in window'
          : `${Math.abs(p.daysOutside)} days ${p.daysOutside < 0 ? 'early' : 'late'} (window ${p.window.opens} to ${p.window.closes})`;
      lines.push(
        `  ${p.authority}: ${p.previous.dates.start} ${gradeById(p.previousGrade).heading} -> ${nameOf(p.next.type).toLowerCase()} ${p.next.dates.start};${type} ${window}; gap ${p.gapMonths} months`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
