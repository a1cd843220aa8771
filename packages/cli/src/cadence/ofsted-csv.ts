import { parse as parseCsv } from 'csv-parse/sync';
import { matchGrade } from '@ilacs/core/framework';
import { builtinDomain } from '@ilacs/core';
import { isValidIsoDate, type AuthorityHistory, type CadenceEvent } from '@ilacs/core/cadence';
import { InputError } from './input-error.js';

/**
 * Reads Ofsted's "Local authority inspection outcomes" sheets as CSV: the ILACS inspection history
 * (2018 onwards) and the in-year list (which also has focused and monitoring visits). Both have two
 * title rows, then a header row; dates are dd/mm/yyyy and only the first day on site is given, so
 * the last day follows from the type's shape.
 */

/** The document types by the name Ofsted's statistics give them (each descriptor says its own). */
const typesByLabel = new Map(
  builtinDomain.documentTypes.filter((t) => t.statisticsLabel !== undefined).map((t) => [t.statisticsLabel!.toLowerCase(), t]),
);

const column = {
  code: ['local authority area code'],
  name: ['local authority name'],
  start: ['inspection date', 'inspection/visit date'],
  published: ['publication date'],
  type: ['inspection type', 'inspection/visit type'],
  overall: ['overall effectiveness'],
} as const;

const headerSearchRows = 10;

function ukDate(text: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec((text ?? '').trim());
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
  return iso && isValidIsoDate(iso) ? iso : undefined;
}

/** Adds one Ofsted CSV's events to `byCode` (authority area code to history), skipping repeats. */
export function readOfstedCsv(
  file: string,
  text: string,
  byCode: Map<string, AuthorityHistory> = new Map(),
): Map<string, AuthorityHistory> {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new InputError(file, e.lines ?? 1, 1, `invalid CSV: ${e.message}`);
  }
  const headerIndex = rows.slice(0, headerSearchRows).findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === column.name[0]));
  if (headerIndex === -1)
    throw new InputError(file, 1, 1, 'not an Ofsted inspection outcomes sheet: no "Local authority name" header in the first rows');
  const header = rows[headerIndex]!.map((cell) => cell.trim().toLowerCase());
  const indexOf = (names: readonly string[], required = true) => {
    const index = header.findIndex((h) => names.includes(h));
    if (index === -1 && required) throw new InputError(file, headerIndex + 1, 1, `missing column "${names[0]}"`);
    return index;
  };
  const at = {
    code: indexOf(column.code),
    name: indexOf(column.name),
    start: indexOf(column.start),
    published: indexOf(column.published, false),
    type: indexOf(column.type),
    overall: indexOf(column.overall, false),
  };

  rows.slice(headerIndex + 1).forEach((row, offset) => {
    // Rows are one line each in these sheets, so the row number is the line number.
    const line = headerIndex + 2 + offset;
    const kind = typesByLabel.get((row[at.type] ?? '').trim().toLowerCase());
    if (!kind)
      throw new InputError(
        file,
        line,
        at.type + 1,
        `unknown inspection type "${row[at.type] ?? ''}": expected one of: ${[...typesByLabel.keys()].join(', ')}`,
      );
    const start = ukDate(row[at.start]);
    if (!start) throw new InputError(file, line, at.start + 1, `expected a date written dd/mm/yyyy, found "${row[at.start] ?? ''}"`);
    const published = at.published >= 0 ? ukDate(row[at.published]) : undefined;
    const grade = at.overall >= 0 ? matchGrade(row[at.overall] ?? '') : undefined;
    const event: CadenceEvent = {
      type: kind.id,
      // Only the first day is listed: the usual days on site of the type give the last.
      dates: kind.onSite?.spanFrom(start) ?? { start, end: start },
      ...(grade ? { overallEffectiveness: grade.id } : {}),
      ...(published ? { published } : {}),
    };
    const code = (row[at.code] ?? '').trim() || (row[at.name] ?? '').trim();
    const history = byCode.get(code) ?? { authority: (row[at.name] ?? code).trim(), events: [] };
    if (!history.events.some((e) => e.type === event.type && e.dates.start === event.dates.start)) history.events.push(event);
    byCode.set(code, history);
  });
  return byCode;
}
