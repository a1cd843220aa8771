import { describe, expect, it } from 'vitest';
import { draftSkeleton } from '@ilacs/core';
import { parseDraft, readFacts } from '@ilacs/core/tools';
import { completeAt } from '../src/index.js';

/** Focused-visit headings changed over time: completion offers the headings of the letter's era. */
function headingsOffered(dates: string, written = ''): string[] {
  const text = `---\nilacs: focused-visit\nlocal_authority: Wigan\ndates: ${dates}\nfocus: front door\n---\n\n# Focused visit to Wigan children's services\n\n${written}## `;
  const draft = parseDraft(text);
  return completeAt(draft, readFacts(draft), text.length).map((c) => c.label);
}

describe('focused-visit heading completion', () => {
  it('offers the current headings for a current letter, and no heading of an earlier era', () => {
    expect(headingsOffered('2025-03-11 to 2025-03-12')).toEqual([
      'Headline findings',
      'Areas for priority action',
      'What needs to improve in this area of social work practice?',
      'Main findings',
    ]);
  });

  it('offers the headings letters used before June 2021, and "Areas of strength" in 2018', () => {
    expect(headingsOffered('2019-11-12 to 2019-11-13')).toEqual([
      'Overview',
      'Areas for priority action',
      'What needs to improve in this area of social work practice?',
      'Findings',
    ]);
    expect(headingsOffered('2018-05-15 to 2018-05-16')).toContain('Areas of strength');
  });

  it('does not offer a section the letter has under any era’s heading', () => {
    expect(headingsOffered('2025-03-11 to 2025-03-12', '## Overview\n\nText.\n\n')).not.toContain('Headline findings');
  });

  it('new letters start with the current headings; what needs to improve is there to fill in or delete', () => {
    const skeleton = draftSkeleton({ type: 'focused-visit', authority: 'Wigan', start: '2025-03-11' });
    expect(skeleton.match(/^## .*$/gm)).toEqual([
      '## Headline findings',
      '## What needs to improve in this area of social work practice?',
      '## Main findings',
    ]);
  });
});
