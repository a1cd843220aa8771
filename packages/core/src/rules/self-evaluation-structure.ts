import { selfEvaluationSubsections, type SelfEvaluationSubsectionId } from '../framework/document-types/self-evaluation.js';
import { defineRule } from '../engine/types.js';
import { blocksIn, listEntriesIn, selfEvaluationOutline, type AreaOutline, type SubsectionPlace } from '../self-evaluation/outline.js';
import type { ParsedDraft } from '../parse/model.js';

const order = new Map<SelfEvaluationSubsectionId, number>(selfEvaluationSubsections.map((s, i) => [s.id, i]));

export default defineRule({
  meta: {
    id: 'self-evaluation-structure',
    description:
      'Each judgement area of a self-evaluation has the five sub-headings, in order, with Strengths and Areas for development as lists.',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Under each judgement-area section (\`## <judgement>: <optional self-assessed grade>\`) a self-evaluation
answers the framework's three questions, with its strengths and areas for development listed between
them. The level-3 sub-headings, in this order, are:
${selfEvaluationSubsections.map((s) => `\`### ${s.heading}\`${s.list ? ' (a list)' : ''}`).join(', ')}.
Headings are compared without case, typographic quotes or a trailing "?" or ":".

Reported: a missing sub-heading (with a suggestion that inserts it where it belongs), one out of order,
one repeated, and a \`Strengths\` or \`Areas for development\` sub-section that has writing but no list
item (each strength and area for development is one \`- \` item). Other level-3 headings are allowed
and ignored. \`## Overall effectiveness\` needs no sub-headings. Blanks are not this rule's business:
an area section with nothing in it, a sub-section with nothing under it and an empty \`- \` are
warnings from \`draft-incomplete\`, so a new skeleton has no errors. Which areas must be present is
\`required-sections\`.`,
    appliesTo: (document) => document.form === 'self-evaluation',
  },
  check({ draft, domain, report }) {
    for (const outline of selfEvaluationOutline(draft, domain)) {
      if (!hasContent(draft, outline)) continue; // a blank section: draft-incomplete
      const seen = new Map<SelfEvaluationSubsectionId, SubsectionPlace>();
      let highest: SubsectionPlace | undefined;
      for (const place of outline.subsections) {
        const earlier = seen.get(place.subsection.id);
        if (earlier) {
          report({
            message: `"### ${place.subsection.heading}" appears twice under "${outline.section.heading.name}".`,
            range: place.heading.textRange,
            related: [{ message: 'First occurrence', range: earlier.heading.textRange }],
          });
          continue;
        }
        seen.set(place.subsection.id, place);
        if (highest && order.get(place.subsection.id)! < order.get(highest.subsection.id)!) {
          report({
            message: `"### ${place.subsection.heading}" is out of order: it should come before "### ${highest.subsection.heading}".`,
            range: place.heading.textRange,
            related: [{ message: 'The sub-heading it should come before', range: highest.heading.textRange }],
          });
        } else {
          highest = place;
        }
      }
      selfEvaluationSubsections.forEach((expected, index) => {
        if (seen.has(expected.id)) return;
        const next = outline.subsections.find((p) => order.get(p.subsection.id)! > index);
        const insertAt = next ? next.heading.range.start : outline.section.range.end;
        const atEnd = !next && insertAt === draft.text.length;
        const lead = atEnd && !draft.text.endsWith('\n') ? '\n\n' : atEnd && !draft.text.endsWith('\n\n') ? '\n' : '';
        const body = expected.list ? '- \n\n' : '';
        report({
          message: `"${outline.section.heading.name}" has no "### ${expected.heading}" sub-heading.`,
          range: outline.section.heading.nameRange,
          suggestions: [
            {
              description: `Insert "### ${expected.heading}"`,
              edits: [{ range: { start: insertAt, end: insertAt }, newText: `${lead}### ${expected.heading}\n\n${body}` }],
              scope: { start: insertAt, end: insertAt },
            },
          ],
          data: { missing: expected.id },
        });
      });
      for (const place of seen.values()) {
        if (!place.subsection.list) continue;
        const written = blocksIn(draft, place.contentRange).some((b) => b.text.trim() !== '');
        if (!written || listEntriesIn(draft, place.contentRange).length > 0) continue;
        const what = place.subsection.id === 'strengths' ? 'strength' : 'area for development';
        report({
          message: `"### ${place.subsection.heading}" under "${outline.section.heading.name}" has no list: write each ${what} as a "- " item.`,
          range: place.heading.textRange,
        });
      }
    }
  },
});

function hasContent(draft: ParsedDraft, outline: AreaOutline): boolean {
  return outline.section.subheadings.length > 0 || blocksIn(draft, outline.section.range).length > 0;
}
