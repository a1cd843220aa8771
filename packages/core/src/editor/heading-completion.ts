import { expectedSections, type ExpectedSection } from '../framework/expected-sections.js';
import { grades, gradeHeadingLabels } from '../framework/grades.js';
import { judgementAreas, matchJudgementArea } from '../framework/judgement-areas.js';
import { matchSelfEvaluationSubsection, selfEvaluationSubsections } from '../framework/sections.js';
import { expectedTitle } from '../framework/titles.js';
import { frameworkVersions } from '../framework/versions.js';
import { planSections } from '../engine/section-plan.js';
import type { DraftFacts } from '../engine/facts.js';
import type { ParsedDraft } from '../parse/model.js';
import type { LineContext } from './line-context.js';
import { choice, escapeSnippet } from './snippets.js';
import type { EditorCompletion } from './types.js';

const headingPrefix = /^ {0,3}(#{1,3})[ \t]+/;

/** Titles, section headings (with a grade slot) and self-evaluation sub-headings; grades after the colon. */
export function headingCompletions(draft: ParsedDraft, facts: DraftFacts, context: LineContext): EditorCompletion[] {
  const m = headingPrefix.exec(context.before);
  if (!m) return [];
  const level = m[1]!.length;
  const textStart = context.lineStart + m[0].length;
  const typed = context.before.slice(m[0].length);
  const range = { start: textStart, end: context.lineEnd };
  if (level === 1) return titleCompletion(facts, range);
  if (level === 3) return facts.type === 'self-evaluation' ? subheadingCompletions(draft, context, range) : [];

  const colon = typed.lastIndexOf(':');
  if (colon !== -1) {
    if (!matchJudgementArea(typed.slice(0, colon))) return [];
    const lead = typed.length - colon - 1 - typed.slice(colon + 1).trimStart().length;
    return gradeCompletions({ start: textStart + colon + 1 + lead, end: context.lineEnd }, 'heading');
  }
  return sectionCompletions(draft, facts, context, range);
}

function titleCompletion(facts: DraftFacts, range: { start: number; end: number }): EditorCompletion[] {
  if (!facts.type) return [];
  const authority = facts.authority?.name ?? facts.authorityName;
  const title = expectedTitle(facts.type, authority ?? '\u0000', facts.period);
  const insertText = authority ? escapeSnippet(title) : title.split('\u0000').map(escapeSnippet).join('${1:Authority}');
  return [{ label: authority ? title : expectedTitle(facts.type, '<authority>', facts.period), kind: 'heading', insertText, snippet: true, range, documentation: 'The title Ofsted prints for this kind of document.' }];
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

function sectionCompletions(draft: ParsedDraft, facts: DraftFacts, context: LineContext, range: { start: number; end: number }): EditorCompletion[] {
  if (!facts.type) return [];
  const candidates: ExpectedSection[] = facts.framework
    ? expectedSections(facts.type, facts.framework)
    : // Without dates the framework is unknown: offer every framework's headings.
      dedupe(frameworkVersions.flatMap((v) => expectedSections(facts.type!, v)));
  const present = new Set(
    (planSections(draft, facts)?.placed ?? []).filter((p) => draft.lines.lineOf(p.section.range.start) !== context.line).map((p) => p.key),
  );
  return candidates
    .filter((s) => !present.has(s.key))
    .map((section, index) => {
      const name = section.heading.trimEnd().replace(/:$/, '');
      const area = section.area ? judgementAreas[section.area] : undefined;
      return {
        label: section.graded ? `${name}: <grade>` : name,
        kind: 'heading' as const,
        insertText: section.graded ? `${escapeSnippet(name)}: ${choice(1, gradeHeadingLabels)}` : escapeSnippet(name),
        snippet: true,
        range,
        filterText: name,
        sortText: String(index).padStart(2, '0'),
        ...(section.required ? {} : { detail: 'optional' }),
        ...(area ? { documentation: area.description } : {}),
      };
    });
}

function dedupe(sections: ExpectedSection[]): ExpectedSection[] {
  const seen = new Set<string>();
  return sections.filter((s) => !seen.has(s.key) && seen.add(s.key));
}

function subheadingCompletions(draft: ParsedDraft, context: LineContext, range: { start: number; end: number }): EditorCompletion[] {
  const section = draft.sections.find((s) => s.range.start <= context.offset && context.offset <= s.range.end);
  // Sub-headings already written (forgiving case, quotes and a trailing "?" or ":", as the checks do).
  const present = new Set(
    section?.subheadings.filter((h) => draft.lines.lineOf(h.range.start) !== context.line).map((h) => matchSelfEvaluationSubsection(h.text)?.id),
  );
  return selfEvaluationSubsections
    .filter((s) => !present.has(s.id))
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
