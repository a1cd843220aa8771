import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, internalErrorRuleId, lintText, type Diagnostic, type Fix } from '../src/index.js';
import { seedDrafts } from './support/seeds.js';

const seeds = seedDrafts();
const runs = Number(process.env.PROPERTY_RUNS ?? 150);

/** Edits that keep a text draft-like: the structure a person breaks while typing. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
  fc.record({
    kind: fc.constant('insert-markup' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '\n## ',
      '\n| a | b |\n',
      '\n1. ',
      '\n- ',
      ': good',
      '<!-- ilacs-disable -->',
      '\n---\n',
      '\r\n',
      '\uFEFF',
      '\uD800',
      '*',
      '`',
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('renumber' as const), at: fc.nat(), to: fc.integer({ min: 0, max: 200 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: Mutation[]): string {
  let current = text;
  for (const m of mutations) {
    const lines = current.split('\n');
    const line = lines.length ? m.at % lines.length : 0;
    switch (m.kind) {
      case 'delete-line':
        lines.splice(line, 1);
        current = lines.join('\n');
        break;
      case 'duplicate-line':
        lines.splice(line, 0, lines[line] ?? '');
        current = lines.join('\n');
        break;
      case 'swap-lines': {
        const other = lines.length ? m.with % lines.length : 0;
        [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
        current = lines.join('\n');
        break;
      }
      case 'insert':
      case 'insert-markup': {
        const at = current.length ? m.at % (current.length + 1) : 0;
        current = current.slice(0, at) + m.text + current.slice(at);
        break;
      }
      case 'truncate':
        current = current.slice(0, current.length ? m.at % current.length : 0);
        break;
      case 'renumber':
        lines[line] = (lines[line] ?? '').replace(/^\d+\./, `${m.to}.`);
        current = lines.join('\n');
        break;
    }
  }
  return current;
}

const draftLike = fc
  .tuple(fc.constantFrom(...seeds.map((s) => s.text)), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, mutations]) => mutate(seed, mutations));
const anyText = fc.oneof(
  draftLike,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `---\nilacs: short-inspection\n---\n${s}`),
);

function checkRanges(text: string, diagnostics: Diagnostic[]) {
  for (const d of diagnostics) {
    expect(d.range.start).toBeGreaterThanOrEqual(0);
    expect(d.range.end).toBeGreaterThanOrEqual(d.range.start);
    expect(d.range.end).toBeLessThanOrEqual(text.length);
    for (const edit of [...(d.fix?.edits ?? []), ...(d.suggestions ?? []).flatMap((s) => s.edits)]) {
      expect(edit.range.start).toBeGreaterThanOrEqual(0);
      expect(edit.range.end).toBeGreaterThanOrEqual(edit.range.start);
      expect(edit.range.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe.skipIf(seeds.length === 0)('properties of lint and fix on any text', () => {
  it('lint never throws, and every range lies inside the document', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { diagnostics } = lintText(text);
        checkRanges(text, diagnostics);
        expect(diagnostics.some((d) => d.ruleId === 'internal-error')).toBe(false);
      }),
      { numRuns: runs, seed: 20261124 },
    );
  });

  it('the fixes applied together never overlap', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        const { diagnostics } = lintText(text);
        const { applied } = applyFixes(text, diagnostics);
        const edits = applied.flatMap((d) => d.fix!.edits).sort((a, b) => a.range.start - b.range.start);
        for (let i = 1; i < edits.length; i++) expect(edits[i]!.range.start).toBeGreaterThanOrEqual(edits[i - 1]!.range.end);
      }),
      { numRuns: runs, seed: 7 },
    );
  });

  it('after fixing, nothing fixable is left, and fixing twice equals fixing once', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        const once = fixText(text);
        expect(once.diagnostics.filter((d) => d.fix)).toEqual([]);
        const twice = fixText(once.output);
        expect(twice.output).toBe(once.output);
        expect(twice.fixed).toBe(0);
      }),
      { numRuns: runs, seed: 11 },
    );
  });

  it('every edit of every fix and suggestion lies where its diagnostic points (its range, a related location or its declared scope)', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        const { diagnostics } = lintText(text);
        // The engine refuses a fix that strays, with an internal error: no rule may trigger that.
        expect(diagnostics.filter((d) => d.ruleId === internalErrorRuleId).map((d) => d.message)).toEqual([]);
        for (const d of diagnostics) {
          const allowed = (fix: Fix) => [d.range, ...(d.related ?? []).map((r) => r.range), ...(fix.scope ? [fix.scope] : [])];
          for (const fix of [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])]) {
            for (const edit of fix.edits) {
              expect(
                allowed(fix).some((r) => edit.range.start >= r.start && edit.range.end <= r.end),
                `${d.ruleId}: "${fix.description}" edits ${edit.range.start}-${edit.range.end}`,
              ).toBe(true);
            }
          }
        }
      }),
      { numRuns: runs, seed: 13 },
    );
  });
});
