import type { JudgementAreaId } from '../framework/judgement-areas.js';
import { builtinDomain, type Domain } from '../framework/domain.js';
import {
  matchSelfEvaluationSubsection,
  type SelfEvaluationSubsection,
  type SelfEvaluationSubsectionId,
} from '../framework/document-types/self-evaluation.js';
import type { TextRange } from '../parse/line-index.js';
import type { Heading, ParsedDraft, Section, TextBlock } from '../parse/model.js';

/**
 * The shape of a self-evaluation as its rules (and editor tools) see it: each judgement-area section,
 * the level-3 sub-headings under it, and the list items under each sub-heading. Derived from the
 * parse on demand, like the other queries.
 */

export interface SubsectionPlace {
  subsection: SelfEvaluationSubsection;
  heading: Heading;
  /** From the end of the sub-heading line to the next heading of level 1 to 3, or the end of the area section. */
  contentRange: TextRange;
}

export interface AreaOutline {
  section: Section;
  sectionIndex: number;
  area: JudgementAreaId;
  /** Known sub-headings in document order (repeats included). */
  subsections: SubsectionPlace[];
  /** Level-3 headings that are not one of the known sub-headings. */
  otherHeadings: Heading[];
}

/** One item of a list: its first paragraph (where findings go) and the text of the whole item, nested items included. */
export interface ListEntry {
  range: TextRange;
  text: string;
}

const outlineCache = new WeakMap<ParsedDraft, WeakMap<Domain, AreaOutline[]>>();
const sortedBlocksCache = new WeakMap<ParsedDraft, TextBlock[]>();

/** Judgement-area sections of a self-evaluation, overall effectiveness excepted (it has no sub-headings). */
export function selfEvaluationOutline(draft: ParsedDraft, domain: Domain = builtinDomain): AreaOutline[] {
  let byDomain = outlineCache.get(draft);
  if (!byDomain) outlineCache.set(draft, (byDomain = new WeakMap()));
  const cached = byDomain.get(domain);
  if (cached) return cached;
  const outlines: AreaOutline[] = [];
  draft.sections.forEach((section, sectionIndex) => {
    const matched = domain.matchArea(section.heading.name)?.area;
    if (!matched || matched.kind === 'overall') return;
    const area = matched.id;
    const subsections: SubsectionPlace[] = [];
    const otherHeadings: Heading[] = [];
    for (const heading of section.subheadings) {
      if (heading.level !== 3) continue;
      const subsection = matchSelfEvaluationSubsection(heading.text);
      if (!subsection) {
        otherHeadings.push(heading);
        continue;
      }
      subsections.push({ subsection, heading, contentRange: { start: heading.range.end, end: contentEnd(draft, heading, section) } });
    }
    outlines.push({ section, sectionIndex, area, subsections, otherHeadings });
  });
  byDomain.set(domain, outlines);
  return outlines;
}

/** Index of the first item whose start is at or after `offset`, in items sorted by start. */
function firstAtOrAfter<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (startOf(items[mid]!) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function contentEnd(draft: ParsedDraft, heading: Heading, section: Section): number {
  // Headings are in document order, so the search stays logarithmic however long the draft is.
  for (let i = firstAtOrAfter(draft.headings, heading.range.end, (h) => h.range.start); i < draft.headings.length; i++) {
    const next = draft.headings[i]!;
    if (next.range.start >= section.range.end) break;
    if (next.level <= 3) return next.range.start;
  }
  return section.range.end;
}

/** Text blocks whose start lies in the range, in document order. */
export function blocksIn(draft: ParsedDraft, range: TextRange): TextBlock[] {
  let sorted = sortedBlocksCache.get(draft);
  if (!sorted) {
    // An item with no paragraph of its own is recorded when it closes, after its nested items: sort once.
    sorted = [...draft.blocks].sort((a, b) => a.range.start - b.range.start);
    sortedBlocksCache.set(draft, sorted);
  }
  const found: TextBlock[] = [];
  for (let i = firstAtOrAfter(sorted, range.start, (b) => b.range.start); i < sorted.length && sorted[i]!.range.start < range.end; i++)
    found.push(sorted[i]!);
  return found;
}

/** True when a table starts in the range. */
export function hasTableIn(draft: ParsedDraft, range: TextRange): boolean {
  const i = firstAtOrAfter(draft.tables, range.start, (t) => t.range.start);
  return i < draft.tables.length && draft.tables[i]!.range.start < range.end;
}

/**
 * Top-level list items in a range: each item starts at a list paragraph at the shallowest list depth
 * there, and takes in its continuation paragraphs and nested items. Prose between lists is skipped.
 */
export function listEntriesIn(draft: ParsedDraft, range: TextRange): ListEntry[] {
  const blocks = blocksIn(draft, range);
  let topDepth = Infinity;
  for (const block of blocks) if (block.listItem && block.listDepth < topDepth) topDepth = block.listDepth;
  if (topDepth === Infinity) return [];
  const entries: ListEntry[] = [];
  let current: ListEntry | undefined;
  for (const block of blocks) {
    if (block.listItem && block.listDepth === topDepth) {
      current = { range: block.range, text: block.text };
      entries.push(current);
    } else if (current && block.listDepth >= topDepth && block.listDepth > 0) {
      current.text += `\n${block.text}`;
    } else {
      current = undefined;
    }
  }
  return entries;
}

export interface OutlineEntry {
  outline: AreaOutline;
  place: SubsectionPlace;
  entry: ListEntry;
}

/** Every non-empty item listed under one kind of sub-heading, across the judgement areas. */
export function selfEvaluationEntries(draft: ParsedDraft, id: SelfEvaluationSubsectionId, domain: Domain = builtinDomain): OutlineEntry[] {
  const found: OutlineEntry[] = [];
  for (const outline of selfEvaluationOutline(draft, domain)) {
    for (const place of outline.subsections) {
      if (place.subsection.id !== id) continue;
      for (const entry of listEntriesIn(draft, place.contentRange)) {
        if (entry.text.trim() !== '') found.push({ outline, place, entry });
      }
    }
  }
  return found;
}
