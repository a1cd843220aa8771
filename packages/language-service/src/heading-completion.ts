import { type Domain, type DraftFacts, type ExpectedSection, type ExpectedSubsection, type ParsedDraft, writeTitle } from '@ilacs/core';
import { gradeHeadingLabels, grades } from '@ilacs/core/framework';
import { normaliseHeading, planSections } from '@ilacs/core/tools';
import type { LineContext } from './line-context.js';
import { choice, escapeSnippet } from './snippets.js';
import { domainOf, type EditorCompletion, type EditorOptions } from './types.js';

const headingPrefix = /^ {0,3}(#{1,3})[ \t]+/;

/** Titles, section headings (with a grade slot) and self-evaluation sub-headings; grades after the colon. */
export function headingCompletions(
  draft: ParsedDraft,
  facts: DraftFacts,
  context: LineContext,
  options: EditorOptions = {},
): EditorCompletion[] {
  const domain = domainOf(options);
  const m = headingPrefix.exec(context.before);
  if (!m) return [];
  const level = m[1]!.length;
  const textStart = context.lineStart + m[0].length;
  const typed = context.before.slice(m[0].length);
  const range = { start: textStart, end: context.lineEnd };
  if (level === 1) return titleCompletion(facts, range);
  if (level === 3) return subheadingCompletions(draft, facts, domain, context, range);

  const colon = typed.lastIndexOf(':');
  if (colon !== -1) {
    if (!domain.matchArea(typed.slice(0, colon))) return [];
    const lead = typed.length - colon - 1 - typed.slice(colon + 1).trimStart().length;
    return gradeCompletions({ start: textStart + colon + 1 + lead, end: context.lineEnd }, 'heading');
  }
  return sectionCompletions(draft, facts, domain, context, range);
}

function titleCompletion(facts: DraftFacts, range: { start: number; end: number }): EditorCompletion[] {
  const document = facts.document;
  if (!document) return [];
  const authority = facts.authority?.name ?? facts.authorityName;
  const span = document.span.key === 'period' ? facts.period : facts.dates;
  const title = writeTitle(document, authority ?? '\u0000', span);
  const insertText = authority ? escapeSnippet(title) : title.split('\u0000').map(escapeSnippet).join('${1:Authority}');
  return [
    {
      label: authority ? title : writeTitle(document, '<authority>', span),
      kind: 'heading',
      insertText,
      snippet: true,
      range,
      documentation: 'The title Ofsted prints for this kind of document.',
    },
  ];
}

/** Grades as a heading writes them (lower case) or as a table cell does (the label). */
export function gradeCompletions(range: { start: number; end: number }, where: 'heading' | 'table'): EditorCompletion[] {
  return grades.map((g, index) => ({
    label: where === 'heading' ? g.heading : g.label,
    kind: 'grade' as const,
    insertText: where === 'heading' ? g.heading : g.label,
    snippet: false,
    range,
    detail: g.label,
    documentation: g.description,
    sortText: String(index),
  }));
}

function sectionCompletions(
  draft: ParsedDraft,
  facts: DraftFacts,
  domain: Domain,
  context: LineContext,
  range: { start: number; end: number },
): EditorCompletion[] {
  const document = facts.document;
  if (!document) return [];
  const firstDay = (document.span.key === 'period' ? facts.period : facts.dates)?.start;
  const sectionsFor = (framework: DraftFacts['framework']) => document.sections({ framework, allOutstanding: false, firstDay });
  const candidates: readonly ExpectedSection[] = facts.framework
    ? sectionsFor(facts.framework)
    : // Without dates the framework is unknown: offer every framework's headings.
      dedupe(domain.frameworkVersions.flatMap((v) => sectionsFor(v)));
  const present = new Set(
    (planSections(draft, facts, domain)?.placed ?? [])
      .filter((p) => draft.lines.lineOf(p.section.range.start) !== context.line)
      .map((p) => p.key),
  );
  return (
    candidates
      // Headings of an earlier era are recognised by the checks but no longer offered.
      .filter((s) => !present.has(s.key) && !s.earlier)
      .map((section, index) => {
        const name = section.heading.trimEnd().replace(/:$/, '');
        return {
          label: section.graded ? `${name}: <grade>` : name,
          kind: 'heading' as const,
          insertText: section.graded ? `${escapeSnippet(name)}: ${choice(1, gradeHeadingLabels)}` : escapeSnippet(name),
          snippet: true,
          range,
          filterText: name,
          sortText: String(index).padStart(2, '0'),
          ...(section.required ? {} : { detail: 'optional' }),
          ...(section.description ? { documentation: section.description } : {}),
        };
      })
  );
}

function dedupe(sections: readonly ExpectedSection[]): ExpectedSection[] {
  const seen = new Set<string>();
  return sections.filter((s) => !seen.has(s.key) && seen.add(s.key));
}

/** The sub-headings the section at the caret has, by the document type's plan (self-evaluations' five). */
function subheadingCompletions(
  draft: ParsedDraft,
  facts: DraftFacts,
  domain: Domain,
  context: LineContext,
  range: { start: number; end: number },
): EditorCompletion[] {
  const index = draft.sections.findIndex((s) => s.range.start <= context.offset && context.offset <= s.range.end);
  const plan = planSections(draft, facts, domain);
  const placed = plan?.placed.find((p) => p.index === index);
  const subsections: readonly ExpectedSubsection[] = (placed && plan?.expected[placed.order]?.subsections) || [];
  // Sub-headings already written (forgiving case, quotes and a trailing "?" or ":", as the checks do).
  const written = new Set(
    draft.sections[index]?.subheadings
      .filter((h) => draft.lines.lineOf(h.range.start) !== context.line)
      .map((h) => normaliseHeading(h.text)),
  );
  return subsections
    .filter((s) => !written.has(normaliseHeading(s.heading)))
    .map((s, index) => ({
      label: s.heading,
      kind: 'heading' as const,
      insertText: s.list ? `${escapeSnippet(s.heading)}\n\n- $0` : `${escapeSnippet(s.heading)}\n\n$0`,
      snippet: true,
      range,
      sortText: String(index),
      documentation: s.list ? 'A list; it must not be empty.' : 'One of the three questions of the self-evaluation.',
    }));
}
