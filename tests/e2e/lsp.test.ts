import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ruleDocsUrl } from '@ilacs/core';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { applyEdits, corpusDrafts, LspClient, positionOf, uriOf } from './lsp-support.js';

/** Protocol tests: the real built server over stdio, spoken to in JSON-RPC as an editor would. */

const harrowPath = join(corpusDrafts, '012-harrow-short-inspection.md');
const harrow = readFileSync(harrowPath, 'utf8');
const email = 'duty.team@example.org';

/** The Harrow report with three known problems put in without moving any line. */
function withProblems(text: string): string {
  const sentence = ' There is not currently sufficient leadership stability';
  return text
    .replace('\n2. ', '\n3. ')
    .replace(
      '| The experiences and progress of children who need help and protection | Good |',
      '| The experiences and progress of children who need help and protection | Outstanding |',
    )
    .replace(sentence, ` Contact ${email} for details.${sentence}`);
}

const key = (d: Diagnostic) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`;

let client: LspClient;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ilacs-lsp-'));
  client = await LspClient.start({ workspaceFolders: [folder] });
});
afterAll(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

function draftIn(name: string, text: string): { path: string; uri: string; text: string } {
  const path = join(folder, name);
  writeFileSync(path, text);
  return { path, uri: client.open(path, text), text };
}

describe('diagnostics', () => {
  test('a published report opens with no errors', async () => {
    const { uri } = draftIn('harrow.md', harrow);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  test('a draft with three known problems gets exactly those three more, located, with rule id, docs link and fixes as data', async () => {
    const clean = await client.diagnostics(client.open(join(folder, 'baseline.md'), harrow, uriOf(join(folder, 'baseline.md'))));
    const text = withProblems(harrow);
    const { uri } = draftIn('problems.md', text);
    const diagnostics = await client.diagnostics(uri);
    const before = new Set(clean.map(key));
    const added = diagnostics.filter((d) => !before.has(key(d)));

    const emailAt = positionOf(text, email);
    // The table and the heading disagree; the rule reports at the heading's grade.
    const headingGrade = positionOf(text, '## The experiences and progress of children who need help and protection: good').line;
    const paragraph = positionOf(text, '\n3. ', 1);
    expect(added.map((d) => [d.code, d.range.start.line, d.severity]).sort()).toEqual(
      [
        ['paragraph-numbering', paragraph.line, 1],
        ['privacy-email-address', emailAt.line, 1],
        ['table-heading-grade-match', headingGrade, 1],
      ].sort(),
    );
    const byRule = new Map(added.map((d) => [String(d.code), d]));
    expect(byRule.get('privacy-email-address')!.range).toEqual({
      start: emailAt,
      end: { line: emailAt.line, character: emailAt.character + email.length },
    });
    expect(byRule.get('paragraph-numbering')!.range.start).toEqual(paragraph);
    for (const d of added) {
      expect(d.source).toBe('ilacs');
      expect(d.codeDescription?.href).toBe(ruleDocsUrl(String(d.code)));
      expect(d.data).toMatchObject({ ruleId: d.code, version: 1 });
    }
    expect((byRule.get('paragraph-numbering')!.data as { fix: { edits: unknown[] } }).fix.edits).toEqual([
      { range: { start: paragraph, end: { line: paragraph.line, character: 1 } }, newText: '2' },
    ]);
  });

  test('ordinary Markdown gets no diagnostics', async () => {
    const { uri } = draftIn('notes.md', '# Notes\n\nJudgment, e.g. this, would be flagged in a draft!\n');
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  test('a change is linted and published for the new version only', async () => {
    const { uri } = draftIn('typing.md', harrow);
    await client.diagnostics(uri);
    const published = client.published.get(uri)!.length;
    let version = 1;
    for (let i = 0; i < 5; i++) version = client.change(uri, withProblems(harrow).replace('Contact', `Contact ${i}`));
    const diagnostics = await client.diagnostics(uri, (p) => p.version === version);
    expect(diagnostics.some((d) => d.code === 'privacy-email-address')).toBe(true);
    // Every publication after the burst is for a version the document had, and the last is the newest.
    const after = client.published.get(uri)!.slice(published);
    expect(after.at(-1)!.version).toBe(version);
    expect(after.every((p) => typeof p.version === 'number' && p.version <= version)).toBe(true);
  });
});

describe('completion', () => {
  const complete = async (uri: string, position: { line: number; character: number }) =>
    (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionItem[];

  test('front matter: the 153 authorities with their aliases, document types, grades', async () => {
    const text = harrow.replace('local_authority: Harrow', 'local_authority: ');
    const { uri } = draftIn('complete-fm.md', text);
    const authorities = await complete(uri, positionOf(text, 'local_authority: ', 17));
    expect(authorities.filter((i) => !i.detail?.endsWith('(alias)'))).toHaveLength(153);
    expect(authorities.map((i) => i.label)).toEqual(expect.arrayContaining(['Harrow', 'Hull', 'Kingston upon Hull']));
    const types = await complete(uri, positionOf(text, 'ilacs: short', 7));
    expect(types.map((i) => i.label)).toEqual([
      'short-inspection',
      'standard-inspection',
      'focused-visit',
      'monitoring-visit',
      'self-evaluation',
    ]);
    const previousGrade = await complete(uri, positionOf(text, 'overall_effectiveness: good', 23));
    expect(previousGrade.map((i) => i.label)).toEqual(['outstanding', 'good', 'requires improvement to be good', 'inadequate']);
  });

  test('grades after the heading colon (lower case) and in table cells (labels)', async () => {
    const { uri, text } = draftIn('complete-grades.md', harrow);
    const heading = await complete(uri, positionOf(text, 'children in care: good', 18));
    expect(heading.map((i) => (i.textEdit && 'range' in i.textEdit ? i.textEdit.newText : ''))).toEqual([
      'outstanding',
      'good',
      'requires improvement to be good',
      'inadequate',
    ]);
    const cell = await complete(uri, positionOf(text, '| The experiences and progress of children in care | Good', 54));
    expect(cell.map((i) => i.label)).toEqual(['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate']);
    expect(cell[0]!.documentation).toMatchObject({ kind: 'markdown' });
  });

  test('a missing judgement heading comes with a grade slot', async () => {
    const text = harrow.replace('## The experiences and progress of care leavers: inadequate', '## ');
    const { uri } = draftIn('complete-heading.md', text);
    const items = await complete(uri, positionOf(text, '\n## \n', 4));
    expect(items.map((i) => i.label)).toEqual(['The experiences and progress of care leavers: <grade>']);
    expect(items[0]!.insertTextFormat).toBe(2);
    expect(items[0]!.textEdit).toMatchObject({
      newText: 'The experiences and progress of care leavers: ${1|outstanding,good,requires improvement to be good,inadequate|}',
    });
  });

  test('the judgement table of the framework in force, National Framework tags, acronyms and directives', async () => {
    const body = harrow.slice(harrow.indexOf('\n# Inspection'));
    const frontMatter2026 = harrow
      .slice(0, harrow.indexOf('\n# Inspection'))
      .replace('dates: 2025-01-20 to 2025-01-24', 'dates: 2026-06-01 to 2026-06-05');
    const withoutTable =
      frontMatter2026 + body.replace(/\| Judgement \| Grade \|[\s\S]*?\| Overall effectiveness \| Inadequate \|\n/, '\n');
    const { uri, text } = draftIn('complete-table.md', withoutTable);
    const table = await complete(uri, { line: positionOf(text, '# Inspection').line + 1, character: 0 });
    expect(table.map((i) => i.label)).toEqual(['Judgement table']);
    const snippet = (table[0]!.textEdit as { newText: string }).newText;
    expect(snippet.split('\n')).toHaveLength(2 + 4);
    expect(snippet).not.toContain('Overall effectiveness');

    const tagged = text.replace('(Outcome four).', '(');
    const tagDoc = draftIn('complete-tag.md', tagged);
    const tagNeedle = 'consistent and responsive to levels of need (';
    const tags = await complete(tagDoc.uri, positionOf(tagged, tagNeedle, tagNeedle.length));
    expect(tags).toHaveLength(4 + 3 + 6);
    expect(tags.map((t) => t.label)).toContain('(outcome 4, national framework)');

    const acronymText = text.replace('Experienced and knowledgeable practitioners', 'An IR and knowledgeable practitioners');
    const acronymDoc = draftIn('complete-acronym.md', acronymText);
    const acronyms = await complete(acronymDoc.uri, positionOf(acronymText, 'An IR ', 5));
    expect(acronyms.find((a) => a.label === 'IRO')?.textEdit).toMatchObject({ newText: 'independent reviewing officer (IRO)' });

    const directiveText = text.replace('\n## What needs to improve?', '\n<!-- ilacs-disable-next-line  -->\n## What needs to improve?');
    const directiveDoc = draftIn('complete-directive.md', directiveText);
    const rules = await complete(directiveDoc.uri, positionOf(directiveText, 'ilacs-disable-next-line ', 24));
    expect(rules.map((r) => r.label)).toEqual(expect.arrayContaining(['paragraph-numbering', 'judgement-table', 'privacy-email-address']));
  });

  test('an empty file offers a whole skeleton per document type, and the skeleton lints with warnings only', async () => {
    const { uri } = draftIn('new.md', '');
    const items = await complete(uri, { line: 0, character: 0 });
    expect(items.map((i) => i.label)).toEqual([
      'Short inspection draft',
      'Standard inspection draft',
      'Focused visit draft',
      'Monitoring visit draft',
      'Self-evaluation draft',
    ]);
    const skeleton = applyEdits('', [items[0]!.textEdit as never])
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace('local_authority: Authority', 'local_authority: Leeds')
      .replace(/Authority/g, 'Leeds');
    client.change(uri, skeleton);
    const diagnostics = await client.diagnostics(uri, (p) => p.version === 2);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });
});

describe('hover', () => {
  const hover = async (uri: string, position: { line: number; character: number }) =>
    (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
  const value = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

  test('judgement area, grade, acronym and the cadence', async () => {
    const { uri, text } = draftIn('hover.md', harrow);
    expect(value(await hover(uri, positionOf(text, '## The experiences and progress of care leavers', 10)))).toContain('leaving care');
    expect(value(await hover(uri, positionOf(text, 'care leavers: inadequate', 16)))).toMatch(/^\*\*Inadequate\*\*/);
    expect(value(await hover(uri, positionOf(text, '(MASH)', 2)))).toContain('multi-agency safeguarding hub');
    const cadence = value(await hover(uri, positionOf(text, 'dates: 2025', 9)));
    expect(cadence).toContain('ILACS 2023');
    expect(cadence).toContain('Previous inspection: 10 February 2020');
    expect(cadence).toMatch(/After this inspection \(inadequate\): .*due around/);
  });

  test('outside the document, on nothing, or on an unknown document: null, and the server keeps answering', async () => {
    const { uri, text } = draftIn('hover-edge.md', harrow);
    expect(await hover(uri, { line: 10_000, character: 5 })).toBeNull();
    expect(await hover('file:///nowhere/unknown.md', { line: 0, character: 0 })).toBeNull();
    await expect(
      client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: -3, character: 1e9 } }),
    ).resolves.toBeDefined();
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri } })).resolves.toBeNull();
    expect(value(await hover(uri, positionOf(text, '(MASH)', 2)))).toContain('MASH');
  });
});

describe('code actions', () => {
  const actionsFor = async (uri: string, diagnostic: Diagnostic, only?: string[]) =>
    (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    })) as CodeAction[];

  test('a quick fix, applied, makes its problem disappear', async () => {
    const { uri, text } = draftIn('fix.md', withProblems(harrow));
    const problem = (await client.diagnostics(uri)).find((d) => d.code === 'paragraph-numbering')!;
    const fix = (await actionsFor(uri, problem)).find((a) => a.isPreferred)!;
    expect(fix.kind).toBe('quickfix');
    const fixed = applyEdits(text, fix.edit!.changes![uri]!);
    const version = client.change(uri, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === version);
    expect(after.filter((d) => d.code === 'paragraph-numbering')).toEqual([]);
  });

  test('"disable this rule for this line" silences it there', async () => {
    const { uri, text } = draftIn('disable.md', withProblems(harrow));
    const problem = (await client.diagnostics(uri)).find((d) => d.code === 'privacy-email-address')!;
    const disable = (await actionsFor(uri, problem)).find((a) => a.title === 'Disable privacy-email-address for this line')!;
    const version = client.change(uri, applyEdits(text, disable.edit!.changes![uri]!));
    const after = await client.diagnostics(uri, (p) => p.version === version);
    expect(after.filter((d) => d.code === 'privacy-email-address')).toEqual([]);
    expect(after.some((d) => d.code === 'table-heading-grade-match')).toBe(true);
  });

  test('"insert missing section" and fix all', async () => {
    const text = harrow.replace('## The experiences and progress of children in care: good', 'Children in care.').replace('\n2. ', '\n7. ');
    const { uri } = draftIn('missing.md', text);
    const missing = (await client.diagnostics(uri)).find((d) => d.code === 'required-sections')!;
    const insert = (await actionsFor(uri, missing)).find((a) => a.title.startsWith('Insert the section'))!;
    expect(insert.title).toBe('Insert the section "The experiences and progress of children in care: good"');
    let current = applyEdits(text, insert.edit!.changes![uri]!);
    let version = client.change(uri, current);
    let after = await client.diagnostics(uri, (p) => p.version === version);
    expect(after.filter((d) => d.code === 'required-sections')).toEqual([]);

    const fixAll = (await actionsFor(uri, after[0]!, ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.ilacs')!;
    current = applyEdits(current, fixAll.edit!.changes![uri]!);
    version = client.change(uri, current);
    after = await client.diagnostics(uri, (p) => p.version === version);
    expect(after.filter((d) => (d.data as { fix?: unknown }).fix !== undefined)).toEqual([]);
  });

  test('renumber paragraphs as a source action', async () => {
    const text = harrow.replace('\n2. ', '\n9. ').replace('\n3. ', '\n9. ');
    const { uri } = draftIn('renumber.md', text);
    await client.diagnostics(uri);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'] },
    })) as CodeAction[];
    const renumber = actions.find((a) => a.title === 'Renumber paragraphs')!;
    expect(applyEdits(text, renumber.edit!.changes![uri]!)).toBe(harrow);
  });
});

test('the outline: front matter, title, judgement table with grades, sections with grades', async () => {
  const { uri } = draftIn('outline.md', harrow);
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  expect(symbols.map((s) => [s.name, s.detail ?? ''])).toEqual([
    ['Front matter', 'short-inspection'],
    ["Inspection of Harrow local authority children's services", ''],
    ['Judgement table', ''],
    ['What needs to improve?', ''],
    ['The experiences and progress of children who need help and protection', 'good'],
    ['The experiences and progress of children in care', 'good'],
    ['The experiences and progress of care leavers', 'inadequate'],
    ['The impact of leaders on social work practice with children and families', 'requires improvement to be good'],
  ]);
  expect(symbols[2]!.children!.map((row) => row.detail)).toEqual([
    'Requires improvement to be good',
    'Good',
    'Good',
    'Inadequate',
    'Inadequate',
  ]);
});

test('a configuration file change re-lints open drafts', async () => {
  const { uri } = draftIn('configured.md', withProblems(harrow));
  expect((await client.diagnostics(uri)).some((d) => d.code === 'privacy-email-address')).toBe(true);
  const config = join(folder, '.ilacsrc.json');
  writeFileSync(config, JSON.stringify({ rules: { 'privacy-email-address': 'off', 'paragraph-numbering': 'warning' } }));
  const count = client.published.get(uri)!.length;
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 1 }] });
  const after = await client.diagnostics(uri, () => client.published.get(uri)!.length > count);
  expect(after.some((d) => d.code === 'privacy-email-address')).toBe(false);
  expect(after.find((d) => d.code === 'paragraph-numbering')?.severity).toBe(2);

  const broken = '{ "rules": { "paragraph-numbering": "loud" } }';
  writeFileSync(config, broken);
  const count2 = client.published.get(uri)!.length;
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
  const configProblem = await client.diagnostics(uriOf(config));
  expect(configProblem[0]).toMatchObject({ range: { start: { line: 0, character: broken.indexOf('"loud"') } }, severity: 1 });
  expect(client.logs.some((m) => m.includes('invalid configuration'))).toBe(true);
  await client.diagnostics(uri, () => client.published.get(uri)!.length > count2);
  rmSync(config);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 3 }] });
  expect(await client.diagnostics(uriOf(config), (p) => p.diagnostics.length === 0)).toEqual([]);
});

test('pull diagnostics for clients that ask, and a watcher for configuration files', async () => {
  const puller = await LspClient.start({
    workspaceFolders: [folder],
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
    },
  });
  try {
    const path = join(folder, 'pulled.md');
    writeFileSync(path, withProblems(harrow));
    const uri = puller.open(path);
    const report = (await puller.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
      kind: string;
      items: Diagnostic[];
    };
    expect(report.kind).toBe('full');
    expect(report.items.map((d) => d.code)).toEqual(
      expect.arrayContaining(['paragraph-numbering', 'privacy-email-address', 'table-heading-grade-match']),
    );
    expect(puller.published.get(uri)).toBeUndefined();
    expect(JSON.stringify(puller.registrations)).toContain('.ilacsrc.{json,yaml,yml}');
  } finally {
    await puller.stop();
  }
});

test('ilacs/lintFile lints a file that is not open, on the lint thread, as an open one is; an ignored file and plain Markdown give nothing', async () => {
  const text = withProblems(harrow);
  const path = join(folder, 'closed', 'problems.md');
  mkdirSync(join(folder, 'closed'), { recursive: true });
  writeFileSync(join(folder, 'closed', '.ilacsrc.yaml'), 'ignores:\n  - skipped.md\n');
  const result = (await client.connection.sendRequest('ilacs/lintFile', { uri: uriOf(path), text })) as {
    isDraft: boolean;
    ignored: boolean;
    diagnostics: Diagnostic[];
  };
  expect(result).toMatchObject({ isDraft: true, ignored: false });
  expect(result.diagnostics.map((d) => d.code)).toEqual(
    expect.arrayContaining(['paragraph-numbering', 'privacy-email-address', 'table-heading-grade-match']),
  );
  expect(result.diagnostics.find((d) => d.code === 'privacy-email-address')?.range.start).toEqual(positionOf(text, email));
  const ignored = (await client.connection.sendRequest('ilacs/lintFile', { uri: uriOf(join(folder, 'closed', 'skipped.md')), text })) as {
    ignored: boolean;
    diagnostics: Diagnostic[];
  };
  expect(ignored).toMatchObject({ ignored: true, diagnostics: [] });
  const plain = (await client.connection.sendRequest('ilacs/lintFile', {
    uri: uriOf(join(folder, 'closed', 'notes.md')),
    text: '# Notes\n\nduty.team@example.org\n',
  })) as { isDraft: boolean; diagnostics: Diagnostic[] };
  expect(plain).toMatchObject({ isDraft: false, diagnostics: [] });
});
