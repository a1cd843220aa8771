import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  builtinDomain,
  builtinRules,
  defineDocumentType,
  defineFrameworkVersion,
  draftJsonSchema,
  draftSkeleton,
  frontMatterSchemas,
  lintText,
  writeTitle,
} from '@ilacs/core';
import { consecutiveWorkingDays, firstValidSpanFrom, planCadence } from '@ilacs/core/cadence';
import { judgementAreas } from '@ilacs/core/framework';
import { dateRange, leadInspector, parseDraft, readFacts, ruleDocumentTypes } from '@ilacs/core/tools';
import { completeAt } from '../src/index.js';

/**
 * The proof that the domain is easy to change: a made-up document type and a made-up framework
 * version, registered here and nowhere else, and everything follows: schema, facts, titles, sections,
 * which rules apply, completion, skeletons and the cadence.
 */

const threeDays = consecutiveWorkingDays(3, 'three consecutive working days');
const jointVisit = defineDocumentType({
  id: 'joint-visit',
  name: 'Joint visit',
  description: 'A made-up three-day ungraded visit with partner inspectorates, looking at one theme.',
  form: 'letter',
  graded: false,
  gradeRequired: false,
  judgementTable: false,
  numberedParagraphs: false,
  frontMatter: {
    dates: dateRange.describe('The three days on site.'),
    lead_inspector: leadInspector.optional(),
    theme: z.enum(['front door', 'domestic abuse']).describe('The theme the visit looked at.'),
  },
  span: { key: 'dates', frameworkDay: 'first' },
  title: { before: 'Joint visit to ', after: " children's services" },
  sections: () => [
    { key: 'summary', heading: 'Summary of findings', variants: ['Summary'], graded: false, required: true },
    { key: 'partners', heading: 'How partners work together', variants: [], graded: false, required: false, inSkeleton: true },
  ],
  onSite: threeDays,
  publicationLag: 25,
  cadence: { role: 'visit', after: ['outstanding', 'good', 'requires-improvement', 'inadequate'] },
  skeleton: { frontMatter: ['theme: front door'], suggestedStart: (today) => firstValidSpanFrom(threeDays, today)?.start ?? today },
});

const families = {
  id: 'familiesFirst',
  title: 'The experiences and progress of children and families',
  kind: 'experiences' as const,
  description: 'A made-up judgement of the made-up 2027 framework.',
};
const version2027 = defineFrameworkVersion({
  id: '2027',
  name: 'ILACS 2027 (made up)',
  from: '2027-04-01',
  summary: 'A made-up version that merges two judgements.',
  table: [judgementAreas.leaders, families, judgementAreas.careLeavers],
  narrative: [families, judgementAreas.careLeavers, judgementAreas.leaders],
  changes: [{ kind: 'added', area: families.id }],
  cadence: {
    window: { anniversaryMonths: 24, halfWidthMonths: 3 },
    standing: (judgements) => judgements.get('leaders'),
    standingRule: 'the leaders judgement',
  },
});

const domain = builtinDomain.extend({ documentTypes: [jointVisit], frameworkVersions: [version2027] });

const visit = draftSkeleton({ type: 'joint-visit', authority: 'Leeds', start: '2027-06-08' }, domain);

describe('a made-up document type and framework version, registered from this file alone', () => {
  it('the schema follows', () => {
    const schema = frontMatterSchemas(domain).draft;
    const frontMatter = { ilacs: 'joint-visit', local_authority: 'Leeds', dates: '2027-06-08 to 2027-06-10', theme: 'front door' };
    expect(schema.safeParse(frontMatter).success).toBe(true);
    expect(schema.safeParse({ ...frontMatter, theme: 'weather' }).success).toBe(false);
    expect(schema.safeParse({ ...frontMatter, framework: 2027 }).success).toBe(true);
    expect(JSON.stringify(draftJsonSchema(domain))).toContain('"joint-visit"');
    // The built-in domain is untouched.
    expect(builtinDomain.documentType('joint-visit')).toBeUndefined();
    expect(frontMatterSchemas().draft.safeParse(frontMatter).success).toBe(false);
  });

  it('skeletons and facts follow', () => {
    expect(visit).toContain('dates: 2027-06-08 to 2027-06-10');
    expect(visit).toContain('theme: front door');
    expect(visit).toContain("# Joint visit to Leeds children's services");
    expect(visit).toContain('## How partners work together');
    const facts = readFacts(parseDraft(visit), {}, domain);
    expect(facts.document?.id).toBe('joint-visit');
    expect(facts.framework?.id).toBe('2027');
    expect(lintText(visit, { domain }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('titles, sections and the days on site are checked against the new type', () => {
    const broken = visit
      .replace('# Joint visit to Leeds', '# Focused visit to Leeds')
      .replace('## Summary of findings', '## Findings at a glance')
      .replace('2027-06-10', '2027-06-09');
    const findings = lintText(broken, { domain }).diagnostics;
    const title = findings.find((d) => d.ruleId === 'title');
    expect(title?.fix?.edits[0]?.newText).toBe(writeTitle(jointVisit, 'Leeds'));
    expect(findings.find((d) => d.ruleId === 'required-sections')?.message).toContain('Summary of findings');
    expect(findings.find((d) => d.ruleId === 'cadence-dates-fit-type')?.message).toContain('three consecutive working days');
    // An accepted variant of a heading is the same section.
    expect(
      lintText(visit.replace('## Summary of findings', '## Summary'), { domain }).diagnostics.filter(
        (d) => d.ruleId === 'required-sections',
      ),
    ).toEqual([]);
  });

  it('which rules apply follows from what the descriptor says', () => {
    const applies = (id: string) => ruleDocumentTypes(builtinRules.find((r) => r.meta.id === id)!.meta, domain) ?? [];
    expect(applies('letters-ungraded')).toContain('joint-visit');
    expect(applies('cadence-dates-fit-type')).toContain('joint-visit');
    expect(applies('judgement-table')).not.toContain('joint-visit');
    expect(applies('paragraph-numbering')).not.toContain('joint-visit');
    const graded = visit.replace('## Summary of findings', '## Summary of findings: good');
    expect(lintText(graded, { domain }).diagnostics.some((d) => d.ruleId === 'letters-ungraded')).toBe(true);
  });

  it('completion offers the new type, its keys and values, its sections and its skeleton', () => {
    const labels = (text: string, offset = text.length) =>
      completeAt(parseDraft(text), readFacts(parseDraft(text), {}, domain), offset, { domain, today: '2027-06-01' }).map((c) => c.label);
    expect(labels('---\nilacs: ')).toContain('joint-visit');
    expect(labels('---\nilacs: ')).not.toContain('joint-visit'.replace('joint', 'no'));
    expect(labels('---\nilacs: joint-visit\ntheme: ')).toEqual(['front door', 'domestic abuse']);
    expect(labels('---\nilacs: joint-visit\n')).toContain('theme');
    const withoutSection = `${visit.replace('## Summary of findings\n', '')}\n## `;
    expect(labels(withoutSection)).toContain('Summary of findings');
    expect(labels('')).toContain('Joint visit draft');
  });

  it('the new version sets the judgements, explains what changed, and drives the cadence', () => {
    const report = draftSkeleton({ type: 'short-inspection', authority: 'Leeds', start: '2027-06-07' }, domain);
    expect(report).toContain(`| ${families.title} |  |`);
    expect(report).not.toContain('Overall effectiveness');
    const graded = report.replace(/\| {2}\|/g, '| Good |').replace(/: *$/gm, ': good');
    const withOverall = graded.replace(`| ${families.title} | Good |`, `| ${families.title} | Good |\n| Overall effectiveness | Good |`);
    const explained = lintText(withOverall, { domain }).diagnostics.find((d) => d.ruleId === 'judgement-framework-version');
    expect(explained?.message).toMatch(/not judged for inspections starting from 27 April 2026 \(framework 2027\)/);
    const plan = planCadence(
      [
        { type: 'short-inspection', dates: { start: '2027-06-07', end: '2027-06-11' }, judgements: { leaders: 'good' } },
        { type: 'joint-visit', dates: { start: '2028-02-08', end: '2028-02-10' } },
      ],
      { today: '2028-03-01', domain },
    );
    expect(plan.events.map((e) => e.name)).toEqual(['Short inspection', 'Joint visit']);
    expect(plan.lastGraded?.standing).toBe('good');
    expect(plan.next?.type).toBe('short-inspection');
    expect(plan.next?.window.anniversary).toBe('2029-06-07');
    expect(plan.next?.window.opens).toBe('2029-03-07');
  });
});
