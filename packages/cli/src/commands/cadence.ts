import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinDomain, parseDraft } from '@ilacs/core';
import {
  cadenceHistoryFromDraft,
  todayInEngland,
  covidPause,
  historyFormatOf,
  isValidIsoDate,
  planCadence,
  readHistoryText,
  renderTimelineSvg,
  replayHistories,
  type AuthorityHistory,
  type CadenceHistory,
  type Suspension,
} from '@ilacs/core/cadence';
import { configuredDomain, defaultMaxDraftSize, readFacts } from '@ilacs/core/tools';
import { ConfigResolver, FileTooLargeError, NotARegularFileError, readRegularFile } from '@ilacs/config';
import { InputError } from '../cadence/input-error.js';
import { readOfstedCsv } from '../cadence/ofsted-csv.js';
import { renderPlanText, renderReplayText } from '../cadence/render-text.js';
import { UsageError } from '../files.js';
import { escapeForTerminal } from '../output/terminal-text.js';
import type { Command } from './types.js';

const formats = ['text', 'json', 'svg'] as const;
type Format = (typeof formats)[number];

export const cadenceCommand: Command = {
  name: 'cadence',
  summary: 'Show an authority’s inspection timeline and what is due next (text, JSON or an SVG picture).',
  usage: `ilacs cadence [options] <draft.md | history.yaml | history.csv>
ilacs cadence --replay <ofsted-outcomes.csv...> [--misses] [--format json]

From a draft (its \`previous\` inspection and itself) or a history file (one authority's events), prints
the timeline and what the framework expects next: the next inspection's type and window, monitoring or
focused visits, and typical publication dates.

History YAML: { authority: Leeds, events: [{ type, dates, overall_effectiveness, published }] }
History CSV:  a header row with type, dates (or start and end), overall_effectiveness, published
Types: sif-inspection, short-inspection, standard-inspection, focused-visit, monitoring-visit.

Options:
  -f, --format <name>     text (default), json, or svg (a timeline picture to paste into a briefing)
      --today <date>      The day to plan for, YYYY-MM-DD (default: today's date)
      --pause <from..to>  A pause in routine inspection that moves windows (repeatable); replaces the
                          built-in COVID-19 pause (${covidPause.from}..${covidPause.until})
      --no-pause          No pause at all
      --title <text>      Heading of the SVG picture (default: the authority)
      --replay            Replay Ofsted's inspection outcomes CSV(s) through the engine and report how
                          often it predicted the next inspection's type and window
      --misses            With --replay, list every miss
  -h, --help              Show this help

Exit codes: 0 done, 2 usage or unreadable input.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        today: { type: 'string' },
        pause: { type: 'string', multiple: true },
        'no-pause': { type: 'boolean' },
        title: { type: 'string' },
        replay: { type: 'boolean' },
        misses: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const format = values.format as Format;
    if (!formats.includes(format)) throw new UsageError(`Unknown format "${values.format}": expected one of: ${formats.join(', ')}.`);
    const suspensions = readPauses(values.pause, values['no-pause'] === true);
    if (positionals.length === 0)
      throw new UsageError('No file given: expected a draft, a history file (YAML or CSV), or with --replay Ofsted CSV files.');

    try {
      if (values.replay) {
        if (format === 'svg') throw new UsageError('--replay prints text or json, not svg.');
        const byCode = new Map<string, AuthorityHistory>();
        for (const file of positionals) readOfstedCsv(file, readInput(io.cwd, file), byCode);
        const report = replayHistories([...byCode.values()], suspensions);
        io.stdout(
          format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : escapeForTerminal(renderReplayText(report, values.misses === true), true),
        );
        return 0;
      }
      if (positionals.length > 1) throw new UsageError('One draft or history file at a time (a history file holds one authority).');
      const today = values.today ?? todayInEngland();
      if (!isValidIsoDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}".`);
      const file = positionals[0]!;
      const history = readHistory(file, readInput(io.cwd, file));
      // The bank holidays a configuration adds count as they do for lint.
      const { config } = new ConfigResolver().resolveFor(resolve(io.cwd, file));
      const domain = configuredDomain(builtinDomain, config);
      const plan = planCadence(history.events, { today, domain, ...(suspensions ? { suspensions } : {}) });
      if (format === 'json') io.stdout(`${JSON.stringify({ authority: history.authority ?? null, ...plan }, null, 2)}\n`);
      else if (format === 'svg') io.stdout(renderTimelineSvg(plan, { title: values.title ?? history.authority ?? 'ILACS cadence' }));
      // The authority's name and the events come from the user's file: no control sequence reaches the terminal.
      else io.stdout(escapeForTerminal(renderPlanText(plan, history.authority), true));
      return 0;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`ilacs cadence: ${error.message}\n`);
      return 2;
    }
  },
};

/** Drafts and history files are small; the lint's own limit applies (a FIFO or /dev/zero would never end). */
const maxInputBytes = defaultMaxDraftSize;

function readInput(cwd: string, file: string): string {
  try {
    return readRegularFile(resolve(cwd, file), maxInputBytes).bytes.toString('utf8');
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new UsageError(`"${file}" is not a regular file: it is ${error.kind}.`);
    if (error instanceof FileTooLargeError)
      throw new UsageError(`"${file}" is over the limit of ${maxInputBytes} bytes for a draft or history file.`);
    throw new UsageError(`Cannot read "${file}".`);
  }
}

function readHistory(file: string, text: string): CadenceHistory {
  if (/\.(md|markdown)$/i.test(file)) return historyFromDraft(file, text);
  if (/\.(ya?ml|json|csv)$/i.test(file)) {
    const result = readHistoryText(text, historyFormatOf(file));
    if (!result.ok) throw new InputError(file, result.issue.line, result.issue.column, result.issue.message);
    return result.history;
  }
  throw new UsageError(`"${file}" is not a draft (.md) or a history file (.yaml, .yml, .json, .csv).`);
}

const pausePattern = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** Undefined means the built-in pause. */
function readPauses(pauses: string[] | undefined, none: boolean): Suspension[] | undefined {
  if (none && pauses?.length) throw new UsageError('Use either --pause or --no-pause, not both.');
  if (none) return [];
  if (!pauses?.length) return undefined;
  return pauses.map((text) => {
    const m = pausePattern.exec(text);
    if (!m || !isValidIsoDate(m[1]!) || !isValidIsoDate(m[2]!) || m[1]! > m[2]!) {
      throw new UsageError(`--pause must be written YYYY-MM-DD..YYYY-MM-DD with the first date not after the second, not "${text}".`);
    }
    return { from: m[1]!, until: m[2]!, reason: 'configured pause in inspection' };
  });
}

/** The history a draft implies: its `previous` inspection, then the draft itself. */
function historyFromDraft(file: string, text: string): CadenceHistory {
  const draft = parseDraft(text);
  if (!draft.isDraft) throw new InputError(file, 1, 1, 'not a draft: no front matter with an `ilacs` key');
  // A front matter that could not be read (broken YAML, an alias bomb, past a limit) gives no history
  // to trust: say where, as the lint does, rather than plan from what was left.
  const unreadable = draft.problems.find((p) => p.code !== 'yaml-warning' && p.code !== 'markdown-limit');
  if (unreadable) {
    const at = draft.lines.positionAt(unreadable.range.start);
    throw new InputError(file, at.line + 1, at.column + 1, unreadable.message);
  }
  const history = cadenceHistoryFromDraft(draft, readFacts(draft), builtinDomain);
  if (history.events.length === 0)
    throw new InputError(file, 1, 1, 'the draft has no usable `dates` or `previous` (type and dates) to build a cadence from');
  return history;
}
