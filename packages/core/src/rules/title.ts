import { findAuthority } from '../framework/authorities.js';
import { normaliseForComparison } from '../framework/judgement-areas.js';
import { expectedTitle, titlePattern } from '../framework/titles.js';
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

The authority in the title may be written as any accepted alias of the front matter's authority
("Hull" for Kingston upon Hull). Case, typographic apostrophes and spacing are forgiven. The fix
rewrites the title from the front matter; it is offered only when the authority is known.
A second level-1 heading is also reported.`,
  },
  check({ draft, facts, report }) {
    // An unknown authority is the schema rule's finding; a title check against it would only echo it.
    if (!facts.type || !facts.authorityName || !facts.authority) return;
    const expected = expectedTitle(facts.type, facts.authorityName, facts.period);
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
    if (!titleMatches(title.text, facts.type, facts.authorityName, facts.period)) {
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

function titleMatches(text: string, type: Parameters<typeof expectedTitle>[0], authorityName: string, period?: { start: string; end: string }): boolean {
  const actual = normaliseForComparison(text);
  if (actual === normaliseForComparison(expectedTitle(type, authorityName, period))) return true;
  const { prefix, suffix } = titlePattern(type);
  let rest = actual;
  if (!rest.startsWith(prefix)) return false;
  rest = rest.slice(prefix.length);
  const suffixAt = rest.lastIndexOf(suffix);
  if (suffixAt === -1) return false;
  const trailing = rest.slice(suffixAt + suffix.length);
  if (type === 'self-evaluation') {
    const years = period ? ` ${period.start.slice(0, 4)} to ${period.end.slice(0, 4)}` : '';
    if (trailing !== years) return false;
  } else if (trailing !== '') {
    return false;
  }
  const named = findAuthority(rest.slice(0, suffixAt));
  const wanted = findAuthority(authorityName);
  return named !== undefined && named === wanted;
}
