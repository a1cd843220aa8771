import { stringify } from 'yaml';
import type { Block } from '../blocks.js';
import type { ConvertWarning } from '../errors.js';
import type { FrontMatterFacts, RecognisedDraft } from '../ofsted/recognise.js';

const keyOrder: readonly (keyof FrontMatterFacts)[] = [
  'ilacs',
  'local_authority',
  'dates',
  'period',
  'lead_inspector',
  'focus',
  'visit_number',
  'previous',
  'published',
  'framework',
];

/** One YAML entry, written the way the hand-checked drafts are (plain scalars, quoted only where YAML needs it). */
function yamlEntry(key: string, value: unknown): string[] {
  return stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .split('\n');
}

/**
 * Block-level Markdown that prose must not start with, or it would become a heading, a list, a quote,
 * a table or a rule: escaped with a backslash, which the Markdown reader drops again.
 */
function escapeLineStart(text: string): string {
  return text.replace(/^(#{1,6}\s|[-+*]\s|>|\d{1,9}[.)]\s|[=-]{3,}\s*$|\||```|~~~)/, (m) => `\\${m}`);
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(block.level, 2), 6))} ${block.text}`;
    case 'paragraph':
      return escapeLineStart(block.text);
    case 'bullet':
      return `${'  '.repeat(block.depth)}- ${block.text}`;
    case 'numbered':
      return `${block.number}. ${block.text}`;
    case 'table': {
      const [header, ...rows] = block.rows;
      const width = Math.max(...block.rows.map((r) => r.length));
      const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(row[i] ?? '')).join(' | ')} |`;
      return [line(header ?? []), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
    }
  }
}

/** Whether two blocks in a row are items of one list (written without a blank line between them). */
function sameList(previous: Block | undefined, block: Block): boolean {
  return previous?.kind === 'bullet' && block.kind === 'bullet';
}

/**
 * Writes a recognised document as a draft: YAML front matter, the title, then the blocks. Warnings
 * get the line of the draft they are about.
 */
export function writeDraft(draft: RecognisedDraft): { text: string; warnings: ConvertWarning[] } {
  const lines: string[] = ['---'];
  const keyLines = new Map<string, number>();
  if (draft.frontMatterText !== undefined) {
    for (const line of draft.frontMatterText.replace(/\r?\n$/, '').split(/\r?\n/)) {
      const key = /^([a-z_]+):/.exec(line)?.[1];
      if (key) keyLines.set(key, lines.length + 1);
      lines.push(line);
    }
  }
  for (const key of draft.frontMatterText === undefined ? keyOrder : []) {
    const value = draft.frontMatter[key];
    if (key === 'previous' && value === undefined && draft.frontMatter.ilacs !== 'self-evaluation') {
      keyLines.set('previous', lines.length + 1);
      lines.push(...previousTemplate(draft));
      continue;
    }
    if (value === undefined) continue;
    keyLines.set(key, lines.length + 1);
    lines.push(...yamlEntry(key, value));
  }
  lines.push('---', '');
  const titleLine = lines.length + 1;
  if (draft.title) lines.push(`# ${draft.title}`, '');
  const blockLines = new Map<Block, number>();
  let previous: Block | undefined;
  for (const block of draft.body) {
    if (previous && !sameList(previous, block)) lines.push('');
    blockLines.set(block, lines.length + 1);
    lines.push(...blockMarkdown(block).split('\n'));
    previous = block;
  }
  const text = `${lines.join('\n').replace(/\n+$/, '')}\n`;
  const warnings = draft.warnings.map((w): ConvertWarning => {
    let line: number | undefined;
    if (w.anchor && 'key' in w.anchor) line = keyLines.get(w.anchor.key) ?? 2;
    else if (w.anchor && 'block' in w.anchor) line = blockLines.get(w.anchor.block);
    else if (w.anchor && 'title' in w.anchor) line = titleLine;
    return {
      code: w.code,
      severity: w.severity,
      message: w.message,
      ...(line !== undefined ? { line } : {}),
      ...(w.source ? { source: w.source } : {}),
    };
  });
  return { text, warnings };
}

/** A commented-out `previous` block for the author to complete, with what the document says about it. */
function previousTemplate(draft: RecognisedDraft): string[] {
  const hint = draft.previousHint;
  const type = hint && hint.year < 2018 ? 'sif-inspection' : 'short-inspection  # or standard-inspection, sif-inspection';
  return [
    hint
      ? `# previous: the document says the last inspection was in ${hint.when}${hint.grade ? `, judged ${hint.grade.heading}` : ''}; fill in its days on site.`
      : '# previous: the last graded inspection; fill it in from its report.',
    '# previous:',
    `#   type: ${type}`,
    '#   dates: YYYY-MM-DD to YYYY-MM-DD',
    `#   overall_effectiveness: ${hint?.grade?.heading ?? 'good  # or outstanding, requires improvement to be good, inadequate'}`,
  ];
}
