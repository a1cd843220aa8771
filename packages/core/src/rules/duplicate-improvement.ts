import { defineRule } from '../engine/types.js';
import { blocksInSection } from '../engine/queries.js';
import { whatNeedsToImproveHeading } from '../framework/document-types/inspection-report.js';
import { normaliseHeading } from '../framework/sections.js';
import type { ParsedDraft, TextBlock } from '../parse/model.js';

/** "(outcome 3, national framework)", "[Enabler two]", "(enabler: leaders drive ...)": a National Framework tag. */
const frameworkTag = /[([]\s*(?:outcome|enabler|principle)\b[^()[\]]{0,120}[)\]]/gi;

/**
 * An improvement as compared: without National Framework tags, case, punctuation and typographic
 * quotes, so that "The quality of plans (Outcome 3)." and "the quality of plans" are one improvement.
 */
export function improvementKey(text: string): string {
  return text
    .replace(frameworkTag, ' ')
    .toLowerCase()
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const whatNeedsToImprove = normaliseHeading(whatNeedsToImproveHeading);

/** Headings of improvement sections: reports' "What needs to improve?", letters' improvement and priority sections. */
function isImprovementHeading(text: string): boolean {
  if (normaliseHeading(text) === whatNeedsToImprove) return true;
  const t = text
    .toLowerCase()
    .replace(/[?:.]+$/, '')
    .trim();
  return t.startsWith('what needs to improve') || /^areas? for (?:improvement|development|priority action)$/.test(t);
}

function improvementItems(draft: ParsedDraft): TextBlock[] {
  const items: TextBlock[] = [];
  draft.sections.forEach((section, index) => {
    if (!isImprovementHeading(section.heading.text)) return;
    for (const block of blocksInSection(draft, index)) if (block.listItem) items.push(block);
  });
  return items;
}

export default defineRule({
  meta: {
    id: 'duplicate-improvement',
    description: 'No improvement is listed twice under "What needs to improve?" or in a letter’s improvement sections.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `An improvement pasted twice into the list reads as careless in print. Reported: a bullet under "What
needs to improve?" (reports) or under a letter's improvement headings ("What needs to improve in this
area of social work practice?", "Areas for improvement", "Areas for development", "Areas for priority
action") that says the same as an earlier one in any of those sections. Compared without case,
punctuation, typographic quotes and National Framework tags, so "The quality of plans (outcome 3,
national framework)." and "the quality of plans (Enabler two)" are the same improvement.

The fix deletes the repeated bullet when it is written exactly as the first, tag and all, and is a
single paragraph; when the two differ in their tags or wording, which one to keep is the author's
choice, and deleting the repeat is offered as a suggestion.

Left alone: bullets that share words but say different things, paragraphs (not bullets), and lists in
other sections. Measured on the real corpus (16 reports, 30 letters): no finding.`,
    appliesTo: (document) => document.form === 'report' || document.form === 'letter',
  },
  check({ draft, report }) {
    const items = improvementItems(draft);
    const first = new Map<string, TextBlock>();
    let blockIndex: Map<TextBlock, number> | undefined;
    for (const item of items) {
      const key = improvementKey(item.text);
      if (key === '') continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, item);
        continue;
      }
      blockIndex ??= new Map(draft.blocks.map((block, index) => [block, index]));
      const next = draft.blocks[blockIndex.get(item)! + 1];
      // A second paragraph or a nested list belongs to the item: deleting its first lines would strand them.
      const singleParagraph = !(
        next &&
        next.sectionIndex === item.sectionIndex &&
        (next.listDepth > item.listDepth || (next.listDepth === item.listDepth && !next.listItem))
      );
      const lineStart = draft.lines.lineStart(draft.lines.positionAt(item.listItem!.markerRange.start).line);
      const endLine = draft.lines.positionAt(item.range.end).line;
      const lineEnd = endLine + 1 < draft.lines.lineCount ? draft.lines.lineStart(endLine + 1) : draft.text.length;
      // Whole lines go, marker and line break too: wider than the reported text, so the fix declares them.
      const lines = { start: lineStart, end: lineEnd };
      const deletion = { description: 'Delete the repeated improvement', edits: [{ range: lines, newText: '' }], scope: lines };
      const same = normaliseSpace(item.text) === normaliseSpace(earlier.text);
      report({
        message: `This improvement is listed already: "${shorten(earlier.text)}".`,
        range: item.range,
        related: [{ message: 'Listed first here', range: earlier.range }],
        ...(same && singleParagraph ? { fix: deletion } : { suggestions: [deletion] }),
      });
    }
  },
});

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  const flat = normaliseSpace(text);
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
