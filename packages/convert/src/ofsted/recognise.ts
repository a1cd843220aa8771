import { builtinDomain, writeTitle } from '@ilacs/core';
import type { AuthorityRecord } from '@ilacs/core/framework';
import { isWhatNeedsToImproveHeading, matchArea, printedForm } from './domain.js';
import type { Block } from '../blocks.js';
import type { SourceLocation } from '../errors.js';
import { authorityInText } from './authority.js';
import { findDateRange, readDateLine, spanDays } from './dates.js';
import { isLetterSectionHeading, normaliseLetterHeading, readJudgementHeading } from './headings.js';
import { statedFocus, statedPrevious, statedVisitNumber, type StatedPrevious } from './stated-facts.js';

/** Front-matter facts, in the order a draft lists them. */
export interface FrontMatterFacts {
  ilacs?: string;
  local_authority?: string;
  dates?: string;
  period?: string;
  lead_inspector?: string;
  focus?: string;
  visit_number?: number;
  previous?: { type: string; dates: string; overall_effectiveness?: string };
  published?: string;
  framework?: string | number;
}

/** A warning waiting for the draft to be written: `anchor` says what it is about, the writer turns that into a line. */
export interface PendingWarning {
  code: string;
  severity: 'warning' | 'info';
  message: string;
  source?: SourceLocation;
  anchor?: { key: keyof FrontMatterFacts | 'previous' } | { block: Block } | { title: true };
}

export interface RecognisedDraft {
  frontMatter: FrontMatterFacts;
  /** Front matter to write exactly as it is (carried by a Word document this package exported). */
  frontMatterText?: string;
  /** What the document's own text states (its title block, a letter's date and signature), known facts aside. */
  stated: FrontMatterFacts;
  /** What the document says about the last inspection, when it cannot fill `previous`. */
  previousHint?: StatedPrevious;
  title: string;
  body: Block[];
  warnings: PendingWarning[];
}

export interface RecogniseOptions {
  /**
   * `published`: Ofsted's own document, correct by definition, so its printed forms are normalised the
   * way the hand-checked drafts are (heading grades, table order, "What needs to improve?").
   * `author`: a draft written in Word, kept as written so that the linter reports its defects.
   */
  origin: 'published' | 'author';
  /** Facts known already (a Word document this package exported carries its front matter). */
  known?: FrontMatterFacts;
}

const reportTitle = /^inspection of\s+(.+?)\s+local authority\s+children['’]s\s+services\.?$/i;
const oldReportTitle = /^inspection of\s+(?:local authority\s+)?children['’]s\s+(?:social care\s+)?services\.?$/i;
const letterTitle = /^(focused|monitoring)\s+visit\s+(?:to|of)\s+(.+?)\s+children['’]s\s+services\.?$/i;
const selfEvaluationTitle = /^(.+?)\s+children['’]s\s+services\s+self-evaluation\b/i;
const datesLine = /^(?:inspection|visit)\s+dates?\s*:\s*(.+)$/i;
const leadLine = /^lead\s+inspector\s*:\s*(.+)$/i;
const inspectorTitle = /^(.+?),?\s+((?:Her|His)\s+Majesty['’]s\s+Inspector|HMI)$/i;
const valediction = /^(?:yours?\s+(?:sincerely|faithfully|truly)|kind regards|best wishes|regards)[,.]?$/i;

const textOf = (block: Block) => (block.kind === 'table' ? '' : block.text);

interface Title {
  index: number;
  /** Blocks before the title that name the authority (2018 reports print it on a line of its own). */
  from: number;
  type?: string;
  authorityText: string;
}

function findTitle(blocks: readonly Block[]): Title | undefined {
  const limit = Math.min(blocks.length, 25);
  for (let index = 0; index < limit; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const text = block.text;
    let m = letterTitle.exec(text);
    if (m)
      return { index, from: index, type: m[1]!.toLowerCase() === 'focused' ? 'focused-visit' : 'monitoring-visit', authorityText: m[2]! };
    m = reportTitle.exec(text);
    if (m) return { index, from: index, authorityText: m[1]! };
    if (oldReportTitle.test(text) && index > 0 && blocks[index - 1]!.kind !== 'table') {
      return { index, from: index - 1, authorityText: textOf(blocks[index - 1]!) };
    }
    m = selfEvaluationTitle.exec(text);
    if (m && block.kind === 'heading') return { index, from: index, type: 'self-evaluation', authorityText: m[1]! };
  }
  return undefined;
}

/** "Joy Howick Her Majesty's Inspector" (printed on two lines) becomes "Joy Howick, Her Majesty's Inspector". */
function readLeadInspector(text: string): string {
  const printed = text.replace(/\s+/g, ' ').trim();
  const m = inspectorTitle.exec(printed);
  if (!m || /^hmi$/i.test(m[2]!)) return printed;
  return `${m[1]!.replace(/,$/, '')}, ${m[2]}`;
}

/**
 * Maps blocks read from a PDF or a Word document onto the draft format: the document type, the
 * authority's canonical name, the days on site, the lead inspector, the judgement table, headings as
 * the checks expect them, and the letter's frame (address, date, salutation, signature) taken off.
 * Every word of the prose is kept, in order.
 */
export function recogniseDraft(input: readonly Block[], options: RecogniseOptions): RecognisedDraft {
  const warnings: PendingWarning[] = [];
  const facts: FrontMatterFacts = { ...options.known };
  const stated: FrontMatterFacts = {};
  const published = options.origin === 'published';
  const blocks = [...input];

  const title = findTitle(blocks);
  let authority: AuthorityRecord | undefined;
  if (title) {
    authority = authorityInText(title.authorityText);
    if (title.type) facts.ilacs ??= title.type;
  }
  const firstTable = blocks.findIndex((b) => b.kind === 'table');

  // The letter's frame before its title: Ofsted's address, the date, the addressee, the salutation.
  const front = title ? blocks.slice(0, title.from) : [];
  for (const block of front) {
    const date = readDateLine(textOf(block));
    if (date && !stated.published) stated.published = date;
  }
  if (stated.published) facts.published ??= stated.published;
  if (title && title.from > 0 && title.type !== undefined) {
    warnings.push({
      code: 'letter-frame',
      severity: 'info',
      message: `Removed the letter's frame before its title (address, date, addressee, salutation: ${front.length} block${front.length === 1 ? '' : 's'}).`,
      source: front[0]!.source,
    });
  }
  let body = title ? blocks.slice(title.index + 1) : blocks;

  // The title block of a report: the days on site and the lead inspector, printed as labelled lines.
  let datesPrinted: string | undefined;
  let leadPrinted = false;
  body = body.filter((block, position) => {
    if (position > 6 || block.kind === 'table') return true;
    const text = textOf(block);
    let m = datesLine.exec(text);
    if (m && !datesPrinted) {
      datesPrinted = m[1]!;
      return false;
    }
    m = leadLine.exec(text);
    if (m && !leadPrinted) {
      leadPrinted = true;
      stated.lead_inspector = readLeadInspector(m[1]!);
      facts.lead_inspector ??= stated.lead_inspector;
      return false;
    }
    return true;
  });

  // The letter's frame after its text: the valediction, the signature and the inspector's title.
  const closing = findLastIndex(body, (b, i) => i >= body.length - 8 && valediction.test(textOf(b)));
  if (closing >= 0) {
    const signature = body
      .slice(closing + 1)
      .map(textOf)
      .filter(Boolean)
      .join(' ');
    if (signature) {
      stated.lead_inspector ??= readLeadInspector(signature);
      facts.lead_inspector ??= stated.lead_inspector;
    }
    body = body.slice(0, closing);
  }
  const paragraphs = body.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet').map(textOf);

  if (datesPrinted) {
    const range = findDateRange(datesPrinted);
    if (range) {
      stated.dates = `${range.start} to ${range.end}`;
      facts.dates ??= stated.dates;
      const rest = datesPrinted.slice(range.index + range.printed.length);
      if (findDateRange(rest)) {
        warnings.push({
          code: 'dates-several-periods',
          severity: 'info',
          message: `The document prints more than one period on site ("${datesPrinted.trim()}"): "dates" holds the first.`,
          anchor: { key: 'dates' },
        });
      }
    }
  } else if (!facts.dates) {
    // Letters state the days in their opening: "...focused visit to Bolton children's services on 29 and 30 June 2021."
    const opening = paragraphs.slice(0, 4).find((p) => /\bvisit\b/i.test(p) && findDateRange(p));
    const range = opening ? (findDateRange(opening.slice(opening.search(/\bvisit\b/i))) ?? findDateRange(opening)) : undefined;
    if (range) facts.dates = stated.dates = `${range.start} to ${range.end}`;
  }

  if (!facts.ilacs && facts.dates && title && !title.type) {
    // Ofsted's reports do not print whether the inspection was short or standard; the days on site tell.
    const [start, end] = facts.dates.split(' to ') as [string, string];
    const days = spanDays(start, end);
    facts.ilacs = days <= 7 ? 'short-inspection' : 'standard-inspection';
    warnings.push({
      code: 'type-from-dates',
      severity: 'info',
      message: `The report does not say whether it was a short or a standard inspection: ${days} days on site read as ${facts.ilacs}. Check "ilacs".`,
      anchor: { key: 'ilacs' },
    });
  }
  if (!facts.ilacs && firstTable >= 0) facts.ilacs = 'standard-inspection';

  if (authority) {
    stated.local_authority = authority.name;
    facts.local_authority ??= authority.name;
  }
  const descriptor = builtinDomain.documentType(facts.ilacs);
  const outputTitle =
    descriptor && facts.local_authority ? writeTitle(descriptor, facts.local_authority) : title ? textOf(blocks[title.index]!) : '';

  // The judgement table, rows in the framework's order for a published report.
  let table = body.find(
    (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.rows.length > 1 && /^judgements?$/i.test(b.rows[0]![0] ?? ''),
  );
  if (table && published && facts.dates) {
    const ordered = inFrameworkOrder(table, facts.dates.slice(0, 10));
    if (ordered !== table) {
      warnings.push({
        code: 'table-reordered',
        severity: 'info',
        message: 'The judgement table was printed in another order; its rows are in the framework’s order here.',
        source: table.source,
      });
      body = body.map((b) => (b === table ? ordered : b));
      table = ordered;
    }
  }

  const isLetter = printedForm(facts.ilacs) === 'letter';
  body = body.map((block) =>
    block.kind === 'paragraph' && looksLikeSectionHeading(block.text, isLetter)
      ? { kind: 'heading', level: 2, text: block.text, source: block.source }
      : block,
  );
  body = body.map((block) => (block.kind === 'heading' ? mapHeading(block, isLetter, published) : block));
  body = indentedItemsAsBullets(body);

  if (facts.ilacs === 'focused-visit' && !facts.focus) {
    const focus = statedFocus(paragraphs.slice(0, 8));
    if (focus) facts.focus = focus.focus;
    else {
      warnings.push({
        code: 'focus-missing',
        severity: 'warning',
        message:
          'The letter does not say which area of practice the visit looked at ("Inspectors looked at the local authority’s arrangements for ..."): add "focus:" (front door, children in need or subject to a plan, children in care, achieving permanence, care leavers, vulnerable adolescents, placement decisions for older children), or leave it out for a COVID-era visit that looked at every area.',
        anchor: { key: 'ilacs' },
      });
    }
  }
  if (facts.ilacs === 'monitoring-visit' && facts.visit_number === undefined) {
    const number = statedVisitNumber(paragraphs.slice(0, 8));
    if (number !== undefined) facts.visit_number = number;
    else
      warnings.push({
        code: 'visit-number-missing',
        severity: 'warning',
        message:
          'The letter does not say which monitoring visit this is: add "visit_number:" (1 for the first since the inadequate judgement).',
        anchor: { key: 'ilacs' },
      });
  }

  let previousHint: StatedPrevious | undefined;
  if (!facts.previous && facts.ilacs !== 'self-evaluation') previousHint = statedPrevious(paragraphs.slice(0, 12));
  if (!facts.previous && previousHint?.dates && previousHint.type) {
    // The rare document that prints the last inspection's days on site fills `previous` itself.
    facts.previous = {
      type: previousHint.type,
      dates: `${previousHint.dates.start} to ${previousHint.dates.end}`,
      ...(previousHint.grade ? { overall_effectiveness: previousHint.grade.heading } : {}),
    };
    warnings.push({
      code: 'previous-from-text',
      severity: 'info',
      message: `"previous" read from the document: "${previousHint.sentence}" Check its type.`,
      anchor: { key: 'previous' },
    });
    previousHint = undefined;
  } else if (!facts.previous && facts.ilacs !== 'self-evaluation') {
    warnings.push({
      code: 'previous-missing',
      severity: 'warning',
      message: previousHint
        ? `"previous" is left for you: the document says the last inspection was in ${previousHint.when}${previousHint.grade ? `, judged ${previousHint.grade.heading}` : ''}, but not its days on site. Uncomment the "previous:" block and fill in its type and dates from that inspection's report.`
        : '"previous" is left for you: the document does not say when the last graded inspection was. Uncomment the "previous:" block and fill it in from that inspection’s report.',
      anchor: { key: 'previous' },
    });
  }

  if (!facts.ilacs)
    warnings.push({
      code: 'type-unknown',
      severity: 'warning',
      message:
        'The document type could not be told from the document: no title such as "Inspection of <authority> local authority children’s services" or "Focused visit to <authority> children’s services". Set "ilacs:".',
      anchor: { title: true },
    });
  if (!facts.local_authority)
    warnings.push({
      code: 'authority-unknown',
      severity: 'warning',
      message: title
        ? `The title names an authority that is not one of the 153 ("${title.authorityText}"): set "local_authority:".`
        : 'No authority found: set "local_authority:".',
      anchor: { title: true },
    });
  if (facts.ilacs === 'self-evaluation' && !facts.period)
    warnings.push({
      code: 'period-missing',
      severity: 'warning',
      message: 'Set "period:" to the dates the self-evaluation covers ("2024-04-01 to 2025-03-31").',
      anchor: { title: true },
    });
  if (published && !facts.published && title && !title.type) {
    warnings.push({
      code: 'published-missing',
      severity: 'info',
      message: 'Reports do not print their publication date: add "published:" from Ofsted’s page for the report if you need it.',
      anchor: { key: 'ilacs' },
    });
  }
  if (!facts.dates && facts.ilacs !== 'self-evaluation')
    warnings.push({
      code: 'dates-missing',
      severity: 'warning',
      message: 'The days on site are not printed in a form that could be read ("Inspection dates: 20 to 24 January 2025"): set "dates:".',
      anchor: { title: true },
    });
  if (!facts.lead_inspector && facts.ilacs !== 'self-evaluation') {
    warnings.push({
      code: 'lead-inspector-missing',
      severity: 'info',
      message: 'No lead inspector is printed: "lead_inspector" is left out.',
      anchor: { title: true },
    });
  }
  if (isLetter && table)
    warnings.push({
      code: 'letter-with-table',
      severity: 'warning',
      message: 'A letter carries no judgement table, but this one has a table: kept as printed.',
      anchor: { block: table },
    });

  return { frontMatter: facts, stated, ...(previousHint ? { previousHint } : {}), title: outputTitle, body, warnings };
}

/**
 * A paragraph that is, word for word, one of Ofsted's section headings: a heading whose boldness did
 * not survive (a font without "Bold" in its name, a Word heading typed as a plain paragraph).
 */
function looksLikeSectionHeading(text: string, isLetter: boolean): boolean {
  if (text.length > 160) return false;
  if (isWhatNeedsToImproveHeading(text)) return true;
  return isLetter ? isLetterSectionHeading(text) : readJudgementHeading(text) !== undefined;
}

/**
 * Under an improvement heading, paragraphs set in from the margin are the list's items whose marks
 * were drawn rather than printed as letters: they become bullets, as the checks expect.
 */
function indentedItemsAsBullets(blocks: Block[]): Block[] {
  let inImprovements = false;
  return blocks.map((block) => {
    if (block.kind === 'heading')
      inImprovements = /^what needs to improve|^areas? for (improvement|development|priority action)/i.test(block.text);
    if (inImprovements && block.kind === 'paragraph' && block.indented)
      return { kind: 'bullet', depth: 0, text: block.text, source: block.source };
    return block;
  });
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}

function inFrameworkOrder(table: Extract<Block, { kind: 'table' }>, start: string): Extract<Block, { kind: 'table' }> {
  const order = builtinDomain.frameworkFor(start).table.map((area) => area.id);
  const rows = table.rows.slice(1);
  const areas = rows.map((row) => matchArea(row[0] ?? '')?.area.id);
  if (areas.some((a) => a === undefined) || new Set(areas).size !== areas.length) return table;
  const sorted = [...rows].sort((a, b) => order.indexOf(matchArea(a[0]!)!.area.id) - order.indexOf(matchArea(b[0]!)!.area.id));
  if (sorted.every((row, i) => row === rows[i])) return table;
  return { ...table, rows: [table.rows[0]!, ...sorted] };
}

function mapHeading(block: Extract<Block, { kind: 'heading' }>, isLetter: boolean, published: boolean): Block {
  const text = block.text;
  if (isLetter) {
    const section = isLetterSectionHeading(text);
    return { ...block, level: section ? 2 : 3, text: section && published ? normaliseLetterHeading(text) : text };
  }
  if (isWhatNeedsToImproveHeading(text)) return { ...block, level: 2, text: published ? 'What needs to improve?' : text };
  const judgement = readJudgementHeading(text);
  if (judgement) return { ...block, level: 2, text: published ? `${judgement.printedArea}: ${judgement.grade.heading}` : text };
  return { ...block, level: block.level <= 2 ? 2 : 3 };
}
