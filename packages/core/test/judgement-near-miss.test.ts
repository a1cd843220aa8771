import { describe, expect, it } from 'vitest';
import { builtinDomain } from '../src/index.js';

const near = (text: string) => {
  const m = builtinDomain.matchArea(text);
  return m ? { id: m.area.id, wording: m.nearMiss?.wording } : undefined;
};

describe('near misses of the judgement wordings', () => {
  it('matches exact wordings without marking a near miss', () => {
    expect(near('The experiences and progress of children in care')).toEqual({ id: 'childrenInCare', wording: undefined });
    expect(near('the impact of leaders on practice with children and families')).toEqual({ id: 'leaders', wording: undefined });
  });

  it('reads a dropped, added or misspelt word as the nearest wording', () => {
    expect(near('The experiences and progress of children care leavers')).toEqual({
      id: 'careLeavers',
      wording: 'The experiences and progress of care leavers',
    });
    expect(near('The experience and progress of children in care')?.id).toBe('childrenInCare');
    expect(near('The experiences and progress of children who need help and protecton')?.id).toBe('helpAndProtection');
    expect(near('The experiences and progress of children in need of help and protection')?.id).toBe('helpAndProtection');
    expect(near('The impact of leaders on social work practise with children and families')?.id).toBe('leaders');
    expect(near('Overall effectivness')).toEqual({ id: 'overallEffectiveness', wording: 'Overall effectiveness' });
    expect(near('The experiences and progress of children in care and care leaver')?.id).toBe('childrenInCareAndCareLeavers');
    expect(near('The experiences and progress of care leavers.')?.wording).toBe('The experiences and progress of care leavers');
  });

  it('leaves alone what is no judgement, and what is as near to two', () => {
    for (const text of [
      'Overall',
      'Main findings',
      'Headline findings',
      'What needs to improve?',
      'Areas for priority action',
      'The experiences and progress of young people leaving care',
      'Leaders',
      '',
    ]) {
      expect(near(text), text).toBeUndefined();
    }
    // Two words from "children in care", from "care leavers" and from the combined wording: no guess.
    expect(near('The experiences and progress of children and care leavers')).toBeUndefined();
  });

  it('lists the candidates nearest first, each area once', () => {
    const candidates = builtinDomain.nearAreas('The experiences and progress of children care leavers');
    expect(candidates.map((c) => c.match.area.id)).toEqual(['careLeavers', 'childrenInCare']);
  });

  it('does not compare long text or long words', () => {
    expect(near(`The experiences and progress of ${'children '.repeat(40)}`)).toBeUndefined();
    expect(near(`Overall ${'e'.repeat(100_000)}`)).toBeUndefined();
  });
});

describe('one misworded label, one diagnostic', () => {
  const base = `---
ilacs: short-inspection
local_authority: Wigan
dates: 2025-03-10 to 2025-03-14
lead_inspector: Jane Smith, His Majesty's Inspector
---

# Inspection of Wigan local authority children's services

| Judgement | Grade |
| --- | --- |
| The impact of leaders on social work practice with children and families | Good |
| The experiences and progress of children who need help and protection | Good |
| The experiences and progress of children in care | Good |
| The experiences and progress of care leavers | Good |
| Overall effectiveness | Good |

Children in Wigan are helped at the right time.

## What needs to improve?

- The timeliness of life-story work (outcome 4, national framework).

## The experiences and progress of children who need help and protection: good

1. Help is timely.

## The experiences and progress of children in care: good

2. Homes are stable.

## The experiences and progress of care leavers: good

3. Personal advisers know young people well.

## The impact of leaders on social work practice with children and families: good

4. Leaders are visible.
`;

  it('the clean draft has no finding', async () => {
    const { lintText } = await import('../src/index.js');
    expect(lintText(base).diagnostics.map((d) => d.ruleId)).toEqual([]);
  });

  const slips: [string, string, string][] = [
    [
      'table label with a dropped word',
      '| The experiences and progress of children in care | Good |',
      '| The experiences and progress of children care leavers | Good |',
    ],
    ['table label with a misspelt word', '| Overall effectiveness | Good |', '| Overall effectivness | Good |'],
    [
      'heading with a misspelt word',
      '## The experiences and progress of children in care: good',
      '## The experience and progress of children in care: good',
    ],
    [
      'heading with a dropped word',
      '## The impact of leaders on social work practice with children and families: good',
      '## The impact of leaders on social work practice with children: good',
    ],
  ];
  for (const [name, from, to] of slips) {
    it(`${name}: only judgement-wording reports it, and its fix restores the draft`, async () => {
      const { lintText, fixText } = await import('../src/index.js');
      const text = base.replace(from, to);
      expect(text).not.toBe(base);
      const found = lintText(text).diagnostics.map((d) => d.ruleId);
      expect(found).toEqual(['judgement-wording']);
      expect(fixText(text).output).toBe(base);
    });
  }
});
