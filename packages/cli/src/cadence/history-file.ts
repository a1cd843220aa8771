import { parse as parseCsv, type Info } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { readCadenceHistory, type CadenceEvent, type HistoryIssue } from '@ilacs/core';
import { InputError } from './input-error.js';

/** One authority's history, read from a YAML or CSV file. */
export interface HistoryFile {
  authority?: string;
  events: CadenceEvent[];
}

/**
 * YAML: `{ authority?, events: [{ type, dates, overall_effectiveness?, published? }] }`.
 * CSV: a header row with `type` and `dates` (or `start` and `end`), optionally `overall_effectiveness`,
 * `published` and `authority`; one event per row.
 */
export function readHistoryFile(file: string, text: string): HistoryFile {
  return /\.csv$/i.test(file) ? readCsvHistory(file, text) : readYamlHistory(file, text);
}

function readYamlHistory(file: string, text: string): HistoryFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, detail: string) => {
    const { line, col } = lineCounter.linePos(offset);
    return new InputError(file, line, col, detail);
  };
  const [firstError] = document.errors;
  if (firstError) throw at(firstError.pos[0], `invalid YAML: ${firstError.message.split('\n')[0]}`);
  const result = readCadenceHistory(document.toJS());
  if (result.ok) return { ...(result.authority ? { authority: result.authority } : {}), events: result.events };
  const issue = result.issues[0]!;
  throw at(offsetOf(document.contents, issue.path), describeIssue(issue));
}

/** The start of the deepest YAML node on the issue's path (the parent when the key is missing). */
function offsetOf(root: unknown, path: readonly (string | number)[]): number {
  let node = root as Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value as Node | null;
      offset = (pair.value as Node | null)?.range?.[0] ?? (pair.key as Node | null)?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | null;
      offset = node?.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

function describeIssue(issue: HistoryIssue): string {
  const where = issue.path.length ? `${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '')}: ` : '';
  return `${where}${issue.message}`;
}

interface CsvRecord {
  record: Record<string, string>;
  info: Info;
}

function readCsvHistory(file: string, text: string): HistoryFile {
  let rows: CsvRecord[];
  try {
    rows = parseCsv(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true, info: true }) as CsvRecord[];
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new InputError(file, e.lines ?? 1, 1, `invalid CSV: ${e.message}`);
  }
  const authorities = new Set<string>();
  const events = rows.map(({ record, info }) => {
    const fields = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ''));
    if (fields.authority) authorities.add(fields.authority);
    const dates = fields.dates ?? (fields.start && fields.end ? `${fields.start} to ${fields.end}` : undefined);
    const event = {
      type: fields.type,
      dates,
      ...(fields.overall_effectiveness ? { overall_effectiveness: fields.overall_effectiveness } : {}),
      ...(fields.published ? { published: fields.published } : {}),
    };
    const result = readCadenceHistory({ events: [event] });
    if (!result.ok) {
      const issue = result.issues[0]!;
      const column = String(issue.path.at(-1) ?? 'row');
      throw new InputError(file, info.lines, 1, `column ${column === 'dates' && !fields.dates ? 'dates (or start and end)' : column}: ${issue.message}`);
    }
    return result.events[0]!;
  });
  if (events.length === 0) throw new InputError(file, 1, 1, 'no events: expected a header row and one row per inspection or visit');
  if (authorities.size > 1) throw new InputError(file, 1, 1, `one authority per history file, found ${[...authorities].join(', ')}`);
  const [authority] = authorities;
  return { ...(authority ? { authority } : {}), events };
}
