import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinDomain, builtinRules, draftSkeleton, lintText } from '../src/index.js';
import { selfEvaluationOutline, selfEvaluationSubsections } from '../src/tools.js';

/** Whole self-evaluations: the repository's examples, the skeleton in each framework, and cost on large input. */

const examples = new URL('../../../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), 'utf8');
const findings = (text: string) => lintText(text).diagnostics.map((d) => `${d.start.line + 1} ${d.severity} ${d.ruleId}`);

describe('the self-evaluation examples', () => {
  it('the clean one has no finding at all', () => {
    expect(findings(read('self-evaluation-clean.md'))).toEqual([]);
  });

  it('the one with typical problems shows each of them', () => {
    const text = read('self-evaluation-mistakes.md');
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const found = findings(text);
    const expected = [
      `${lineOf('# Wokingham')} error title`,
      `${lineOf('- A new early help strategy')} info impact-over-process`,
      `${lineOf('### How we know it')} error self-evaluation-structure`,
      `${lineOf('- Continue to improve practice.')} warning areas-for-development-measurable`,
      `${lineOf('## The experiences and progress of children in care and care leavers')} error judgement-framework-version`,
      `${lineOf('Children in care are visited') - 2} error self-evaluation-structure`,
      // No real self-evaluations were available to confirm their structure: a missing area is a warning.
      `${lineOf('## The impact of leaders')} warning required-sections`,
      `${lineOf('## Overall effectiveness: good')} error inadequate-forces-inadequate-overall`,
    ];
    for (const finding of expected) expect(found).toContain(finding);
    expect(found.filter((f) => f.endsWith('areas-for-development-measurable'))).toHaveLength(4);
    expect(found.filter((f) => f.endsWith('impact-over-process'))).toHaveLength(3);
  });
});

describe('the self-evaluation skeleton', () => {
  it.each([
    ['2021-04-01', '2018'],
    ['2024-04-01', '2023'],
    ['2026-04-01', '2026'],
  ])('for a period from %s (framework %s) gives warnings only, one area section each', (start, frameworkId) => {
    const skeleton = draftSkeleton({ type: 'self-evaluation', authority: 'Leeds', start });
    const { diagnostics, draft, facts } = lintText(skeleton);
    expect(facts.framework?.id).toBe(frameworkId);
    expect(diagnostics.filter((d) => d.severity !== 'warning')).toEqual([]);
    expect(diagnostics.every((d) => d.ruleId === 'draft-incomplete')).toBe(true);
    const outline = selfEvaluationOutline(draft);
    expect(outline.map((o) => o.area)).toEqual(builtinDomain.frameworkFor(facts.period!.end).narrative.map((a) => a.id));
    for (const area of outline) expect(area.subsections.map((p) => p.subsection.id)).toEqual(selfEvaluationSubsections.map((s) => s.id));
  });

  it('filled in with measurable, impact-led items, is clean', () => {
    const skeleton = draftSkeleton({ type: 'self-evaluation', authority: 'Leeds', start: '2024-04-01' });
    let strength = 0;
    const filled = skeleton
      .replace(/^(### (?:What we know|How we know|Our plans).*)$/gm, '$1\n\nWritten.')
      .replace(/### Strengths\n\n- $/gm, () => `### Strengths\n\n- Fewer children wait: ${90 + strength++}% are seen within a week.`)
      .replace(/### Areas for development\n\n- $/gm, '### Areas for development\n\n- Reduce re-referrals from 24% to 20% by March 2026.');
    expect(findings(filled)).toEqual([]);
  });
});

describe('self-evaluation-structure suggestions', () => {
  it('insert the missing sub-headings where they belong, leaving only blanks to fill', () => {
    const rule = builtinRules.filter((r) => r.meta.id === 'self-evaluation-structure');
    const text = draftSkeleton({ type: 'self-evaluation', authority: 'Leeds', start: '2024-04-01' })
      .replace('### What we know about the quality and impact of practice\n\n', '')
      .replace('### Areas for development\n\n- \n\n', '')
      .replace(/### Our plans\n*$/, '');
    const missing = lintText(text, { rules: rule }).diagnostics;
    expect(missing.map((d) => d.data?.missing).sort()).toEqual(['areas-for-development', 'our-plans', 'what-we-know']);
    const edits = missing.flatMap((d) => d.suggestions![0]!.edits).sort((a, b) => b.range.start - a.range.start);
    const repaired = edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
    expect(lintText(repaired, { rules: rule }).diagnostics).toEqual([]);
    const outline = selfEvaluationOutline(lintText(repaired).draft);
    for (const area of outline) expect(area.subsections.map((p) => p.subsection.id)).toEqual(selfEvaluationSubsections.map((s) => s.id));
  });
});
