import { matchGrade, type Grade } from '@ilacs/core/framework';
import { isWhatNeedsToImproveHeading, matchArea, printedForm } from '../ofsted/domain.js';
import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { formatDate, formatDateRange } from '../ofsted/dates.js';

/**
 * A markdown-it plugin that renders an ILACS draft as Ofsted publishes it: the front matter becomes
 * the title block (days on site, lead inspector) or a letter's date and signature, the judgement
 * table and graded headings carry their grades as classes, numbered paragraphs and the "What needs to
 * improve?" bullets get Ofsted's shapes. Markdown without `ilacs` front matter is left exactly as it
 * was. Pair it with {@link draftStylesheet}. It works beside markdown-it-front-matter (VS Code's
 * preview): the front matter is read from that plugin's token when it took the block first.
 */
export function ilacsDraftPlugin(md: MarkdownIt): void {
  md.block.ruler.before('table', 'ilacs_front_matter', frontMatterRule, { alt: [] });
  md.core.ruler.push('ilacs_draft', (state) => decorate(state));
  const escapeHtml = md.utils.escapeHtml;
  md.renderer.rules.ilacs_front_matter = () => '';
  md.renderer.rules.ilacs_draft_open = (tokens, index) =>
    `<div class="${escapeHtml(String(tokens[index]!.attrGet('class') ?? 'ilacs-draft'))}">\n`;
  md.renderer.rules.ilacs_draft_close = () => '</div>\n';
  md.renderer.rules.ilacs_title_block = (tokens, index) => {
    const lines = (tokens[index]!.meta as { lines: { label: string; value: string }[] }).lines;
    return `<div class="ilacs-title-block">\n${lines.map((l) => `<p class="ilacs-title-line"><strong>${escapeHtml(l.label)}:</strong> ${escapeHtml(l.value)}</p>\n`).join('')}</div>\n`;
  };
  md.renderer.rules.ilacs_letter_date = (tokens, index) =>
    `<p class="ilacs-letter-date">${escapeHtml(String(tokens[index]!.meta?.date ?? ''))}</p>\n`;
  md.renderer.rules.ilacs_letter_close = (tokens, index) => {
    const { valediction, signature } = tokens[index]!.meta as unknown as { valediction: string; signature: string[] };
    return `<div class="ilacs-letter-close">\n<p>${escapeHtml(valediction)}</p>\n<p class="ilacs-signature">${signature.map(escapeHtml).join('<br>\n')}</p>\n</div>\n`;
  };
}

/** Front matter fenced by "---" at the very start (a byte-order mark allowed), kept out of the rendering. */
function frontMatterRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || state.blkIndent !== 0) return false;
  const lineText = (line: number) => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
  if (
    lineText(0)
      .replace(/^\uFEFF/, '')
      .trimEnd() !== '---'
  )
    return false;
  let end = 1;
  while (end < endLine && !/^(---|\.\.\.)\s*$/.test(lineText(end))) end++;
  if (end >= endLine) return false;
  if (silent) return true;
  const token = state.push('ilacs_front_matter', '', 0);
  token.hidden = true;
  token.meta = { yaml: state.src.slice(state.bMarks[1]!, state.bMarks[end]!) };
  token.map = [0, end + 1];
  state.line = end + 1;
  return true;
}

/** What the rendering needs from the front matter; undefined for Markdown that is not a draft. */
interface DraftFacts {
  type: string;
  dates?: string;
  period?: string;
  lead?: string;
  published?: string;
}

function readFacts(yamlText: string): DraftFacts | undefined {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || typeof (data as { ilacs?: unknown }).ilacs !== 'string') return undefined;
  const record = data as Record<string, unknown>;
  const text = (key: string) =>
    typeof record[key] === 'string' && (record[key] as string).trim() ? (record[key] as string).trim() : undefined;
  const facts: DraftFacts = { type: record.ilacs as string };
  const dates = text('dates');
  const period = text('period');
  const lead = text('lead_inspector');
  const published = text('published');
  return {
    ...facts,
    ...(dates ? { dates } : {}),
    ...(period ? { period } : {}),
    ...(lead ? { lead } : {}),
    ...(published ? { published } : {}),
  };
}

const rangePattern = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/;
const printedRange = (value: string) => {
  const m = rangePattern.exec(value);
  return m ? formatDateRange(m[1]!, m[2]!) : value;
};

function addClass(token: Token, name: string): void {
  const current = token.attrGet('class');
  token.attrSet('class', current ? `${current} ${name}` : name);
}

const gradeClass = (grade: Grade) => `ilacs-grade ilacs-grade-${grade.id}`;

function decorate(state: StateCore): void {
  const tokens = state.tokens;
  const frontMatter = tokens.find((t) => t.type === 'ilacs_front_matter' || t.type === 'front_matter');
  if (!frontMatter) return;
  // markdown-it-front-matter (VS Code) keeps the YAML as a string in `meta`; this plugin's own rule in `meta.yaml`.
  const meta = frontMatter.meta as unknown;
  const yamlText = typeof meta === 'string' ? meta : String((meta as { yaml?: unknown } | null)?.yaml ?? frontMatter.content ?? '');
  const facts = readFacts(yamlText);
  if (!facts) return;
  const kind = printedForm(facts.type);
  const make = (type: string, meta?: Record<string, unknown>) => {
    const token = new state.Token(type, '', 0);
    token.block = true;
    if (meta !== undefined) token.meta = meta;
    return token;
  };

  // Grades and shapes on the table, the headings and the lists.
  let judgementTable = false;
  let improvementList = false;
  let gradeColumn = -1;
  let column = -1;
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const inline = tokens[i + 1];
    switch (token.type) {
      case 'table_open': {
        const firstHeader = tokens.slice(i, i + 6).find((t: Token) => t.type === 'inline');
        judgementTable = /^judgements?$/i.test(firstHeader?.content.trim() ?? '');
        if (judgementTable) addClass(token, 'ilacs-judgements');
        break;
      }
      case 'thead_open':
        inHead = true;
        column = -1;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        column = -1;
        break;
      case 'th_open':
      case 'td_open':
        column++;
        if (judgementTable && inHead && /^grades?$/i.test(inline?.content.trim() ?? '')) gradeColumn = column;
        if (judgementTable && !inHead && column === gradeColumn) {
          const grade = matchGrade(inline?.content ?? '');
          if (grade) addClass(token, gradeClass(grade));
        }
        break;
      case 'table_close':
        judgementTable = false;
        gradeColumn = -1;
        break;
      case 'heading_open': {
        const text = inline?.content ?? '';
        improvementList = false;
        if (token.tag === 'h2' && isWhatNeedsToImproveHeading(text)) {
          addClass(token, 'ilacs-improvements-heading');
          improvementList = true;
        } else if (token.tag === 'h2' && kind !== 'letter') {
          const colon = text.lastIndexOf(':');
          const grade = colon > 0 ? matchGrade(text.slice(colon + 1)) : undefined;
          if (grade && matchArea(text.slice(0, colon))) {
            addClass(token, 'ilacs-judgement-heading');
            addClass(token, gradeClass(grade));
          }
        } else if (token.tag === 'h2' && /^what needs to improve/i.test(text)) improvementList = true;
        break;
      }
      case 'bullet_list_open':
        if (improvementList && token.level === 0) addClass(token, 'ilacs-improvements');
        break;
      case 'ordered_list_open':
        if (token.level === 0) addClass(token, 'ilacs-numbered');
        break;
      case 'list_item_open':
        // The number as written, for a hanging number that shows a slip rather than hiding it.
        if (token.level === 1 && token.markup !== '-' && token.markup !== '*' && token.markup !== '+' && token.info)
          token.attrSet('data-number', token.info);
        break;
      default:
        break;
    }
  }

  // The published frame around the text.
  const titleOpen = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const afterTitle =
    titleOpen >= 0 ? tokens.findIndex((t, i) => i > titleOpen && t.type === 'heading_close') + 1 : tokens.indexOf(frontMatter) + 1;
  if (titleOpen >= 0) addClass(tokens[titleOpen]!, 'ilacs-title');
  if (kind === 'letter') {
    const signature = facts.lead ? splitSignature(facts.lead) : [];
    tokens.push(make('ilacs_letter_close', { valediction: 'Yours sincerely', signature }));
    if (facts.published && /^\d{4}-\d{2}-\d{2}$/.test(facts.published))
      tokens.splice(titleOpen >= 0 ? titleOpen : afterTitle, 0, make('ilacs_letter_date', { date: formatDate(facts.published) }));
  } else {
    const lines: { label: string; value: string }[] = [];
    if (facts.dates) lines.push({ label: kind === 'report' ? 'Inspection dates' : 'Dates', value: printedRange(facts.dates) });
    if (facts.period) lines.push({ label: 'Period', value: printedRange(facts.period) });
    if (facts.lead) lines.push({ label: 'Lead inspector', value: facts.lead });
    if (lines.length) tokens.splice(afterTitle, 0, make('ilacs_title_block', { lines }));
  }
  const open = make('ilacs_draft_open');
  open.attrSet('class', `ilacs-draft ilacs-draft-${kind}`);
  tokens.splice(tokens.indexOf(frontMatter) + 1, 0, open);
  tokens.push(make('ilacs_draft_close'));
}

/** "Jane Smith, His Majesty's Inspector" signs as two lines: the name, then the title. */
function splitSignature(lead: string): string[] {
  const comma = lead.lastIndexOf(',');
  return comma > 0 ? [lead.slice(0, comma).trim(), lead.slice(comma + 1).trim()] : [lead];
}
