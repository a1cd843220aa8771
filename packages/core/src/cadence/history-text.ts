// The browser build: the Node one needs `Buffer`, and the core runs in browsers and web workers too.
import { parse as parseCsv, type Info } from 'csv-parse/browser/esm/sync';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { builtinDomain, type Domain } from '../framework/domain.js';
import { maxYamlAliasCount } from '../parse/front-matter.js';
import { LineIndex } from '../parse/line-index.js';
import { checkYamlLimits, type YamlLimits } from '../parse/yaml-limits.js';
import type { CadenceEvent } from './history.js';
import { readCadenceHistory, type HistoryIssue } from './history-schema.js';

/** One authority's history, read from the text of a history file. */
export interface CadenceHistory {
  authority?: string;
  events: CadenceEvent[];
}

/** Where and why a history text cannot be read (1-based line and column). */
export interface HistoryTextIssue {
  line: number;
  column: number;
  message: string;
}

export type HistoryTextResult = { ok: true; history: CadenceHistory } | { ok: false; issue: HistoryTextIssue };

/**
 * Reads a history file's text: YAML (or JSON) `{ authority?, events: [{ type, dates,
 * overall_effectiveness?, judgements?, published? }] }`, or CSV with a header row (`type` and `dates`,
 * or `start` and `end`; optionally `overall_effectiveness`, `published`, `authority`), one event per
 * row. The one reader the CLI, the language server and the editor share; files are the caller's.
 */
export function readHistoryText(text: string, format: 'yaml' | 'csv', domain: Domain = builtinDomain): HistoryTextResult {
  return format === 'csv' ? readCsv(text, domain) : readYaml(text, domain);
}

/** The format a history file's name implies: CSV for `.csv`, else YAML (which also reads JSON). */
export function historyFormatOf(fileName: string): 'yaml' | 'csv' {
  return /\.csv$/i.test(fileName) ? 'csv' : 'yaml';
}

/**
 * A history holds one authority's inspections and visits: a few dozen events. A text far past that
 * is refused before it is parsed, with where: parsing it could take minutes (200,000 events took a
 * minute), and aliases could expand it without end.
 */
export const maxHistoryLines = 10_000;
const historyYamlLimits: Readonly<YamlLimits> = {
  entries: maxHistoryLines,
  flowCollections: 2_000,
  nesting: 64,
  aliases: 100,
  anchors: 100,
};
const tooLong = "a history holds one authority's inspections and visits, a few dozen; the file was not read";

function readYaml(text: string, domain: Domain): HistoryTextResult {
  const limit = checkYamlLimits(text, historyYamlLimits);
  if (limit) {
    const { line, column } = new LineIndex(text).positionAt(limit.range.start);
    return { ok: false, issue: { line: line + 1, column: column + 1, message: `${limit.description}: ${tooLong}` } };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): HistoryTextResult => {
    const { line, col } = lineCounter.linePos(offset);
    return { ok: false, issue: { line, column: col, message } };
  };
  const [firstError] = document.errors;
  if (firstError) return at(firstError.pos[0], `invalid YAML: ${firstError.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: maxYamlAliasCount });
  } catch (error) {
    // yaml refuses an alias bomb without saying where: point at the first alias.
    return at(
      firstAliasOffset(document) ?? 0,
      `invalid YAML: ${(error as Error).message} (aliases may expand to at most ${maxYamlAliasCount} nodes)`,
    );
  }
  const result = readCadenceHistory(data, domain);
  if (result.ok) return { ok: true, history: { ...(result.authority ? { authority: result.authority } : {}), events: result.events } };
  const issue = result.issues[0]!;
  return at(offsetOf(document.contents, issue.path), describeIssue(issue));
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
  const where = issue.path.length
    ? `${issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '')}: `
    : '';
  return `${where}${issue.message}`;
}

interface CsvRecord {
  record: Record<string, string>;
  info: Info;
}

function readCsv(text: string, domain: Domain): HistoryTextResult {
  const fail = (line: number, message: string): HistoryTextResult => ({ ok: false, issue: { line, column: 1, message } });
  if (hasLine(text, maxHistoryLines + 1)) return fail(maxHistoryLines + 1, `more than ${maxHistoryLines} lines: ${tooLong}`);
  let rows: CsvRecord[];
  try {
    rows = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as CsvRecord[];
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return fail(e.lines ?? 1, `invalid CSV: ${e.message}`);
  }
  const authorities = new Set<string>();
  const events: CadenceEvent[] = [];
  for (const { record, info } of rows) {
    const fields = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ''));
    if (fields.authority) authorities.add(fields.authority);
    const dates = fields.dates ?? (fields.start && fields.end ? `${fields.start} to ${fields.end}` : undefined);
    const event = {
      type: fields.type,
      dates,
      ...(fields.overall_effectiveness ? { overall_effectiveness: fields.overall_effectiveness } : {}),
      ...(fields.published ? { published: fields.published } : {}),
    };
    const result = readCadenceHistory({ events: [event] }, domain);
    if (!result.ok) {
      const issue = result.issues[0]!;
      const column = String(issue.path.at(-1) ?? 'row');
      return fail(info.lines, `column ${column === 'dates' && !fields.dates ? 'dates (or start and end)' : column}: ${issue.message}`);
    }
    events.push(result.events[0]!);
  }
  if (events.length === 0) return fail(1, 'no events: expected a header row and one row per inspection or visit');
  if (authorities.size > 1) return fail(1, `one authority per history file, found ${[...authorities].join(', ')}`);
  const [authority] = authorities;
  return { ok: true, history: { ...(authority ? { authority } : {}), events } };
}

/** Whether the text has a 1-based line `line` with something on it (lines end at "\n"). */
function hasLine(text: string, line: number): boolean {
  let at = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', at);
    if (newline === -1) return false;
    at = newline + 1;
  }
  return at < text.length;
}
