import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinDomain, builtinRules, defineRule, draftSkeleton, internalErrorRuleId, lint, lintText } from '../src/index.js';
import { cadenceHistoryFromDraft, planCadence, todayInEngland } from '../src/cadence/index.js';

/** A clean short inspection, with front-matter lines to swap in. */
function shortInspection(frontMatter: Record<string, string>): string {
  const keys = { ilacs: 'short-inspection', local_authority: 'Harrow', dates: '2025-01-20 to 2025-01-24', ...frontMatter };
  const lines = Object.entries(keys)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  const skeleton = draftSkeleton({ type: 'short-inspection', authority: 'Harrow', start: '2025-01-20' });
  return `---\n${lines.join('\n')}\n---${skeleton.slice(skeleton.indexOf('\n---') + 4)}`;
}

const findingsOf = (text: string, ruleId: string) => lintText(text).diagnostics.filter((d) => d.ruleId === ruleId);

describe('front matter is read from the schema, key by key', () => {
  it.each([
    ['2024-13-40 to 2024-06-14', '2024-13-40 is not a date'],
    ['2025-02-30 to 2025-03-04', '2025-02-30 is not a date'],
  ])('an impossible date (%s) is a located schema error', (dates, message) => {
    const text = shortInspection({ dates });
    const [error, ...more] = findingsOf(text, 'front-matter-schema');
    expect(more).toEqual([]);
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain(message);
    expect(text.slice(error!.range.start, error!.range.end)).toBe(dates);
  });

  it('keeps checking everything else when one value is wrong', () => {
    // The dates are impossible, so the framework is unknown; the title, the privacy checks and the
    // house style still run on what can be read.
    const text = shortInspection({ dates: '2024-13-40 to 2024-06-14' })
      .replace('# Inspection of Harrow', '# Inspection of Harow')
      .replace('Summary.', "Summary. Jack, aged 7, isn't safe.");
    const rules = new Set(lintText(text).diagnostics.map((d) => d.ruleId));
    for (const id of ['front-matter-schema', 'title', 'privacy-named-child', 'style-contraction']) expect(rules, id).toContain(id);
    expect(rules).not.toContain(internalErrorRuleId);
  });

  it.each([
    ['visit_number', '0.5', 'monitoring-visit'],
    ['lead_inspector', '""', 'short-inspection'],
  ])('%s: %s is a schema error and is not read as a fact', (key, value, type) => {
    const text = draftSkeleton({ type, authority: 'Harrow', start: '2025-01-21' })
      .replace(/\n---\n/, `\n${key}: ${value}\n---\n`)
      .replace(/^visit_number: 1\n/m, '');
    const { facts, diagnostics } = lintText(text);
    expect(diagnostics.filter((d) => d.ruleId === 'front-matter-schema').map((d) => d.data?.path)).toEqual([key]);
    expect(facts.values[key]).toBeUndefined();
    expect(facts.visitNumber).toBeUndefined();
    expect(facts.leadInspector).toBeUndefined();
  });

  it('a value of the wrong kind is a schema error, never a crash', () => {
    for (const framework of ['{toString: 1}', '[2023]', '{valueOf: 2023}']) {
      const { diagnostics, facts } = lintText(shortInspection({ framework }));
      expect(diagnostics.filter((d) => d.ruleId === internalErrorRuleId)).toEqual([]);
      expect(diagnostics.some((d) => d.ruleId === 'front-matter-schema' && d.data?.path === 'framework')).toBe(true);
      expect(facts.framework?.id).toBe('2023');
    }
  });

  it('names of Object.prototype are unknown authorities, with or without configured aliases', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      const text = shortInspection({ local_authority: name });
      for (const config of [{}, { authorityAliases: { 'Harrow Council': 'Harrow' } }]) {
        const { diagnostics, facts } = lintText(text, { config });
        expect(diagnostics.filter((d) => d.ruleId === internalErrorRuleId)).toEqual([]);
        expect(facts.authority).toBeUndefined();
        expect(diagnostics.some((d) => d.ruleId === 'front-matter-schema' && d.data?.path === 'local_authority')).toBe(true);
      }
    }
  });

  it('a configured alias is an accepted name, for the schema and the facts alike', () => {
    const text = shortInspection({ local_authority: 'LB Harrow' });
    expect(findingsOf(text, 'front-matter-schema').length).toBe(1);
    const { diagnostics, facts } = lintText(text, { config: { authorityAliases: { 'LB Harrow': 'Harrow' } } });
    expect(diagnostics.filter((d) => d.ruleId === 'front-matter-schema')).toEqual([]);
    expect(facts.authority?.name).toBe('Harrow');
  });
});

describe('skeletons', () => {
  it('a self-evaluation period may start on 29 February', () => {
    const text = draftSkeleton({ type: 'self-evaluation', authority: 'Leeds', start: '2024-02-29' });
    expect(text).toContain('period: 2024-02-29 to 2025-02-28');
    expect(draftSkeleton({ type: 'self-evaluation', authority: 'Leeds', start: '2024-04-01' })).toContain(
      'period: 2024-04-01 to 2025-03-31',
    );
    expect(lintText(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('every type of the domain has a skeleton without errors', () => {
    for (const type of builtinDomain.documentTypes) {
      const text = draftSkeleton({ type: type.id, authority: 'Leeds', start: type.skeleton.suggestedStart('2025-06-11') });
      expect(
        lintText(text).diagnostics.filter((d) => d.severity === 'error'),
        type.id,
      ).toEqual([]);
    }
  });
});

describe('the cadence history of a draft', () => {
  const harrow = new URL('../../../../shared/corpus/drafts/012-harrow-short-inspection.md', import.meta.url).pathname;
  it.skipIf(!existsSync(harrow))('includes the inspection being written, so the next window runs from it', () => {
    const { draft, facts } = lintText(readFileSync(harrow, 'utf8'));
    const history = cadenceHistoryFromDraft(draft, facts, builtinDomain);
    expect(history.authority).toBe('Harrow');
    expect(history.events.map((e) => [e.type, e.dates.start])).toEqual([
      ['short-inspection', '2020-02-10'],
      ['short-inspection', '2025-01-20'],
    ]);
    const plan = planCadence(history.events, { today: '2025-03-04' });
    expect(plan.lastGraded?.dates.start).toBe('2025-01-20');
    expect(plan.next?.window.anniversary).toBe('2028-01-20');
    expect(plan.next?.status).toBe('not-yet-open');
  });

  it('without grades yet, still draws the window, and says the next type waits for them', () => {
    const text = draftSkeleton({ type: 'short-inspection', authority: 'Harrow', start: '2025-01-20' });
    const { draft, facts } = lintText(text);
    const plan = planCadence(cadenceHistoryFromDraft(draft, facts, builtinDomain).events, { today: '2025-03-04' });
    expect(plan.next?.type).toBeUndefined();
    expect(plan.next?.window.anniversary).toBe('2028-01-20');
    expect(plan.notes.join(' ')).toMatch(/not known/);
  });
});

describe('today', () => {
  it('is the date in England, in summer time and in winter, whatever the machine’s zone', () => {
    expect(todayInEngland(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(todayInEngland(new Date('2025-06-30T22:59:00Z'))).toBe('2025-06-30');
    expect(todayInEngland(new Date('2025-01-01T23:30:00Z'))).toBe('2025-01-01');
    expect(todayInEngland(new Date('2025-03-30T00:30:00Z'))).toBe('2025-03-30');
  });
});

describe('the engine keeps rules honest', () => {
  const text = draftSkeleton({ type: 'short-inspection', authority: 'Harrow', start: '2025-01-20' });
  const rule = (fixable: boolean, editAt: (text: string) => number) =>
    defineRule({
      meta: { id: 'test-rule', description: 'A rule under test.', category: 'style', defaultSeverity: 'warning', fixable, docs: 'Test.' },
      check({ draft, report }) {
        const at = draft.text.indexOf('Summary.');
        const edit = editAt(draft.text);
        report({
          message: 'A problem here.',
          range: { start: at, end: at + 8 },
          fix: { description: 'Change it', edits: [{ range: { start: edit, end: edit + 1 }, newText: 'X' }] },
        });
      },
    });

  it('refuses a fix from a rule not marked fixable, and says so', () => {
    const { diagnostics } = lint(text, { rules: [rule(false, (t) => t.indexOf('Summary.'))] });
    expect(diagnostics.find((d) => d.ruleId === 'test-rule')?.fix).toBeUndefined();
    expect(diagnostics.find((d) => d.ruleId === internalErrorRuleId)?.message).toMatch(/not marked fixable/);
  });

  it('refuses a fix that edits text outside what the rule reported', () => {
    const { diagnostics } = lint(text, { rules: [rule(true, (t) => t.indexOf('# Inspection'))] });
    expect(diagnostics.find((d) => d.ruleId === 'test-rule')?.fix).toBeUndefined();
    expect(diagnostics.find((d) => d.ruleId === internalErrorRuleId)?.message).toMatch(/outside what it reported/);
    const inPlace = lint(text, { rules: [rule(true, (t) => t.indexOf('Summary.'))] }).diagnostics;
    expect(inPlace.find((d) => d.ruleId === 'test-rule')?.fix).toBeDefined();
    expect(inPlace.filter((d) => d.ruleId === internalErrorRuleId)).toEqual([]);
  });

  it('gives a rule only options its schema accepts', () => {
    const window = builtinRules.find((r) => r.meta.id === 'cadence-inspection-window')!;
    const previous = 'previous: {type: short-inspection, dates: 2019-01-14 to 2019-01-18, overall_effectiveness: good}';
    const draftText = text.replace('\n---\n', `\n${previous}\n---\n`);
    const bad = lint(draftText, {
      rules: [window],
      config: { rules: { 'cadence-inspection-window': { options: { suspensions: [{ from: '2020-03-17', until: '2020-03-01' }] } } } },
    });
    expect(bad.diagnostics.map((d) => d.ruleId)).toEqual([internalErrorRuleId]);
    expect(bad.diagnostics[0]!.message).toMatch(/invalid options.*until/);
    const none = lint(draftText, { rules: [window], config: { rules: { 'cadence-inspection-window': { options: { suspensions: [] } } } } });
    expect(none.diagnostics.map((d) => d.ruleId)).toEqual(['cadence-inspection-window']);
  });
});

describe('knowledge lives in the descriptors', () => {
  // Rules and schemas ask descriptors; a type id or a version id written into them is a trap for
  // whoever adds the next type or version. (A rule category and a descriptor's `form` may share a
  // type's name: they are properties, not ids.)
  const folders = ['rules', 'schema', 'engine'].map((f) => new URL(`../src/${f}/`, import.meta.url).pathname);
  const ids = [...builtinDomain.documentTypes.map((t) => t.id), ...builtinDomain.frameworkVersions.map((v) => v.id)];
  it('no rule, schema or engine module names a document type or a framework version', () => {
    const named: string[] = [];
    for (const folder of folders) {
      for (const file of readdirSync(folder, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts'))) {
        const code = readFileSync(folder + file, 'utf8').replace(
          /^\s*(\/\/|\*|\|).*$|^.*\b(category: |form === |type RuleCategory ).*$/gm,
          '',
        );
        for (const id of ids) if (code.includes(`'${id}'`) || code.includes(`"${id}"`)) named.push(`${file}: ${id}`);
      }
    }
    expect(named).toEqual([]);
  });
});
