import { findAuthority, namesAuthority } from '../framework/authorities.js';
import { normaliseForComparison } from '../framework/judgement-areas.js';
import { writeTitle, type DocumentType } from '../framework/document-types/document-type.js';
import type { DateSpan } from '../cadence/iso-date.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  meta: {
    id: 'title',
    description: 'The draft has one level-1 title that matches its document type and authority.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    docs: `Reports: \`# Inspection of <authority> local authority children's services\`. Focused visits:
\`# Focused visit to <authority> children's services\`. Monitoring visits: \`# Monitoring visit to <authority>
children's services\`. Self-evaluations: \`# <authority> children's services self-evaluation <year> to <year>\`.

The authority in the title may be written in any of the front matter's authority's real forms: an
accepted alias ("Hull" for Kingston upon Hull), its corporate name ("London Borough of Hackney") or the
children's trust that runs its services ("Sandwell Children’s Trust"), as real titles sometimes are. Case, typographic apostrophes and spacing are forgiven. The fix
rewrites the title from the front matter; it is offered only when the authority is known.
A second level-1 heading is also reported.`,
  },
  check({ draft, facts, report }) {
    // An unknown authority is the schema rule's finding; a title check against it would only echo it.
    const document = facts.document;
    if (!document || !facts.authorityName || !facts.authority) return;
    const span = document.span.key === 'period' ? facts.period : facts.dates;
    const expected = writeTitle(document, facts.authorityName, span);
    const title = draft.title;
    if (!title) {
      const insertAt = draft.bodyStart;
      report({
        message: `Missing title: expected "# ${expected}".`,
        range: { start: insertAt, end: insertAt },
        fix: { description: 'Insert the title', edits: [{ range: { start: insertAt, end: insertAt }, newText: `\n# ${expected}\n` }] },
      });
      return;
    }
    if (!titleMatches(title.text, document, facts.authorityName, span)) {
      report({
        message: `Title "${title.text}" does not match the front matter: expected "${expected}".`,
        range: title.textRange,
        fix: { description: 'Rewrite the title from the front matter', edits: [{ range: title.textRange, newText: expected }] },
        data: { expected },
      });
    }
    for (const extra of draft.headings.filter((h) => h.level === 1 && h !== title)) {
      report({ message: `A draft has one level-1 title; "${extra.text}" is a second one: use "##" for sections.`, range: extra.textRange });
    }
  },
});

function titleMatches(text: string, document: DocumentType, authorityName: string, span: DateSpan | undefined): boolean {
  const actual = normaliseForComparison(text);
  if (actual === normaliseForComparison(writeTitle(document, authorityName, span))) return true;
  const before = normaliseForComparison(document.title.before);
  const after = normaliseForComparison(document.title.after);
  const ending = normaliseForComparison(document.title.ending?.(span) ?? '');
  if (!actual.startsWith(before) || !actual.endsWith(ending)) return false;
  const rest = actual.slice(before.length, actual.length - ending.length).trim();
  if (!rest.endsWith(after)) return false;
  const own = findAuthority(authorityName);
  return own !== undefined && namesAuthority(rest.slice(0, rest.length - after.length), own);
}
