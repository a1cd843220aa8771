import { documentTypes, type DocumentTypeId } from '../framework/document-types.js';
import { draftSkeleton } from '../framework/skeleton.js';
import { addDays, dayOfWeek } from '../cadence/iso-date.js';
import type { DraftFacts } from '../engine/facts.js';
import type { ParsedDraft } from '../parse/model.js';
import { escapeSnippet, placeholder } from './snippets.js';
import type { EditorCompletion, EditorOptions } from './types.js';

/** Stands for the authority while the skeleton is built, then becomes a snippet placeholder. */
const authorityMark = 'AUTHORITY\u0000';
const datesLine = /^(dates|period): (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/m;

/**
 * A whole new draft per document type, from the core's skeleton (the same one `ilacs new` writes),
 * for an empty file; for a draft whose body is still empty, the body for its type.
 */
export function skeletonCompletions(draft: ParsedDraft, facts: DraftFacts, offset: number, options: EditorOptions): EditorCompletion[] {
  if (draft.text.trim() === '') {
    return documentTypes.map((type, index) => ({
      label: `${type.name} draft`,
      kind: 'skeleton' as const,
      insertText: skeletonSnippet(type.id, startFor(type.id, options.today)),
      snippet: true,
      range: { start: 0, end: draft.text.length },
      detail: 'New ILACS draft',
      documentation: `A new ${type.name.toLowerCase()} draft: front matter, title${type.kind === 'report' ? ', judgement table' : ''} and every required section. ${type.description}`,
      filterText: `ilacs ${type.id}`,
      sortText: String(index),
    }));
  }
  const bodyBlank = draft.frontMatter?.closed && draft.text.slice(draft.bodyStart).trim() === '' && offset >= draft.bodyStart;
  if (!bodyBlank || !facts.type) return [];
  const start = (facts.type === 'self-evaluation' ? facts.period?.start : facts.dates?.start) ?? startFor(facts.type, options.today);
  const end = facts.type === 'self-evaluation' ? facts.period?.end : facts.dates?.end;
  const full = draftSkeleton({ type: facts.type, authority: facts.authority?.name ?? facts.authorityName ?? 'Authority', start, ...(end ? { end } : {}) });
  const body = full.slice(full.indexOf('\n---\n') + 5).replace(/^\n+/, '');
  return [
    {
      label: `${documentTypes.find((t) => t.id === facts.type)!.name} body`,
      kind: 'skeleton',
      insertText: escapeSnippet(body),
      snippet: true,
      range: { start: draft.bodyStart, end: draft.text.length },
      documentation: 'The title, judgement table and required sections for this draft’s type and framework.',
      filterText: `ilacs ${facts.type}`,
    },
  ];
}

/** The next Monday from today (or a fixed example date when the caller gave no date). */
function startFor(type: DocumentTypeId, today: string | undefined): string {
  const base = today ?? '2025-01-06';
  if (type === 'self-evaluation') return `${Number(base.slice(0, 4)) - (base.slice(5) < '04-01' ? 1 : 0)}-04-01`;
  return addDays(base, (8 - dayOfWeek(base)) % 7 || 7);
}

function skeletonSnippet(type: DocumentTypeId, start: string): string {
  const text = escapeSnippet(draftSkeleton({ type, authority: authorityMark, start }));
  return text
    .replace(datesLine, (_all, key: string, from: string, to: string) => `${key}: ${placeholder(2, from)} to ${placeholder(3, to)}`)
    .split(authorityMark)
    .join('${1:Authority}');
}
