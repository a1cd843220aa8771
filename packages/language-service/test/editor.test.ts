import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyFixes, lintText, parseDraft, type Diagnostic } from '@ilacs/core';
import { readFacts } from '@ilacs/core/tools';
import { completeAt, disableRuleEdit, snippetToPlainText } from '../src/index.js';

const drafts = new URL('../../../../shared/corpus/drafts/', import.meta.url).pathname;
const examples = new URL('../../../examples/', import.meta.url).pathname;
const markdownIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(folder, f))
    : [];

describe('snippetToPlainText', () => {
  test.each([
    ['${1:Authority} children', 'Authority children'],
    ['grade: ${1|good,requires improvement to be good|}', 'grade: good'],
    ['a $1 b $0', 'a  b '],
    ['cost \\$5 and \\} brace', 'cost $5 and } brace'],
    ['${1:outer ${2:inner}}', 'outer inner'],
    ['$ alone and ${ unclosed', '$ alone and ${ unclosed'],
  ])('%s', (snippet, plain) => expect(snippetToPlainText(snippet)).toBe(plain));
});

/** The directive "disable this rule for this line" inserts must silence exactly that finding and break nothing. */
describe('disableRuleEdit on every finding in the examples and the corpus', () => {
  const files = [...markdownIn(examples), ...markdownIn(drafts)];
  test.skipIf(files.length === 0)('silences the rule where it was reported and adds no other problem', () => {
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { diagnostics, draft } = lintText(text);
      const seen = new Set<string>();
      for (const diagnostic of diagnostics) {
        const key = `${diagnostic.ruleId}:${diagnostic.start.line}`;
        if (seen.has(key) || diagnostic.ruleId === 'internal-error') continue;
        seen.add(key);
        const edit = disableRuleEdit(draft, diagnostic.ruleId, diagnostic.start.line);
        if (!edit) continue;
        const edited = applyFixes(text, [{ ...diagnostic, fix: edit } as Diagnostic]).text;
        const after = lintText(edited).diagnostics;
        const label = `${file} ${key} (${edit.description})`;
        const sameRule = (d: Diagnostic) => d.ruleId === diagnostic.ruleId && d.message === diagnostic.message;
        expect(after.filter(sameRule).length, label).toBeLessThan(diagnostics.filter(sameRule).length);
        expect(after.filter((d) => d.severity === 'error').length, label).toBeLessThanOrEqual(
          diagnostics.filter((d) => d.severity === 'error').length,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

test('self-evaluation sub-headings are offered under a judgement area, without the ones already there', () => {
  const text = `---
ilacs: self-evaluation
local_authority: Leeds
period: 2024-04-01 to 2025-03-31
---

# Leeds children's services self-evaluation 2024 to 2025

## The experiences and progress of children in care: good

### Strengths

- Stable homes.

### \n`;
  const draft = parseDraft(text);
  const labels = completeAt(draft, readFacts(draft), text.length - 1).map((c) => c.label);
  expect(labels).toEqual(['What we know about the quality and impact of practice', 'How we know it', 'Areas for development', 'Our plans']);
});
