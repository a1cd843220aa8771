import { type DocumentType, type Domain, type DraftFacts, draftSkeleton, type ParsedDraft } from '@ilacs/core';
import { escapeSnippet, placeholder } from './snippets.js';
import { domainOf, type EditorCompletion, type EditorOptions } from './types.js';

/** Stands for the authority while the skeleton is built, then becomes a snippet placeholder. */
const authorityMark = 'AUTHORITY\u0000';
const datesLine = /^(dates|period): (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/m;

/**
 * A whole new draft per document type, from the core's skeleton (the same one `ilacs new` writes),
 * for an empty file; for a draft whose body is still empty, the body for its type.
 */
export function skeletonCompletions(draft: ParsedDraft, facts: DraftFacts, offset: number, options: EditorOptions): EditorCompletion[] {
  const domain = domainOf(options);
  if (draft.text.trim() === '') {
    return domain.documentTypes.map((type, index) => ({
      label: `${type.name} draft`,
      kind: 'skeleton' as const,
      insertText: skeletonSnippet(type, startFor(type, options.today), domain),
      snippet: true,
      range: { start: 0, end: draft.text.length },
      detail: 'New ILACS draft',
      documentation: `A new ${type.name.toLowerCase()} draft: front matter, title${type.judgementTable ? ', judgement table' : ''} and every required section. ${type.description}`,
      filterText: `ilacs ${type.id}`,
      sortText: String(index),
    }));
  }
  const bodyBlank = draft.frontMatter?.closed && draft.text.slice(draft.bodyStart).trim() === '' && offset >= draft.bodyStart;
  const document = facts.document;
  if (!bodyBlank || !document) return [];
  const span = document.span.key === 'period' ? facts.period : facts.dates;
  const start = span?.start ?? startFor(document, options.today);
  const full = draftSkeleton(
    {
      type: document.id,
      authority: facts.authority?.name ?? facts.authorityName ?? 'Authority',
      start,
      ...(span ? { end: span.end } : {}),
    },
    domain,
  );
  const body = full.slice(full.indexOf('\n---\n') + 5).replace(/^\n+/, '');
  return [
    {
      label: `${document.name} body`,
      kind: 'skeleton',
      insertText: escapeSnippet(body),
      snippet: true,
      range: { start: draft.bodyStart, end: draft.text.length },
      documentation: 'The title, judgement table and required sections for this draft’s type and framework.',
      filterText: `ilacs ${facts.type}`,
    },
  ];
}

/** The type's suggested first day from today (or from a fixed example date when the caller gave no date). */
function startFor(type: DocumentType, today: string | undefined): string {
  return type.skeleton.suggestedStart(today ?? '2025-01-06');
}

function skeletonSnippet(type: DocumentType, start: string, domain: Domain): string {
  const text = escapeSnippet(draftSkeleton({ type: type.id, authority: authorityMark, start }, domain));
  return text
    .replace(datesLine, (_all, key: string, from: string, to: string) => `${key}: ${placeholder(2, from)} to ${placeholder(3, to)}`)
    .split(authorityMark)
    .join('${1:Authority}');
}
