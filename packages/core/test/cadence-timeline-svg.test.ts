import { describe, expect, it } from 'vitest';
import { planCadence } from '../src/cadence/schedule.js';
import { gradeColours, renderTimelineSvg } from '../src/cadence/timeline-svg.js';
import type { CadenceEvent } from '../src/cadence/history.js';

const history: CadenceEvent[] = [
  { type: 'sif-inspection', dates: { start: '2015-06-08', end: '2015-07-01' }, overallEffectiveness: 'requires-improvement' },
  { type: 'short-inspection', dates: { start: '2018-10-29', end: '2018-11-02' }, overallEffectiveness: 'outstanding' },
  { type: 'focused-visit', dates: { start: '2019-11-12', end: '2019-11-13' } },
  { type: 'standard-inspection', dates: { start: '2022-02-21', end: '2022-03-04' }, overallEffectiveness: 'good' },
];

/** Every opened element is closed in order: a cheap well-formedness check without an XML parser. */
function tagsBalance(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('renderTimelineSvg', () => {
  const plan = planCadence(history, { today: '2025-03-04' });
  const svg = renderTimelineSvg(plan, { title: 'Leeds & <friends>' });

  it('is a standalone, well-formed SVG with escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(tagsBalance(svg)).toBe(true);
    expect(svg).toContain('Leeds &amp; &lt;friends&gt;');
    expect(svg).not.toContain('<friends>');
  });

  it('draws each graded inspection in its grade colour, with the grade also written', () => {
    for (const grade of ['requires-improvement', 'outstanding', 'good'] as const) {
      expect(svg.match(new RegExp(`rx="3" fill="${gradeColours[grade]}"`, 'g'))).toHaveLength(1);
    }
    expect(svg).toContain('Feb 2022: Good');
    expect(svg).toContain('Oct 2018: Outstanding');
  });

  it('shows the window as a band, today as a line, and a legend', () => {
    expect(svg).toContain('Next short inspection window');
    expect(svg).toContain(`${monthYear(plan.next!.window.opens)} to ${monthYear(plan.next!.window.closes)}`);
    expect(svg).toContain('Today 4 March 2025');
    for (const label of [
      'Outstanding',
      'Good',
      'Requires improvement to be good',
      'Inadequate',
      'Focused visit',
      'Inspection window',
      'Inspections paused',
    ]) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toMatch(
      /<title>Leeds &amp; &lt;friends&gt;: last standard inspection 21 February 2022 \(good\); next short inspection window/,
    );
  });

  it('places today between the last inspection and the end of the axis, in date order', () => {
    const x = (label: string) => Number(new RegExp(`<text x="([0-9.]+)"[^>]*>${label}`).exec(svg)?.[1]);
    expect(x('Today')).toBeGreaterThan(x('Standard inspection'));
    expect(x('Standard inspection')).toBeGreaterThan(x('Short inspection'));
  });

  it('is deterministic and marks monitoring visits due for inadequate authorities', () => {
    expect(renderTimelineSvg(plan, { title: 'Leeds & <friends>' })).toBe(svg);
    const inadequate = planCadence(
      [{ type: 'standard-inspection', dates: { start: '2020-01-20', end: '2020-01-31' }, overallEffectiveness: 'inadequate' }],
      { today: '2020-06-01' },
    );
    const drawn = renderTimelineSvg(inadequate);
    expect(drawn).toContain('Next monitoring visit due Apr 2020 (overdue)');
    expect(drawn).toContain('Next standard inspection window');
    expect(tagsBalance(drawn)).toBe(true);
  });
});

function monthYear(iso: string): string {
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
