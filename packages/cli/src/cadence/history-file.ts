import { parse as parseCsv, type Info } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { checkYamlLimits, readCadenceHistory, type CadenceEvent, type HistoryIssue, type YamlLimits } from '@ilacs/core';
import { InputError } from './input-error.js';

/** One authority's history, read from a YAML or CSV file. */
export interface HistoryFile {
  authority?: string;
  events: CadenceEvent[];
}

/**
 * A history holds one authority's inspections and visits: a few dozen events. A file far past that
 * is refused before it is parsed, with where: parsing it could take minutes, and aliases could
 * expand it without end.
 */
export const maxHistoryLines = 10_000;
const historyYamlLimits: Readonly<YamlLimits> = { entries: maxHistoryLines, flowCollections: 2_000, nesting: 64, aliases: 100, anchors: 100 };
/** YAML aliases expand to at most this many nodes, as in drafts' front matter. */
const maxAliasCount = 100;

/**
 * YAML: `{ authority?, events: [{ type, dates, overall_effectiveness?, published? }] }`.
 * CSV: a header row with `type` and `dates` (or `start` and `end`), optionally `overall_effectiveness`,
 * `published` and `authority`; one event per row.
 */
export function readHistoryFile(file: string, text: string): HistoryFile {
  return /\.csv$/i.test(file) ? readCsvHistory(file, text) : readYamlHistory(file, text);
}

function readYamlHistory(file: string, text: string): HistoryFile {
  const limit = checkYamlLimits(text, historyYamlLimits);
  if (limit) {
    const { line, column } = lineAndColumn(text, limit.range.start);
    throw new InputError(file, line, column, `${limit.description}: a history holds one authority's inspections and visits, a few dozen; the file was not read`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, detail: string) => {
    const { line, col } = lineCounter.linePos(offset);
    return new InputError(file, line, col, detail);
  };
  const [firstError] = document.errors;
  if (firstError) throw at(firstError.pos[0], `invalid YAML: ${firstError.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    // yaml refuses an alias bomb without saying where: point at the first alias.
    throw at(firstAliasOffset(document) ?? 0, `invalid YAML: ${error instanceof Error ? error.message : String(error)} (aliases may expand to at most ${maxAliasCount} nodes)`);
  }
  const result = readCadenceHistory(data);
  if (result.ok) return { ...(result.authority ? { authority: result.authority } : {}), events: result.events };
  const issue = result.issues[0]!;
  throw at(offsetOf(document.contents, issue.path), describeIssue(issue));
}

function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** 1-based line and column of an offset (lines end at "\n"; a "\r" before it is part of the line). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
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
  const pastLimit = offsetOfLine(text, maxHistoryLines + 1);
  if (pastLimit !== undefined) {
    throw new InputError(file, maxHistoryLines + 1, 1, `more than ${maxHistoryLines} lines: a history holds one authority's inspections and visits, a few dozen; the file was not read`);
  }
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

/** Where a 1-based line starts, when the text has that many lines with something on the last. */
function offsetOfLine(text: string, line: number): number | undefined {
  let at = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', at);
    if (newline === -1) return undefined;
    at = newline + 1;
  }
  return at < text.length ? at : undefined;
}
