import type { ParsedDraft } from '@ilacs/core';
import { type NationalFrameworkKind, nationalFrameworkTags } from '@ilacs/core/framework';
import { whatNeedsToImproveSection } from '@ilacs/core/tools';
import type { LineContext } from './line-context.js';
import type { EditorCompletion } from './types.js';

/** Only these characters may follow the bracket for the text to be a tag being typed. */
const tagBody = /^[A-Za-z0-9 ,]*$/;
const kinds = Object.keys(nationalFrameworkTags) as NationalFrameworkKind[];

/**
 * National Framework tags after "(" or "[": in "What needs to improve?" bullets, where Ofsted puts
 * them, or anywhere once "(outcome", "(enabler" or "(principle" is typed.
 */
export function tagCompletions(draft: ParsedDraft, context: LineContext): EditorCompletion[] {
  const searchFrom = Math.max(0, context.before.length - 40);
  const tail = context.before.slice(searchFrom);
  const bracketAt = Math.max(tail.lastIndexOf('('), tail.lastIndexOf('['));
  if (bracketAt === -1) return [];
  const typed = tail.slice(bracketAt + 1);
  if (!tagBody.test(typed)) return [];
  const word = typed.trimStart().toLowerCase();
  const namesKind = kinds.some((k) => k.startsWith(word.split(/[ ,]/)[0] ?? '') && word.length > 0);
  if (!namesKind && !inWhatNeedsToImprove(draft, context.offset)) return [];
  const open = tail[bracketAt] as '(' | '[';
  const close = open === '(' ? ')' : ']';
  const start = context.lineStart + searchFrom + bracketAt;
  // Swallow a closing bracket the editor paired automatically.
  const end = context.after.startsWith(close) ? context.offset + 1 : context.offset;
  const items: EditorCompletion[] = [];
  for (const kind of kinds) {
    nationalFrameworkTags[kind].names.forEach((name, i) => {
      const text = `${open}${kind} ${i + 1}, national framework${close}`;
      items.push({
        label: text,
        kind: 'tag',
        insertText: text,
        snippet: false,
        range: { start, end },
        detail: name,
        documentation: `National Framework ${kind} ${i + 1}: ${name}.`,
        sortText: `${kinds.indexOf(kind)}${i}`,
      });
    });
  }
  return items;
}

function inWhatNeedsToImprove(draft: ParsedDraft, offset: number): boolean {
  const section = whatNeedsToImproveSection(draft)?.section;
  return section !== undefined && section.range.start <= offset && offset <= section.range.end;
}
