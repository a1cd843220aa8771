import { printedForm } from '../ofsted/domain.js';
import { parseDraft } from '@ilacs/core';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { ConvertError } from '../errors.js';

/** A run of text with its emphasis, as the draft writes it. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export type DocBlock =
  | { kind: 'heading'; level: number; inlines: Inline[]; line: number }
  | { kind: 'paragraph'; inlines: Inline[]; depth: number; line: number }
  | { kind: 'item'; ordered: boolean; number?: number; depth: number; inlines: Inline[]; line: number }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][]; judgements: boolean; line: number }
  | { kind: 'code'; text: string; line: number }
  | { kind: 'rule'; line: number };

/** A draft read for export: its front matter, its title and its body as blocks. */
export interface DraftDocument {
  frontMatter: Record<string, unknown>;
  /** The YAML between the fences, exactly as written. */
  frontMatterText: string;
  type?: string;
  kind: 'report' | 'letter' | 'other';
  title?: string;
  blocks: DocBlock[];
}

const markdown = new MarkdownIt('commonmark', { html: false }).enable('table');

/** Plain text of inline runs. */
export const plain = (inlines: readonly Inline[]) => inlines.map((i) => i.text).join('');

/**
 * Reads a draft for export. Throws a {@link ConvertError} at the place a draft cannot be read: broken
 * YAML, an unclosed front matter, or no `ilacs` front matter at all.
 */
export function readDraftDocument(text: string): DraftDocument {
  const parsed = parseDraft(text);
  const fatal = parsed.problems.find((p) => p.code !== 'yaml-warning');
  if (fatal) {
    const at = parsed.lines.positionAt(fatal.range.start);
    throw new ConvertError('draft-unreadable', `The draft cannot be read: ${fatal.message}`, { line: at.line + 1, column: at.column + 1 });
  }
  if (!parsed.isDraft || !parsed.frontMatter) {
    throw new ConvertError(
      'not-a-draft',
      'This is not a draft: it has no front matter with an "ilacs" key (for example "ilacs: short-inspection").',
      { line: 1, column: 1 },
    );
  }
  const data = (parsed.frontMatter.data ?? {}) as Record<string, unknown>;
  const type = typeof data.ilacs === 'string' ? data.ilacs : undefined;
  const content = parsed.frontMatter.contentRange;
  const bodyLine = parsed.lines.lineOf(parsed.bodyStart);
  const tokens = markdown.parse(text.slice(parsed.bodyStart), {});
  const blocks = blocksFromTokens(tokens, bodyLine);
  const titleIndex = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const title = titleIndex >= 0 ? plain((blocks[titleIndex] as { inlines: Inline[] }).inlines) : undefined;
  if (titleIndex >= 0) blocks.splice(titleIndex, 1);
  return {
    frontMatter: data,
    frontMatterText: text.slice(content.start, content.end),
    ...(type ? { type } : {}),
    kind: printedForm(type),
    ...(title !== undefined ? { title } : {}),
    blocks,
  };
}

function inlinesOf(token: Token | undefined): Inline[] {
  const result: Inline[] = [];
  let bold = 0;
  let italic = 0;
  let link: string | undefined;
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        link = String(child.attrGet('href') ?? '') || undefined;
        break;
      case 'link_close':
        link = undefined;
        break;
      case 'softbreak':
      case 'hardbreak':
        result.push({ text: ' ' });
        break;
      case 'code_inline':
        result.push({ text: child.content, code: true });
        break;
      case 'text':
      case 'html_inline':
        if (child.content)
          result.push({
            text: child.content,
            ...(bold ? { bold: true } : {}),
            ...(italic ? { italic: true } : {}),
            ...(link ? { link } : {}),
          });
        break;
      default:
        if (child.content) result.push({ text: child.content });
    }
  }
  // Neighbouring runs with the same emphasis are one run.
  return result.reduce<Inline[]>((runs, run) => {
    const last = runs.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code && last.link === run.link)
      last.text += run.text;
    else runs.push({ ...run });
    return runs;
  }, []);
}

function blocksFromTokens(tokens: Token[], lineBase: number): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let pendingItem: { ordered: boolean; number?: number } | undefined;
  const lineOf = (token: Token) => lineBase + (token.map?.[0] ?? 0) + 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), inlines: inlinesOf(tokens[i + 1]), line: lineOf(token) });
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 0 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1)!;
        pendingItem = list.ordered ? { ordered: true, number: Number(token.info || list.next) } : { ordered: false };
        if (list.ordered) list.next = (pendingItem.number ?? list.next) + 1;
        break;
      }
      case 'paragraph_open': {
        const inlines = inlinesOf(tokens[i + 1]);
        const depth = Math.max(0, lists.length - 1);
        if (pendingItem) {
          blocks.push({
            kind: 'item',
            ordered: pendingItem.ordered,
            ...(pendingItem.number !== undefined ? { number: pendingItem.number } : {}),
            depth,
            inlines,
            line: lineOf(token),
          });
          pendingItem = undefined;
        } else {
          blocks.push({ kind: 'paragraph', inlines, depth: lists.length, line: lineOf(token) });
        }
        break;
      }
      case 'table_open': {
        const line = lineOf(token);
        const rows: Inline[][][] = [];
        let row: Inline[][] | undefined;
        for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
          const t = tokens[i]!;
          if (t.type === 'tr_open') row = [];
          else if (t.type === 'tr_close' && row) rows.push(row);
          else if (t.type === 'inline' && row) row.push(inlinesOf(t));
        }
        const [header = [], ...body] = rows;
        blocks.push({ kind: 'table', header, rows: body, judgements: /^judgements?$/i.test(plain(header[0] ?? []).trim()), line });
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', text: token.content.replace(/\n$/, ''), line: lineOf(token) });
        break;
      case 'hr':
        blocks.push({ kind: 'rule', line: lineOf(token) });
        break;
      default:
        break;
    }
  }
  return blocks;
}
