import { gradeById, type GradeId } from '../framework/grades.js';
import { addMonths, daysFromCivil, formatLongDate, fromDayNumber, isoOf, toDayNumber, type IsoDate } from './iso-date.js';
import type { CadencePlan } from './schedule.js';

/**
 * Draws a cadence plan as a standalone SVG: a time axis with years, graded inspections coloured by
 * grade, visits as smaller marks, the next inspection window as a band, pauses hatched, "today" as
 * a line, and a legend. Pure (a string out), so the CLI, the web checker and the editor webview
 * share one picture. Colour is never the only cue: every grade is also written.
 */

export interface TimelineOptions {
  /** Heading, usually the authority's name. */
  title?: string;
  width?: number;
}

export const gradeColours: Record<GradeId | 'none', string> = {
  outstanding: '#00703c',
  good: '#85994b',
  'requires-improvement': '#f47738',
  inadequate: '#d4351c',
  none: '#6f777b',
};

const font = 'Arial, Helvetica, sans-serif';
const ink = '#0b0c0c';
const muted = '#505a5f';
const windowFill = '#1d70b8';
const todayColour = '#912b88';

const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthYear(iso: IsoDate): string {
  return `${monthShort[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function gradeLabel(id: GradeId | undefined): string {
  return id ? gradeById(id).label : 'No overall grade';
}

function shortGradeLabel(id: GradeId | undefined): string {
  if (!id) return 'no overall grade';
  return id === 'requires-improvement' ? 'Requires improvement' : gradeById(id).label;
}

interface Scale {
  x(iso: IsoDate): number;
  /** The x of a day number, for axis marks that may lie past 9999-12-31. */
  xOfDay(dayNumber: number): number;
}

/** Years between axis labels: one a year for a normal history, fewer when the dates span centuries. */
function yearStep(years: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]) if (years / step <= 24) return step;
  return 10_000;
}

export function renderTimelineSvg(plan: CadencePlan, options: TimelineOptions = {}): string {
  const width = Math.max(640, Math.round(options.width ?? 1100));
  const margin = { left: 150, right: 40 };
  const graded = plan.events.filter((e) => e.graded);
  const visits = plan.events.filter((e) => !e.graded);

  const dates: IsoDate[] = [plan.today, ...plan.events.flatMap((e) => [e.dates.start, e.dates.end])];
  if (plan.next) dates.push(plan.next.window.opens, plan.next.window.closes);
  if (plan.recurringVisits) dates.push(plan.recurringVisits.nextDue);
  const sorted = [...dates].sort();
  // Whole years, on day numbers: the year after the last may be 10000, which no ISO date names.
  const firstYear = Number(addMonths(sorted[0]!, -4).slice(0, 4));
  const endYear = Number(addMonths(sorted.at(-1)!, 8).slice(0, 4)) + 1;
  const fromDay = daysFromCivil(firstYear, 1, 1);
  const span = daysFromCivil(endYear, 1, 1) - fromDay;
  const from = isoOf(firstYear, 1, 1);
  const to = fromDayNumber(fromDay + span);
  const plotWidth = width - margin.left - margin.right;
  const xOfDay = (dayNumber: number) => margin.left + ((dayNumber - fromDay) / span) * plotWidth;
  const scale: Scale = { x: (iso) => xOfDay(toDayNumber(iso)!), xOfDay };

  const top = options.title ? 74 : 40;
  const lanes = { inspections: top + 70, visits: top + 190 };
  const axisY = top + 250;
  const legendY = axisY + 56;
  const height = legendY + 100;
  const parts: string[] = [];
  // A white halo keeps labels readable where they cross bands and lines.
  const text = (x: number, y: number, content: string, attributes = '') =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes} paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">${escapeXml(content)}</text>`;
  // Keeps a centred label of about `chars` characters inside the plot.
  const centred = (x: number, chars: number) => {
    const half = chars * 3.6;
    return Math.min(Math.max(x, margin.left + half), width - margin.right - half);
  };

  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(
    `<defs><pattern id="pause-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f3f2f1"/><line x1="0" y1="0" x2="0" y2="8" stroke="#b1b4b6" stroke-width="3"/></pattern></defs>`,
  );
  if (options.title) {
    parts.push(text(24, 34, options.title, `font-size="22" font-weight="bold" fill="${ink}"`));
    parts.push(text(24, 58, `ILACS inspection cadence as at ${formatLongDate(plan.today)}`, `font-size="14" fill="${muted}"`));
  }

  // Bands first, so that marks and labels sit on top of them.
  const bandTop = top + 8;
  const bandBottom = axisY;
  for (const pause of plan.suspensions) {
    if (pause.until < from || pause.from > to) continue;
    const x1 = scale.x(pause.from < from ? from : pause.from);
    const x2 = scale.x(pause.until > to ? to : pause.until);
    parts.push(
      `<rect x="${x1.toFixed(1)}" y="${bandTop}" width="${(x2 - x1).toFixed(1)}" height="${bandBottom - bandTop}" fill="url(#pause-hatch)" opacity="0.8"/>`,
    );
    parts.push(text((x1 + x2) / 2, bandBottom - 8, 'Inspections paused', `font-size="12" fill="${muted}" text-anchor="middle"`));
  }
  if (plan.next) {
    const { opens, closes } = plan.next.window;
    const x1 = scale.x(opens);
    const x2 = scale.x(closes);
    parts.push(
      `<rect x="${x1.toFixed(1)}" y="${bandTop}" width="${(x2 - x1).toFixed(1)}" height="${bandBottom - bandTop}" fill="${windowFill}" fill-opacity="0.14" stroke="${windowFill}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
    const title = `Next ${plan.next.name.toLowerCase()} window`;
    const labelX = centred((x1 + x2) / 2, title.length);
    parts.push(text(labelX, bandTop + 18, title, `font-size="13" font-weight="bold" fill="${windowFill}" text-anchor="middle"`));
    parts.push(
      text(labelX, bandTop + 34, `${monthYear(opens)} to ${monthYear(closes)}`, `font-size="12" fill="${windowFill}" text-anchor="middle"`),
    );
  }

  // Today, under the marks and labels so that their halos keep them readable.
  const todayX = scale.x(plan.today);
  parts.push(
    `<line x1="${todayX.toFixed(1)}" y1="${bandTop - 4}" x2="${todayX.toFixed(1)}" y2="${axisY}" stroke="${todayColour}" stroke-width="2.5" stroke-dasharray="2 3"/>`,
  );
  const todayLabel = `Today ${formatLongDate(plan.today)}`;
  parts.push(
    text(
      centred(todayX, todayLabel.length),
      bandTop - 10,
      todayLabel,
      `font-size="12" font-weight="bold" fill="${todayColour}" text-anchor="middle"`,
    ),
  );

  // Lane titles and guide lines.
  for (const [label, y] of [
    ['Inspections', lanes.inspections],
    ['Visits', lanes.visits],
  ] as const) {
    parts.push(`<line x1="${margin.left}" y1="${y}" x2="${width - margin.right}" y2="${y}" stroke="#d8dadb" stroke-width="1"/>`);
    parts.push(text(margin.left - 14, y + 5, label, `font-size="14" font-weight="bold" fill="${ink}" text-anchor="end"`));
  }

  // Axis with a tick and label per year.
  parts.push(`<line x1="${margin.left}" y1="${axisY}" x2="${width - margin.right}" y2="${axisY}" stroke="${ink}" stroke-width="1.5"/>`);
  const step = yearStep(endYear - firstYear);
  for (let year = firstYear; year <= endYear; year += step) {
    const x = scale.xOfDay(daysFromCivil(year, 1, 1));
    parts.push(`<line x1="${x.toFixed(1)}" y1="${axisY}" x2="${x.toFixed(1)}" y2="${axisY + 6}" stroke="${ink}"/>`);
    if (year < endYear)
      parts.push(
        text(scale.xOfDay(daysFromCivil(year, 7, 1)), axisY + 22, String(year), `font-size="13" fill="${ink}" text-anchor="middle"`),
      );
  }

  // Graded inspections: a bar as long as the days on site (at least a readable width), coloured by grade.
  graded.forEach((event, index) => {
    const x = scale.x(event.dates.start);
    const colour = gradeColours[event.standing ?? 'none'];
    parts.push(
      `<rect x="${(x - 7).toFixed(1)}" y="${lanes.inspections - 11}" width="14" height="22" rx="3" fill="${colour}" stroke="${ink}" stroke-width="1"/>`,
    );
    const above = index % 2 === 0;
    const y = above ? lanes.inspections - 42 : lanes.inspections + 30;
    const detail = `${monthYear(event.dates.start)}: ${shortGradeLabel(event.standing)}`;
    const labelX = centred(x, detail.length);
    parts.push(text(labelX, y, event.name, `font-size="12" font-weight="bold" fill="${ink}" text-anchor="middle"`));
    parts.push(text(labelX, y + 15, detail, `font-size="12" fill="${ink}" text-anchor="middle"`));
  });

  // Visits: diamonds (between inspections) and triangles (recurring), labelled where there is room.
  let lastLabelX = -Infinity;
  visits.forEach((event) => {
    const x = scale.x(event.dates.start);
    parts.push(visitMark(event.recurring, x, lanes.visits, '#ffffff', ink));
    if (x - lastLabelX > 70) {
      parts.push(text(x, lanes.visits + 28, monthYear(event.dates.start), `font-size="11" fill="${ink}" text-anchor="middle"`));
      lastLabelX = x;
    }
  });
  if (plan.recurringVisits) {
    const recurring = plan.recurringVisits;
    const x = scale.x(recurring.nextDue);
    parts.push(visitMark(true, x, lanes.visits, 'none', ink, true));
    const due = `Next ${recurring.name.toLowerCase()} due ${monthYear(recurring.nextDue)}${recurring.overdue ? ' (overdue)' : ''}`;
    parts.push(
      text(centred(x, due.length), lanes.visits - 20, due, `font-size="11" font-weight="bold" fill="${ink}" text-anchor="middle"`),
    );
  }
  if (plan.visitsBetween && !plan.visitsBetween.satisfied && plan.next) {
    const { expected, name } = plan.visitsBetween;
    const note = `At least ${expected === 1 ? 'one' : expected} ${name.toLowerCase()}${expected === 1 ? '' : 's'} expected before the next inspection`;
    parts.push(
      text(
        centred(scale.x(plan.lastGraded!.dates.end) + note.length * 3, note.length),
        lanes.visits - 20,
        note,
        `font-size="11" fill="${muted}" text-anchor="middle"`,
      ),
    );
  }

  parts.push(legend(24, legendY, width, legendNames(plan)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}" role="img" aria-label="${escapeXml(describe(plan, options.title))}">\n<title>${escapeXml(describe(plan, options.title))}</title>\n${parts.join('\n')}\n</svg>\n`;
}

function visitMark(recurring: boolean, x: number, y: number, fill: string, stroke: string, dashed = false): string {
  const dash = dashed ? ' stroke-dasharray="3 2"' : '';
  if (recurring) {
    return `<path d="M ${x.toFixed(1)} ${y - 9} L ${(x + 9).toFixed(1)} ${y + 7} L ${(x - 9).toFixed(1)} ${y + 7} Z" fill="${fill}" stroke="${stroke}" stroke-width="2"${dash}/>`;
  }
  return `<path d="M ${x.toFixed(1)} ${y - 9} L ${(x + 9).toFixed(1)} ${y} L ${x.toFixed(1)} ${y + 9} L ${(x - 9).toFixed(1)} ${y} Z" fill="${fill}" stroke="${stroke}" stroke-width="2"${dash}/>`;
}

/** The visit kinds' names for the legend, from the plan (the domain names them). */
function legendNames(plan: CadencePlan): { between: string; recurring: string } {
  return {
    between: plan.visitsBetween?.name ?? plan.events.find((e) => !e.graded && !e.recurring)?.name ?? 'Focused visit',
    recurring: plan.recurringVisits?.name ?? plan.events.find((e) => e.recurring)?.name ?? 'Monitoring visit',
  };
}

function legend(x: number, y: number, width: number, names: { between: string; recurring: string }): string {
  const parts: string[] = [];
  const label = (lx: number, ly: number, content: string) =>
    `<text x="${lx}" y="${ly}" font-size="12" fill="${ink}">${escapeXml(content)}</text>`;
  parts.push(`<text x="${x}" y="${y}" font-size="13" font-weight="bold" fill="${ink}">Overall effectiveness</text>`);
  const grades: (GradeId | 'none')[] = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'none'];
  const column = Math.max(150, Math.floor((width - 2 * x) / 5));
  grades.forEach((grade, i) => {
    const gx = x + i * column;
    parts.push(`<rect x="${gx}" y="${y + 12}" width="14" height="14" rx="2" fill="${gradeColours[grade]}" stroke="${ink}"/>`);
    parts.push(label(gx + 20, y + 24, grade === 'none' ? gradeLabel(undefined) : gradeLabel(grade)));
  });
  const row = y + 56;
  parts.push(visitMark(false, x + 7, row - 4, '#ffffff', ink));
  parts.push(label(x + 20, row, names.between));
  parts.push(visitMark(true, x + column + 7, row - 4, '#ffffff', ink));
  parts.push(label(x + column + 20, row, `${names.recurring} (dashed: due)`));
  parts.push(
    `<rect x="${x + 2 * column}" y="${row - 12}" width="22" height="14" fill="${windowFill}" fill-opacity="0.14" stroke="${windowFill}" stroke-dasharray="6 4"/>`,
  );
  parts.push(label(x + 2 * column + 28, row, 'Inspection window'));
  parts.push(`<rect x="${x + 3 * column}" y="${row - 12}" width="22" height="14" fill="url(#pause-hatch)"/>`);
  parts.push(label(x + 3 * column + 28, row, 'Inspections paused'));
  parts.push(
    `<line x1="${x + 4 * column + 10}" y1="${row - 13}" x2="${x + 4 * column + 10}" y2="${row + 3}" stroke="${todayColour}" stroke-width="2.5" stroke-dasharray="2 3"/>`,
  );
  parts.push(label(x + 4 * column + 20, row, 'Today'));
  parts.push(
    `<text x="${x}" y="${row + 34}" font-size="11" fill="${muted}">Window: six months either side of the third anniversary of the last graded inspection, moved later by any pause in inspection.</text>`,
  );
  return parts.join('\n');
}

/** One sentence for screen readers and the SVG title. */
function describe(plan: CadencePlan, title: string | undefined): string {
  const last = plan.lastGraded;
  const head = title ? `${title}: ` : '';
  if (!last) return `${head}no graded inspection in the history.`;
  const lastText = `last ${last.name.toLowerCase()} ${formatLongDate(last.dates.start)} (${gradeLabel(last.standing).toLowerCase()})`;
  if (!plan.next) return `${head}${lastText}.`;
  return `${head}${lastText}; next ${plan.next.name.toLowerCase()} window ${formatLongDate(plan.next.window.opens)} to ${formatLongDate(plan.next.window.closes)}.`;
}
