import { parseDocument } from 'htmlparser2';
import type { Block } from '../blocks.js';
import { squash } from '../blocks.js';

/** The DOM nodes htmlparser2 builds, as far as this mapping needs them. */
interface Node {
  type: string;
  name?: string;
  data?: string;
  children?: Node[];
}

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join(node.name === 'br' ? ' ' : '');

/** Every text of the node is inside <strong>: a paragraph set all in bold, which authors use for headings. */
function allBold(node: Node): boolean {
  const visit = (n: Node, bold: boolean): boolean => {
    if (n.type === 'text') return !n.data?.trim() || bold;
    return (n.children ?? []).every((c) => visit(c, bold || n.name === 'strong' || n.name === 'b'));
  };
  return textOf(node).trim().length > 0 && visit(node, false);
}

const typedNumber = /^(\d{1,3})[.)]\s+(\S[\s\S]*)$/;
const typedBullet = /^[◼■▪●•◦○▫□◾–−\-§\uf0a7\uf0b7]\s+(\S[\s\S]*)$/u;

/**
 * Maps the HTML that mammoth writes for a Word document onto blocks. Word headings become headings, a
 * paragraph set all in bold is a heading too (authors often format headings by hand), Word lists
 * become bullets and numbered paragraphs (numbers run on through the document, as Ofsted's do),
 * numbers and bullets typed by hand are recognised, and tables keep their cells.
 */
export function htmlToBlocks(html: string): Block[] {
  const dom = parseDocument(html, { decodeEntities: true }) as unknown as Node;
  const blocks: Block[] = [];
  let paragraph = 0;
  let lastNumber = 0;
  const source = () => ({ paragraph: ++paragraph });

  const pushParagraph = (node: Node) => {
    const text = squash(textOf(node));
    if (!text) return;
    const number = typedNumber.exec(text);
    const bullet = typedBullet.exec(text);
    if (number) {
      lastNumber = Number(number[1]);
      blocks.push({ kind: 'numbered', number: lastNumber, text: number[2]!, source: source() });
    } else if (bullet) blocks.push({ kind: 'bullet', depth: 0, text: bullet[1]!, source: source() });
    else if (allBold(node) && text.length <= 200 && !/[.!]$/.test(text)) blocks.push({ kind: 'heading', level: 2, text, source: source() });
    else blocks.push({ kind: 'paragraph', text, source: source() });
  };

  const list = (node: Node, ordered: boolean, depth: number) => {
    for (const item of node.children ?? []) {
      if (item.name !== 'li') continue;
      const own: Node = { type: 'tag', name: 'li', children: (item.children ?? []).filter((c) => c.name !== 'ul' && c.name !== 'ol') };
      const text = squash(textOf(own));
      if (text) {
        if (ordered && depth === 0) blocks.push({ kind: 'numbered', number: ++lastNumber, text, source: source() });
        else blocks.push({ kind: 'bullet', depth, text, source: source() });
      }
      for (const child of item.children ?? []) {
        if (child.name === 'ul' || child.name === 'ol') list(child, child.name === 'ol', depth + (text ? 1 : 0));
      }
    }
  };

  const walk = (node: Node) => {
    switch (node.name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const text = squash(textOf(node));
        if (text) blocks.push({ kind: 'heading', level: Math.min(Number(node.name[1]), 3), text, source: source() });
        return;
      }
      case 'p':
        pushParagraph(node);
        return;
      case 'ul':
      case 'ol':
        list(node, node.name === 'ol', 0);
        return;
      case 'table': {
        const rows: string[][] = [];
        const collect = (n: Node) => {
          if (n.name === 'tr')
            rows.push((n.children ?? []).filter((c) => c.name === 'td' || c.name === 'th').map((c) => squash(textOf(c))));
          else (n.children ?? []).forEach(collect);
        };
        collect(node);
        if (rows.length) blocks.push({ kind: 'table', rows, source: source() });
        return;
      }
      default:
        (node.children ?? []).forEach(walk);
    }
  };
  walk(dom);
  return blocks;
}
