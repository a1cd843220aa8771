import { describe, expect, it } from 'vitest';
import { applyFixes, builtinRules, defineRule, fixText, lint, lintText } from '../src/index.js';

const base = `---
ilacs: short-inspection
local_authority: Harrow
dates: 2025-01-20 to 2025-01-24
---

# Inspection of Harrow local authority children's services

| Judgement | Grade |
| --- | --- |
| The impact of leaders on social work practice with children and families | Good |
| The experiences and progress of children who need help and protection | Good |
| The experiences and progress of children in care | good |
| The experiences and progress of care leavers | Good |
| Overall effectiveness | Good |

Summary.

## What needs to improve?

- The quality of plans.

## The experiences and progress of children who need help and protection: good

1. One.

## The experiences and progress of children in care: good

3. Two.

## The experiences and progress of care leavers: good

4. Three.

## The impact of leaders on social work practice with children and families: good

5. Four.
`;

describe('lint', () => {
  it('reports nothing for ordinary Markdown', () => {
    expect(lintText('# Notes\n\nJust some notes, e.g. this.\n').diagnostics).toEqual([]);
  });

  it('turns a rule that throws into an internal-error diagnostic and runs the others', () => {
    const broken = defineRule({
      meta: { id: 'always-throws', description: 'test', category: 'structure', defaultSeverity: 'error', fixable: false, docs: '' },
      check() {
        throw new Error('boom');
      },
    });
    const { diagnostics } = lint(base, { rules: [broken, ...builtinRules] });
    expect(diagnostics.find((d) => d.ruleId === 'internal-error')?.message).toContain('always-throws');
    expect(diagnostics.some((d) => d.ruleId === 'grade-case')).toBe(true);
  });

  it('applies configured severities, and "off"', () => {
    const asError = lintText(base, { config: { rules: { 'grade-case': 'error', 'paragraph-numbering': 'off' } } }).diagnostics;
    expect(asError.find((d) => d.ruleId === 'grade-case')?.severity).toBe('error');
    expect(asError.some((d) => d.ruleId === 'paragraph-numbering')).toBe(false);
    const defaults = lintText(base).diagnostics;
    expect(defaults.find((d) => d.ruleId === 'grade-case')?.severity).toBe('warning');
    expect(defaults.some((d) => d.ruleId === 'paragraph-numbering')).toBe(true);
  });

  it('lets a rule report a less certain finding at a lower severity, never a higher one', () => {
    const unsure = defineRule({
      meta: { id: 'unsure', description: 'test', category: 'structure', defaultSeverity: 'error', fixable: false, docs: '' },
      check({ report }) {
        report({ message: 'certainly wrong', range: { start: 0, end: 3 } });
        report({ message: 'unusual but possible', range: { start: 0, end: 3 }, atMost: 'warning' });
        report({ message: 'only a hint', range: { start: 0, end: 3 }, atMost: 'info' });
      },
    });
    const severities = (rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>) =>
      lint(base, { rules: [unsure], ...(rules ? { config: { rules } } : {}) }).diagnostics.map((d) => `${d.message}: ${d.severity}`);
    expect(severities()).toEqual(['certainly wrong: error', 'unusual but possible: warning', 'only a hint: info']);
    expect(severities({ unsure: 'warning' })).toEqual(['certainly wrong: warning', 'unusual but possible: warning', 'only a hint: info']);
    expect(severities({ unsure: 'info' })).toEqual(['certainly wrong: info', 'unusual but possible: info', 'only a hint: info']);
    expect(severities({ unsure: 'off' })).toEqual([]);
    // The diagnostic carries its severity, not the rule's instruction.
    expect(lint(base, { rules: [unsure] }).diagnostics.some((d) => 'atMost' in d)).toBe(false);
    // --quiet: what falls below the minimum is dropped, including an error rule's warnings.
    const quiet = lint(base, { rules: [unsure], config: { minimumSeverity: 'error' } }).diagnostics;
    expect(quiet.map((d) => d.message)).toEqual(['certainly wrong']);
  });

  it('honours disable-next-line, disable-line and disable/enable blocks, per rule', () => {
    // The slip at "3. Two." is one finding (its fix renumbers the rest): disabling its line silences it.
    expect(
      lintText(base)
        .diagnostics.filter((d) => d.ruleId === 'paragraph-numbering')
        .map((d) => d.start.line),
    ).toEqual([base.split('\n').indexOf('3. Two.')]);
    const nextLine = base.replace('3. Two.', '<!-- ilacs-disable-next-line paragraph-numbering -->\n3. Two.');
    expect(lintText(nextLine).diagnostics.filter((d) => d.ruleId === 'paragraph-numbering')).toEqual([]);
    const sameLine = base.replace('3. Two.', '3. Two. <!-- ilacs-disable-line paragraph-numbering -->');
    expect(lintText(sameLine).diagnostics.filter((d) => d.ruleId === 'paragraph-numbering')).toEqual([]);

    const block = base
      .replace('3. Two.', '<!-- ilacs-disable paragraph-numbering -->\n\n3. Two.')
      .replace('5. Four.', '5. Four.\n\n<!-- ilacs-enable paragraph-numbering -->');
    expect(lintText(block).diagnostics.filter((d) => d.ruleId === 'paragraph-numbering')).toEqual([]);

    const otherRule = base.replace('3. Two.', '<!-- ilacs-disable-next-line grade-case -->\n3. Two.');
    expect(lintText(otherRule).diagnostics.filter((d) => d.ruleId === 'paragraph-numbering')).toHaveLength(1);

    const yamlComment = base
      .replace('dates:', '# ilacs-disable-next-line front-matter-schema\ndates:')
      .replace('2025-01-20 to 2025-01-24', 'soon');
    expect(lintText(yamlComment).diagnostics.filter((d) => d.ruleId === 'front-matter-schema')).toEqual([]);
  });

  describe('only real comments are directives', () => {
    const phones = (text: string) => lintText(text).diagnostics.filter((d) => d.ruleId === 'privacy-phone-number');
    const leak = 'Call the family on 07700 900123.';
    const withBody = (body: string) => base.replace('Summary.', body);
    it('an HTML comment in the body switches a rule off', () => {
      expect(phones(withBody(`<!-- ilacs-disable privacy-phone-number -->\n\n${leak}`))).toEqual([]);
      expect(phones(withBody(`${leak} <!-- ilacs-disable-line privacy-phone-number -->`))).toEqual([]);
    });
    it('the same text in a code span, escaped, or in a fenced code block does not', () => {
      expect(phones(withBody(`Write \`<!-- ilacs-disable privacy-phone-number -->\` to switch it off.\n\n${leak}`))).toHaveLength(1);
      expect(phones(withBody(`Write \`\` <!-- ilacs-disable --> \`\` to switch every rule off.\n\n${leak}`))).toHaveLength(1);
      expect(phones(withBody(`Write \\<!-- ilacs-disable privacy-phone-number --> to switch it off.\n\n${leak}`))).toHaveLength(1);
      expect(phones(withBody(`\`\`\`\n<!-- ilacs-disable privacy-phone-number -->\n\`\`\`\n\n${leak}`))).toHaveLength(1);
      // A real comment after a code span on the same line still counts.
      expect(phones(withBody(`Use \`code\` here. <!-- ilacs-disable-line privacy-phone-number --> ${leak}`))).toEqual([]);
    });
    it('a YAML comment in the front matter does; "#" inside a block scalar or a quoted value does not', () => {
      const phoneInFrontMatter = (frontMatter: string) => phones(base.replace('dates:', `${frontMatter}\ndates:`));
      expect(phoneInFrontMatter('# ilacs-disable-next-line privacy-phone-number\ncontact: 07700 900123')).toEqual([]);
      expect(phoneInFrontMatter('notes: |\n  # ilacs-disable-next-line privacy-phone-number\n  07700 900123')).toHaveLength(1);
      expect(phoneInFrontMatter('notes: "first line\n  # ilacs-disable-next-line privacy-phone-number\n  07700 900123"')).toHaveLength(1);
      expect(phoneInFrontMatter("notes: 'a\n  # ilacs-disable-next-line privacy-phone-number\n  07700 900123'")).toHaveLength(1);
      // A comment after a value is a comment, but not one on its own line: not a directive either.
      expect(phoneInFrontMatter('notes: x # ilacs-disable-next-line privacy-phone-number\ncontact: 07700 900123')).toHaveLength(1);
    });
  });

  it('keeps each disable/enable pair to its own lines, however many pairs there are', () => {
    const pair =
      '<!-- ilacs-disable privacy-phone-number -->\n\nCall 07700 900123.\n\n<!-- ilacs-enable privacy-phone-number -->\n\nCall 07700 900456.\n\n';
    const frontMatterDisable = base.replace('dates:', '# ilacs-disable privacy-email-address\ndates:');
    const text = frontMatterDisable.replace('Summary.', `${pair.repeat(500)}Write to a@example.org.`);
    const phones = lintText(text).diagnostics.filter((d) => d.ruleId === 'privacy-phone-number');
    // The second number of each pair is outside its span, the first inside.
    expect(phones).toHaveLength(500);
    expect(phones.every((d) => text.slice(d.range.start, d.range.end).startsWith('07700 900456'))).toBe(true);
    // A disable in the front matter, read after the body's directives, still runs from its own line to the end.
    expect(lintText(text).diagnostics.filter((d) => d.ruleId === 'privacy-email-address')).toEqual([]);
  });

  it('reads at most 100 rule ids from one directive and says so, rather than reporting a pasted page word by word', () => {
    const text = base.replace('Summary.', `<!-- ilacs-disable ${'word '.repeat(5000)}-->\n\nSummary.`);
    const found = lintText(text).diagnostics.filter((d) => d.ruleId === 'directive-unknown-rule');
    expect(found).toHaveLength(101);
    expect(found.filter((d) => d.message.includes('names more than 100 rules'))).toHaveLength(1);
  });

  it('gives 0-based positions that match the offsets', () => {
    const { diagnostics, draft } = lintText(base);
    for (const d of diagnostics) {
      expect(draft.lines.offsetAt(d.start)).toBe(d.range.start);
      expect(draft.lines.offsetAt(d.end)).toBe(d.range.end);
    }
  });
});

describe('front-matter values pasted by mistake', () => {
  it('a page-long value gets a short message, and no "did you mean" search over the authorities', () => {
    const pasted = 'word '.repeat(40_000);
    const text = base.replace('local_authority: Harrow', `local_authority: ${pasted}`);
    const schema = lintText(text).diagnostics.filter((d) => d.ruleId === 'front-matter-schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]!.message.length).toBeLessThan(200);
    expect(schema[0]!.suggestions ?? []).toEqual([]);
  });

  it('a list where a name belongs is reported as a list', () => {
    const text = base.replace('local_authority: Harrow', 'local_authority:\n  - Harrow\n  - Leeds');
    const schema = lintText(text).diagnostics.filter((d) => d.ruleId === 'front-matter-schema');
    expect(schema.map((d) => d.message)).toEqual([
      '"local_authority" has a list: expected the name of one of the 153 English authorities.',
    ]);
  });
});

describe('fixes', () => {
  it('fixText applies every fix, and a second run changes nothing', () => {
    const once = fixText(base);
    expect(once.output).toContain('| The experiences and progress of children in care | Good |');
    expect(once.output).toContain('2. Two.');
    expect(once.output).toContain('4. Four.');
    expect(once.diagnostics.filter((d) => d.fix)).toEqual([]);
    expect(fixText(once.output).output).toBe(once.output);
  });

  it('reuses a parsed draft of the same text, and ignores one of another text', () => {
    const plain = fixText(base);
    expect(fixText(base, { draft: lintText(base).draft })).toEqual(plain);
    expect(fixText(base, { draft: lintText('# Other\n').draft })).toEqual(plain);
  });

  it('changes only the text its diagnostics name', () => {
    const { output } = fixText(base);
    const changed = base.split('\n').filter((line, i) => output.split('\n')[i] !== line);
    expect(changed).toEqual(['| The experiences and progress of children in care | good |', '3. Two.', '4. Three.', '5. Four.']);
  });

  it('skips a fix that overlaps one already taken, whole', () => {
    const d = (start: number, end: number, newText: string) => ({
      ruleId: 'x',
      severity: 'error' as const,
      message: 'm',
      range: { start, end },
      start: { line: 0, column: start },
      end: { line: 0, column: end },
      fix: { description: 'f', edits: [{ range: { start, end }, newText }] },
    });
    const result = applyFixes('abcdef', [d(0, 2, 'XY'), d(1, 3, 'Q'), d(4, 5, 'Z')]);
    expect(result.text).toBe('XYcdZf');
    expect(result.skipped).toHaveLength(1);
  });
});
