import { describe, expect, it } from 'vitest';
import { builtinRules, fixText, lintText } from '../src/index.js';
import { loadFixtures } from './support/fixtures.js';

const fixtures = loadFixtures();
const ruleById = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));

describe('every rule has fixtures both ways', () => {
  for (const rule of builtinRules) {
    it(`${rule.meta.id} has a fixture it flags and one it leaves alone${rule.meta.fixable ? ', and one it fixes' : ''}`, () => {
      const own = fixtures.filter((f) => f.ruleId === rule.meta.id);
      expect(own.some((f) => f.kind === 'flag' && f.expected.some((e) => e.ruleId === rule.meta.id))).toBe(true);
      expect(own.some((f) => f.kind === 'pass')).toBe(true);
      // A rule that says it fixes must show what its fix writes.
      if (rule.meta.fixable)
        expect(
          own.some((f) => f.fixed !== undefined),
          `${rule.meta.id} is fixable but has no *.fixed.md fixture`,
        ).toBe(true);
    });
  }
});

describe('rule fixtures', () => {
  for (const fixture of fixtures) {
    const rule = ruleById.get(fixture.ruleId);
    it(`${fixture.ruleId}/${fixture.name}`, () => {
      expect(rule, `no rule "${fixture.ruleId}" for fixture folder`).toBeDefined();
      const { diagnostics, draft } = lintText(fixture.text, { rules: [rule!] });
      expect(draft.isDraft).toBe(true);
      const sorted = [...diagnostics].sort(
        (a, b) => a.start.line - b.start.line || a.ruleId.localeCompare(b.ruleId) || a.start.column - b.start.column,
      );
      const actual = sorted.map((d) => ({ line: d.start.line, ruleId: d.ruleId }));
      if (fixture.kind === 'pass') expect(fixture.expected).toEqual([]);
      const shown = diagnostics.map((d) => `${d.start.line + 1}:${d.start.column + 1} ${d.ruleId} ${d.message}`).join('\n');
      expect(actual, `findings were:\n${shown}`).toEqual(fixture.expected.map(({ line, ruleId }) => ({ line, ruleId })));
      // Markers that pin a severity, a column or a message: the finding on that line must match them.
      fixture.expected.forEach((wanted, i) => {
        const found = sorted[i]!;
        if (wanted.severity !== undefined)
          expect(found.severity, `severity of ${wanted.ruleId} on line ${wanted.line + 1}`).toBe(wanted.severity);
        if (wanted.column !== undefined)
          expect(found.start.column + 1, `column of ${wanted.ruleId} on line ${wanted.line + 1}`).toBe(wanted.column);
        if (wanted.message !== undefined)
          expect(found.message, `message of ${wanted.ruleId} on line ${wanted.line + 1}`).toContain(wanted.message);
      });
      for (const d of diagnostics) {
        expect(d.range.start).toBeGreaterThanOrEqual(0);
        expect(d.range.end).toBeLessThanOrEqual(fixture.text.length);
        expect(d.message.length).toBeGreaterThan(10);
      }
    });
    if (fixture.fixed !== undefined) {
      it(`${fixture.ruleId}/${fixture.name} fixes to ${fixture.name.replace(/\.md$/, '.fixed.md')}, idempotently`, () => {
        const once = fixText(fixture.text, { rules: [rule!] });
        expect(once.output).toBe(fixture.fixed);
        expect(once.fixed).toBeGreaterThan(0);
        const twice = fixText(once.output, { rules: [rule!] });
        expect(twice.output).toBe(once.output);
        expect(twice.fixed).toBe(0);
      });
    }
  }
});
